"""The desk's print rules, in the core: a print of someone who has a badge is a reprint, the limit
holds from every path, an override is recorded (who, when, station, why); badge fixes print while
the roster keeps the registration; a template per ticket type; printing works out of the box."""

from __future__ import annotations

import pytest

from kiosk.badges import overrides
from kiosk.badges.batch import badges_for_preprinting
from kiosk.printing import backends, queue, trial
from kiosk.printing.settings import PrintSettings
from kiosk.roster import attendees
from kiosk.store import settings
from kiosk.store.setting_kinds import SettingRefused
from tests.badges.helpers import need_poppler, text_of


def test_pressing_print_again_and_again_stops_at_the_reprint_limit(pdb):
    """Issue 13: Ctrl+P five times gave 5 copies with "Reprints allowed: 2"."""
    made = []
    for _ in range(3):
        made.append(queue.request_badge(pdb, pdb.ids["ana"], station="desk 1"))
        queue.work_once(pdb)
    assert [m["kind"] for m in made] == ["first", "reprint", "reprint"]
    with pytest.raises(queue.ReprintLimitReached, match="max_reprints = 2") as refused:
        queue.request_badge(pdb, pdb.ids["ana"], station="desk 1")
    assert (refused.value.used, refused.value.limit) == (2, 2)
    assert "a déjà fait réimprimer son badge 2 fois" in refused.value.text("fr")
    # "manual", the desk's old call, is no way around it either
    with pytest.raises(queue.ReprintLimitReached):
        queue.enqueue(pdb, pdb.ids["ana"], "manual")
    assert queue.badges_printed(pdb, pdb.ids["ana"]) == 3


def test_a_badge_past_the_limit_is_worded_as_what_happened(pdb):
    """The desk said "reprint limit reached (4 of 3)" after an organizer allowed one more."""
    settings.set_value(pdb, "max_reprints", 0)
    queue.request_badge(pdb, pdb.ids["ana"], station="desk 1")
    queue.work_once(pdb)
    said = queue.reprints_said(queue.badge_status(pdb, pdb.ids["ana"]))
    assert said is not None and "allows no reprints" in said.text("en")
    settings.set_value(pdb, "max_reprints", 1)
    queue.request_badge(pdb, pdb.ids["ana"], station="desk 1")
    queue.work_once(pdb)
    said = queue.reprints_said(queue.badge_status(pdb, pdb.ids["ana"]))
    assert said is not None and "reprinted 1 time, as many as allowed" in said.text("en")
    queue.request_badge(pdb, pdb.ids["ana"], station="desk 1", override=queue.Override("badge lost", "Marie"))
    queue.work_once(pdb)
    said = queue.reprints_said(queue.badge_status(pdb, pdb.ids["ana"]))
    assert said is not None
    assert said.text("en") == "badge printed; reprinted 2 times (1 allowed, 1 more allowed by an organizer)"
    assert said.text("fr") == ("badge imprimé\u202f; réimprimé 2 fois (1 permise, 1 de plus autorisée par un "
                               "organisateur)")
    settings.set_value(pdb, "max_reprints", 5)
    assert queue.reprints_said(queue.badge_status(pdb, pdb.ids["ana"])) is None      # reprints left: counted by the desk


def test_a_print_asked_twice_while_one_waits_prints_one_badge(pdb):
    first = queue.request_badge(pdb, pdb.ids["ana"], station="desk")
    again = queue.request_badge(pdb, pdb.ids["ana"], station="desk")
    assert first["job_id"] == again["job_id"] and again["kind"] == "waiting"
    assert pdb.scalar("SELECT count(*) FROM print_jobs") == 1


def test_an_override_past_the_limit_is_recorded_with_who_when_where_and_why(pdb):
    settings.set_value(pdb, "max_reprints", 0)
    queue.request_badge(pdb, pdb.ids["ana"], station="desk 1")
    queue.work_once(pdb)
    status = queue.badge_status(pdb, pdb.ids["ana"])
    assert (status["next"], status["needs_override"], status["reprints_left"]) == ("reprint", True, 0)
    with pytest.raises(Exception, match="why"):
        queue.request_badge(pdb, pdb.ids["ana"], station="desk 1", override=queue.Override("", "Marie"))
    with pytest.raises(Exception, match="who"):
        queue.request_badge(pdb, pdb.ids["ana"], station="desk 1", override=queue.Override("badge lost", " "))
    done = queue.request_badge(pdb, pdb.ids["ana"], station="desk 1", override=queue.Override("badge lost in the rain", "Marie"))
    assert done["kind"] == "reprint"
    [record] = queue.badge_status(pdb, pdb.ids["ana"])["overrides"]
    assert (record["reason"], record["by"], record["station"], record["job_id"]) == ("badge lost in the rain", "Marie",
                                                                                     "desk 1", done["job_id"])
    assert record["at"].endswith("Z")
    with pytest.raises(Exception, match="append-only"):
        with pdb.write() as conn:
            conn.execute("DELETE FROM print_overrides")


