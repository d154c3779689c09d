"""Opening an event database: create it owner-only, migrate it, set WAL and foreign keys.

An `EventDB` wraps one sqlite3 connection (through sqlite-utils) that belongs to the thread that
opened it. Writes go through `EventDB.write()`, a `BEGIN IMMEDIATE` transaction: it takes the write
lock up front, so two processes checking in the same ticket are serialised and both see the truth.
SQLite errors are sorted by their result code (`classify_sqlite_error`): those a person can act on
(busy, locked, read-only, full, I/O, damaged, not a database, cannot open) become `DatabaseProblem`
with a message naming the file and the latest backup; any other (a misspelt column, a broken
constraint) is a bug and propagates as it is.
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
from kiosk.store.migrations import MIGRATIONS
from kiosk.store.words import WORDS
from kiosk.wording import Message

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


#: SQLite's primary result codes that mean the environment is at fault (the file, the disk, another
#: program), not the code: https://www.sqlite.org/rescode.html. Any other code is a bug.
KNOWN_SQLITE_CODES = ("BUSY", "LOCKED", "FULL", "READONLY", "IOERR", "CORRUPT", "NOTADB", "CANTOPEN")


def sqlite_code(exc: BaseException) -> str:
    """The primary result code of an sqlite3 error ("BUSY" for SQLITE_BUSY_SNAPSHOT), or ""."""
    name = getattr(exc, "sqlite_errorname", None) or ""
    parts = name.split("_")
    return parts[1] if len(parts) > 1 and parts[0] == "SQLITE" else ""


def classify_sqlite_error(path: Path, exc: BaseException) -> DatabaseProblem | None:
    """A `DatabaseProblem` saying what to do when the error is the environment's (busy, read-only,
    full, damaged, cannot open); None when it is a bug (a misspelt column, a broken constraint):
    the caller re-raises it as it is."""
    code = sqlite_code(exc)
    if code not in KNOWN_SQLITE_CODES:
        return None
    from kiosk.store.backup import newest_good_backup
    from kiosk.store.filecheck import disk_nearly_full

    code = "FULL" if code == "IOERR" and disk_nearly_full(path) else code   # a -shm that cannot grow

    if code in ("CORRUPT", "NOTADB"):
        return DatabaseProblem(damaged_message(path, WORDS("file_damaged_or_foreign")))
    if code in ("BUSY", "LOCKED"):
        return DatabaseProblem(WORDS("busy", path=path))
    if code == "READONLY":
        return DatabaseProblem(WORDS("read_only", path=path))
    if code == "CANTOPEN":
        return DatabaseProblem(WORDS("cannot_open", path=path))
    backup = newest_good_backup(path)
    hint = WORDS("newest_backup_is", backup=backup) if backup else WORDS("no_backup_yet")
    if code == "FULL":
        return DatabaseProblem(WORDS("disk_full", path=path, hint=hint))
    if code == "IOERR":
        return DatabaseProblem(WORDS("disk_error", path=path, hint=hint))
    return DatabaseProblem(damaged_message(path, WORDS("file_damaged_or_foreign")))


def _raise_classified(path: Path, exc: sqlite3.Error) -> None:
    problem = classify_sqlite_error(path, exc)
    if problem is not None:
        raise problem from exc


# The event files this process has open, by file identity (device, inode) -> connections. POSIX locks
# belong to a process: closing ANY descriptor of a file drops every lock this process holds on it,
# SQLite's included. Another program (`kiosk` in a terminal, a second window) closing its own
# connection then believes nobody else has the file open and deletes the write-ahead log from under
# ours. So a file already open here is never opened again outside SQLite (its header was checked when
# it was first opened).
_open_files: dict[tuple[int, int], int] = {}
_open_files_lock = threading.Lock()


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def open_in_this_process(path: Path) -> bool:
    """Whether an event database connection of this process has the file at `path` open."""
    key = _identity(path)
    with _open_files_lock:
        return key is not None and _open_files.get(key, 0) > 0


def _hold(path: Path, *, check: bool) -> tuple[int, int] | None:
    """Count one more connection to the file at `path` BEFORE it is opened. The first one checks the
    file (reading its header) while no connection of this process holds a lock on it; later ones
    never read it again. Atomic: workers opening the file at once (a window starting) cannot read it
    while another one has connected but not yet registered (migrating, say)."""
    with _open_files_lock:
        key = _identity(path)
        if check and (key is None or _open_files.get(key, 0) == 0):
            _check_existing(path)
        if key is not None:
            _open_files[key] = _open_files.get(key, 0) + 1
    return key


def _let_go(key: tuple[int, int] | None) -> None:
    if key is None:
        return
    with _open_files_lock:
        left = _open_files.get(key, 1) - 1
        if left > 0:
            _open_files[key] = left
        else:
            _open_files.pop(key, None)


_REGISTER = object()


class EventDB:
    """One open event database."""

    def __init__(self, path: Path, conn: sqlite3.Connection, *, identity: object = _REGISTER):
        self.path = path
        self.conn = conn
        self._utils = None
        # open_event_db counted this connection before opening it; anyone else constructing one is counted here
        self._identity: tuple[int, int] | None = (
            _hold(path, check=False) if identity is _REGISTER else cast("tuple[int, int] | None", identity))
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
                _raise_classified(self.path, exc)
                raise

    def query(self, sql: str, params: Any = ()) -> list[dict]:
        try:
            cur = self.conn.execute(sql, params)
            cols = [c[0] for c in cur.description or ()]
            return [dict(zip(cols, row)) for row in cur.fetchall()]
        except sqlite3.Error as exc:
            _raise_classified(self.path, exc)
            raise

    def one(self, sql: str, params: Any = ()) -> dict | None:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    def scalar(self, sql: str, params: Any = ()) -> Any:
        try:
            row = self.conn.execute(sql, params).fetchone()
        except sqlite3.Error as exc:
            _raise_classified(self.path, exc)
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
        _let_go(identity)

    def __enter__(self) -> "EventDB":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _migrate(conn: sqlite3.Connection) -> None:
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
            for statement in _split_sql(script):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


def _split_sql(script: str) -> list[str]:
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


def damaged_message(path: Path, problem: Message) -> Message:
    """What a person reads about an event database that cannot be used: what is wrong (a `file_*`
    message of kiosk/store/words.py), that nothing was written, and which backup to restore."""
    from kiosk.store.backup import backup_hint

    return WORDS("damaged", path=path, problem=problem, hint=backup_hint(path))


def _check_existing(path: Path) -> None:
    """Refuse, before SQLite opens it, a file that cannot be an event database. Called by `_hold` only
    while no connection of this process has the file open: a file open here was checked then, and is
    not read again outside SQLite (see `_open_files`)."""
    from kiosk.store import filecheck

    problem = filecheck.problem_with(path)
    if problem is None:
        return
    if problem.key == "file_folder":
        raise DatabaseProblem(WORDS("is_folder", path=path, example=path / "event.sqlite"))
    if problem.key in ("file_special", "file_unreadable"):
        raise DatabaseProblem(WORDS("not_a_file", path=path, problem=problem))
    raise DatabaseProblem(damaged_message(path, problem))


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


def _refuse_foreign(path: Path, conn: sqlite3.Connection) -> None:
    """An SQLite database of another program is not made into an event database."""
    if conn.execute("PRAGMA user_version").fetchone()[0] == 0 and \
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0:
        raise DatabaseProblem(WORDS("foreign", path=path))


def _quick_check(path: Path, conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA busy_timeout = 10000")
    results = [r[0] for r in conn.execute("PRAGMA quick_check(3)").fetchall()]
    if results != ["ok"]:
        raise DatabaseProblem(damaged_message(path, WORDS("file_damaged", why="; ".join(results)[:200])))


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
            _migrate(conn)
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
            _raise_classified(path, exc)
            raise
    identity = _hold(path, check=existed)    # counted (and first checked) before any connection locks it
    conn = None
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=10.0)
        _refuse_foreign(path, conn)
        if verify:
            _quick_check(path, conn)
        _configure(conn)
        _migrate(conn)
    except sqlite3.Error as exc:
        if conn is not None:
            conn.close()
        _let_go(identity)
        _raise_classified(path, exc)
        raise
    except BaseException:
        if conn is not None:
            conn.close()
        _let_go(identity)
        raise
    return EventDB(path, conn, identity=identity)
