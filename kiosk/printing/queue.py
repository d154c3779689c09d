"""The print queue, kept in the event database (`print_jobs`), so no badge is lost to a crash.

A check-in only inserts a row (`enqueue`), which is quick and never touches the printer; a worker
(`work_once`, run by the Qt print worker or `kiosk print --now`) claims the oldest job that is
due, renders the badge and hands it to the configured backend. A printer that is off leaves the
job `failed` with its reason in `last_error`; it is tried again with a growing delay, and an
organizer can retry it at once. A reprint is a new job; reprints per attendee are limited by
the event setting `max_reprints`.

Several stations: a station's `print_jobs` are its own queue, and only its own jobs are ever
printed here. Badges printed at other stations arrive through the hub (kiosk/sync/badge_facts.py)
into `printed_elsewhere`, and the reprints they allowed past the limit into `print_overrides`:
every count below (badges, reprints used, whether a check-in still needs a badge) adds them, so
a person refused a reprint at one door is refused at the next. Offline, a station counts what it
knows and catches up at the next sync.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import cast

from kiosk.errors import KnownError, NotFound
from kiosk.printing.settings import PrintSettings
from kiosk.printing.words import WORDS
from kiosk.store.database import EventDB, utc_now
from kiosk.wording import Message, stored

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
    problem: Message | None = None   # why it failed, to be worded in the reader's language (error is English)

    def as_dict(self) -> dict:
        """JSON-ready; `problem` as {"code", "params", "en", "fr"} for a window to pick its language."""
        data = dict(vars(self))
        data["problem"] = self.problem.to_json() if self.problem is not None else None
        return data


def printed_elsewhere(db: EventDB, attendee_id: int) -> int:
    """Badges of this person printed at other stations (as far as this station has synced)."""
    return db.scalar("SELECT count(*) FROM printed_elsewhere WHERE attendee_id = ?", (attendee_id,)) or 0


def badges_printed(db: EventDB, attendee_id: int) -> int:
    """Badges printed for this person, here and at every station this one has heard from."""
    here = db.scalar("SELECT count(*) FROM print_jobs WHERE attendee_id = ? AND status = 'done'", (attendee_id,)) or 0
    return here + printed_elsewhere(db, attendee_id)


def badges_made(db: EventDB, attendee_id: int) -> int:
    """Badges queued here (printed, waiting or failed) plus those printed at other stations."""
    jobs = db.scalar("SELECT count(*) FROM print_jobs WHERE attendee_id = ?", (attendee_id,)) or 0
    return jobs + printed_elsewhere(db, attendee_id)


def reprints_used(db: EventDB, attendee_id: int) -> int:
    """Badges for this person beyond the first, whatever the job was called (a "manual" print of
    someone who already has a badge is a reprint too), at this station and the others."""
    return max(badges_made(db, attendee_id) - 1, 0)


class ReprintLimitReached(KnownError):
    """A reprint past `max_reprints`; an override with a reason (and who allows it) is needed."""

    def __init__(self, name: str, used: int, limit: int):
        self.name, self.used, self.limit = name, used, limit
        super().__init__(WORDS("reprint_limit", name=name, used=used, limit=limit))

    def asked_at_the_desk(self) -> Message:
        """The words for a window that asks, right there, why and who allows one more (no command line)."""
        if self.limit == 0:
            return WORDS("no_reprint_ask", name=self.name)
        return WORDS("reprint_limit_ask", name=self.name, used=self.used)

    def refused_at_the_desk(self) -> Message:
        """The words for a window that cannot ask: where at the desk an organizer allows one more."""
        return WORDS("reprint_limit_refused", name=self.name, used=self.used)


@dataclass(frozen=True)
class Override:
    """Permission for one reprint past the limit: why, and who allows it (recorded with the station and time)."""

    reason: str
    by: str

    def checked(self) -> Override:
        from kiosk.typed_text import checked

        # Every station takes the override as this one recorded it (kiosk/sync/badge_facts.py):
        # what it would refuse is refused here, when the organizer can still type it again.
        reason = checked(WORDS("label_override_reason"), " ".join(self.reason.split()), 500)
        by = checked(WORDS("label_override_by"), " ".join(self.by.split()), 120)
        if len(reason) < 3:
            raise KnownError(WORDS("override_needs_reason"))
        if not by:
            raise KnownError(WORDS("override_needs_who"))
        return Override(reason, by)


def enqueue(db: EventDB, attendee_id: int, reason: str = "checkin", station: str = "", *,
            override: Override | None = None) -> int | None:
    """Queue a badge; returns the job id. Never talks to a printer, so it never blocks a check-in.

    - checkin: at most one badge per person: if a job for them exists (queued, printed or
      waiting to retry), its id is returned and nothing is added (a second day's check-in or a
      double scan prints nothing); if their badge was printed at another station, nothing is
      added and None is returned.
    - manual: the first badge; for someone who already has one it is a reprint.
    - reprint: a new job, refused with `ReprintLimitReached` once `max_reprints` reprints were
      made, unless an `override` (reason, who) allows it: the override is recorded with the job.
    A reprint or manual print asked for while one is still waiting returns the waiting one.
    """
    if reason not in REASONS:
        raise KnownError(WORDS("unknown_reason", reason=reason))
    if override is not None:
        override = override.checked()
    settings = PrintSettings.from_db(db)
    now = utc_now()
    with db.write() as conn:
        person = db.one("SELECT id, full_name, first_name, last_name, code FROM attendees WHERE id = ?", (attendee_id,))
        if person is None:
            raise NotFound(WORDS("no_attendee", id=attendee_id))
        waiting = db.one("SELECT id FROM print_jobs WHERE attendee_id = ? AND status IN ('pending', 'printing', 'failed') "
                         "ORDER BY id LIMIT 1", (attendee_id,))
        existing = waiting or db.one("SELECT id FROM print_jobs WHERE attendee_id = ? ORDER BY id LIMIT 1", (attendee_id,))
        elsewhere = printed_elsewhere(db, attendee_id)
        if reason == "checkin":
            if existing:
                return existing["id"]
            if elsewhere:
                log.info("attendee %s already has a badge printed at another station: none queued", attendee_id)
                return None
        elif waiting:
            return waiting["id"]
        if reason == "manual" and (existing or elsewhere):
            reason = "reprint"
        used = reprints_used(db, attendee_id)
        over_limit = reason == "reprint" and used >= settings.max_reprints
        if over_limit and override is None:
            from kiosk.roster.names import display_name

            raise ReprintLimitReached(display_name(person), used, settings.max_reprints)
        cur = conn.execute("INSERT INTO print_jobs (uid, attendee_id, status, reason, station, created_at, updated_at) "
                           "VALUES (?, ?, 'pending', ?, ?, ?, ?)", (uuid.uuid4().hex, attendee_id, reason, station, now, now))
        job_id = cast(int, cur.lastrowid)
        if over_limit and override is not None:
            conn.execute("INSERT INTO print_overrides (uid, job_id, attendee_id, reason, by_whom, station, at, "
                         "reprints_before, max_reprints) VALUES (?,?,?,?,?,?,?,?,?)",
                         (uuid.uuid4().hex, job_id, attendee_id, override.reason, override.by, station, now, used,
                          settings.max_reprints))
            log.info("reprint past the limit for attendee %s allowed by %s: %s", attendee_id, override.by, override.reason)
    log.info("badge job %s queued for attendee %s (%s)", job_id, attendee_id, reason)
    return job_id


def badge_status(db: EventDB, attendee_id: int) -> dict:
    """What the desk shows beside Print/Reprint for one person, and what the next print will be.

    `next` is "first" (no badge yet), "waiting" (one is queued or failed and will be retried: a
    print returns it), or "reprint"; `needs_override` says a reprint is past the limit (ask why and
    who allows it). `overrides` lists the reprints allowed past the limit (reason, by, station, at),
    at every station. Badges printed at other stations count in `badges`, `printed` and
    `reprints_used`; `printed_elsewhere` says how many of them there are, and `last_printed_at` /
    `last_printed_station` when and where the latest badge came out."""
    rows = db.query("SELECT status, count(*) AS n FROM print_jobs WHERE attendee_id = ? GROUP BY status", (attendee_id,))
    by_status = {r["status"]: r["n"] for r in rows}
    elsewhere = printed_elsewhere(db, attendee_id)
    total = sum(by_status.values()) + elsewhere
    waiting = sum(by_status.get(s, 0) for s in ("pending", "printing", "failed"))
    last = db.one("SELECT at, station FROM (SELECT updated_at AS at, station, uid FROM print_jobs "
                  "WHERE attendee_id = ? AND status = 'done' UNION ALL SELECT at, station, uid FROM printed_elsewhere "
                  "WHERE attendee_id = ?) ORDER BY at DESC, uid DESC LIMIT 1", (attendee_id, attendee_id))
    limit = PrintSettings.from_db(db).max_reprints
    used = max(total - 1, 0)
    next_kind = "first" if total == 0 else ("waiting" if waiting else "reprint")
    overrides = db.query("SELECT reason, by_whom AS by, station, at, job_id FROM print_overrides WHERE attendee_id = ? "
                         "ORDER BY at, uid", (attendee_id,))
    return {"attendee_id": attendee_id, "badges": total, "printed": by_status.get("done", 0) + elsewhere,
            "printed_elsewhere": elsewhere, "waiting": waiting, "failed": by_status.get("failed", 0),
            "last_printed_at": last["at"] if last else None, "last_printed_station": last["station"] if last else None,
            "reprints_used": used, "max_reprints": limit, "reprints_left": max(limit - used, 0),
            "next": next_kind, "needs_override": next_kind == "reprint" and used >= limit, "overrides": overrides}


def reprints_said(status: dict) -> Message | None:
    """What a person is told about a badge with no reprint left (a `badge_status`): "reprinted 4 times
    (3 allowed, 1 more allowed by an organizer)", never "limit reached (4 of 3)"; None while reprints are left."""
    if not status["needs_override"]:
        return None
    used, limit, extra = status["reprints_used"], status["max_reprints"], len(status["overrides"])
    if used > limit:
        return WORDS("reprints_past_limit", used=used, limit=limit, extra=extra) if extra else \
            WORDS("reprints_over_limit", used=used, limit=limit)
    if used == 0:
        return WORDS("no_reprints_allowed")
    return WORDS("reprints_at_limit", used=used)


