"""Bringing an event file's schema up to date: the migrations it has not run yet
(kiosk/store/migrations/), each in its own transaction, `PRAGMA user_version` counting them."""

from __future__ import annotations

import sqlite3

from kiosk.errors import DatabaseProblem
from kiosk.store.migrations import MIGRATIONS
from kiosk.store.words import WORDS


def migrate(conn: sqlite3.Connection) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > len(MIGRATIONS):
        raise DatabaseProblem(WORDS("newer_schema", version=version))
    for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            # The desk opens several connections at once: another one may have run this migration
            # while this one waited for the write lock (a long one, on a big event, after an update).
            if conn.execute("PRAGMA user_version").fetchone()[0] >= number:
                conn.execute("COMMIT")
                continue
            for statement in split_sql(script):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


def split_sql(script: str) -> list[str]:
    """Split a migration into statements, keeping trigger bodies whole."""
    statements, buf = [], ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                statements.append(buf.strip())
            buf = ""
    if buf.strip():
        statements.append(buf.strip())
    return statements
