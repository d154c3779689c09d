"""Who may do what on the hub: the organizer's login owns it; every station has a login of its own.

* The organizer's login (ADMIN_URL, the owner of the hub database's tables) creates the schema,
  imports, changes settings and the event: it is not subject to row-level security.
* `init_hub` creates a NOLOGIN group role for the stations of this hub database
  (`kiosk_<database>_stations`) and grants it exactly this: connect and temporary tables; SELECT on
  the roster, the settings, the facts and the event without its signing secret (a column grant that
  leaves out `secret`; `event_key` is its sha256, enough to tell two events apart); INSERT (never
  UPDATE, DELETE or TRUNCATE) on the fact tables: check-ins, annulments, scan attempts, print
  records, reprints allowed past the limit, badge text fixes, walk-ins and desk corrections.
  Row-level policies (hub_schema migrations 2 and 3) let a login append a fact only with
  `station_id` = its own login and `station` = its own name, and a desk correction only of how a
  person is named and reached (not status or ticket type); of the list of station logins it sees
  its own row only. The grants are given again whenever the organizer's login migrates the hub
  (`grant_stations`), so a table a new version adds is open to the stations at once.
* `add_station` makes a login for one station (`kiosk_<database>_<name>`, a random password sent
  to the server as a SCRAM verifier, so it is in no server log) and returns the URL it syncs with.
  `remove_station` revokes it at once (a lost laptop): NOLOGIN, out of the group, its sessions ended.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import os
import re
import secrets
import unicodedata
from dataclasses import dataclass
from urllib.parse import quote

from kiosk.errors import KnownError
from kiosk.sync.url import _libpq_fields, mask_url
from kiosk.sync.words import WORDS

log = logging.getLogger(__name__)

#: What a station's login may read (the event table separately, without its secret).
STATION_READS = ("kiosk_hub_schema", "hub_settings", "hub_sources", "hub_attendees", "hub_attendee_aliases",
                 "hub_checkins", "hub_annulments", "hub_scan_attempts", "hub_walk_ins", "hub_attendee_edits",
                 "hub_stations", "hub_station_logins", "hub_print_records", "hub_print_overrides", "hub_badge_texts")
EVENT_COLUMNS = ("id", "name", "days", "timezone", "created_at", "updated_at", "station_id", "seq", "event_key")
#: Where a station's login may append (INSERT only; rows in its own name, see hub_schema).
STATION_APPENDS = ("hub_checkins", "hub_annulments", "hub_scan_attempts", "hub_print_records", "hub_walk_ins",
                   "hub_attendee_edits", "hub_print_overrides", "hub_badge_texts")
#: Fields a station's desk correction may carry to the hub (never status or ticket type).
STATION_EDITABLE = ("first_name", "last_name", "full_name", "email", "organization", "pronouns", "notes")
MAX_ROLE = 63


@dataclass(frozen=True)
class Identity:
    """Who the current hub connection is: its login, and its station name when it is a station's."""

    login: str
    station_name: str | None

    @property
    def is_station(self) -> bool:
        return self.station_name is not None


def identity(conn) -> Identity:
    """The identity of a connection to a hub whose schema is current."""
    login, name = conn.execute("SELECT current_user, kiosk_station_name()").fetchone()
    return Identity(str(login), name)


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "_", ascii_text.lower()).strip("_")


def _role_name(*parts: str) -> str:
    name = "kiosk_" + "_".join(p for p in parts if p)
    if len(name) > MAX_ROLE:
        digest = hashlib.sha256(name.encode()).hexdigest()[:8]
        name = name[:MAX_ROLE - 9] + "_" + digest
    return name


def group_role(conn) -> str:
    """The NOLOGIN role every station login of this hub database belongs to."""
    dbname = conn.execute("SELECT current_database()").fetchone()[0]
    return _role_name(_slug(dbname) or "hub", "stations")


def _ident(name: str):
    from psycopg import sql

    return sql.Identifier(name)


def _privileges_problem(exc: BaseException, conninfo: str, what: str) -> KnownError:
    """`what` is "what_roles", "what_create" or "what_revoke" (kiosk/sync/words.py)."""
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return KnownError(WORDS("may_not", hub=mask_url(conninfo), what=WORDS(what),
                            detail=f"{exc.__class__.__name__}: {first}"))


