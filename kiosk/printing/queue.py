"""The print queue, kept in the event database (`print_jobs`), so no badge is lost to a crash.

A check-in only inserts a row (`enqueue`), which is quick and never touches the printer; a worker
(`work_once`, run by the Qt print worker or `kiosk print --now`) claims the oldest job that is
due, renders the badge and hands it to the configured backend. A printer that is off leaves the
job `failed` with its reason in `last_error`; it is tried again with a growing delay, and an
organizer can retry it at once. A reprint is a new job; reprints per attendee are limited by
the event setting `max_reprints`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import cast

from kiosk.errors import KnownError, NotFound
from kiosk.printing.settings import PrintSettings
from kiosk.store.database import EventDB, utc_now

log = logging.getLogger(__name__)

REASONS = ("checkin", "reprint", "manual")
#: Automatic tries before a job waits for a person to retry it.
MAX_ATTEMPTS = 10
#: A job still "printing" after this long was interrupted (the app closed mid-job) and is due again.
STALE_SECONDS = 120


def backoff_seconds(attempts: int) -> float:
    """Wait before the next try after `attempts` failures: 5 s, 10 s, 20 s ... at most 2 minutes."""
    return min(5.0 * 2 ** max(attempts - 1, 0), 120.0)


def _parse(ts: str) -> datetime:
    return datetime.fromisoformat(ts.replace("Z", "+00:00"))


def _iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass
class JobResult:
    job_id: int
    attendee_id: int
    code: str
    name: str
    status: str           # done or failed
    attempts: int
    error: str = ""
    reference: str = ""   # the printer's job id, or the file written
    issues: list[str] | None = None

    def as_dict(self) -> dict:
        return dict(vars(self))


def badges_printed(db: EventDB, attendee_id: int) -> int:
    return db.scalar("SELECT count(*) FROM print_jobs WHERE attendee_id = ? AND status = 'done'", (attendee_id,)) or 0


def reprints_used(db: EventDB, attendee_id: int) -> int:
    return db.scalar("SELECT count(*) FROM print_jobs WHERE attendee_id = ? AND reason = 'reprint'", (attendee_id,)) or 0


def enqueue(db: EventDB, attendee_id: int, reason: str = "checkin", station: str = "") -> int:
    """Queue a badge; returns the job id. Never talks to a printer, so it never blocks a check-in.

    - checkin: at most one badge per person: if a job for them exists (queued, printed or
      waiting to retry), its id is returned and nothing is added (a second day's check-in or a
      double scan prints nothing).
    - reprint: a new job, refused with a `KnownError` once `max_reprints` reprints were made; a
      reprint asked for while one is still waiting returns the waiting one.
    - manual: a new job unless one is already waiting.
    """
    if reason not in REASONS:
        raise KnownError(f"Unknown print reason {reason!r}: use checkin, reprint or manual.")
    settings = PrintSettings.from_db(db)
    now = utc_now()
    with db.write() as conn:
        if db.scalar("SELECT count(*) FROM attendees WHERE id = ?", (attendee_id,)) == 0:
            raise NotFound(f"No attendee with id {attendee_id}.")
        waiting = db.one("SELECT id FROM print_jobs WHERE attendee_id = ? AND status IN ('pending', 'printing', 'failed') "
                         "ORDER BY id LIMIT 1", (attendee_id,))
        if reason == "checkin":
            existing = waiting or db.one("SELECT id FROM print_jobs WHERE attendee_id = ? ORDER BY id LIMIT 1", (attendee_id,))
            if existing:
                return existing["id"]
        elif waiting:
            return waiting["id"]
        if reason == "reprint":
            used = reprints_used(db, attendee_id)
            if used >= settings.max_reprints:
                raise KnownError(f"This badge was already reprinted {used} time{'s' if used != 1 else ''}, the limit set for "
                                 f"this event (max_reprints = {settings.max_reprints}). An organizer can raise the limit in "
                                 "the printing settings.")
        cur = conn.execute("INSERT INTO print_jobs (attendee_id, status, reason, station, created_at, updated_at) "
                           "VALUES (?, 'pending', ?, ?, ?, ?)", (attendee_id, reason, station, now, now))
        job_id = cast(int, cur.lastrowid)
    log.info("badge job %s queued for attendee %s (%s)", job_id, attendee_id, reason)
    return job_id


def on_checkin(db: EventDB, attendee_id: int, station: str = "") -> int | None:
    """What a check-in calls: queue the badge when the event prints on check-in (`auto`)."""
    if PrintSettings.from_db(db).print_on_checkin != "auto":
        return None
    return enqueue(db, attendee_id, "checkin", station)


def _due(job: dict, now: datetime) -> bool:
    if job["status"] == "pending":
        return True
    updated = _parse(job["updated_at"])
    if job["status"] == "printing":
        return now - updated >= timedelta(seconds=STALE_SECONDS)
    return job["attempts"] < MAX_ATTEMPTS and now - updated >= timedelta(seconds=backoff_seconds(job["attempts"]))


def claim(db: EventDB, now: datetime | None = None) -> dict | None:
    """Take the oldest due job: status printing, attempts + 1. None when nothing is due."""
    now = now or datetime.now(timezone.utc)
    with db.write() as conn:
        candidates = db.query("SELECT * FROM print_jobs WHERE status IN ('pending', 'failed', 'printing') ORDER BY id")
        for job in candidates:
            if not _due(job, now):
                continue
            stamp = _iso(now)
            cur = conn.execute("UPDATE print_jobs SET status = 'printing', attempts = attempts + 1, updated_at = ? "
                               "WHERE id = ? AND status = ? AND updated_at = ?",
                               (stamp, job["id"], job["status"], job["updated_at"]))
            if cur.rowcount == 1:
                job.update(status="printing", attempts=job["attempts"] + 1, updated_at=stamp)
                return job
    return None


def _finish(db: EventDB, job_id: int, status: str, error: str = "") -> None:
    with db.write() as conn:
        conn.execute("UPDATE print_jobs SET status = ?, last_error = ?, updated_at = ? WHERE id = ?",
                     (status, error, utc_now(), job_id))


def work_once(db: EventDB, backend=None, *, now: datetime | None = None) -> JobResult | None:
    """Print the oldest due job, if any, and record how it went. Returns None when idle.

    `backend` defaults to the one the settings choose. Errors a person can act on (printer off,
    unknown, paused) leave the job failed with that message; it is retried later.
    """
    job = claim(db, now)
    if job is None:
        return None
    from kiosk.badges.render import event_context, render_badge_bytes
    from kiosk.badges.stocks import get_stock
    from kiosk.printing.backends import backend_for
    from kiosk.roster import attendees

    person = db.one("SELECT * FROM attendees WHERE id = ?", (job["attendee_id"],)) or {}
    code = person.get("code", "")
    result = JobResult(job["id"], job["attendee_id"], code, attendees.display_name(person) if person else "",
                       "failed", job["attempts"])
    try:
        settings = PrintSettings.from_db(db)
        printer = backend or backend_for(settings)
        printer.check()
        stock = get_stock(settings.badge_stock)
        pdf, report = render_badge_bytes(person, stock, settings.badge_template, event_context(db))
        result.issues = [f"{i.field}: {i.message}" for i in report.issues]
        result.reference = printer.submit(pdf, stock=stock, title=f"badge {code}")
        result.status = "done"
        _finish(db, job["id"], "done")
    except KnownError as exc:
        result.error = str(exc)
        _finish(db, job["id"], "failed", result.error)
        log.warning("badge job %s for %s failed: %s", job["id"], code, exc)
    except Exception as exc:  # a bug must not lose the job: record it, keep the traceback in the log
        result.error = f"Unexpected error while printing: {exc!r}"
        _finish(db, job["id"], "failed", result.error)
        log.exception("badge job %s for %s failed unexpectedly", job["id"], code)
    return result


def work_all(db: EventDB, backend=None, *, limit: int = 1000) -> list[JobResult]:
    """Work every job that is due now (each at most once); for scripts and `kiosk print --now`."""
    results: list[JobResult] = []
    seen: set[int] = set()
    while len(results) < limit:
        result = work_once(db, backend)
        if result is None or result.job_id in seen:
            break
        seen.add(result.job_id)
        results.append(result)
    return results


def retry(db: EventDB, job_id: int) -> None:
    """Make a failed job due now (a person fixed the printer)."""
    with db.write() as conn:
        cur = conn.execute("UPDATE print_jobs SET status = 'pending', attempts = 0, updated_at = ? "
                           "WHERE id = ? AND status = 'failed'", (utc_now(), job_id))
        if cur.rowcount == 0:
            raise NotFound(f"No failed print job {job_id} to retry.")


def retry_all_failed(db: EventDB) -> int:
    with db.write() as conn:
        return conn.execute("UPDATE print_jobs SET status = 'pending', attempts = 0, updated_at = ? WHERE status = 'failed'",
                            (utc_now(),)).rowcount


def list_jobs(db: EventDB, *, status: str | None = None, limit: int = 100) -> list[dict]:
    """The newest jobs first, with the attendee's code and name."""
    sql = ("SELECT j.id, j.attendee_id, a.code, a.first_name, a.last_name, a.full_name, j.status, j.reason, "
           "j.attempts, j.last_error, j.station, j.created_at, j.updated_at "
           "FROM print_jobs j JOIN attendees a ON a.id = j.attendee_id ")
    params: tuple = ()
    if status:
        sql += "WHERE j.status = ? "
        params = (status,)
    sql += "ORDER BY j.id DESC LIMIT ?"
    return db.query(sql, params + (limit,))


def counts(db: EventDB) -> dict[str, int]:
    rows = db.query("SELECT status, count(*) AS n FROM print_jobs GROUP BY status")
    found = {r["status"]: r["n"] for r in rows}
    return {s: found.get(s, 0) for s in ("pending", "printing", "done", "failed")}
