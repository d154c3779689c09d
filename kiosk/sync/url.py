"""The hub's connection string: where it comes from, and how it is shown without its password.

A hub URL (`postgresql://user:password@host/db?sslmode=require`) or a libpq key=value string
may carry a password. It is never logged or printed as is: every message goes through
`mask_url`, and `scrub` removes the password from any text (an error message, say) that might
repeat it. The password may also come from `PGPASSWORD` or `~/.pgpass` (libpq reads them), which
keeps it out of the event database and the process list altogether.
"""

from __future__ import annotations

import os
import re
from urllib.parse import unquote, urlsplit, urlunsplit

from kiosk.errors import KnownError

ENV_VAR = "KIOSK_SYNC_HUB"
SETTING = "sync_hub"
MASK = "***"

_KV_PASSWORD = re.compile(r"(\bpassword\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)", re.IGNORECASE)


def is_url(text: str) -> bool:
    return text.startswith(("postgresql://", "postgres://"))


def password_of(conninfo: str) -> str:
    """The password written in a connection string ('' when none)."""
    if not conninfo:
        return ""
    if is_url(conninfo):
        try:
            parts = urlsplit(conninfo)
            secret = unquote(parts.password or "")
        except ValueError:
            secret = ""
        query_pw = re.search(r"(?:^|&)password=([^&]*)", parts.query if is_url(conninfo) else "")
        return secret or (unquote(query_pw.group(1)) if query_pw else "")
    found = _KV_PASSWORD.search(conninfo)
    if not found:
        return ""
    value = found.group(2)
    return value[1:-1] if value.startswith("'") else value


def mask_url(conninfo: str) -> str:
    """The connection string with its password replaced by ***, fit for a log or a screen."""
    if not conninfo:
        return ""
    if is_url(conninfo):
        try:
            parts = urlsplit(conninfo)
        except ValueError:
            return MASK
        netloc = parts.netloc
        if "@" in netloc:
            userinfo, hostinfo = netloc.rsplit("@", 1)
            if ":" in userinfo:
                userinfo = userinfo.split(":", 1)[0] + ":" + MASK
            netloc = userinfo + "@" + hostinfo
        query = re.sub(r"((?:^|&)password=)[^&]*", r"\1" + MASK, parts.query)
        return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))
    return _KV_PASSWORD.sub(lambda m: m.group(1) + MASK, conninfo)


def scrub(text: str, conninfo: str) -> str:
    """`text` with the connection string's password (raw and URL-encoded) replaced by ***."""
    secret = password_of(conninfo)
    if conninfo and conninfo in text:
        text = text.replace(conninfo, mask_url(conninfo))
    if secret and len(secret) >= 1:
        text = text.replace(secret, MASK)
        if is_url(conninfo):
            raw = urlsplit(conninfo).password
            if raw and raw != secret:
                text = text.replace(raw, MASK)
    return text


def resolve_hub(db, given: str | None = None) -> str:
    """The hub to sync with: `--hub`, else $KIOSK_SYNC_HUB, else the event setting `sync_hub`."""
    from kiosk.store import settings

    hub = (given or os.environ.get(ENV_VAR) or settings.get(db, SETTING) or "").strip()
    if not hub:
        raise KnownError("No hub is configured: give one with `kiosk sync --hub postgresql://USER@HOST/DB` "
                         f"(or set ${ENV_VAR}, or `kiosk settings set {SETTING} URL`).")
    if not is_url(hub) and "=" not in hub:
        raise KnownError(f"{mask_url(hub)!r} is not a PostgreSQL connection string: write it as "
                         "postgresql://USER:PASSWORD@HOST:5432/DATABASE (add ?sslmode=require for TLS).")
    return hub
