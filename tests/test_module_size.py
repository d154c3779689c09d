"""No module of the app over 400 lines (issue 11: small modules with one job each, a newcomer reads
one in a sitting). A module that grows past it is split along its seams, never trimmed of comments."""

from __future__ import annotations

from pathlib import Path

KIOSK = Path(__file__).resolve().parent.parent / "kiosk"
LIMIT = 400


def test_no_module_is_over_400_lines():
    sizes = {path.relative_to(KIOSK.parent).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
             for path in KIOSK.rglob("*.py")}
    assert len(sizes) > 100                               # the package was found
    assert {name: n for name, n in sizes.items() if n > LIMIT} == {}