def test_kiosk_print_reprint_override_and_status_from_the_command_line(pdb, cli):
    settings.set_value(pdb, "max_reprints", 0)
    assert cli("print", "EB-0001", "--now", "--db", pdb.path).code == 0
    refused = cli("print", "EB-0001", "--reprint", "--db", pdb.path)
    assert refused.code == 2 and "max_reprints = 0" in refused.stderr and "--override" in refused.stderr
    allowed = cli("print", "EB-0001", "--reprint", "--override", "name misspelt", "--by", "Marie", "--now", "--db", pdb.path)
    assert allowed.code == 0, allowed
    status = cli("print", "EB-0001", "--status", "--db", pdb.path)
    assert "2 badge(s) printed" in status.stdout and "allowed by Marie" in status.stdout and "name misspelt" in status.stdout
    assert cli("print", "EB-0001", "--status", "--json", "--db", pdb.path).json()["overrides"][0]["by"] == "Marie"


def test_a_badge_fix_prints_while_the_roster_keeps_the_registered_name(pdb, hot_folder, cli):
    need_poppler()
    fixed = cli("badge-fix", "EB-0001", "--first-name", "Anaïs", "--organization", "Acme Québec", "--by", "Marie",
                "--station", "desk 2", "--db", pdb.path, "--json")
    assert fixed.code == 0, fixed
    assert fixed.json()["badge"]["full_name"] == "Anaïs Silva" and fixed.json()["registered"]["first_name"] == "Ana"
    assert fixed.json()["history"][0]["by"] == "Marie" and fixed.json()["history"][0]["station"] == "desk 2"
    queue.request_badge(pdb, pdb.ids["ana"], station="desk 2")
    assert queue.work_once(pdb).status == "done"
    [pdf] = hot_folder.glob("*.pdf")
    printed = text_of(pdf)
    assert "Anaïs" in printed and "Acme Québec" in printed
    person = attendees.get(pdb, pdb.ids["ana"])
    assert (person["first_name"], person["organization"]) == ("Ana", "Acme")
    roster = cli("roster", "--db", pdb.path, "--json").json()
    assert [a["first_name"] for a in roster if a["code"] == "EB-0001"] == ["Ana"]
    # the pre-printing batch prints the fix too; after --clear, the registered name again
    out = hot_folder / "batch.pdf"
    badges_for_preprinting(pdb, out)
    assert "Anaïs" in text_of(out)
    assert cli("badge-fix", "EB-0001", "--clear", "--by", "Marie", "--db", pdb.path).code == 0
    badges_for_preprinting(pdb, out)
    assert "Anaïs" not in text_of(out) and "Ana" in text_of(out)
    assert len(overrides.history(pdb, pdb.ids["ana"])) == 2


def test_a_badge_fix_refuses_a_badge_without_a_name_and_needs_who(pdb):
    with pytest.raises(overrides.BadgeTextRefused, match="who"):
        overrides.set_badge_text(pdb, pdb.ids["ana"], first_name="Kate", by="", station="desk")
    with pytest.raises(overrides.BadgeTextRefused, match="needs a name"):
        overrides.set_badge_text(pdb, pdb.ids["ana"], first_name="", last_name="", by="M", station="desk")
    same = overrides.set_badge_text(pdb, pdb.ids["ana"], first_name="Ana", by="M", station="desk")
    assert same["badge_fixed"] is False and overrides.history(pdb, pdb.ids["ana"]) == []


def test_a_template_per_ticket_type_is_validated_and_used(pdb, tmp_path):
    need_poppler()
    with pytest.raises(SettingRefused, match="no template is called 'sparkly'"):
        settings.set_value(pdb, "badge_templates", {"Participant": "sparkly"})
    settings.set_value(pdb, "badge_templates", {"participant": "fold"})
    assert PrintSettings.from_db(pdb).template_for("Participant") == "fold"
    assert PrintSettings.from_db(pdb).template_for("Speaker") == "default"
    out = tmp_path / "b.pdf"
    badges_for_preprinting(pdb, out, codes=["EB-0001"])
    folded = text_of(out).count("Ana")
    settings.set_value(pdb, "badge_templates", {})
    badges_for_preprinting(pdb, out, codes=["EB-0001"])
    assert folded > text_of(out).count("Ana")          # the fold badge prints the name on both halves


