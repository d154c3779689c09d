"""Printing through a real CUPS server into cups-pdf: media sizes, a stopped printer, unknown printers.
The server, its spool and its PDF folder are the tests' own (cups_server.py)."""

import shutil
import subprocess

import pytest

from kiosk.printing import queue
from kiosk.printing.cups import CupsBackend, list_printers
from kiosk.printing.backends import PrinterUnavailable
from tests.badges.helpers import page_sizes, text_of
from tests.printing.cups_server import cups_fixture, wait_for_output
from kiosk.store import settings

pytestmark = pytest.mark.needs_cups


@pytest.fixture(scope="module")
def cups_queue():
    yield from cups_fixture()


@pytest.fixture
def cups_db(pdb, cups_queue):
    settings.set_value(pdb, "printer_backend", "cups")
    settings.set_value(pdb, "printer_name", cups_queue)
    return pdb


@pytest.mark.parametrize("stock, size", [("badge-4x3", (288, 216)), ("brother-dk-11202", (175.7, 283.5)),
                                         ("avery-l7418", (595.3, 841.9))])
def test_a_badge_comes_out_of_cups_at_the_stock_size(cups_db, cups_queue, stock, size):
    settings.set_value(cups_db, "badge_stock", stock)
    queue.enqueue(cups_db, cups_db.ids["ana"], "manual", "desk")
    result = queue.work_once(cups_db)
    assert result.status == "done", result.error
    assert result.reference.startswith(cups_queue + "-")
    pdf = wait_for_output(result.reference)
    assert page_sizes(pdf) == [pytest.approx(size, abs=1.0)]
    assert "Ana" in text_of(pdf)


def test_the_media_option_is_the_drivers_name_when_it_has_one(cups_queue):
    from kiosk.badges.stocks import get_stock

    backend = CupsBackend(cups_queue)
    assert backend.media_for(get_stock("avery-5392")) == "Letter"
    assert backend.media_for(get_stock("badge-4x3")) == "Custom.101.6x76.2mm"  # cups-pdf has no w288h216


def test_a_stopped_printer_keeps_the_badge_queued_and_the_checkin_done(cups_db, cups_queue):
    from kiosk.checkin import check_in

    settings.set_value(cups_db, "print_on_checkin", "auto")
    disable = shutil.which("cupsdisable") or "/usr/sbin/cupsdisable"
    enable = shutil.which("cupsenable") or "/usr/sbin/cupsenable"
    subprocess.run([disable, cups_queue], check=True)
    try:
        result = check_in(cups_db, "EB-0002", station="desk", at="2026-07-08T15:00:00Z")
        job = queue.on_checkin(cups_db, result.attendee["id"], "desk")
        assert result.admitted
        attempt = queue.work_once(cups_db)
        assert attempt.status == "failed" and f"cupsenable {cups_queue}" in attempt.error
        assert {p["name"]: p["state"] for p in list_printers()}[cups_queue] == "stopped"
    finally:
        subprocess.run([enable, cups_queue], check=True)
    assert cups_db.scalar("SELECT count(*) FROM checkins WHERE attendee_id = ?", (cups_db.ids["li"],)) == 1
    queue.retry(cups_db, job)
    done = queue.work_once(cups_db)
    assert done.status == "done" and done.job_id == job
    printed = wait_for_output(done.reference)
    assert page_sizes(printed) == [pytest.approx((288, 216), abs=1.0)] and "PARTICIPANT" in text_of(printed)


def test_an_unknown_printer_says_what_to_do(cups_queue):
    with pytest.raises(PrinterUnavailable, match="no printer called 'Nope'.*lpstat -p"):
        CupsBackend("Nope").check()
    with pytest.raises(PrinterUnavailable, match="printer_name"):
        CupsBackend("").check()


def test_kiosk_print_now_prints_synchronously(cups_db, cli):
    result = cli("print", "EB-0001", "--now", "--db", cups_db.path, "--json")
    assert result.code == 0, result
    done = result.json()["results"][0]
    assert done["status"] == "done"
    assert page_sizes(wait_for_output(done["reference"])) == [pytest.approx((288, 216), abs=1.0)]