def request_badge(db: EventDB, attendee_id: int, *, station: str = "", override: Override | None = None) -> dict:
    """Print (or reprint) the chosen person's badge: what the desk's toolbar, Ctrl+P, the print queue
    and `kiosk print` call. The core decides whether it is the first badge or a reprint, enforces the
    limit (`ReprintLimitReached`) and records an override. Returns {"job_id", "kind", "status"}."""
    before = badge_status(db, attendee_id)
    job_id = enqueue(db, attendee_id, "manual", station, override=override)
    assert job_id is not None            # a manual print is always queued (or refused)
    kind = before["next"]
    return {"job_id": job_id, "kind": kind, "status": badge_status(db, attendee_id)}


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


def _finish(db: EventDB, job_id: int, status: str, error: str = "", problem: Message | None = None) -> None:
    """Record how a job went: `last_error` in English (the log, the command line), `last_error_words`
    the problem's code and parameters, for the print queue to word it in its window's language."""
    with db.write() as conn:
        conn.execute("UPDATE print_jobs SET status = ?, last_error = ?, last_error_words = ?, updated_at = ? "
                     "WHERE id = ?", (status, error, stored(problem) if problem is not None else None, utc_now(),
                                      job_id))


def work_once(db: EventDB, backend=None, *, now: datetime | None = None) -> JobResult | None:
    """Print the oldest due job, if any, and record how it went. Returns None when idle.

    `backend` defaults to the one the settings choose. Errors a person can act on (printer off,
    unknown, paused) leave the job failed with that message; it is retried later.
    """
    job = claim(db, now)
    if job is None:
        return None
    from kiosk.printing.badge_pdf import badge_pdf_for
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
        pdf, report, stock = badge_pdf_for(db, job["attendee_id"], settings)
        result.issues = [f"{i.field}: {i.message}" for i in report.issues]
        result.reference = printer.submit(pdf, stock=stock, title=f"badge {code}")
        result.status = "done"
        _finish(db, job["id"], "done")
    except KnownError as exc:
        result.error, result.problem = str(exc), exc.message
        _finish(db, job["id"], "failed", result.error, result.problem)
        log.warning("badge job %s for %s failed: %s", job["id"], code, exc)
    except Exception as exc:  # a bug must not lose the job: record it, keep the traceback in the log
        result.problem = WORDS("unexpected", error=repr(exc))
        result.error = str(result.problem)
        _finish(db, job["id"], "failed", result.error, result.problem)
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
            raise NotFound(WORDS("no_failed_job", id=job_id))