def _admin(conninfo: str):
    from kiosk.sync.hub import connect

    conn = connect(conninfo)
    who = identity(conn)
    if who.is_station:
        conn.close()
        raise KnownError(WORDS("station_login", hub=mask_url(conninfo), station=who.station_name))
    return conn


def init_hub(conninfo: str) -> dict:
    """Create or update the hub's schema, the stations' group role and its grants (idempotent)."""
    import psycopg
    from psycopg import sql

    from kiosk.sync.hub_schema import MIGRATIONS

    conn = _admin(conninfo)
    try:
        group = group_role(conn)
        with conn.transaction():
            if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (group,)).fetchone() is None:
                conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(_ident(group)))
            grant_stations(conn)
    except psycopg.errors.InsufficientPrivilege as exc:
        raise _privileges_problem(exc, conninfo, "what_roles") from None
    finally:
        conn.close()
    return {"hub": mask_url(conninfo), "schema": len(MIGRATIONS), "stations_role": group}


def grant_stations(conn) -> bool:
    """Give the stations' group exactly its privileges (inside the caller's transaction), on every
    table the hub's schema holds now. False when this hub has no stations' group (`kiosk hub init`
    was never run: every station syncs with the organizer's login)."""
    from psycopg import sql

    group = group_role(conn)
    if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (group,)).fetchone() is None:
        return False
    dbname = conn.execute("SELECT current_database()").fetchone()[0]
    conn.execute(sql.SQL("REVOKE ALL ON DATABASE {} FROM PUBLIC").format(_ident(dbname)))
    conn.execute(sql.SQL("GRANT CONNECT, TEMPORARY ON DATABASE {} TO {}").format(_ident(dbname), _ident(group)))
    conn.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    conn.execute(sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(_ident(group)))
    for table in STATION_READS:
        conn.execute(sql.SQL("GRANT SELECT ON {} TO {}").format(_ident(table), _ident(group)))
    conn.execute(sql.SQL("REVOKE ALL ON hub_event FROM {}").format(_ident(group)))
    conn.execute(sql.SQL("GRANT SELECT ({}) ON hub_event TO {}").format(
        sql.SQL(", ").join(_ident(c) for c in EVENT_COLUMNS), _ident(group)))
    for table in STATION_APPENDS:
        conn.execute(sql.SQL("GRANT INSERT ON {} TO {}").format(_ident(table), _ident(group)))
        sequence = conn.execute("SELECT pg_get_serial_sequence(%s, 'seq')", (table,)).fetchone()[0]
        conn.execute(sql.SQL("GRANT USAGE ON SEQUENCE {} TO {}").format(sql.SQL(sequence), _ident(group)))
    return True


def _scram_verifier(password: str, iterations: int = 4096) -> str:
    """The SCRAM-SHA-256 verifier PostgreSQL stores for a password, computed here so that the
    password itself never reaches the server (nor its statement log)."""
    salt = os.urandom(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", "sha256").digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", "sha256").digest()
    def b64(raw: bytes) -> str:
        return base64.b64encode(raw).decode("ascii")

    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


def check_station_name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name or len(name) > 60 or not name.isprintable():
        raise KnownError(WORDS("station_name"))
    return name


def station_url(conninfo: str, login: str, password: str) -> str:
    """The address a station syncs with: the hub's host, port, database and TLS settings, the
    station's own login and password."""
    fields = _libpq_fields(conninfo)
    host = fields.get("host") or fields.get("hostaddr") or "localhost"
    query = {k: v for k, v in fields.items() if k not in ("host", "port", "dbname", "user", "password", "passfile")}
    netloc_host = host
    if host.startswith("/"):
        query["host"] = host
        netloc_host = ""
    elif ":" in host and not host.startswith("["):
        netloc_host = f"[{host}]"
    port = f":{fields['port']}" if fields.get("port") and not host.startswith("/") else ""
    params = "&".join(f"{quote(k, safe='')}={quote(v, safe='')}" for k, v in sorted(query.items()))
    return (f"postgresql://{quote(login, safe='')}:{quote(password, safe='')}@{netloc_host}{port}/"
            f"{quote(fields.get('dbname') or '', safe='')}" + (f"?{params}" if params else ""))


