"""Events: created with this computer's zone by default, changed later, the demo only in its own
file and only when asked, the recent events list, and kiosk mode that needs an organizer PIN."""

from __future__ import annotations

import json

import pytest

from kiosk import events, kiosk_mode, recent_events
from kiosk.demo import DemoRefused, is_demo, load_demo
from kiosk.store import open_event_db, settings


def test_a_new_event_takes_the_computers_time_zone(db_path, cli, monkeypatch):
    monkeypatch.setattr(events, "local_timezone", lambda: "America/Toronto")
    made = cli("init", "--name", "Leadership training", "--days", "2026-07-09, 2026-07-08", "--db", db_path, "--json")
    assert made.code == 0, made
    assert made.json()["timezone"] == "America/Toronto" and made.json()["days"] == ["2026-07-08", "2026-07-09"]
    shown = cli("event", "show", "--db", db_path)
    assert "Wednesday 8 July and Thursday 9 July" in shown.stdout and "America/Toronto" in shown.stdout
    assert "Nobody is registered yet" in shown.stdout          # the next step is said, not "0 / 0"
    again = cli("init", "--name", "Other", "--db", db_path)
    assert again.code == 2 and "already holds the event 'Leadership training'" in again.stderr


def test_local_timezone_is_an_iana_name():
    from zoneinfo import ZoneInfo

    ZoneInfo(events.local_timezone())


def test_the_event_is_changed_later_from_the_command_line(event_db, cli):
    changed = cli("event", "set", "--name", "Formation Toronto", "--days", "2026-07-08,2026-07-09",
                  "--timezone", "America/Montreal", "--db", event_db.path, "--json")
    assert changed.code == 0, changed
    data = changed.json()
    assert (data["name"], data["timezone"], data["days"]) == ("Formation Toronto", "America/Montreal",
                                                              ["2026-07-08", "2026-07-09"])
    assert data["days_words"]["fr"] == "mercredi 8 juillet et jeudi 9 juillet"
    bad = cli("event", "set", "--timezone", "Toronto", "--db", event_db.path)
    assert bad.code == 2 and "America/Toronto" in bad.stderr
    assert cli("event", "set", "--days", "2026-13-01", "--db", event_db.path).code == 2
    assert cli("event", "set", "--name", "  ", "--db", event_db.path).code == 2


def test_a_day_with_check_ins_is_not_dropped_without_force(event_db, roster, cli):
    from kiosk.checkin import check_in

    check_in(event_db, "EB-0001", at="2026-07-10T14:00:00Z")
    refused = cli("event", "set", "--days", "2026-07-08,2026-07-09", "--db", event_db.path)
    assert refused.code == 2 and "2026-07-10 (1 check-in)" in refused.stderr and "--force" in refused.stderr
    with pytest.raises(events.DaysHoldCheckins) as held:           # a window asks, with the days and counts
        events.update_event(event_db, days=["2026-07-08", "2026-07-09"])
    assert held.value.held == {"2026-07-10": 1}
    forced = cli("event", "set", "--days", "2026-07-08,2026-07-09", "--force", "--db", event_db.path, "--json")
    assert forced.code == 0 and forced.json()["warnings"]
    moved = events.update_event(event_db, timezone="Europe/Paris")
    assert any("keep the day" in w for w in moved.warnings) and moved.info["warnings_fr"]


def test_the_demo_never_goes_into_a_real_events_file(event_db, roster, tmp_path, cli):
    with pytest.raises(DemoRefused, match="holds the event 'Test Training'"):
        load_demo(event_db.path)
    assert event_db.event()["name"] == "Test Training"
    assert event_db.scalar("SELECT count(*) FROM attendees") == len(roster)
    refused = cli("demo", "--db", event_db.path)
    assert refused.code == 2 and "a file of its own" in refused.stderr
    demo = tmp_path / "demo.sqlite"
    assert cli("demo", "--db", demo).code == 0
    assert cli("demo", "--db", demo).code == 0                  # refreshing the demo is fine
    with open_event_db(demo) as db:
        assert is_demo(db)
    assert events.file_state(demo)["state"] == events.DEMO
    assert not is_demo(event_db)


def test_kiosk_demo_without_db_uses_the_demos_own_file(tmp_path, monkeypatch, cli):
    monkeypatch.setenv("KIOSK_DEMO_DB", str(tmp_path / "own-demo.sqlite"))
    monkeypatch.setenv("KIOSK_DB", str(tmp_path / "event.sqlite"))
    assert cli("demo").code == 0
    assert (tmp_path / "own-demo.sqlite").exists() and not (tmp_path / "event.sqlite").exists()


def test_file_states_for_the_first_run(tmp_path, event_db, roster):
    assert events.file_state(tmp_path / "none.sqlite")["state"] == events.MISSING
    assert not (tmp_path / "none.sqlite").exists()
    with open_event_db(tmp_path / "empty.sqlite"):
        pass
    assert events.file_state(tmp_path / "empty.sqlite")["state"] == events.NO_EVENT
    assert events.file_state(event_db.path)["state"] == events.READY
    fresh = events.create_event(tmp_path / "fresh.sqlite", name="Fresh", timezone="UTC")
    state = events.file_state(fresh["db"])
    assert state["state"] == events.NO_ROSTER and "importez" in state["hint_fr"]


