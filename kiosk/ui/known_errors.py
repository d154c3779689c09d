"""The core's known-error messages in the interface language.

The core (no Qt) words a `KnownError` in English, with the file, printer or folder in it: "The event
database /media/usb/event.sqlite is busy: ...". The UI translates it here: each message the desk
and the kiosk meet at a venue (database busy, read-only, full, damaged or missing; printer off,
paused or unknown; print folder missing) is listed once as a template, `%1`, `%2` standing for
the parts that vary, marked for Qt's translation tools (context "KnownError"). A message that
matches a template comes out in the current language with its parts put back; the parts are
translated too when they are messages themselves (a backup hint). Any other message comes out as
the core wrote it. `tests/ui/test_threads.py` checks the templates still match what the core says.
"""

from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

TEMPLATES = (
    # the event database (kiosk/store/database.py)
    QT_TRANSLATE_NOOP("KnownError", "The event database %1 is busy: another window or program is writing to it. "
                                    "Wait a moment and try again; close other copies of the app if it persists."),
    QT_TRANSLATE_NOOP("KnownError", "The event database %1 is read-only. Move it to a folder you can write to "
                                    "(not a CD, a locked USB stick or a shared read-only folder), or fix its "
                                    "permissions."),
    QT_TRANSLATE_NOOP("KnownError", "The event database %1 cannot be opened: check that its folder exists and that "
                                    "you may write to it."),
    QT_TRANSLATE_NOOP("KnownError", "The disk holding the event database %1 is full. Free some space (or move the "
                                    "file to another disk) and try again; nothing already saved is lost.%2"),
    QT_TRANSLATE_NOOP("KnownError", "The disk holding the event database %1 could not be read or written (a removed "
                                    "USB stick, a failing disk). Check the disk and try again.%2"),
    # a damaged, empty or cut-short file (kiosk/store/database.py damaged_message, store/filecheck.py)
    QT_TRANSLATE_NOOP("KnownError", "The event database %1 is %2. Nothing was written to it. %3"),
    QT_TRANSLATE_NOOP("KnownError", "damaged or is not an event database"),
    QT_TRANSLATE_NOOP("KnownError", "empty (0 bytes): it was cut short, perhaps when the disk was full"),
    QT_TRANSLATE_NOOP("KnownError", "damaged (it was cut short: %1 bytes of the %2 it should hold)"),
    QT_TRANSLATE_NOOP("KnownError", "damaged (it was cut short: its size is not a whole number of pages)"),
    QT_TRANSLATE_NOOP("KnownError", "damaged (its first page is unreadable)"),
    QT_TRANSLATE_NOOP("KnownError", "not an event database (it is another kind of file, or its first page is damaged)"),
    QT_TRANSLATE_NOOP("KnownError", "damaged (%1)"),
    QT_TRANSLATE_NOOP("KnownError", "The newest good backup is %1 (taken %2). Restore it with `kiosk restore %1 --db %3` "
                                    "(the damaged file is kept aside)."),
    QT_TRANSLATE_NOOP("KnownError", "No good backup of it exists. Keep the file (someone may recover it) and start "
                                    "over in a new file with `kiosk init --db NEW_FILE`, then import the roster again."),
    QT_TRANSLATE_NOOP("KnownError", "There is no event database at %1. Create one with "
                                    "`kiosk init --name NAME --db %1`."),
    QT_TRANSLATE_NOOP("KnownError", "Cannot create the event database %1: %2. Choose a folder you can write to."),
    QT_TRANSLATE_NOOP("KnownError", " The newest good backup is %1."),
    QT_TRANSLATE_NOOP("KnownError", " No good backup has been taken yet."),
    # printing (kiosk/printing/backends.py, cups.py; kiosk/ui/qt_printer.py)
    QT_TRANSLATE_NOOP("KnownError", "No print folder is set: choose one in the printing settings (print_folder)."),
    QT_TRANSLATE_NOOP("KnownError", "The print folder %1 cannot be created (%2): plug the drive in or choose another "
                                    "folder."),
    QT_TRANSLATE_NOOP("KnownError", "The print folder %1 is not writable: choose another folder or fix its "
                                    "permissions."),
    QT_TRANSLATE_NOOP("KnownError", "Could not write the badge into %1 (%2): check the disk has space and the folder "
                                    "is still there."),
    QT_TRANSLATE_NOOP("KnownError", "The CUPS print service is not running: start it (e.g. `sudo systemctl start "
                                    "cups`); badges wait in the queue meanwhile."),
    QT_TRANSLATE_NOOP("KnownError", "CUPS has no printer called %1. Check the name (`lpstat -p` lists them) or add "
                                    "the printer in the system's printer settings."),
    QT_TRANSLATE_NOOP("KnownError", "The printer %1 is stopped (paused) in CUPS: check it is on, has labels and no "
                                    "jam, then resume it (`cupsenable %1` or the printer settings). Badges wait in "
                                    "the queue and print when it is back."),
    QT_TRANSLATE_NOOP("KnownError", "No printer is chosen: set printer_name in the printing settings (`lpstat -p` "
                                    "lists the printers CUPS knows)."),
    QT_TRANSLATE_NOOP("KnownError", "The print service did not answer within %1 s (%2). Check that CUPS is running "
                                    "and the printer is reachable; the badge stays queued."),
    QT_TRANSLATE_NOOP("KnownError", "The system has no printer called %1 (it knows: %2). Check it is installed and "
                                    "switched on, or choose another in the printing settings."),
    QT_TRANSLATE_NOOP("KnownError", "The printer %1 reports an error: check it is on, has labels and no jam. Badges "
                                    "wait in the queue."),
    QT_TRANSLATE_NOOP("KnownError", "No printer is chosen and the system has no default printer: choose one in the "
                                    "printing settings (printer_name)."),
    QT_TRANSLATE_NOOP("KnownError", "The printer %1 could not start the job: check it is on and reachable. The badge "
                                    "stays queued."),
    # the event and badge texts (kiosk/events.py, kiosk/badges/overrides.py): the organizer's forms
    QT_TRANSLATE_NOOP("KnownError", "Unknown time zone %1: use a name like America/Toronto, Europe/Paris or UTC."),
    QT_TRANSLATE_NOOP("KnownError", "%1 already holds the event %2. Change it with `kiosk event set`, or create the "
                                    "new event in another file (--db NEW.sqlite)."),
    QT_TRANSLATE_NOOP("KnownError", "Say who fixes the badge (a name), so that the change is recorded."),
    QT_TRANSLATE_NOOP("KnownError", "A badge needs a name: give a first or a last name."),
)

_PLACE = re.compile(r"%(\d)")


@lru_cache(maxsize=None)
def _pattern(template: str) -> re.Pattern[str]:
    """The template as a regular expression: each %N a group, a repeated %N the same text again."""
    parts: list[str] = []
    seen: set[str] = set()
    last = 0
    for found in _PLACE.finditer(template):
        parts.append(re.escape(template[last:found.start()]))
        number = found.group(1)
        parts.append(f"(?P=p{number})" if number in seen else f"(?P<p{number}>.*?)")
        seen.add(number)
        last = found.end()
    parts.append(re.escape(template[last:]))
    return re.compile("".join(parts), re.DOTALL)


def translate_known(text: str, depth: int = 0) -> str:
    """`text` in the interface language when it is one of the templates; else `text` as it is."""
    for marked in TEMPLATES:
        template = str(marked)
        found = _pattern(template).fullmatch(text)
        if found is None:
            continue
        words = QCoreApplication.translate("KnownError", template)
        for name, value in found.groupdict().items():
            value = translate_known(value, depth + 1) if depth < 2 else value
            words = words.replace(f"%{name[1:]}", value)
        return words
    return text
