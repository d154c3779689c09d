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
from urllib.parse import quote, quote_plus, unquote

from kiosk.errors import KnownError
from kiosk.sync.words import WORDS

ENV_VAR = "KIOSK_SYNC_HUB"
SETTING = "sync_hub"
MASK = "***"

_KV_PASSWORD = re.compile(r"(\bpassword\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)", re.IGNORECASE)


def is_url(text: str) -> bool:
    return text.startswith(("postgresql://", "postgres://"))


def _libpq_fields(conninfo: str) -> dict:
    """The connection string as libpq reads it ({} when it cannot)."""
    try:
        from psycopg.conninfo import conninfo_to_dict

        return {k: str(v) for k, v in conninfo_to_dict(conninfo).items()}
    except Exception:  # noqa: BLE001 - any malformed string: no fields, and masking falls back to its own rules
        return {}


def _uri_credentials(conninfo: str) -> tuple[int, int] | None:
    """Where the `user:password` part of a URL lies ((start, end) of the text before its `@`).

    The credentials end at the last `@` that some `/` still follows (the path's): a password typed
    with a raw `@`, `/`, `#`, `?` or space is covered whole. Without such an `@`, the last one before
    any `?`. In doubt this hides too much, never too little."""
    start = conninfo.index("://") + 3
    last_slash = conninfo.rfind("/", start)
    at = conninfo.rfind("@", start, last_slash) if last_slash >= 0 else -1
    if at < 0:
        query = conninfo.find("?", start)
        at = conninfo.rfind("@", start, query if query >= 0 else len(conninfo))
    return (start, at) if at >= start else None


def password_of(conninfo: str) -> str:
    """The password written in a connection string ('' when none), as libpq would read it."""
    if not conninfo:
        return ""
    found = _libpq_fields(conninfo).get("password", "")
    if found:
        return found
    if is_url(conninfo):
        span = _uri_credentials(conninfo)
        if span and ":" in conninfo[span[0]:span[1]]:
            return unquote(conninfo[span[0]:span[1]].split(":", 1)[1])
        query = re.search(r"[?&]password=([^&]*)", conninfo)
        return unquote(query.group(1)) if query else ""
    kv = _KV_PASSWORD.search(conninfo)
    if not kv:
        return ""
    value = kv.group(2)
    return value[1:-1] if value.startswith("'") else value


def mask_url(conninfo: str) -> str:
    """The connection string with its password replaced by ***, fit for a log or a screen,
    whatever its form: a URL (with `#`, spaces or percent-escapes in the password, or a
    `password=` parameter) or libpq's key=value form."""
    if not conninfo:
        return ""
    if is_url(conninfo):
        masked = conninfo
        span = _uri_credentials(conninfo)
        if span:
            userinfo = conninfo[span[0]:span[1]]
            if ":" in userinfo:
                masked = conninfo[:span[0]] + userinfo.split(":", 1)[0] + ":" + MASK + conninfo[span[1]:]
        masked = re.sub(r"([?&]password=)[^&]*", r"\1" + MASK, masked)
    else:
        masked = _KV_PASSWORD.sub(lambda m: m.group(1) + MASK, conninfo)
    return scrub_secret(masked, password_of(conninfo))


def scrub_secret(text: str, secret: str) -> str:
    """`text` without `secret` in any of the forms it may take (as is, URL-encoded either way)."""
    if not secret:
        return text
    for form in sorted({secret, quote(secret, safe=""), quote(secret, safe=":@"), quote_plus(secret)}, key=len, reverse=True):
        if form:
            text = text.replace(form, MASK)
    return text


def scrub(text: str, conninfo: str) -> str:
    """`text` with the connection string's password (raw and URL-encoded) replaced by ***."""
    if conninfo and conninfo in text:
        text = text.replace(conninfo, mask_url(conninfo))
    text = scrub_secret(text, password_of(conninfo))
    if is_url(conninfo):
        span = _uri_credentials(conninfo)
        if span and ":" in conninfo[span[0]:span[1]]:
            text = scrub_secret(text, conninfo[span[0]:span[1]].split(":", 1)[1])
    return text


def resolve_hub(db, given: str | None = None) -> str:
    """The hub to sync with: `--hub`, else $KIOSK_SYNC_HUB, else the event setting `sync_hub`."""
    from kiosk.store import settings

    stored = (settings.get(db, SETTING) or "").strip()
    if stored and password_of(stored):
        # An address saved by an older version, password included: set_value moves the password
        # to the owner-only pgpass file and the event file keeps the address without it.
        stored = settings.set_value(db, SETTING, stored)
    hub = (given or os.environ.get(ENV_VAR) or stored or "").strip()
    if not hub:
        raise KnownError(WORDS("no_hub", variable=ENV_VAR, setting=SETTING))
    if not is_url(hub) and "=" not in hub:
        raise KnownError(WORDS("not_postgres", hub=mask_url(hub)))
    return hub