def test_opened_event_files_are_remembered_newest_first(tmp_path, monkeypatch, cli):
    monkeypatch.setenv("KIOSK_CONFIG_DIR", str(tmp_path / "config"))
    for name in ("A", "B"):
        assert cli("init", "--name", f"Event {name}", "--timezone", "UTC", "--db", tmp_path / f"{name}.sqlite").code == 0
    cli("roster", "--db", tmp_path / "A.sqlite")
    listed = cli("event", "recent", "--json").json()
    assert [e["name"] for e in listed] == ["Event A", "Event B"] and all(e["exists"] for e in listed)
    (tmp_path / "B.sqlite").unlink()
    assert recent_events.recent()[1]["exists"] is False
    assert recent_events.forget(tmp_path / "B.sqlite") and len(recent_events.recent()) == 1
    (tmp_path / "config" / "recent-events.json").write_text("{not json")
    assert recent_events.recent() == []                        # a damaged list starts afresh
    recent_events.remember(tmp_path / "A.sqlite", "Event A")
    assert json.loads((tmp_path / "config" / "recent-events.json").read_text())["events"][0]["name"] == "Event A"


def test_kiosk_mode_needs_an_organizer_pin(event_db, cli):
    with pytest.raises(kiosk_mode.KioskNeedsPin, match="kiosk kiosk-pin set") as refused:
        kiosk_mode.check_can_start(event_db)
    assert "mode borne" in refused.value.text("fr")
    status = cli("kiosk-pin", "status", "--db", event_db.path)
    assert "kiosk mode will not start" in status.stdout
    assert cli("kiosk-pin", "set", "--pin", "12ab", "--db", event_db.path).code == 2
    assert cli("kiosk-pin", "set", "--pin", "482913", "--db", event_db.path).code == 0
    kiosk_mode.check_can_start(event_db)
    assert settings.get(event_db, "kiosk_pin").startswith("scrypt$")          # never stored in the clear
    assert cli("kiosk-pin", "status", "--db", event_db.path, "--json").json()["can_start"] is True
    assert cli("kiosk-pin", "unset", "--db", event_db.path).code == 0
    with pytest.raises(kiosk_mode.KioskNeedsPin):
        kiosk_mode.check_can_start(event_db)


def test_report_language_is_an_event_setting_in_english_and_french(event_db):
    from kiosk.store.settings import SETTINGS, SettingRefused

    setting = SETTINGS["report_language"]
    assert (setting.scope, setting.choices, setting.default) == ("event", ("en", "fr"), "en")
    assert "rapport" in setting.help_fr
    settings.set_value(event_db, "report_language", "fr")
    assert settings.get(event_db, "report_language") == "fr"
    with pytest.raises(SettingRefused):
        settings.set_value(event_db, "report_language", "de")


def test_the_app_opens_a_new_file_on_the_setup_never_on_the_demo(tmp_path):
    from kiosk.launch import plan_launch

    plan = plan_launch(tmp_path / "new.sqlite")
    assert plan.setup and plan.state == events.MISSING and not plan.play_demo_video
    assert not (tmp_path / "new.sqlite").exists()                 # nothing was written, no demo people


def test_the_demo_is_opened_in_its_own_file_with_its_video_only_when_asked(tmp_path, monkeypatch, event_db, roster):
    from kiosk.launch import plan_launch

    monkeypatch.setenv("KIOSK_DEMO_DB", str(tmp_path / "demo.sqlite"))
    plan = plan_launch(demo=True)
    assert plan.path == tmp_path / "demo.sqlite" and plan.demo and plan.play_demo_video and not plan.setup
    assert plan_launch(demo=True, camera_given=True).play_demo_video is False
    real = plan_launch(event_db.path)
    assert real.state == events.READY and not real.play_demo_video
    assert event_db.scalar("SELECT count(*) FROM attendees") == len(roster)


def test_kiosk_mode_is_refused_at_launch_without_a_pin(event_db, roster):
    from kiosk.launch import plan_launch

    plan = plan_launch(event_db.path, kiosk=True)
    assert isinstance(plan.refusal, kiosk_mode.KioskNeedsPin)
    settings.set_value(event_db, "kiosk_pin", "482913")
    assert plan_launch(event_db.path, kiosk=True).refusal is None


def test_the_app_without_a_file_reopens_the_event_opened_last(tmp_path, monkeypatch):
    """Restarting the app (no --db) after creating events said 'There is no event on this computer yet'
    while 'Opened lately' listed them."""
    from kiosk import recent_events
    from kiosk.launch import plan_launch

    monkeypatch.setenv("KIOSK_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("KIOSK_DB", str(tmp_path / "default" / "event.sqlite"))     # nothing there
    assert plan_launch().setup                                                     # nothing opened yet: the setup
    older, newer = tmp_path / "older.sqlite", tmp_path / "newer.sqlite"
    events.create_event(older, name="Spring Training")
    events.create_event(newer, name="Community Leadership Training")
    plan_launch(older)
    plan_launch(newer)
    (tmp_path / "gone.sqlite").write_bytes(b"")
    recent_events.remember(tmp_path / "gone.sqlite", "Deleted since")             # its file holds no event
    plan = plan_launch()
    assert not plan.setup and plan.path == newer and plan.event["name"] == "Community Leadership Training"
    assert plan_launch(tmp_path / "asked.sqlite").setup                           # a file asked for is opened as asked
