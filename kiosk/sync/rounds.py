"""A sync round (push, then pull) and the loop that repeats it: the plain functions behind
`kiosk sync` and the desk's background sync worker.

A round never blocks a check-in: it talks to the hub outside any local transaction and writes
locally in short batches. When the hub cannot be reached the round records the outage (for
"offline since 10:42 - 37 check-ins waiting") and raises `HubUnreachable`; nothing local is lost
and the next round sends it.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field

from kiosk.errors import KnownError
from kiosk.store.database import EventDB
from kiosk.sync import badge_facts
from kiosk.sync import pull as pull_mod
from kiosk.sync import push as push_mod
from kiosk.sync import state
from kiosk.sync.hub import HubUnreachable, connect, explain
from kiosk.sync.roles import Identity, identity
from kiosk.sync.url import mask_url

log = logging.getLogger(__name__)

#: What a round's report counts as badge records (badge_facts.py), sent and received.
BADGE_FACTS = ("print_records", "print_overrides", "badge_texts")


@dataclass
class RoundReport:
    hub: str                                   # masked
    station_id: str
    sent: dict = field(default_factory=dict)
    received: dict = field(default_factory=dict)
    seconds: float = 0.0

    def to_json(self) -> dict:
        return {"hub": self.hub, "station_id": self.station_id, "sent": self.sent, "received": self.received,
                "seconds": round(self.seconds, 3)}

    def text(self) -> str:
        s, r = self.sent, self.received
        att = r.get("attendees", {})
        badges = r.get("badges", {})
        sent_badges = sum(s.get(k, 0) for k in BADGE_FACTS)
        got_badges = sum(badges.get(k, 0) for k in BADGE_FACTS)
        return (f"Synced with {self.hub} in {self.seconds:.1f} s: sent {s.get('checkins', 0)} check-ins, "
                f"{s.get('annulments', 0)} undos, {s.get('scan_attempts', 0)} scans, {s.get('attendees', 0)} attendee changes, "
                f"{sent_badges} badge records; "
                f"received {r.get('checkins', 0)} check-ins, {r.get('annulments', 0)} undos, "
                f"{att.get('added', 0)} new and {att.get('updated', 0)} updated attendees, {got_badges} badge records."
                + (" Refused the hub's event (see the log): this station keeps its own." if r.get("event_refused") else "")
                + (f" Refused {r['settings_refused']} setting{'s' if r['settings_refused'] != 1 else ''} from the hub "
                   "(see the log)." if r.get("settings_refused") else "")
                + (f" Refused {badges['refused']} badge record{'s' if badges['refused'] != 1 else ''} from the hub "
                   "(see the log)." if badges.get("refused") else "")
                + (f" Refused {r['refused']} check-in record{'s' if r['refused'] != 1 else ''} from the hub (see the log)."
                   if r.get("refused") else ""))


class HubSession:
    """One connection to the hub, reopened when it drops."""

    def __init__(self, conninfo: str):
        self.conninfo = conninfo
        self.conn = None
        self.identity: Identity | None = None

    def get(self):
        if self.conn is None or self.conn.closed or self.conn.broken:
            self.close()
            self.conn = connect(self.conninfo)
            self.identity = identity(self.conn)
        return self.conn

    def close(self) -> None:
        self.conn = _close(self.conn)


def sync_round(db: EventDB, conninfo: str, *, session: HubSession | None = None) -> RoundReport:
    """Push this station's changes, pull everyone else's; raise HubUnreachable when the hub is away."""
    import psycopg

    own = session is None
    session = session or HubSession(conninfo)
    station = state.station_id(db)
    report = RoundReport(hub=mask_url(conninfo), station_id=station)
    started = time.perf_counter()
    try:
        hub = session.get()
        who = session.identity
        as_station = None
        if who is not None and who.station_name is not None:
            # A station's own login: it is known on the hub by its login and the name the organizer
            # gave it, and it takes that name here too.
            station = report.station_id = who.login
            as_station = who.station_name
            _adopt_name(db, as_station)
        echoes: set = set()
        report.sent = push_mod.push(db, hub, station, echoes=echoes, as_station=as_station)
        report.received = pull_mod.pull(db, hub, station, echoes, as_station=as_station)
    except psycopg.Error as exc:
        session.close()
        problem = explain(exc, conninfo)
        state.record_failure(db, str(problem))
        log.info("%s", problem)            # the caller shows it; logged for --verbose
        raise problem from None
    except HubUnreachable as exc:
        session.close()
        state.record_failure(db, str(exc))
        log.info("%s", exc)
        raise
    finally:
        if own:
            session.close()
    state.record_success(db)
    report.seconds = time.perf_counter() - started
    return report


def _adopt_name(db: EventDB, name: str) -> None:
    from kiosk.store import settings

    if settings.get(db, "station_name") != name:
        log.info("this station is '%s' on the hub: its station name is now that", name)
        settings.set_value(db, "station_name", name)


def has_local_changes(db: EventDB) -> bool:
    return bool(db.scalar(
        "SELECT EXISTS (SELECT 1 FROM checkins WHERE synced = 0) OR EXISTS (SELECT 1 FROM scan_attempts WHERE synced = 0) "
        "OR EXISTS (SELECT 1 FROM checkin_annulments WHERE synced = 0) "
        "OR EXISTS (SELECT 1 FROM attendees WHERE pushed_rev <> sync_rev)")) or badge_facts.has_unsent(db)


def watch(db: EventDB, conninfo: str, *, interval: float = 5.0, stop: threading.Event | None = None,
          on_round=None, on_error=None, poll: float = 0.25) -> None:
    """Sync until `stop` is set: every `interval` seconds, at once when this station has something
    to send, and at once when another station announces a push (LISTEN kiosk_hub)."""
    stop = stop or threading.Event()
    session = HubSession(conninfo)
    listener = None
    next_round = 0.0
    try:
        while not stop.is_set():
            now = time.monotonic()
            if now >= next_round or has_local_changes(db):
                try:
                    report = sync_round(db, conninfo, session=session)
                    if on_round:
                        on_round(report)
                    next_round = time.monotonic() + interval
                except KnownError as exc:
                    if on_error:
                        on_error(exc)
                    listener = _close(listener)
                    stop.wait(min(interval, 5.0))
                    next_round = 0.0
                    continue
            if listener is None or listener.closed:
                listener = _listen(conninfo)
            if listener is None:
                stop.wait(poll)
                continue
            own = session.identity.login if session.identity and session.identity.is_station else state.station_id(db)
            if _wait_notify(listener, poll, ignore=own):
                next_round = 0.0
    finally:
        _close(listener)
        session.close()


def _listen(conninfo: str):
    try:
        conn = connect(conninfo)
        conn.execute("LISTEN kiosk_hub")
        return conn
    except KnownError:
        return None


def _wait_notify(conn, timeout: float, ignore: str) -> bool:
    """Wait up to `timeout` for another station's push announcement."""
    import psycopg

    try:
        for note in conn.notifies(timeout=timeout, stop_after=1):
            if note.payload != ignore:
                return True
    except psycopg.Error:
        conn.close()
    return False


def _close(conn):
    """Close a hub connection that may already be broken; returns None."""
    import psycopg

    if conn is not None:
        try:
            conn.close()
        except psycopg.Error as exc:  # already broken: nothing left to release
            log.debug("closing a broken hub connection: %s", exc)
    return None
