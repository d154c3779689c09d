"""Every scan attempt is recorded, whatever it held: any Unicode, lone surrogates (the plain-ASCII
QR `{"i":[0,0,"\\ud800"]}` decodes to one), NUL and other control characters, bytes that are not
UTF-8 from a wedge with the wrong layout. The check-in never raises, the attempt is stored once in
a faithful form that SQLite and PostgreSQL accept, and nobody is admitted by such a scan."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.checkin import check_in
from kiosk.roster import attendees
from kiosk.scan.raw_text import is_clean, storable, unescape

ANY_CHAR = st.characters(blacklist_categories=())            # surrogates (Cs) and NUL included
PAYLOADS = st.one_of(
    st.text(ANY_CHAR, max_size=80),
    st.builds(lambda s: '{"i":[0,0,"' + s + '"]}', st.sampled_from(["\\ud800", "\\udfff", "\\u0000", "\\\\"])),
    st.builds(lambda s: "https://ti.to/t/" + s, st.text(ANY_CHAR, max_size=20)),
    st.binary(max_size=40).map(lambda b: b.decode("utf-8", "surrogateescape")),   # argv / wedge bytes
)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@given(st.text(ANY_CHAR, max_size=60))
@settings(max_examples=400, deadline=None)
def test_the_stored_form_is_valid_utf8_without_nul_and_reads_back_exactly(text):
    stored = storable(text)
    stored.encode("utf-8")                       # SQLite and PostgreSQL take it
    assert "\x00" not in stored and is_clean(stored)
    if is_clean(text):
        assert stored == text                    # an ordinary scan is kept exactly as it was
    else:
        assert unescape(stored) == text          # an odd one, faithfully escaped


def test_bytes_that_are_not_utf8_are_kept_byte_for_byte():
    raw = b"\xff\xfeEB-\x00001"
    assert unescape(storable(raw)).encode("utf-8", "surrogateescape") == raw


@pytest.fixture
def roster_db(event_db):
    with event_db.write() as conn:
        attendees.insert(conn, {"code": "EB-0001", "first_name": "José", "full_name": "José Ñúñez"})
    return event_db


@SETTINGS
@given(PAYLOADS)
def test_any_scan_is_recorded_once_and_admits_nobody(roster_db, payload):
    before = roster_db.scalar("SELECT count(*) FROM scan_attempts")
    result = check_in(roster_db, payload, station="fuzz", at="2026-07-08T14:00:00Z")
    assert result.verdict in ("unknown", "not_ticket")
    rows = roster_db.query("SELECT payload, verdict FROM scan_attempts ORDER BY id DESC LIMIT 1")
    assert roster_db.scalar("SELECT count(*) FROM scan_attempts") == before + 1
    assert rows[0]["payload"] == storable(payload) and rows[0]["verdict"] == result.verdict
    result.message().encode("utf-8")             # what the volunteer reads can be shown


def test_the_lone_surrogate_ticket_from_the_issue(roster_db, cli, db_path):
    result = cli("checkin", '{"i":[0,0,"\\ud800"]}', "--db", db_path)
    assert result.code == 1 and "UNKNOWN" in result.stdout and "Traceback" not in result.stderr
    surrogate = cli("checkin", "EB-0001\udcff", "--db", db_path, "--json")
    assert surrogate.code == 1 and surrogate.json()["payload"] == "EB-0001\\udcff"
    assert roster_db.scalar("SELECT count(*) FROM scan_attempts") == 2
    real = cli("checkin", "EB-0001", "--at", "2026-07-08T10:00", "--db", db_path)
    assert real.code == 0, real      # the real ticket still works
