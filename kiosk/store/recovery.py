"""The backups of an event as a person chooses among them, and what the app offers when the event
file is damaged: the same core functions as `kiosk backup` and `kiosk restore` (kiosk/store/backup.py).

    backup_facts(path)        {"path", "taken_at", "reason", "size", "people", "checkins"} of one backup
    verified_backups(db)      the facts of every backup that passes the checks, newest first
    backups_overview(db)      File > Backups: the event now (people, check-ins) and its verified backups
    damage_report(db, words)  what is wrong with a damaged event file and the newest good backup to restore
    take_backup(db)           `kiosk backup`: a verified snapshot now; its facts
    restore_backup(bkp, db)   `kiosk restore`: the outcome of backup.restore and the facts of what came back
    taken_words(taken, lang)  "Saturday 28 November at 14:05" / "samedi 28 novembre à 14:05"
    copy_for_help(db, target) a copy of a damaged file (and its write-ahead log) to hand to someone who can help

Counts are read from the backup itself, read-only (nothing is created or locked beside it):
`people` the attendees, `checkins` the standing check-ins (those no annulment points at).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from kiosk.store import backup, filecheck
from kiosk.wording import Catalogue, Message

WORDS = Catalogue("recovery", {
    "copy_is_the_file": ("{target} is the damaged file itself: choose another name or folder for the copy.",
                         "{target} est le fichier endommagé lui-même : choisissez un autre nom ou un autre dossier "
                         "pour la copie."),
})

#: The kind of damage (for a window to word it) by the store.file_* message that said it.
_KINDS = {"file_empty": "empty", "file_partial_pages": "cut_short", "file_cut_short": "cut_short",
          "file_foreign": "not_event", "file_first_page": "not_event", "file_no_tables": "not_event"}


def _reason(path: Path) -> str:
    found = re.search(r"\d{8}-\d{6}-\d{6}-(.*)\.sqlite$", path.name)
    return found.group(1) if found else ""


def backup_facts(path: Path) -> dict:
    """When a backup was taken (local time, 'YYYY-MM-DD HH:MM:SS'), why, its size and what it holds."""
    path = Path(path)
    facts: dict = {"path": str(path), "taken_at": backup.taken_at(path), "reason": _reason(path),
                   "size": 0, "people": None, "checkins": None, "event": ""}
    with contextlib.suppress(OSError):
        facts["size"] = os.stat(path).st_size
    try:
        conn = filecheck.connect_read_only(path)
    except sqlite3.Error:
        return facts
    try:
        facts["people"] = conn.execute("SELECT count(*) FROM attendees").fetchone()[0]
        views = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'view'")}
        table = "standing_checkins" if "standing_checkins" in views else "checkins"
        facts["checkins"] = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]   # noqa: S608 - a fixed name
        row = conn.execute("SELECT name FROM event LIMIT 1").fetchone()
        facts["event"] = row[0] if row else ""
    except sqlite3.Error:
        pass                       # verified as a whole; a count it cannot give is shown as unknown
    finally:
        conn.close()
    return facts


def verified_backups(db_path: Path) -> list[dict]:
    """The backups of this event file that pass the checks (quick_check), newest first, with their facts."""
    return [backup_facts(p) for p in backup.good_backups(Path(db_path))]


def backups_overview(db) -> dict:
    """What File > Backups shows: the open event now and its verified backups, newest first."""
    now = {"people": db.scalar("SELECT count(*) FROM attendees") or 0,
           "checkins": db.scalar("SELECT count(*) FROM standing_checkins") or 0}
    return {"path": str(db.path), "now": now, "backups": verified_backups(db.path),
            "folder": str(backup.backup_dir(db.path))}


def damage_kind(problem: Message | str | None) -> str:
    """The kind of damage, for a window to word it: "empty", "cut_short", "not_event" or "damaged"
    (from the store.file_* message of kiosk/store/filecheck.py and database.py)."""
    key = problem.key if isinstance(problem, Message) else ""
    return _KINDS.get(key, "damaged")


def damage_report(db_path: Path, problem: Message | str | None) -> dict:
    """What the app says about a damaged event file: the file, what is wrong ("is empty (0 bytes): ..."),
    its kind (`damage_kind`), the newest good backup's facts (None when there is none) and the folder
    the backups are kept in."""
    db_path = Path(db_path)
    newest = backup.newest_good_backup(db_path)
    return {"path": str(db_path), "problem": str(problem or ""), "kind": damage_kind(problem),
            "newest": backup_facts(newest) if newest else None, "backups_folder": str(backup.backup_dir(db_path))}


def take_backup(db) -> dict:
    """`kiosk backup`: a verified snapshot of the open event database now; its facts."""
    return backup_facts(backup.snapshot(db.conn, db.path, "manual"))


def restore_backup(backup_path: Path, db_path: Path) -> dict:
    """`kiosk restore`: replace the event file with a verified backup (kiosk/store/backup.py `restore`:
    a healthy file is snapshotted first, a damaged one kept aside); its outcome plus `restored_facts`."""
    outcome = backup.restore(Path(backup_path), Path(db_path))
    outcome["restored_facts"] = backup_facts(Path(backup_path))
    return outcome


def taken_words(taken_at: str, lang: str = "en", *, seconds: bool = False) -> str:
    """When a backup was taken, in words, by this computer's clock: "Saturday 28 November at 14:05" /
    "samedi 28 novembre à 14 h 05"; with `seconds` "... at 14:05:09" / "à 14 h 05 min 09 s", to tell
    apart backups taken the same minute."""
    from kiosk.clock import format_instant
    from kiosk.events import local_timezone

    try:
        when = datetime.fromisoformat(taken_at.replace(" ", "T"))
    except ValueError:
        return taken_at
    words = format_instant(when.astimezone(), local_timezone(), "day_time", lang)
    if seconds:
        words += f" min {when.second:02d} s" if lang == "fr" else f":{when.second:02d}"
    return words


def copy_for_help(db_path: Path, target: Path) -> str:
    """Copy a damaged event file (and its write-ahead log, if any) to `target`, owner-only, for someone
    who may recover it; the damaged file itself is left as it is. Returns the copy's path."""
    from kiosk.errors import KnownError, from_os_error
    from kiosk.output_files import check_target

    source, target = Path(db_path), check_target(target, "event-damaged.sqlite")
    if target.resolve() == source.resolve():
        raise KnownError(WORDS("copy_is_the_file", target=target))
    try:
        shutil.copyfile(source, target)
        os.chmod(target, 0o600)                       # it holds attendees' personal data
        wal = source.with_name(source.name + "-wal")
        if wal.exists():
            shutil.copyfile(wal, target.with_name(target.name + "-wal"))
    except OSError as exc:
        known = from_os_error(exc)
        if known is None:
            raise
        raise known from exc
    return str(target)
