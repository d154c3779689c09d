"""Re-sync of a registration source: idempotent, never loses a check-in or a desk correction."""

import pytest

from kiosk import checkin
from kiosk.errors import ImportRefused
from kiosk.roster import attendees
from kiosk.roster.records import ParsedExport, RosterRow
from kiosk.roster.resync import import_export


def row(key, line, **fields):
    fields.setdefault("code", key)
    fields.setdefault("full_name", f"{fields.get('first_name', '')} {fields.get('last_name', '')}".strip())
    return RosterRow(key=key, line=line, **fields)


def export(*rows, platform="eventbrite"):
    return ParsedExport(path="export.csv", platform=platform, rows=list(rows))


def first_export():
    return export(
        row("1001", 2, first_name="Amara", last_name="Okafor", email="amara@example.org", ticket_type="Trainer"),
        row("1002", 3, first_name="Sam", last_name="Patel", ticket_type="Participant"),
        row("1003", 4, first_name="Lee", last_name="Wong", ticket_type="Participant"),
    )


def by_code(db, code):
    return attendees.find_by_code(db, code)


def test_first_import_then_identical_reimport_changes_nothing(event_db):
    report = import_export(event_db, "export.csv", parsed=first_export())
    assert report.summary()["new"] == 3 and report.backup
    again = import_export(event_db, "export.csv", parsed=first_export())
    assert again.summary() | {"backup": None} == {**again.summary(), "new": 0, "updated": 0, "cancelled": 0,
                                                  "unchanged": 3, "rejected": 0, "missing": 0, "backup": None}
    assert attendees.count(event_db) == 3


def test_resync_adds_updates_cancels_and_keeps_checkins_and_desk_edits(event_db):
    import_export(event_db, "export.csv", parsed=first_export())
    assert checkin.check_in(event_db, "1002", at="2026-07-08T14:00:00Z").verdict == "ok"
    amara = by_code(event_db, "1001")
    attendees.edit(event_db, amara["id"], {"first_name": "Ama"}, station="desk")  # fixed at the desk

    newer = export(
        row("1001", 2, first_name="Amarachi", last_name="Okafor", email="amara@example.org", ticket_type="Trainer"),
        row("1002", 3, first_name="Samir", last_name="Patel", ticket_type="Participant"),
        row("1003", 4, first_name="Lee", last_name="Wong", ticket_type="Participant", status="cancelled"),
        row("1004", 5, first_name="Noor", last_name="Haddad", ticket_type="Participant"),
    )
    dry = import_export(event_db, "export.csv", parsed=newer, dry_run=True)
    assert dry.summary()["new"] == 1 and by_code(event_db, "1004") is None

    report = import_export(event_db, "export.csv", parsed=newer)
    s = report.summary()
    assert (s["new"], s["cancelled"]) == (1, 1)
    assert {(c.code, c.field) for c in report.conflicts} == {("1001", "first_name"), ("1001", "full_name")}
    assert {u.code for u in report.updated} == {"1002", "1003"}
    assert by_code(event_db, "1001")["first_name"] == "Ama"                     # the desk wins
    assert report.conflicts[0].export_value == "Amarachi"
    assert by_code(event_db, "1002")["first_name"] == "Samir"
    assert by_code(event_db, "1003")["status"] == "cancelled"
    assert checkin.check_in(event_db, "1002", at="2026-07-08T15:00:00Z").verdict == "already"  # check-in kept
    assert checkin.check_in(event_db, "1003", at="2026-07-08T15:00:00Z").verdict == "cancelled"


def test_people_missing_from_a_newer_export_are_kept_and_reported(event_db):
    import_export(event_db, "export.csv", parsed=first_export())
    report = import_export(event_db, "export.csv", parsed=export(*first_export().rows[:2]))
    assert [m["code"] for m in report.missing] == ["1003"]
    assert by_code(event_db, "1003")["status"] == "active"


def test_same_code_in_two_sources_is_reported_not_merged(event_db):
    import_export(event_db, "export.csv", parsed=first_export(), source="eventbrite")
    speakers = export(row("s1", 2, code="1001", first_name="Other", last_name="Person"),
                      row("s2", 3, code="SPK-1", first_name="Grace", last_name="Hopper"), platform="spreadsheet")
    report = import_export(event_db, "speakers.csv", parsed=speakers, source="speakers")
    assert report.summary()["new"] == 1 and report.summary()["rejected"] == 1
    assert "1001" in str(report.rejected[0].reason) and "Amara" in str(report.rejected[0].reason)
    assert by_code(event_db, "1001")["first_name"] == "Amara"


def test_rows_without_codes_get_one_that_survives_resync(event_db):
    form = export(row("ann@example.org", 2, code="", first_name="Ann", last_name="Lee", email="ann@example.org"),
                  platform="googleforms")
    import_export(event_db, "form.csv", parsed=form)
    code = attendees.all_attendees(event_db)[0]["code"]
    assert code.startswith("K-")
    form2 = export(row("ann@example.org", 2, code="", first_name="Ann", last_name="Lee-Smith", email="ann@example.org"),
                   platform="googleforms")
    import_export(event_db, "form.csv", parsed=form2)
    assert attendees.all_attendees(event_db)[0]["code"] == code


def test_an_import_with_no_usable_rows_is_refused_and_changes_nothing(event_db):
    with pytest.raises(ImportRefused, match="no usable rows"):
        import_export(event_db, "empty.csv", parsed=export())
    assert attendees.count(event_db) == 0


def test_failed_import_leaves_the_roster_as_it_was(event_db, monkeypatch):
    import_export(event_db, "export.csv", parsed=first_export())
    from kiosk.roster import resync_plan

    insert_new = resync_plan._insert_new

    def boom(*a, **k):
        insert_new(*a, **k)                  # the new people are written, then the disk goes
        raise RuntimeError("disk pulled out")

    newer = export(*first_export().rows, row("1009", 9, first_name="New", last_name="Person"))
    monkeypatch.setattr(resync_plan, "_insert_new", boom)
    with pytest.raises(RuntimeError):
        import_export(event_db, "export.csv", parsed=newer)
    assert attendees.count(event_db) == 3
    assert event_db.scalar("SELECT count(*) FROM attendee_codes") == 3
