"""The print queue: jobs survive in the database, a dead printer never loses a badge or a check-in."""

from datetime import datetime, timedelta, timezone

import pytest

from kiosk.errors import KnownError
from kiosk.printing import queue
from kiosk.printing.backends import FolderBackend, PrinterBackend, PrinterUnavailable, backend_for
from kiosk.printing.settings import PrintSettings
from tests.badges.helpers import page_sizes, text_of
from kiosk.store import settings


class DeadPrinter(PrinterBackend):
    """A printer that is switched off: every hand-over fails the way CUPS reports it."""

    name = "dead"

    def __init__(self):
        self.calls = 0

    def check(self):
        self.calls += 1
        raise PrinterUnavailable("The printer Front-Desk is stopped (paused): resume it.")

    def submit(self, pdf, *, stock, title):  # pragma: no cover - check() always refuses
        raise AssertionError("must not be reached")


def test_a_checkin_job_is_printed_into_the_hot_folder(pdb, hot_folder):
    job = queue.enqueue(pdb, pdb.ids["ana"], "checkin", "desk-1")
    result = queue.work_once(pdb)
    assert result.status == "done" and result.job_id == job and result.code == "EB-0001"
    files = list(hot_folder.glob("*.pdf"))
    assert len(files) == 1 and "Ana" in text_of(files[0])
    assert page_sizes(files[0]) == [pytest.approx((288, 216))]
    row = pdb.one("SELECT * FROM print_jobs WHERE id = ?", (job,))
    assert (row["status"], row["attempts"], row["station"], row["last_error"]) == ("done", 1, "desk-1", "")
    assert queue.badges_printed(pdb, pdb.ids["ana"]) == 1
    assert queue.work_once(pdb) is None  # nothing left


def test_a_second_checkin_does_not_print_a_second_badge(pdb):
    first = queue.enqueue(pdb, pdb.ids["ana"], "checkin")
    assert queue.enqueue(pdb, pdb.ids["ana"], "checkin") == first
    queue.work_once(pdb)
    assert queue.enqueue(pdb, pdb.ids["ana"], "checkin") == first
    assert pdb.scalar("SELECT count(*) FROM print_jobs") == 1


def test_reprints_are_new_jobs_limited_by_max_reprints(pdb):
    queue.enqueue(pdb, pdb.ids["ana"], "checkin")
    queue.work_once(pdb)
    for _ in range(2):
        job = queue.enqueue(pdb, pdb.ids["ana"], "reprint")
        assert queue.enqueue(pdb, pdb.ids["ana"], "reprint") == job  # a waiting reprint is not doubled
        assert queue.work_once(pdb).status == "done"
    assert queue.badges_printed(pdb, pdb.ids["ana"]) == 3
    with pytest.raises(KnownError, match="max_reprints = 2"):
        queue.enqueue(pdb, pdb.ids["ana"], "reprint")
    settings.set_value(pdb, "max_reprints", 3)
    assert queue.enqueue(pdb, pdb.ids["ana"], "reprint")


def test_a_printer_that_is_off_keeps_the_job_and_retries_with_backoff(pdb, hot_folder):
    job = queue.enqueue(pdb, pdb.ids["li"], "checkin")
    dead = DeadPrinter()
    t0 = datetime.now(timezone.utc)
    result = queue.work_once(pdb, dead, now=t0)
    assert result.status == "failed" and "stopped" in result.error
    row = pdb.one("SELECT * FROM print_jobs WHERE id = ?", (job,))
    assert (row["status"], row["attempts"]) == ("failed", 1) and "resume it" in row["last_error"]
    # Not due again at once, due after the backoff.
    assert queue.work_once(pdb, dead, now=t0 + timedelta(seconds=1)) is None
    assert queue.work_once(pdb, dead, now=t0 + timedelta(seconds=queue.backoff_seconds(1) + 1)).status == "failed"
    assert pdb.one("SELECT attempts FROM print_jobs WHERE id = ?", (job,))["attempts"] == 2
    # The printer is back: a person retries, the badge prints.
    queue.retry(pdb, job)
    assert queue.work_once(pdb).status == "done"
    assert len(list(hot_folder.glob("*.pdf"))) == 1


def test_backoff_grows_and_is_capped():
    waits = [queue.backoff_seconds(n) for n in range(1, 10)]
    assert waits == sorted(waits) and waits[0] == 5 and waits[-1] == 120


def test_a_job_interrupted_mid_print_is_taken_up_again(pdb):
    job = queue.enqueue(pdb, pdb.ids["ana"], "checkin")
    claimed = queue.claim(pdb)
    assert claimed["id"] == job and claimed["status"] == "printing"
    assert queue.claim(pdb) is None  # another worker does not take it twice
    later = datetime.now(timezone.utc) + timedelta(seconds=queue.STALE_SECONDS + 1)
    assert queue.work_once(pdb, FolderBackend(PrintSettings.from_db(pdb).print_folder), now=later).status == "done"


def test_a_printer_that_is_off_never_blocks_or_loses_a_checkin(pdb):
    from kiosk.checkin import check_in

    settings.set_value(pdb, "print_on_checkin", "auto")
    result = check_in(pdb, "EB-0002", station="desk", at="2026-07-08T15:00:00Z")
    assert result.admitted
    job = queue.on_checkin(pdb, result.attendee["id"], "desk")
    assert queue.work_once(pdb, DeadPrinter()).status == "failed"
    assert pdb.scalar("SELECT count(*) FROM checkins WHERE attendee_id = ?", (pdb.ids["li"],)) == 1
    assert pdb.one("SELECT status FROM print_jobs WHERE id = ?", (job,))["status"] == "failed"


def test_print_on_checkin_off_or_ask_queues_nothing(pdb):
    for mode in ("off", "ask"):
        settings.set_value(pdb, "print_on_checkin", mode)
        assert queue.on_checkin(pdb, pdb.ids["ana"]) is None
    assert pdb.scalar("SELECT count(*) FROM print_jobs") == 0


def test_folder_and_qt_backends_explain_what_to_do(pdb, tmp_path, monkeypatch):
    with pytest.raises(PrinterUnavailable, match="print_folder"):
        FolderBackend("").check()
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(PrinterUnavailable, match="cannot be created"):
        FolderBackend(blocker / "sub").check()
    from kiosk.printing import backends

    monkeypatch.delitem(backends._FACTORIES, "qt", raising=False)  # as in the CLI, without the Qt layer
    with pytest.raises(PrinterUnavailable, match="desktop app"):
        backend_for(PrintSettings(printer_backend="qt"))


def test_list_and_counts(pdb):
    queue.enqueue(pdb, pdb.ids["ana"], "checkin")
    queue.enqueue(pdb, pdb.ids["li"], "manual")
    queue.work_once(pdb)
    jobs = queue.list_jobs(pdb)
    assert [j["code"] for j in jobs] == ["EB-0002", "EB-0001"]
    assert queue.counts(pdb) == {"pending": 1, "printing": 0, "done": 1, "failed": 0}
