"""Extract every tr() string of the interface into the .ts files, then compile them to .qm.

    python scripts/update_translations.py            # update resources/translations/app_*.ts and .qm
    python scripts/update_translations.py --add de   # start a new language: app_de.ts (then translate it)
    python scripts/update_translations.py --check    # fail if a .ts misses a string or a translation

It runs `pyside6-lupdate` (from the pyside6 pip package) over ALL Python files under kiosk/ui, so
the desk's strings are translated along with the kiosk's, and `pyside6-lrelease` on each .ts.
Translate a .ts with Qt Linguist (`pyside6-linguist resources/translations/app_fr.ts`) or any
text editor. A language exists for the app as soon as its .qm file does (kiosk/ui/i18n.py).
Strings lupdate no longer finds stay in the .ts marked "vanished" (not compiled), so a string that
moves to another file or comes back keeps its translation.

English, the source language, has a catalogue too, app_en.ts, holding only the strings with plural
forms (`tr("%n check-in(s) waiting", "", n)`): lupdate's -pluralonly. Write both English forms there
("%n check-in waiting", "%n check-ins waiting").

lupdate reads literal calls only: `self.tr("...")` and `QCoreApplication.translate("Context", "...")`.
A context held in a variable or a wrapper function (`tr(_T, "...")`, `_tr("...")`) is invisible to it.

French translations get French typography as they are compiled: the space before : ; ! ? and inside
« » becomes a no-break one (kiosk/wording.py `french_typography`, as for the core's own French), so a
translator types ordinary spaces and a colon never starts a line.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "kiosk" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"


def tool(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    # next to the running Python (a virtualenv's bin/ or Scripts/)
    for folder in (Path(sys.executable).parent, Path(sys.executable).parent / "Scripts"):
        for candidate in (folder / name, folder / f"{name}.exe"):
            if candidate.exists():
                return str(candidate)
    sys.exit(f"{name} was not found: it comes with the pyside6 package (pip install pyside6).")


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py") if "__pycache__" not in p.parts)


def ts_files() -> list[Path]:
    return sorted(TRANSLATIONS.glob("app_*.ts"))


def lupdate(ts: Path) -> None:
    language = ts.stem.split("_", 1)[1]
    plurals_only = ["-pluralonly"] if language == "en" else []
    subprocess.run([tool("pyside6-lupdate"), *sources(), "-locations", "relative", *plurals_only,
                    "-source-language", "en", "-target-language", language, "-ts", str(ts.relative_to(ROOT))],
                   cwd=ROOT, check=True)


_TRANSLATION = re.compile(r"(<translation[^>]*>)(.*?)(</translation>)", re.DOTALL)


def french_typography(ts: Path) -> bool:
    """No-break spaces in a French catalogue's translations (never in its English sources); True if it changed."""
    sys.path.insert(0, str(ROOT))
    from kiosk.wording import french_typography as typography

    text = ts.read_text(encoding="utf-8")
    fixed = _TRANSLATION.sub(lambda m: m.group(1) + typography(m.group(2)) + m.group(3), text)
    if fixed != text:
        ts.write_text(fixed, encoding="utf-8")
    return fixed != text


def lrelease(ts: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], cwd=ROOT, check=True)


def untranslated(ts: Path) -> list[str]:
    """Source strings of a .ts that have no finished translation."""
    missing = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source", "")
        if translation is not None and translation.get("type") in ("obsolete", "vanished"):
            continue  # no longer in the code: kept so its translation comes back if the string does
        if translation is None or translation.get("type") == "unfinished":
            missing.append(source)
            continue
        forms = translation.findall("numerusform")
        if (forms and not all((f.text or "").strip() for f in forms)) or (not forms and not (translation.text or "").strip()):
            missing.append(source)
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--add", metavar="LANG", help="create app_LANG.ts for a new language")
    parser.add_argument("--check", action="store_true", help="only report untranslated strings (exit 1 if any)")
    args = parser.parse_args(argv)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    if args.check:
        bad = 0
        for ts in ts_files():
            missing = untranslated(ts)
            bad += len(missing)
            print(f"{ts.name}: {len(missing)} untranslated" + "".join(f"\n  {m!r}" for m in missing[:50]))
        return 1 if bad else 0
    targets = ts_files()
    if args.add:
        new = TRANSLATIONS / f"app_{args.add.strip().lower()}.ts"
        if new not in targets:
            targets.append(new)
    for ts in targets:
        lupdate(ts)
        if ts.stem.endswith("_fr"):
            french_typography(ts)
        lrelease(ts)
        print(f"{ts.name}: {len(untranslated(ts))} strings still to translate")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
