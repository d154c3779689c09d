"""The hub goes away mid-event, rounds run at the same time, the password stays secret."""

from __future__ import annotations

import logging
import os
import random
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from kiosk import checkin
from kiosk.roster import attendees
from kiosk.roster.resync import import_export
from kiosk.store import open_event_db
from kiosk.sync import HubUnreachable, duplicate_checkins, sync_round, sync_state
from tests.sync.helpers import checkin_rows, roster_export

pytestmark = pytest.mark.needs_postgres

DAY = "2026-07-08"
ROOT = Path(__file__).resolve().parents[2]


def test_hub_stopped_mid_event_nothing_is_lost_and_stations_catch_up(station, hub_url, pg_server, cli, caplog):
    a, b = station("A", event=True), station("B")
    import_export(a, "export.csv", parsed=roster_export(40))
    sync_round(a, hub_url)
    sync_round(b, hub_url)
    checkin.check_in(a, "EB-1001", station="A", at="2026-07-08T14:00:00Z")
    sync_round(a, hub_url)

    pg_server.stop()
    try:
        # The desk keeps answering at local speed while the hub is away.
        for i in range(2, 39):
            assert checkin.check_in(a, f"EB-{1000 + i}", station="A", at=f"2026-07-08T14:{i:02d}:00Z").verdict == "ok"
        started = time.monotonic()
        with pytest.raises(HubUnreachable, match="Cannot reach the sync hub") as failure:
            sync_round(a, hub_url)
        assert time.monotonic() - started < 8
        assert pg_server.password not in str(failure.value)
        status = sync_state(a)
        assert not status.online and status.waiting_checkins == 37
        assert str(status).startswith("offline since ") and str(status).endswith(" - 37 check-ins waiting")
        result = cli("sync", "--db", a.path, "--hub", hub_url)
        assert result.code != 0
        assert "Cannot reach the sync hub" in result.stderr and "kiosk_test:***@127.0.0.1" in result.stderr
        assert pg_server.password not in result.stderr + result.stdout
    finally:
        pg_server.start()

    report = sync_round(a, hub_url)
    assert report.sent["checkins"] == 37
    assert str(sync_state(a)) == "synced"
    sync_round(b, hub_url)
    assert checkin.counts(b, DAY)["checked_in"] == checkin.counts(a, DAY)["checked_in"] == 38
    assert checkin_rows(a) == checkin_rows(b)
    assert b.scalar("SELECT min(at) FROM checkins") == "2026-07-08T14:00:00.000Z"   # original times kept
    assert pg_server.password not in caplog.text


def test_a_silent_hub_times_out_within_seconds(station, monkeypatch):
    from kiosk.sync import hub as hub_mod

    monkeypatch.setattr(hub_mod, "CONNECT_TIMEOUT", 1)
    a = station("A", event=True)
    with socket.socket() as silent:               # accepts TCP, never speaks PostgreSQL
        silent.bind(("127.0.0.1", 0))
        silent.listen(5)
        port = silent.getsockname()[1]
        started = time.monotonic()
        with pytest.raises(HubUnreachable, match="Cannot reach the sync hub postgresql://u:\\*\\*\\*@127.0.0.1"):
            sync_round(a, f"postgresql://u:topsecret@127.0.0.1:{port}/hub")
        assert time.monotonic() - started < 4


