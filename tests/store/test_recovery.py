"""What the app offers for a damaged event file, without Qt: the launch finds damage anywhere in the
file (not only in its header) and names the newest good backup with what it holds; restoring it
keeps the damaged file aside; a damaged backup is never offered."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kiosk.checkin import check_in
from kiosk.launch import DAMAGED, plan_launch
from kiosk.store import backup, open_event_db
from kiosk.store.recovery import (backup_facts, backups_overview, copy_for_help, damage_report, restore_backup,
                                  take_backup, taken_words)
from tests.store.test_damaged_files import DAMAGE, _damage, healthy  # noqa: F401 - the module's fixture


KINDS = {"header": "not_event", "first page": "damaged", "middle pages": "damaged", "cut on a page boundary": "cut_short",
         "cut anywhere": "cut_short", "0 bytes": "empty", "a picture": "not_event"}


@pytest.mark.parametrize("kind", DAMAGE)
def test_the_launch_finds_every_damage_and_names_the_newest_good_backup(kind, healthy, tmp_path):  # noqa: F811
    db = tmp_path / "event.sqlite"
    shutil.copy(healthy, db)
    shutil.copytree(healthy.parent / "event-backups", tmp_path / "event-backups")
    _damage(kind, db)
    before = db.read_bytes()
    plan = plan_launch(db)
    assert plan.state == DAMAGED and not plan.setup and plan.event is None
    damage = plan.damage
    assert damage["path"] == str(db) and damage["problem"].startswith("is ")
    assert damage["kind"] == KINDS[kind], damage["problem"]
    newest = damage["newest"]
    assert newest["people"] == 300 and newest["checkins"] == 100 and newest["event"] == "Damage test"
    assert newest["reason"] == "good" and newest["size"] > 0
    assert damage["backups_folder"] == str(backup.backup_dir(db))
    assert db.read_bytes() == before                                   # looking wrote nothing

    outcome = restore_backup(newest["path"], db)
    assert outcome["restored_facts"]["checkins"] == 100
    assert Path(outcome["damaged_kept_as"]).parent == backup.backup_dir(db)
    assert plan_launch(db).state == "ready"


def test_no_good_backup_is_said_and_a_damaged_backup_never_offered(tmp_path):
    db = tmp_path / "event.sqlite"
    with open_event_db(db) as opened:
        opened.set_event("Small", [], "UTC")
        bad = backup.snapshot(opened.conn, opened.path, "manual")
        opened.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    bad.write_bytes(bad.read_bytes()[:3000])
    report = damage_report(db, "is damaged (test)")
    assert report["newest"] is None
    with open_event_db(db) as opened:
        assert backups_overview(opened)["backups"] == []


def test_back_up_now_and_the_overview_count_standing_check_ins(tmp_path):
    db = tmp_path / "event.sqlite"
    with open_event_db(db) as opened:
        opened.set_event("Small", [], "UTC")
        from kiosk.roster import attendees

        with opened.write() as conn:
            for i in range(3):
                attendees.insert(conn, {"code": f"C-{i}", "first_name": f"P{i}", "full_name": f"P{i}"})
        check_in(opened, "C-0", station="desk")
        taken = take_backup(opened)
        check_in(opened, "C-1", station="desk")
        overview = backups_overview(opened)
    assert taken["reason"] == "manual" and taken["people"] == 3 and taken["checkins"] == 1
    assert overview["now"] == {"people": 3, "checkins": 2}
    assert [b["path"] for b in overview["backups"]] == [taken["path"]]
    assert backup_facts(tmp_path / "nothing.sqlite")["people"] is None


def test_taken_words_in_english_and_french():
    assert taken_words("2026-11-28 14:05:09", "en") == "Saturday 28 November at 14:05"
    assert taken_words("2026-11-28 14:05:09", "fr") == "samedi 28 novembre à 14 h 05"
    assert taken_words("2026-11-28 14:05:09", "en", seconds=True) == "Saturday 28 November at 14:05:09"
    assert taken_words("2026-11-28 14:05:09", "fr", seconds=True) == "samedi 28 novembre à 14 h 05 min 09 s"
    assert taken_words("", "en") == ""


def test_a_copy_for_help_is_owner_only_and_never_the_file_itself(tmp_path):
    from kiosk.errors import KnownError

    db = tmp_path / "event.sqlite"
    db.write_bytes(b"SQLite format 3\x00" + bytes(5000))
    target = tmp_path / "copy.sqlite"
    assert copy_for_help(db, target) == str(target)
    assert target.read_bytes() == db.read_bytes() and target.stat().st_mode & 0o077 == 0
    with pytest.raises(KnownError, match="damaged file itself"):
        copy_for_help(db, db)
    with pytest.raises(KnownError, match="is a folder"):
        copy_for_help(db, tmp_path)


def test_the_event_opened_last_damaged_with_a_backup_is_offered_for_restoring(tmp_path, monkeypatch):
    from kiosk import events, recent_events

    monkeypatch.setenv("KIOSK_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("KIOSK_DB", str(tmp_path / "default" / "event.sqlite"))     # nothing there
    older, last = tmp_path / "older.sqlite", tmp_path / "last.sqlite"
    events.create_event(older, name="Spring Training")
    events.create_event(last, name="Community Leadership Training")
    with open_event_db(last) as opened:
        backup.snapshot(opened.conn, opened.path, "manual")
        opened.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    recent_events.remember(older, "Spring Training")
    recent_events.remember(last, "Community Leadership Training")
    _damage("cut anywhere", last)
    plan = plan_launch()
    assert plan.state == DAMAGED and plan.path == last and plan.damage["newest"] is not None
    shutil.rmtree(backup.backup_dir(last))                          # no backup: passed over, as an empty file is
    plan = plan_launch()
    assert plan.path == older and plan.event["name"] == "Spring Training"
