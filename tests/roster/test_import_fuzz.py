"""Random and malformed files fed to the whole importer: never a traceback, never a changed roster
when the import is refused (imports are all-or-nothing)."""

import hashlib
import random

from hypothesis import HealthCheck, given, settings, strategies as st

from kiosk.errors import ImportRefused
from kiosk.roster.resync import import_export
from kiosk.store import open_event_db
from tests.conftest import FIXTURES

SEED_FILES = sorted((FIXTURES / "exports").iterdir())


def roster_digest(db, source: str | None = None) -> str:
    where = " WHERE source_id = (SELECT id FROM sources WHERE name = ?)" if source else ""
    rows = db.conn.execute("SELECT code, first_name, last_name, email, status, imported FROM attendees"
                           + where + " ORDER BY id", (source,) if source else ()).fetchall()
    if source:
        return hashlib.sha256(repr(rows).encode()).hexdigest()
    codes = db.conn.execute("SELECT code, attendee_id FROM attendee_codes ORDER BY code").fetchall()
    return hashlib.sha256(repr((rows, codes)).encode()).hexdigest()


def mangle(data: bytes, rng: random.Random) -> bytes:
    data = bytearray(data)
    for _ in range(rng.randint(1, 12)):
        choice = rng.random()
        if not data:
            break
        at = rng.randrange(len(data))
        if choice < 0.4:
            data[at] = rng.randrange(256)
        elif choice < 0.7:
            del data[at:at + rng.randint(1, 40)]
        else:
            data[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 20)))
    return bytes(data)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 10**9), pick=st.integers(0, len(SEED_FILES) - 1), junk=st.binary(max_size=400),
       use_junk=st.booleans())
def test_refused_imports_leave_the_roster_untouched(tmp_path_factory, seed, pick, junk, use_junk):
    folder = tmp_path_factory.mktemp("fuzz")
    db = open_event_db(folder / "event.sqlite")
    db.set_event("Fuzz", [], "UTC")
    import_export(db, FIXTURES / "exports" / "tito_tickets.csv", source="base")
    before, base_before = roster_digest(db), roster_digest(db, "base")
    source = SEED_FILES[pick]
    data = junk if use_junk else mangle(source.read_bytes(), random.Random(seed))
    target = folder / ("input" + source.suffix)
    target.write_bytes(data)
    try:
        import_export(db, target, source="fuzzed")
    except ImportRefused:
        assert roster_digest(db) == before
    else:
        # Whatever was accepted went to its own source; the base source is untouched.
        assert roster_digest(db, "base") == base_before
    assert db.scalar("PRAGMA integrity_check") == "ok"
    db.close()