def test_printing_works_out_of_the_box_into_a_documents_folder(event_db, monkeypatch, tmp_path):
    monkeypatch.setenv("KIOSK_PRINT_FOLDER", str(tmp_path / "Documents" / "Check-in badges"))
    monkeypatch.setattr(backends, "_cups_default", lambda: None)
    assert settings.get(event_db, "printer_backend") == "auto"
    concrete = backends.resolve(PrintSettings.from_db(event_db))
    assert (concrete.printer_backend, concrete.print_folder) == ("folder", str(tmp_path / "Documents" / "Check-in badges"))
    where = backends.describe(PrintSettings.from_db(event_db))
    assert where["automatic"] and "Check-in badges" in where["en"] and "Fichiers PDF" in where["fr"]
    result = trial.print_test_badge(event_db)
    assert (tmp_path / "Documents" / "Check-in badges").is_dir() and result["reference"].endswith(".pdf")
    # a folder backend with no folder never fails for want of one
    assert backends.resolve(PrintSettings(printer_backend="folder")).print_folder.endswith("Check-in badges")


def test_auto_takes_the_systems_default_printer_when_there_is_one(monkeypatch):
    monkeypatch.setattr(backends, "_cups_default", lambda: "Front_Desk")
    concrete = backends.resolve(PrintSettings())
    assert (concrete.printer_backend, concrete.printer_name) == ("cups", "Front_Desk")
    assert backends.describe(PrintSettings())["en"] == "The system's default printer, Front_Desk (CUPS)"
    # without CUPS, a backend that knows a default (Qt's, registered by the app) is asked
    monkeypatch.setattr(backends, "_cups_default", lambda: None)
    monkeypatch.setitem(backends._FACTORIES, "qt", lambda s: backends.FolderBackend("/tmp"))
    monkeypatch.setitem(backends._DEFAULT_FINDERS, "qt", lambda: "Brother QL-820NWB")
    concrete = backends.resolve(PrintSettings())
    assert (concrete.printer_backend, concrete.printer_name) == ("qt", "Brother QL-820NWB")


def test_a_test_badge_and_an_alignment_sheet_from_the_command_line(pdb, cli, hot_folder):
    need_poppler()
    badge = cli("print", "--test", "--db", pdb.path, "--json")
    assert badge.code == 0, badge
    printed = text_of(badge.json()["reference"])
    assert "Test\nBadge" in printed and printed.upper().count("TEST TRAINING") == 1     # the event, once
    sheet = cli("print", "--alignment", "--stock", "avery-5392", "--db", pdb.path)
    assert sheet.code == 0 and "100 %" in sheet.stdout
    assert "avery-5392" in text_of(sorted(hot_folder.glob("*alignment*.pdf"))[0])


def test_kiosk_printers_marks_the_default_and_says_where_badges_go(pdb, cli, monkeypatch):
    from kiosk.printing import cups

    monkeypatch.setattr(cups, "default_printer", lambda: "PDF")
    monkeypatch.setattr(cups, "list_printers", lambda: [{"name": "PDF", "state": "ready", "detail": "is idle."},
                                                         {"name": "Zebra", "state": "ready", "detail": "is idle."}])
    result = cli("printers", "--db", pdb.path)
    assert "* PDF" in result.stdout and "  Zebra" in result.stdout and "Badges go to: PDF files in" in result.stdout
    data = cli("printers", "--db", pdb.path, "--json").json()
    assert [p["default"] for p in data["printers"]] == [True, False] and data["default"] == "PDF"


def test_at_the_desk_the_limit_is_said_without_a_command_line_or_a_setting_s_key(pdb):
    """D23: a volunteer read `kiosk print CODE --reprint --override REASON` and `max_reprints = 3`."""
    settings.set_value(pdb, "max_reprints", 0)
    queue.request_badge(pdb, pdb.ids["ana"], station="desk 1")
    queue.work_once(pdb)
    with pytest.raises(queue.ReprintLimitReached) as refused:
        queue.request_badge(pdb, pdb.ids["ana"], station="desk 1")
    none_allowed = refused.value.asked_at_the_desk()
    assert "allows no reprints" in none_allowed.text("en") and "reprinted 0 times" not in none_allowed.text("en")
    assert "ne permet aucune réimpression" in none_allowed.text("fr")
    settings.set_value(pdb, "max_reprints", 99)
    for _ in range(2):
        queue.request_badge(pdb, pdb.ids["ana"], station="desk 1")
        queue.work_once(pdb)
    settings.set_value(pdb, "max_reprints", 2)
    with pytest.raises(queue.ReprintLimitReached) as refused:
        queue.request_badge(pdb, pdb.ids["ana"], station="desk 1")
    for words in (refused.value.asked_at_the_desk(), refused.value.refused_at_the_desk()):
        for lang in ("en", "fr"):
            text = words.text(lang)
            assert "max_reprints" not in text and "kiosk print" not in text and "--" not in text, text
    assert "Reprints allowed per person" in refused.value.asked_at_the_desk().text("en")
    assert "Imprimer le badge (Ctrl+P)" in refused.value.refused_at_the_desk().text("fr")
