"""Opening an event database: create it owner-only, check it, migrate it, set WAL and foreign keys.

An `EventDB` wraps one sqlite3 connection (through sqlite-utils) that belongs to the thread that
opened it. Writes go through `EventDB.write()`, a `BEGIN IMMEDIATE` transaction: it takes the write
lock up front, so two processes checking in the same ticket are serialised and both see the truth.
SQLite errors are sorted by their result code (`classify_sqlite_error`, kiosk/store/sqlite_errors.py,
also importable from here): those a person can act on (busy, locked, read-only, full, I/O, damaged,
not a database, cannot open) become `DatabaseProblem` with a message naming the file and the latest
backup; any other (a misspelt column, a broken constraint) is a bug and propagates as it is.

The parts opening uses: kiosk/store/opening_checks.py (what an existing file must pass),
kiosk/store/open_files.py (the files this process has open), kiosk/store/migrate.py (the schema
brought up to date).
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import sqlite3
import threading
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator, cast

from kiosk.errors import DatabaseProblem, os_reason
from kiosk.store.event_row import readable_event
from kiosk.store.migrate import migrate
from kiosk.store.open_files import hold, let_go
from kiosk.store.opening_checks import quick_check, refuse_foreign
from kiosk.store.sqlite_errors import classify_sqlite_error as classify_sqlite_error   # a contract
from kiosk.store.sqlite_errors import raise_classified
from kiosk.store.words import WORDS

APP_NAME = "checkin-kiosk"


def default_db_path() -> Path:
    """Where the event database lives when no `--db` is given (per-user data folder)."""
    env = os.environ.get("KIOSK_DB")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "event.sqlite"


def utc_now() -> str:
    """Now, as the ISO 8601 UTC text every fact is stamped with."""
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _create_owner_only(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)


_REGISTER = object()


class EventDB:
    """One open event database."""

    def __init__(self, path: Path, conn: sqlite3.Connection, *, identity: object = _REGISTER):
        self.path = path
        self.conn = conn
        self._utils = None
        # open_event_db counted this connection before opening it; anyone else constructing one is counted here
        self._identity: tuple[int, int] | None = (
            hold(path, check=False) if identity is _REGISTER else cast("tuple[int, int] | None", identity))
        self._lock = threading.RLock()
        self._depth = 0

    @property
    def db(self):
        """The connection as a sqlite_utils.Database, made on first use: sqlite-utils imports numpy,
        which no command that does not scan should pay for at start-up."""
        if self._utils is None:
            import sqlite_utils

            self._utils = sqlite_utils.Database(self.conn)
        return self._utils

    # -- transactions -------------------------------------------------------------------------
    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """A write transaction that takes the lock at once (BEGIN IMMEDIATE); nests as savepoints."""
        with self._lock:
            try:
                if self._depth == 0:
                    self.conn.execute("BEGIN IMMEDIATE")
                else:
                    self.conn.execute(f"SAVEPOINT sp{self._depth}")
                self._depth += 1
                try:
                    yield self.conn
                except BaseException:
                    self._depth -= 1
                    if self._depth == 0:
                        self.conn.execute("ROLLBACK")
                    else:
                        self.conn.execute(f"ROLLBACK TO sp{self._depth}")
                        self.conn.execute(f"RELEASE sp{self._depth}")
                    raise
                self._depth -= 1
                if self._depth == 0:
                    self.conn.execute("COMMIT")
                else:
                    self.conn.execute(f"RELEASE sp{self._depth}")
            except sqlite3.Error as exc:
                if self._depth == 0 and self.conn.in_transaction:
                    with contextlib.suppress(sqlite3.Error):
                        self.conn.execute("ROLLBACK")
                raise_classified(self.path, exc)
                raise

    def query(self, sql: str, params: Any = ()) -> list[dict]:
        try:
            cur = self.conn.execute(sql, params)
            cols = [c[0] for c in cur.description or ()]
            return [dict(zip(cols, row)) for row in cur.fetchall()]
        except sqlite3.Error as exc:
            raise_classified(self.path, exc)
            raise

    def one(self, sql: str, params: Any = ()) -> dict | None:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    def scalar(self, sql: str, params: Any = ()) -> Any:
        try:
            row = self.conn.execute(sql, params).fetchone()
        except sqlite3.Error as exc:
            raise_classified(self.path, exc)
            raise
        return row[0] if row else None

    # -- the event -------------------------------------------------------------------------
    def event(self) -> dict:
        """The event row; one edited by hand is read so the door goes on (`problem`: see event_row)."""
        row = self.one("SELECT * FROM event WHERE id = 1")
        if row is None:
            return {"name": "", "days": [], "timezone": "UTC", "secret": "", "created_at": ""}
        row["days"], row["timezone"], problem = readable_event(row["days"], row["timezone"])
        if problem:
            row["problem"] = problem
        return row

    def has_event(self) -> bool:
        return self.scalar("SELECT count(*) FROM event") == 1

    def set_event(self, name: str, days: list[str] | None = None, timezone_name: str = "UTC") -> dict:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(timezone_name)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            from kiosk.errors import KnownError

            raise KnownError(WORDS("unknown_timezone", zone=timezone_name)) from exc
        days = sorted(set(days or []))
        with self.write() as conn:
            existing = self.one("SELECT secret, created_at FROM event WHERE id = 1")
            secret = existing["secret"] if existing else secrets.token_hex(32)
            created = existing["created_at"] if existing else utc_now()
            conn.execute(
                "INSERT OR REPLACE INTO event (id, name, days, timezone, secret, created_at) VALUES (1, ?, ?, ?, ?, ?)",
                (name, json.dumps(days), timezone_name, secret, created),
            )
        return self.event()

    def set_busy_timeout(self, seconds: float) -> None:
        """How long a write waits for another program's lock before it reports the database busy."""
        self.conn.execute(f"PRAGMA busy_timeout = {max(int(seconds * 1000), 0)}")

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()
        identity, self._identity = self._identity, None
        let_go(identity)

    def __enter__(self) -> "EventDB":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA busy_timeout = 10000")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if mode.lower() != "wal":
        conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA cache_size = -32768")   # 32 MB: large imports keep their indexes in memory
    # Statement journals (every write that fires a trigger has one) and sorts in memory, not in
    # temporary files: half the cost of a bulk insert into the tables with counters (issue 15).
    # Keep bulk inserts out of savepoints: an in-memory savepoint journal makes them crawl.
    conn.execute("PRAGMA temp_store = MEMORY")


