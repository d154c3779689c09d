"""The rows of an export being imported, kept in a temporary SQLite table instead of in memory.

An export of 500,000 attendees is read a batch of rows at a time into `import_rows` (one row per
registration the file lists, in file order: `seq`), and everything after that works on the table:
the platform's rules for duplicates (duplicates.py), the re-sync's comparison with the roster and
the insert into it (resync.py), each in SQL or over the few rows that need a look in Python. The
process holds a batch, compact keys and the report's lines, whatever the file's length.

During an import the event database's connection keeps its temporary tables and sorts in files
(`PRAGMA temp_store = FILE`: SQLite's own, deleted as they are closed, never named) with small
caches, and returns to memory afterwards; `Staging.private()` is a table of its own for reading a
file without an event.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable, Iterator
from typing import Any

from kiosk.roster.records import RosterRow
from kiosk.wording import Message

#: What the row builder stages, in this order (parse_rows.py builds the tuples).
COLUMNS = ("seq", "line", "key", "code", "first_name", "last_name", "full_name", "email", "organization",
           "ticket_type", "status", "pronouns", "notes", "scan_codes", "admission", "details_missing", "guest_of",
           "search_text", "unknown", "order_no", "quantity", "guests", "stamp")
#: Separates a row's further scan codes in `scan_codes` (no code holds it: it is a control character).
SCAN_SEP = "\x1f"
#: `dropped`: 0 kept; 1 merged or rejected by the export's own rules; 2 rejected by the import;
#: 3 an earlier form answer replaced by a later one (it was read to the end: its status word counts).
KEPT, DUPLICATE, REFUSED, REPLACED = 0, 1, 2, 3
#: Rows per executemany.
BATCH = 2000
#: Pages of the temporary database kept in memory during an import (the rest is in its file).
TEMP_CACHE_KIB = 2048
#: The event database's page cache during an import: the roster's indexes grow mostly at their ends
#: (ids, uids, codes in file order), so a 500,000-row import is as fast with 16 MB as with 32 MB.
IMPORT_CACHE_KIB = 16384

_TABLE = f"""
CREATE TABLE {{schema}}.import_rows (
    seq INTEGER PRIMARY KEY,            -- the row's place among the file's data rows
    line INTEGER NOT NULL,              -- the line it starts on (what people are told)
    key TEXT NOT NULL,
    code TEXT NOT NULL,
    first_name TEXT NOT NULL, last_name TEXT NOT NULL, full_name TEXT NOT NULL, email TEXT NOT NULL,
    organization TEXT NOT NULL, ticket_type TEXT NOT NULL, status TEXT NOT NULL, pronouns TEXT NOT NULL,
    notes TEXT NOT NULL,
    scan_codes TEXT NOT NULL,           -- further codes a scan may carry, joined by U+001F
    admission INTEGER NOT NULL,         -- why the row is (not) admitted: Staging.whys[admission]
    details_missing INTEGER NOT NULL,
    guest_of TEXT NOT NULL,             -- a guest not named yet: the buyer's name (worded "Guest of ...")
    search_text TEXT,                   -- NULL: SQL computes it (folding.SEARCH_TEXT_SQL)
    unknown TEXT,                       -- a status word nobody explained (the import stops), else NULL
    order_no TEXT,                      -- the order, when the file has an order column
    quantity INTEGER,                   -- the tickets the row stands for (Quantity), when given
    guests INTEGER,                     -- the guests it brings (Meetup), when given
    stamp TEXT,                         -- when a form answer was sent (the later answer wins)
    dropped INTEGER NOT NULL DEFAULT {KEPT},
    attendee_id INTEGER,                -- the roster's attendee this row is (a re-sync), else NULL
    rekeyed INTEGER NOT NULL DEFAULT 0  -- that attendee was found by code or e-mail, not by key
)"""

_INSERT = (f"INSERT INTO {{schema}}.import_rows ({', '.join(COLUMNS)}) "
           f"VALUES ({', '.join('?' for _ in COLUMNS)})")


class Staging:
    """The staging table on a connection (`schema` "temp" on an event database's, "main" on a private one)."""

    def __init__(self, conn: sqlite3.Connection, schema: str = "temp"):
        self.conn, self.schema = conn, schema
        self.table = f"{schema}.import_rows"
        self._insert = _INSERT.format(schema=schema)
        self._insert_dropped = self._insert.replace(") VALUES (", ", dropped) VALUES (?, ")
        #: Why rows are (not) admitted (Messages): few distinct ones, each staged as its index here.
        self.whys: list[Message] = []
        self._why_at: dict[Message, int] = {}

    @classmethod
    @contextlib.contextmanager
    def on(cls, conn: sqlite3.Connection) -> Iterator[Staging]:
        """Staging in the temporary database of an event's connection, for one import."""
        switch = not conn.in_transaction
        cache = conn.execute("PRAGMA main.cache_size").fetchone()[0]
        if switch:
            conn.execute("PRAGMA temp_store = FILE")          # drops any temporary table: there is none
            conn.execute(f"PRAGMA temp.cache_size = -{TEMP_CACHE_KIB}")
            conn.execute(f"PRAGMA main.cache_size = -{IMPORT_CACHE_KIB}")
        conn.execute("DROP TABLE IF EXISTS temp.import_rows")
        staging = cls(conn, "temp")
        staging._create()
        try:
            yield staging
        finally:
            with contextlib.suppress(sqlite3.Error):
                if conn.in_transaction and switch:
                    conn.rollback()
                conn.execute("DROP TABLE IF EXISTS temp.import_rows")
                if switch:
                    conn.execute("PRAGMA temp_store = MEMORY")
                    conn.execute(f"PRAGMA main.cache_size = {cache}")

    @classmethod
    @contextlib.contextmanager
    def private(cls) -> Iterator[Staging]:
        """Staging in a database of its own (an unnamed file SQLite deletes), for reading an export alone."""
        conn = sqlite3.connect("", isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode = OFF")
            conn.execute("PRAGMA synchronous = OFF")
            conn.execute(f"PRAGMA cache_size = -{TEMP_CACHE_KIB}")
            staging = cls(conn, "main")
            staging._create()
            yield staging
        finally:
            conn.close()

    @contextlib.contextmanager
    def filling(self) -> Iterator[None]:
        """One transaction around the staging of a file's rows (a commit per batch would cost as much
        as the rows). It writes the temporary database only: the event's write lock is not taken."""
        own = not self.conn.in_transaction
        if own:
            self.conn.execute("BEGIN")
        try:
            yield
        except BaseException:
            if own and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        if own:
            self.conn.execute("COMMIT")

    def _create(self) -> None:
        self.conn.execute(_TABLE.format(schema=self.schema))

    def add(self, rows: Iterable[tuple], *, with_dropped: bool = False) -> None:
        """Stage built rows (tuples in COLUMNS order, then `dropped` when `with_dropped`)."""
        self.conn.executemany(self._insert_dropped if with_dropped else self._insert, rows)

    def why(self, reason: Message) -> int:
        """The index of a reason for `admission`."""
        at = self._why_at.get(reason)
        if at is None:
            at = self._why_at[reason] = len(self.whys)
            self.whys.append(reason)
        return at

    def execute(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        """Run SQL in which `{rows}` names the staging table."""
        return self.conn.execute(sql.format(rows=self.table), params)

    def scalar(self, sql: str, params: Any = ()) -> Any:
        row = self.execute(sql, params).fetchone()
        return row[0] if row else None

    def drop(self, seqs: Iterable[int], why: int = DUPLICATE) -> None:
        self.conn.executemany(f"UPDATE {self.table} SET dropped = ? WHERE seq = ?", ((why, seq) for seq in seqs))

    def kept(self) -> int:
        return self.scalar("SELECT count(*) FROM {rows} WHERE dropped = 0")

    def roster_rows(self, where: str = "dropped = 0") -> Iterator[tuple[int, RosterRow]]:
        """(seq, RosterRow) of the staged rows, in file order."""
        cur = self.execute(
            "SELECT seq, key, line, code, first_name, last_name, full_name, email, organization, ticket_type, "
            "status, pronouns, notes, scan_codes, admission, details_missing, guest_of FROM {rows} WHERE " + where +
            " ORDER BY seq")
        for seq, key, line, code, first, last, full, email, org, kind, status, pronouns, notes, scans, why, \
                missing, guest_of in cur:
            yield seq, RosterRow(key, line, code, first, last, full, email, org, kind, status, pronouns, notes,
                                 split_scan_codes(scans), {}, self.whys[why], bool(missing), guest_of)


def join_scan_codes(codes: list[str]) -> str:
    return codes[0] if len(codes) == 1 else SCAN_SEP.join(codes)


def split_scan_codes(text: str) -> list[str]:
    return text.split(SCAN_SEP) if text else []