def test_concurrent_rounds_and_checkins_lose_nothing_and_agree(station, hub_url, tmp_path):
    stations = [station(name, event=(name == "A")) for name in ("A", "B", "C")]
    import_export(stations[0], "export.csv", parsed=roster_export(30))
    for db in stations:
        sync_round(db, hub_url)
    made: dict[str, int] = {}
    errors: list[BaseException] = []

    def desk(name: str, seed: int) -> None:
        # A desk of its own: its connection checks people in while another thread syncs the same file.
        db = open_event_db(tmp_path / f"{name}.sqlite")
        rng = random.Random(seed)
        ok = 0
        try:
            for i in range(40):
                code = f"EB-{1001 + rng.randrange(30)}"
                result = checkin.check_in(db, code, station=name, at=f"2026-07-08T14:{i:02d}:{seed:02d}.000Z")
                ok += result.verdict == "ok"
        except BaseException as exc:  # surfaced below
            errors.append(exc)
        finally:
            db.close()
            made[name] = ok

    def syncer(name: str) -> None:
        db = open_event_db(tmp_path / f"{name}.sqlite")
        try:
            for _ in range(6):
                sync_round(db, hub_url)
        except BaseException as exc:
            errors.append(exc)
        finally:
            db.close()

    threads = [threading.Thread(target=desk, args=(n, s)) for s, n in enumerate("ABC", start=1)]
    threads += [threading.Thread(target=syncer, args=(n,)) for n in "ABC"]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors, errors
    for _ in range(2):
        for db in stations:
            sync_round(db, hub_url)
    rows = [checkin_rows(db) for db in stations]
    assert rows[0] == rows[1] == rows[2]
    assert len(rows[0]) == sum(made.values())           # every local `ok` is everywhere
    firsts = []
    for db in stations:
        firsts.append({(r["attendee"], r["event_day"]): r["uid"] for r in db.query(
            "SELECT a.uid AS attendee, c.event_day, (SELECT c2.uid FROM checkins c2 WHERE c2.attendee_id = c.attendee_id "
            "AND c2.event_day = c.event_day ORDER BY c2.at, c2.uid LIMIT 1) AS uid "
            "FROM checkins c JOIN attendees a ON a.id = c.attendee_id GROUP BY c.attendee_id, c.event_day")})
        person_days = len(firsts[-1])
        assert checkin.counts(db, DAY)["checked_in"] == person_days
        assert len(duplicate_checkins(db, DAY)) == len(rows[0]) - person_days
    assert firsts[0] == firsts[1] == firsts[2]


def test_two_processes_syncing_the_same_station_at_once_push_each_fact_once(station, hub_url):
    import psycopg

    a = station("A", event=True)
    import_export(a, "export.csv", parsed=roster_export(20))
    for i in range(20):
        checkin.check_in(a, f"EB-{1001 + i}", station="A", at=f"2026-07-08T15:{i:02d}:00Z")
    env = {**os.environ, "KIOSK_SYNC_HUB": hub_url, "PYTHONPATH": str(ROOT)}
    procs = [subprocess.Popen([sys.executable, "-m", "kiosk", "sync", "--db", str(a.path)], env=env, cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(3)]
    outputs = [p.communicate(timeout=60) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], outputs
    with psycopg.connect(hub_url) as hub:
        assert hub.execute("SELECT count(*), count(DISTINCT uid) FROM hub_checkins").fetchone() == (20, 20)
        assert hub.execute("SELECT count(*) FROM hub_attendees").fetchone()[0] == 20
    assert a.scalar("SELECT count(*) FROM checkins") == 20
    assert sync_state(a).waiting_checkins == 0
    for out, err in outputs:
        assert hub_url.split("@")[0].split(":")[-1] not in out + err


def test_the_password_never_appears_in_output_logs_or_settings(station, hub_url, pg_server, cli, caplog):
    caplog.set_level(logging.DEBUG)
    a = station("A", event=True)
    import_export(a, "export.csv", parsed=roster_export(3))
    secret = pg_server.password
    saved = cli("sync", "--db", a.path, "--hub", hub_url, "--save")
    assert saved.code == 0, saved
    assert "Synced with postgresql://kiosk_test:***@127.0.0.1" in saved.stdout
    listed = cli("settings", "list", "--db", a.path)
    got = cli("settings", "get", "sync_hub", "--db", a.path, "--json")
    assert got.json() == {"sync_hub": hub_url.replace(":" + secret, "")}      # stored without its password
    assert secret not in (a.path.read_bytes() + a.path.with_name(a.path.name + "-wal").read_bytes()).decode("latin-1")
    again = cli("sync", "--db", a.path, "--json")               # the saved address, the password from pgpass
    assert again.code == 0 and again.json()["hub"].startswith("postgresql://kiosk_test@")
    status = cli("sync", "--db", a.path, "--status")
    assert status.stdout.strip() == "synced"
    wrong = hub_url.replace(secret, secret + "-wrong")
    bad = cli("sync", "--db", a.path, "--hub", wrong)
    assert bad.code != 0 and "password authentication failed" in bad.stderr and "Check the user name and password" in bad.stderr
    everything = "".join(r.stdout + r.stderr for r in (saved, listed, got, again, status, bad)) + caplog.text
    assert "sync_hub" in listed.stdout
    from kiosk.sync.passwords import passfile

    assert secret in passfile().read_text() and passfile().stat().st_mode & 0o077 == 0   # owner-only
    assert secret not in everything and secret + "-wrong" not in everything