def add_station(conninfo: str, name: str) -> dict:
    """A login of its own for the station `name`; returns the URL it syncs with (shown once)."""
    import psycopg
    from psycopg import sql

    name = check_station_name(name)
    conn = _admin(conninfo)
    try:
        group = group_role(conn)
        if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (group,)).fetchone() is None:
            init_hub(conninfo)
        dbname = conn.execute("SELECT current_database()").fetchone()[0]
        password = secrets.token_urlsafe(24)
        with conn.transaction():
            existing = conn.execute("SELECT login, revoked_at FROM hub_station_logins WHERE name = %s", (name,)).fetchone()
            if existing is not None and existing[1] is None:
                raise KnownError(WORDS("station_has_login", station=name))
            login = existing[0] if existing else _role_name(_slug(dbname) or "hub", _slug(name) or "station")
            if existing is None:
                taken = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,)).fetchone()
                if taken is not None:
                    login = _role_name(_slug(dbname) or "hub", (_slug(name) or "station")[:20],
                                       hashlib.sha256(name.encode()).hexdigest()[:6])
            verifier = sql.Literal(_scram_verifier(password))
            if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,)).fetchone() is None:
                conn.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(_ident(login), verifier))
            else:
                conn.execute(sql.SQL("ALTER ROLE {} LOGIN PASSWORD {}").format(_ident(login), verifier))
            conn.execute(sql.SQL("GRANT {} TO {}").format(_ident(group), _ident(login)))
            conn.execute("INSERT INTO hub_station_logins (login, name) VALUES (%s, %s) ON CONFLICT (login) "
                         "DO UPDATE SET name = excluded.name, revoked_at = NULL, created_at = now()", (login, name))
    except psycopg.errors.InsufficientPrivilege as exc:
        raise _privileges_problem(exc, conninfo, "what_create") from None
    finally:
        conn.close()
    log.info("station %r added to the hub %s as %s", name, mask_url(conninfo), login)
    return {"name": name, "login": login, "url": station_url(conninfo, login, password)}


def remove_station(conninfo: str, name: str) -> dict:
    """Revoke a station's login at once; its facts stay on the hub."""
    import psycopg
    from psycopg import sql

    name = check_station_name(name)
    conn = _admin(conninfo)
    try:
        group = group_role(conn)
        with conn.transaction():
            row = conn.execute("SELECT login FROM hub_station_logins WHERE name = %s AND revoked_at IS NULL",
                               (name,)).fetchone()
            if row is None:
                known = [r[0] for r in conn.execute(
                    "SELECT name FROM hub_station_logins WHERE revoked_at IS NULL ORDER BY name")]
                raise KnownError(WORDS("no_station", station=name, known=tuple(known)) if known
                                 else WORDS("no_station_at_all", station=name))
            login = row[0]
            conn.execute(sql.SQL("ALTER ROLE {} NOLOGIN PASSWORD NULL").format(_ident(login)))
            conn.execute(sql.SQL("REVOKE {} FROM {}").format(_ident(group), _ident(login)))
            conn.execute("UPDATE hub_station_logins SET revoked_at = now() WHERE login = %s", (login,))
        ended = 0
        try:
            ended = len(conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s",
                                     (login,)).fetchall())
        except psycopg.Error:        # may not signal other sessions: they lost every privilege anyway
            log.info("could not end the sessions of %s", login)
    except psycopg.errors.InsufficientPrivilege as exc:
        raise _privileges_problem(exc, conninfo, "what_revoke") from None
    finally:
        conn.close()
    log.info("station %r (%s) removed from the hub %s", name, login, mask_url(conninfo))
    return {"name": name, "login": login, "sessions_ended": ended}


def stations(conninfo: str) -> list[dict]:
    conn = _admin(conninfo)
    try:
        return [{"name": n, "login": lg, "created_at": str(c), "last_seen": str(s) if s else None,
                 "revoked": r is not None}
                for n, lg, c, s, r in conn.execute(
                    "SELECT name, login, created_at, last_seen, revoked_at FROM hub_station_logins ORDER BY name")]
    finally:
        conn.close()
