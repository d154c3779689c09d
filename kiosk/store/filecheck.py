"""Is this file an event database at all? Cheap checks made before SQLite is allowed near it.

SQLite happily opens a 0-byte file as a new, empty database, blocks forever reading a FIFO, and
reports a truncated file only when a query reaches the missing pages. `problem_with(path)` looks
at the file's type, size and 100-byte header first and says what is wrong with it (a message of
kiosk/store/words.py, "is empty (0 bytes)..."):
a folder, a device or pipe, an empty (0-byte) file, a file cut short, or something that is not an
SQLite database. `verify(path)` goes further for a copy nobody is writing (a backup): it opens the
file read-only, runs `PRAGMA integrity_check` and checks that it holds an event's tables.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import stat
from pathlib import Path
from urllib.parse import quote

from kiosk.errors import os_reason
from kiosk.store.words import WORDS
from kiosk.wording import Message

MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
#: Tables every event database has; a database without them is another program's.
EVENT_TABLES = ("event", "settings", "attendees", "checkins", "scan_attempts")


def _read_header(path: Path) -> bytes:
    # O_NONBLOCK: a FIFO swapped in after the stat must not block the open.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return b""
        return os.read(fd, HEADER_SIZE)
    finally:
        os.close(fd)


def file_kind_problem(path: Path) -> Message | None:
    """What is wrong with `path` as a file to read (a folder, a device, a pipe), or None."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        return WORDS("file_unreadable", why=os_reason(exc))
    if stat.S_ISDIR(st.st_mode):
        return WORDS("file_folder")
    if not stat.S_ISREG(st.st_mode):
        return WORDS("file_special")
    return None


class FileProblem(Exception):
    """Why a small file cannot be read: its words (a Message, `words`) follow the path ("is a folder,
    not a file"); str() is English."""

    def __init__(self, words: Message):
        super().__init__(str(words))
        self.words = words


def read_regular_file(path: Path, limit: int) -> bytes:
    """The bytes of the regular file at `path`, at most `limit` of them. Raises FileProblem (a
    folder, a device or pipe, larger than `limit`) or OSError (missing, no permission) before
    reading what is no regular file: a FIFO never blocks, /dev/zero is never read."""
    kind = file_kind_problem(path)
    if kind:
        raise FileProblem(kind)
    # O_NONBLOCK: a file swapped for a FIFO after the stat must not block the open.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fh.fileno())
        if not stat.S_ISREG(st.st_mode):
            raise FileProblem(WORDS("file_special"))
        if st.st_size > limit:
            raise FileProblem(WORDS("file_larger_than", most=limit))
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise FileProblem(WORDS("file_larger_than", most=limit))
    return data


def problem_with(path: Path) -> Message | None:
    """Why the existing file at `path` cannot be an event database, in words; None when it may be one.

    Only the file's type, size and header are read: cheap enough for every open."""
    kind = file_kind_problem(path)
    if kind:
        return kind
    try:
        size = os.stat(path).st_size
        header = _read_header(path)
    except OSError as exc:
        return WORDS("file_unreadable", why=os_reason(exc))
    if size == 0:
        return WORDS("file_empty")
    if len(header) < HEADER_SIZE or not header.startswith(MAGIC):
        if len(header) >= len(MAGIC) and header.startswith(MAGIC[:6]):
            return WORDS("file_first_page")
        return WORDS("file_foreign")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return WORDS("file_first_page")
    pages = int.from_bytes(header[28:32], "big")
    counter, valid_for = header[24:28], header[92:96]
    if size % page_size:
        return WORDS("file_partial_pages")
    if counter == valid_for and pages and size < pages * page_size and not _has_write_ahead_log(path, page_size):
        return WORDS("file_cut_short", size=size, expected=pages * page_size)
    return None


WAL_MAGIC = (0x377F0682, 0x377F0683)


def _has_write_ahead_log(path: Path, page_size: int) -> bool:
    """Whether a write-ahead log with frames lies beside the file. A checkpoint killed midway (the
    process, or the power) leaves the first page saying the new size while later pages are still
    only in the log: SQLite recovers them from it, so the file is not cut short (a page really
    missing is found by quick_check)."""
    wal = Path(path).with_name(Path(path).name + "-wal")
    try:
        if not stat.S_ISREG(os.stat(wal).st_mode) or os.stat(wal).st_size < 32 + 24 + page_size:
            return False
        header = _read_header(wal)
    except OSError:
        return False
    return int.from_bytes(header[:4], "big") in WAL_MAGIC


#: Free space under which a disk counts as full: SQLite grows its shared-memory index 32 KB at a time.
NEARLY_FULL_BYTES = 1 << 20


def disk_nearly_full(path: Path) -> bool:
    """Whether the disk holding `path` has (almost) no space left. SQLite reports a full disk as an
    I/O error when it is the shared-memory index (`-shm`) that cannot grow (SQLITE_IOERR_SHMSIZE)."""
    folder = Path(path).absolute().parent
    try:
        return shutil.disk_usage(folder).free < NEARLY_FULL_BYTES
    except (OSError, ValueError):
        return False


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection. Without a write-ahead log beside the file it is opened immutable:
    nothing is created, locked or written next to it; with one, the log is read too."""
    path = Path(path).resolve()
    wal = path.with_name(path.name + "-wal")
    flags = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    return sqlite3.connect(f"file:{quote(str(path))}?{flags}", uri=True)


def verify(path: Path, *, thorough: bool = True) -> Message | None:
    """Why the copy at `path` is no good event database (None when it is): the cheap checks, then
    `PRAGMA integrity_check` (or `quick_check` when not `thorough`) and the event's tables.

    For files nobody writes to (backups, a file about to be restored)."""
    problem = problem_with(Path(path))
    if problem or not Path(path).exists():
        return problem or WORDS("file_missing")
    try:
        conn = connect_read_only(path)
    except sqlite3.Error as exc:
        return WORDS("file_cannot_open", why=str(exc))
    try:
        check = "integrity_check(20)" if thorough else "quick_check(20)"
        results = [r[0] for r in conn.execute(f"PRAGMA {check}").fetchall()]
        if results != ["ok"]:
            return WORDS("file_damaged", why="; ".join(results[:3])[:300])
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        missing = [t for t in EVENT_TABLES if t not in tables]
        if missing:
            return WORDS("file_no_tables", tables=missing)
    except sqlite3.Error as exc:
        return WORDS("file_damaged", why=str(exc))
    finally:
        with contextlib.suppress(sqlite3.Error):
            conn.close()
    return None