def retry_all_failed(db: EventDB) -> int:
    with db.write() as conn:
        return conn.execute("UPDATE print_jobs SET status = 'pending', attempts = 0, updated_at = ? WHERE status = 'failed'",
                            (utc_now(),)).rowcount


def list_jobs(db: EventDB, *, status: str | None = None, limit: int = 100) -> list[dict]:
    """The newest jobs first, with the attendee's code and name."""
    sql = ("SELECT j.id, j.attendee_id, a.code, a.first_name, a.last_name, a.full_name, a.guest_of, "
           "a.details_missing, j.status, j.reason, "
           "j.attempts, j.last_error, j.last_error_words, j.station, j.created_at, j.updated_at "
           "FROM print_jobs j JOIN attendees a ON a.id = j.attendee_id ")
    params: tuple = ()
    if status:
        sql += "WHERE j.status = ? "
        params = (status,)
    sql += "ORDER BY j.id DESC LIMIT ?"
    return db.query(sql, params + (limit,))


def counts(db: EventDB) -> dict[str, int]:
    """Jobs per status: a few one-row reads, kept by triggers (kiosk/store/migrations/m06_flat_at_scale.py)."""
    found = dict(db.conn.execute("SELECT status, n FROM print_job_counts").fetchall())
    return {s: found.get(s, 0) for s in ("pending", "printing", "done", "failed")}
