"""The interface language: which languages exist, and switching the whole app to one of them.

Languages are discovered from the files present: English is the source language of every `tr()`
string, and each `resources/translations/app_<code>.qm` adds one (compiled from `app_<code>.ts` by
`python scripts/update_translations.py`). A third language is one new .ts file, nothing else.

English has a small catalogue of its own, `app_en.qm`, with only the plural forms of the strings
that count (`tr("%n check-in(s) waiting", "", n)` reads "1 check-in waiting", "2 check-ins
waiting"), as Qt recommends; it is loaded whenever the interface is in English.

`install_translator(app, "fr")` loads the app's catalogue and Qt's own (for the words inside
standard dialogs), removes the ones installed before, and makes dates, times and numbers follow
the language (`QLocale.setDefault`). Qt then posts `QEvent.LanguageChange` to every window, which
retranslates itself in `changeEvent` (a window may also retranslate at once after calling this).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kiosk.ui.qt_gaps import QtGaps
from kiosk.wording import number as grouped_number

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
TRANSLATIONS_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations"

_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE


def available_languages(folder: Path | None = None) -> list[str]:
    """English first, then every language with a compiled catalogue, e.g. ["en", "fr"]."""
    folder = folder or TRANSLATIONS_DIR
    found = sorted(p.stem.split("_", 1)[1] for p in folder.glob("app_*.qm") if "_" in p.stem)
    return [SOURCE_LANGUAGE, *(code for code in found if code != SOURCE_LANGUAGE)]


def language_name(code: str) -> str:
    """The language's own name for itself ("English", "Français"), for a toggle's accessible name."""
    name = QLocale(code).nativeLanguageName()
    return (name[:1].upper() + name[1:]) if name else code


def current_language() -> str:
    return _current


def locale_for(code: str | None = None) -> QLocale:
    """The QLocale that dates, times and numbers follow for a language (default: the current one)."""
    return QLocale(code or _current)


def count(value: object) -> str:
    """A count as the interface's language writes it: 47,586 in English, 47 586 in French, by the
    core's own rule (kiosk.wording.number). Anything not a whole number as it is."""
    return grouped_number(value, _current)


def install_translator(app: QCoreApplication, language: str) -> str:
    """Switch the app to `language` (falls back to English if it has no catalogue); returns the one in use."""
    global _current
    language = (language or SOURCE_LANGUAGE).strip().lower() or SOURCE_LANGUAGE
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if language == SOURCE_LANGUAGE:
        plurals = QTranslator(app)
        if plurals.load(str(TRANSLATIONS_DIR / f"app_{SOURCE_LANGUAGE}.qm")):
            app.installTranslator(plurals)
            _installed.append(plurals)
    else:
        ours = QTranslator(app)
        if ours.load(str(TRANSLATIONS_DIR / f"app_{language}.qm")):
            qt_own = QTranslator(app)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt_own.load(f"qtbase_{language}", qt_dir):
                app.installTranslator(qt_own)
                _installed.append(qt_own)
            gaps = QtGaps(language, app)                  # what Qt's own catalogue lacks ("&Look in:")
            if not gaps.isEmpty():
                app.installTranslator(gaps)
                _installed.append(gaps)
            app.installTranslator(ours)
            _installed.append(ours)
        else:
            log.warning("no translation for %r in %s; using English", language, TRANSLATIONS_DIR)
            language = SOURCE_LANGUAGE
    _current = language
    QLocale.setDefault(QLocale(language))
    return language


def arg(text: str, *values: object) -> str:
    """Fill Qt-style placeholders %1, %2, ... in a translated string (PySide6's tr() returns a str)."""
    for number in range(len(values), 0, -1):  # %10 before %1
        text = text.replace(f"%{number}", str(values[number - 1]))
    return text


def said(message: object) -> str:
    """What the core says (a `kiosk.wording.Message`: an import's reason, a setting's refusal, a
    printer's problem) in the interface language; plain text as it is; None as ""."""
    if message is None:
        return ""
    text = getattr(message, "text", None)
    return text(_current) if callable(text) else str(message)


def name_of(person: dict) -> str:
    """A person's name as a window shows it: a holder not named yet is "Guest of <buyer>" in the
    interface language (kiosk.roster.names.display_name)."""
    from kiosk.roster.names import display_name

    return display_name(person, _current)
