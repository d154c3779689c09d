"""Removing personal data after the event (`kiosk purge`), keeping anonymous counts if asked.

With `keep_stats`, every attendee row stays as an anonymous stub (ticket type, status, walk-in,
timestamps) so that check-ins per day, hour, station and ticket type can still be reported, but
names, emails, organizations, pronouns, notes, the export rows (`raw`, `imported`, `edited`), the
search text, the ticket codes (replaced by `purged-<id>`; every other code mapping is deleted),
the values of desk corrections, scan payloads, check-in payloads, annulment reasons, printer
error texts and the source files' paths are blanked. The sync hub's address is forgotten, so a
later sync round cannot pull the names back (the hub itself is purged separately: docs/privacy.md). Without `keep_stats`, all attendees and every
fact about them are deleted; the event's name, days and settings stay, so the app still opens.

Check-ins, annulments and scan attempts are append-only: triggers refuse UPDATE and DELETE. The
purge drops those triggers and recreates them from their own stored SQL inside the same
transaction, so no other writer ever sees the tables unguarded and a failure rolls everything back.

Then it runs VACUUM (SQLite rebuilds the file, so deleted text does not linger in free pages; it
also sets `secure_delete`), checkpoints the write-ahead log with TRUNCATE (the -wal file ends up
empty), deletes every backup snapshot, and finally searches the bytes of the database file and
its -wal for the emails and names it removed.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
from pathlib import Path

from kiosk.errors import KnownError, os_reason
from kiosk.reports.words import WORDS
from kiosk.roster.names import PURGED_CODE_PREFIX
from kiosk.store import state
from kiosk.store.backup import backup_dir
from kiosk.store.database import EventDB, utc_now

log = logging.getLogger(__name__)

APPEND_ONLY_TABLES = ("checkins", "checkin_annulments", "scan_attempts", "print_overrides", "badge_texts",
                      "printed_elsewhere")
SYNC_HUB_SETTING = "sync_hub"      # kiosk.sync.url.SETTING (not imported: the sync needs psycopg)
#: At most this many names and emails are searched for in the file bytes afterwards.
RESIDUE_SAMPLE = 3000

_BLANK_ATTENDEES = (
    "UPDATE attendees SET first_name = '', last_name = '', full_name = '', email = '', organization = '', "
    "pronouns = '', notes = '', imported = '{}', edited = '{}', raw = '{}', search_text = '', source_key = NULL, "
    f"code = '{PURGED_CODE_PREFIX}' || id")
_KEEP_STATS = (
    "DELETE FROM attendee_codes",
    _BLANK_ATTENDEES,
    "UPDATE attendee_edits SET old_value = '', new_value = ''",
    "UPDATE checkins SET payload = ''",
    "UPDATE checkin_annulments SET reason = ''",
    "UPDATE scan_attempts SET payload = ''",
    "UPDATE print_jobs SET last_error = ''",
    "UPDATE print_overrides SET reason = '', by_whom = ''",
    "DELETE FROM badge_texts",
    "UPDATE sources SET last_file = ''",
)
_EVERYTHING = (
    "DELETE FROM scan_attempts",
    "DELETE FROM checkin_annulments",
    "DELETE FROM checkins",
    "DELETE FROM print_overrides",
    "DELETE FROM printed_elsewhere",
    "DELETE FROM first_checkins",
    "DELETE FROM checkin_day_counts",
    "DELETE FROM print_jobs",
    "DELETE FROM badge_texts",
    "DELETE FROM attendee_edits",
    "DELETE FROM attendee_codes",
    "DELETE FROM attendees",
    "DELETE FROM sources",
)


def personal_needles(db: EventDB, limit: int = RESIDUE_SAMPLE) -> list[bytes]:
    """Emails and names (as UTF-8 bytes) to look for in the file afterwards: all of them, or a spread sample."""
    values: set[str] = set()
    for email, full, first, last in db.conn.execute(
            "SELECT email, full_name, first_name, last_name FROM attendees"):
        if email and "@" in email:
            values.add(email)
        name = full or " ".join(p for p in (first, last) if p)
        if len(name) >= 5 and " " in name:
            values.add(name)
    for first, last in db.conn.execute("SELECT first_name, last_name FROM badge_texts"):
        name = " ".join(p for p in (first, last) if p)
        if len(name) >= 5 and " " in name:
            values.add(name)
    ordered = sorted(values)
    if len(ordered) > limit:
        step = len(ordered) / limit
        ordered = [ordered[int(i * step)] for i in range(limit)]
    return [v.encode("utf-8") for v in ordered]


def find_residue(db_path: Path, needles: list[bytes]) -> list[str]:
    """Which needles still appear in the database file or its -wal (empty list: none)."""
    found = []
    blobs = []
    for path in (Path(db_path), Path(f"{db_path}-wal")):
        if path.exists():
            blobs.append(path.read_bytes())
    for needle in needles:
        if any(needle in blob for blob in blobs):
            found.append(needle.decode("utf-8", "replace"))
    return found


def _triggers(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    marks = ",".join("?" * len(APPEND_ONLY_TABLES))
    return conn.execute(f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ({marks})",
                        APPEND_ONLY_TABLES).fetchall()


def remove_backups(db_path: Path) -> int:
    """Delete the database's backup snapshots folder; returns how many files were in it."""
    folder = backup_dir(Path(db_path))
    if not folder.is_dir():
        return 0
    count = sum(1 for p in folder.iterdir() if p.is_file())
    try:
        shutil.rmtree(folder)
    except OSError as exc:
        raise KnownError(WORDS("backups_left", folder=folder, why=os_reason(exc))) from exc
    return count


def purge(db: EventDB, *, keep_stats: bool = True, remove_backup_files: bool = True) -> dict:
    """Remove personal data (see the module docstring); returns what was done and what was checked."""
    conn = db.conn
    people = db.scalar("SELECT count(*) FROM attendees")
    needles = personal_needles(db)
    conn.execute("PRAGMA secure_delete = ON")
    with db.write():
        saved = _triggers(conn)
        for name, _sql in saved:
            conn.execute(f'DROP TRIGGER "{name}"')
        for statement in (_KEEP_STATS if keep_stats else _EVERYTHING):
            conn.execute(statement)
        for _name, sql in saved:
            conn.execute(sql)
        # Forget the sync hub, so the next sync round cannot pull the names back from it.
        forgot_hub = conn.execute("DELETE FROM settings WHERE key = ?", (SYNC_HUB_SETTING,)).rowcount > 0
        state.put_in(conn, state.PURGED, {"at": utc_now(), "keep_stats": 1 if keep_stats else 0})
    try:
        conn.execute("VACUUM")
        busy, _frames, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except sqlite3.OperationalError as exc:
        raise KnownError(WORDS("not_compacted", path=db.path, why=str(exc))) from exc
    if busy:
        raise KnownError(WORDS("still_open", path=db.path))
    backups = remove_backups(db.path) if remove_backup_files else 0
    residue = find_residue(db.path, needles)
    log.info("purged %d attendees (keep_stats=%s), %d backup files removed, residue %d",
             people, keep_stats, backups, len(residue))
    return {"database": str(db.path), "keep_stats": keep_stats, "attendees": people,
            "attendees_kept_as_anonymous": people if keep_stats else 0, "backups_removed": backups,
            "checked_values": len(needles), "residue": residue, "forgot_sync_hub": forgot_hub}


def was_purged(db: EventDB) -> dict | None:
    """When and how the database was purged, or None (also for a state row edited into nonsense)."""
    found = state.get(db, state.PURGED)
    return found if isinstance(found, dict) and isinstance(found.get("at"), str) else None
