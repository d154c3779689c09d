"""Every user-visible string of the interface has a finished French translation, compiled."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import ROOT

TRANSLATIONS = ROOT / "resources" / "translations"


def lupdate_tool() -> str | None:
    """The lupdate of the PySide6 this interpreter runs (a virtualenv's own first)."""
    candidate = Path(sys.executable).parent / "pyside6-lupdate"
    return str(candidate) if candidate.exists() else shutil.which("pyside6-lupdate")


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts)
    found = {}
    for context in tree.iter("context"):
        name = context.findtext("name")
        for msg in context.iter("message"):
            found[(name, msg.findtext("source"))] = msg.find("translation")
    return found


def test_every_interface_string_is_translated_to_french(tmp_path):
    tool = lupdate_tool()
    if tool is None:
        pytest.skip("pyside6-lupdate is not installed (it comes with the pyside6 package)")
    sources = sorted(str(p) for p in (ROOT / "kiosk" / "ui").rglob("*.py") if "__pycache__" not in p.parts)
    fresh = tmp_path / "fresh.ts"
    subprocess.run([tool, *sources, "-ts", str(fresh)], check=True, capture_output=True)
    extracted = messages(fresh)
    assert len(extracted) > 100
    french = messages(TRANSLATIONS / "app_fr.ts")
    missing = [key for key in extracted
               if key not in french or french[key].get("type") in ("unfinished", "vanished", "obsolete")
               or not "".join(french[key].itertext()).strip()]
    assert missing == [], f"run `python scripts/update_translations.py` and translate: {missing[:10]}"


def test_compiled_french_is_newer_than_its_source():
    ts, qm = TRANSLATIONS / "app_fr.ts", TRANSLATIONS / "app_fr.qm"
    assert qm.exists() and qm.stat().st_size > 1000
    assert qm.stat().st_mtime >= ts.stat().st_mtime - 5


def test_french_translations_keep_a_colon_with_its_word():
    """French puts a no-break space before : ; ! ? (scripts/update_translations.py adds it as it compiles),
    so that a colon never starts a line of a French window."""
    import re

    breaking = []
    for (_context, source), translation in messages(TRANSLATIONS / "app_fr.ts").items():
        if translation is None or translation.get("type") in ("vanished", "obsolete"):
            continue
        text = "".join(translation.itertext())
        if re.search(r" [:;!?](?:\s|$)", text) or "« " in text or " »" in text:
            breaking.append(text)
    assert breaking == [], f"run `python scripts/update_translations.py`: {breaking[:5]}"