def _create_new(path: Path) -> None:
    """Create a new, migrated, owner-only event database at `path` without ever leaving a
    half-made file there: it is built under a temporary name and linked into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.new-{secrets.token_hex(4)}")
    _create_owner_only(temp)
    try:
        conn = sqlite3.connect(str(temp), isolation_level=None)
        try:
            _configure(conn)
            migrate(conn)
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        try:
            os.link(temp, path)            # never replaces a file another process made meanwhile
        except FileExistsError:
            pass
        except OSError:                    # a file system without hard links (FAT USB sticks)
            if not path.exists():
                os.replace(temp, path)
    finally:
        for leftover in (temp, temp.with_name(temp.name + "-wal"), temp.with_name(temp.name + "-shm")):
            with contextlib.suppress(OSError):
                leftover.unlink()


def open_event_db(path: str | os.PathLike | None = None, *, create: bool = True, verify: bool = False) -> EventDB:
    """Open (and if needed create, owner-only) the event database at `path` and migrate it.

    An existing file is checked first (see store/filecheck.py): a folder, a device or pipe, an
    empty (0-byte), truncated or foreign file is refused with a message naming the newest good
    backup, and nothing is written to it; only a missing file is ever created. `verify` also runs
    `PRAGMA quick_check` (about 0.1 s per 100,000 attendees) before anything is written, so that
    damaged pages anywhere in the file are found before a command writes into it."""
    path = Path(path) if path else default_db_path()
    path = path.expanduser()
    existed = os.path.lexists(path)
    if not existed:
        if not create:
            raise DatabaseProblem(WORDS("missing", path=path))
        try:
            _create_new(path)
        except OSError as exc:
            raise DatabaseProblem(WORDS("cannot_create", path=path, why=os_reason(exc))) from exc
        except sqlite3.Error as exc:
            raise_classified(path, exc)
            raise
    identity = hold(path, check=existed)    # counted (and first checked) before any connection locks it
    conn = None
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=10.0)
        refuse_foreign(path, conn)
        if verify:
            quick_check(path, conn)
        _configure(conn)
        migrate(conn)
    except sqlite3.Error as exc:
        if conn is not None:
            conn.close()
        let_go(identity)
        raise_classified(path, exc)
        raise
    except BaseException:
        if conn is not None:
            conn.close()
        let_go(identity)
        raise
    return EventDB(path, conn, identity=identity)
