"""Connecting to the hub: a short connect timeout, the schema checked once per connection, and
errors turned into messages a volunteer can act on, with the password masked.
"""

from __future__ import annotations

import logging

from kiosk.errors import KnownError
from kiosk.sync.url import mask_url, scrub
from kiosk.sync.words import WORDS

log = logging.getLogger(__name__)

CONNECT_TIMEOUT = 5          # seconds: a venue's dead Wi-Fi must not freeze a sync round for long
STATEMENT_TIMEOUT_MS = 60_000


class HubUnreachable(KnownError):
    """The hub did not answer (network down, server stopped, wrong address or password)."""


def psycopg_errors():
    import psycopg.errors

    return psycopg.errors


def explain(exc: BaseException, conninfo: str) -> HubUnreachable:
    """A message for a person: what failed and what to check, never the password."""
    detail = scrub(" ".join(str(exc).split()), conninfo)
    lowered = detail.lower()
    if isinstance(exc, psycopg_errors().InsufficientPrivilege):
        return HubUnreachable(WORDS("login_refused", hub=mask_url(conninfo), detail=detail))
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        hint = "hint_password"
    elif "not permitted to log in" in lowered:
        hint = "hint_removed"
    elif "does not exist" in lowered and "database" in lowered:
        hint = "hint_database"
    elif "ssl" in lowered or "certificate" in lowered:
        hint = "hint_tls"
    else:
        hint = "hint_network"
    end = "" if detail.endswith((".", "?", "!")) else "."
    return HubUnreachable(WORDS("unreachable", hub=mask_url(conninfo), detail=detail + end, hint=WORDS(hint)))


def connect(conninfo: str, *, autocommit: bool = True):
    """Open a connection to the hub and make sure its schema is current."""
    import psycopg

    from kiosk.sync.hub_schema import ensure_schema
    from kiosk.sync.passwords import passfile_for

    from psycopg.conninfo import make_conninfo

    stored = passfile_for(conninfo)
    try:
        # The password kept out of the event file, in the owner-only pgpass file, when it is there.
        conninfo_used = make_conninfo(conninfo, passfile=str(stored)) if stored is not None else conninfo
        conn = psycopg.connect(conninfo_used, connect_timeout=CONNECT_TIMEOUT, autocommit=autocommit,
                               application_name="checkin-kiosk",
                               options=f"-c statement_timeout={STATEMENT_TIMEOUT_MS}")
    except psycopg.OperationalError as exc:
        raise explain(exc, conninfo) from None
    except (psycopg.Error, ValueError):  # a malformed string: ProgrammingError or ValueError
        # libpq's words may quote a piece of a mistyped password: they are not repeated.
        raise HubUnreachable(WORDS("address_unreadable", hub=mask_url(conninfo))) from None
    try:
        ensure_schema(conn)
    except KnownError:
        conn.close()
        raise
    except psycopg.Error as exc:
        conn.close()
        raise explain(exc, conninfo) from None
    log.info("connected to the hub %s", mask_url(conninfo))
    return conn
