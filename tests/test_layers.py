"""Which part of the core may import which: the dependencies run one way."""

import ast
from pathlib import Path

import kiosk

PACKAGE = Path(kiosk.__file__).parent

#: package -> packages it must never import (directly or inside a function)
FORBIDDEN = {
    "badges": {"kiosk.printing", "kiosk.reports", "kiosk.sync", "kiosk.ui", "kiosk.cli"},
    # the settings registry checks values against leaf modules (the stock catalogue, the AZERTY modes)
    "store": {"kiosk.printing", "kiosk.badges.render", "kiosk.reports", "kiosk.roster", "kiosk.ui", "kiosk.cli"},
    "roster": {"kiosk.reports", "kiosk.printing", "kiosk.sync", "kiosk.ui", "kiosk.cli"},
    "printing": {"kiosk.reports", "kiosk.sync", "kiosk.ui", "kiosk.cli"},
}


def imported(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_the_core_packages_import_one_way():
    offenders = []
    for package, forbidden in FORBIDDEN.items():
        for path in sorted((PACKAGE / package).rglob("*.py")):
            bad = {n for n in imported(path) if any(n == f or n.startswith(f + ".") for f in forbidden)}
            offenders += [f"{path.relative_to(PACKAGE)} imports {n}" for n in sorted(bad)]
    assert offenders == []
