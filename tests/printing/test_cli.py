"""`kiosk badges`, `kiosk print` and `kiosk printers` from the command line."""

import pytest

from tests.badges.helpers import page_sizes, text_of
from tests.printing.conftest import add_attendee
from kiosk.store import settings


def test_badges_prints_admitted_attendees_only(pdb, cli, tmp_path):
    out = tmp_path / "all.pdf"
    result = cli("badges", "--db", pdb.path, "--stock", "avery-l7418", "--out", out, "--json")
    assert result.code == 0, result
    assert result.json()["badges"] == 2
    text = text_of(out)
    assert "Ana" in text and "Gone" not in text
    assert page_sizes(out) == [pytest.approx((595.28, 841.89), abs=0.1)]


def test_badges_filters_by_ticket_type_and_starts_mid_sheet(pdb, cli, tmp_path):
    add_attendee(pdb, "SP-1", "Grace", "Hopper", ticket_type="Speaker")
    out = tmp_path / "sp.pdf"
    result = cli("badges", "--db", pdb.path, "--ticket-type", "speaker", "--start-position", "3",
                 "--stock", "avery-l7418", "--out", out)
    assert result.code == 0, result
    assert "1 badge on 1 page" in result.stdout
    text = text_of(out)
    assert "Grace" in text and "Ana" not in text and "SPEAKER" in text


def test_badges_test_sheet_needs_no_database(cli, tmp_path):
    out = tmp_path / "t.pdf"
    result = cli("badges", "--test-sheet", "--stock", "avery-5395", "--out", out)
    assert result.code == 0, result
    assert page_sizes(out) == [pytest.approx((612, 792))]


def test_badges_explains_an_unknown_stock_and_an_empty_selection(pdb, cli, tmp_path):
    result = cli("badges", "--db", pdb.path, "--stock", "nope", "--out", tmp_path / "x.pdf")
    assert result.code != 0 and "Known stocks" in result.stderr
    result = cli("badges", "--db", pdb.path, "--ticket-type", "Nobody", "--out", tmp_path / "x.pdf")
    assert result.code != 0 and "No admitted attendee" in result.stderr


def test_print_queues_then_now_prints_and_list_shows_it(pdb, cli, hot_folder):
    queued = cli("print", "EB-0001", "--db", pdb.path, "--json")
    assert queued.code == 0, queued
    assert queued.json()["counts"]["pending"] == 1 and not list(hot_folder.glob("*.pdf"))
    now = cli("print", "--now", "--db", pdb.path, "--json")
    assert now.code == 0 and now.json()["results"][0]["status"] == "done"
    assert len(list(hot_folder.glob("*.pdf"))) == 1
    again = cli("print", "EB-0001", "--db", pdb.path)
    assert again.code != 0 and "--reprint" in again.stderr
    reprint = cli("print", "EB-0001", "--reprint", "--now", "--db", pdb.path)
    assert reprint.code == 0 and "handed to the printer" in reprint.stdout
    listing = cli("print", "--list", "--db", pdb.path)
    assert listing.code == 0 and listing.stdout.count("EB-0001") == 2 and "reprint" in listing.stdout


def test_print_now_fails_visibly_when_the_printer_is_unreachable(pdb, cli, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    settings.set_value(pdb, "print_folder", str(blocker / "sub"))
    result = cli("print", "EB-0001", "--now", "--db", pdb.path)
    assert result.code == 1 and "not printed" in result.stdout and "cannot be created" in result.stdout
    listing = cli("print", "--list", "--db", pdb.path, "--json").json()
    assert listing["counts"]["failed"] == 1


def test_print_unknown_code(pdb, cli):
    result = cli("print", "NOPE-1", "--db", pdb.path)
    assert result.code != 0 and "No attendee with code" in result.stderr


def test_printers_lists_settings(pdb, cli):
    result = cli("printers", "--db", pdb.path, "--json")
    assert result.code == 0
    assert result.json()["settings"]["badge_stock"] == "badge-4x3"
