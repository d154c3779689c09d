"""The tests mirror kiosk/'s folders: the tests of kiosk/roster/search.py are in tests/roster/, those
of kiosk/ui/desk/ in tests/ui/desk/. A newcomer finds a module's tests without searching, and a
folder that matches no part of the app (a tests/core/ again) fails here."""

from __future__ import annotations

from pathlib import Path

TESTS = Path(__file__).resolve().parent
KIOSK = TESTS.parent / "kiosk"
#: Folders that mirror no module: data files, the README's figures, the real windows under Xvfb.
NOT_MIRRORS = {Path("fixtures"), Path("benchmarks"), Path("ui") / "e2e"}
#: Folders that are no Python package at all: data files, and the benchmarks run on their own.
NOT_PACKAGES = {Path("fixtures"), Path("benchmarks")}


def folders_under_tests(skip: set[Path]) -> list[Path]:
    """Every folder under tests/ (relative to it), leaving out `skip` and everything inside them."""
    found = []
    for folder in sorted(p for p in TESTS.rglob("*") if p.is_dir()):
        relative = folder.relative_to(TESTS)
        if any(part == "__pycache__" or part.startswith(".") for part in relative.parts):
            continue
        if any(relative == s or s in relative.parents for s in skip):
            continue
        found.append(relative)
    return found


def test_every_test_folder_matches_a_folder_of_kiosk():
    strays = [str(f) for f in folders_under_tests(NOT_MIRRORS) if not (KIOSK / f).is_dir()]
    assert strays == [], (f"tests/{strays[0]}/ matches no folder under kiosk/: put each test in the folder of "
                          f"the module it tests (CONTRIBUTING.md, 'Tests follow the same names')")


def test_the_folders_tests_read_are_checked():
    folders = folders_under_tests(NOT_MIRRORS)
    assert Path("roster") in folders and Path("ui") / "desk" in folders
    assert Path("ui") / "e2e" not in folders and not any(f.parts[0] == "fixtures" for f in folders)


def test_every_test_folder_is_a_package():
    bare = [str(f) for f in folders_under_tests(NOT_PACKAGES) if not (TESTS / f / "__init__.py").is_file()]
    assert bare == [], f"tests/{bare[0]}/ has no __init__.py: add one like the other test folders have"
