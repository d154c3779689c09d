"""The hub's password kept out of the event file: a pgpass-style file, readable by its owner only.

The event database travels (a copied file, a stolen laptop's backups), so the hub address stored in
its settings never holds a password. `remember(conninfo)` takes the password out of an address,
writes it to `pgpass` in the per-user config folder (`$KIOSK_CONFIG_DIR` overrides) in libpq's own
format (`host:port:database:user:password`, mode 600), and returns the address without it.
`passfile_for(conninfo)` tells `connect` to let libpq read it back (libpq's `passfile` option), only
when the file holds an entry for that address: otherwise `PGPASSWORD` or `~/.pgpass` still work.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from pathlib import Path

from kiosk.sync.url import _libpq_fields, _uri_credentials, is_url, password_of

_KV_PASSWORD = re.compile(r"\s*\bpassword\s*=\s*('(?:[^'\\]|\\.)*'|\S+)", re.IGNORECASE)


def passfile() -> Path:
    from kiosk.recent_events import config_dir      # the one per-user config folder

    return config_dir() / "pgpass"


def without_password(conninfo: str) -> str:
    """The connection string with its password removed (not masked: gone)."""
    if is_url(conninfo):
        text = conninfo
        span = _uri_credentials(conninfo)
        if span and ":" in conninfo[span[0]:span[1]]:
            text = conninfo[:span[0]] + conninfo[span[0]:span[1]].split(":", 1)[0] + conninfo[span[1]:]
        text = re.sub(r"([?&])password=[^&]*&?", r"\1", text)
        return text.rstrip("?&")
    return _KV_PASSWORD.sub("", conninfo).strip()


def _escape(field: str) -> str:
    return field.replace("\\", "\\\\").replace(":", "\\:")


def _key(conninfo: str) -> tuple[str, str, str, str]:
    """(host, port, database, user) as a pgpass line matches them; '*' where the address is silent."""
    fields = _libpq_fields(conninfo)
    host = fields.get("host") or fields.get("hostaddr") or "localhost"
    if "," in host:
        host = "*"
    if host.startswith("/"):
        host = "localhost"            # libpq matches a Unix socket as "localhost"
    port = fields.get("port") or "*"
    if "," in port:
        port = "*"
    return host, port, fields.get("dbname") or "*", fields.get("user") or "*"


def _lines() -> list[str]:
    try:
        return passfile().read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return []


def _split(line: str) -> list[str]:
    fields: list[str] = []
    current, escaped = "", False
    for ch in line:
        if escaped:
            current += ch
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == ":" and len(fields) < 4:
            fields.append(current)
            current = ""
        else:
            current += ch
    fields.append(current)
    return fields


def remember(conninfo: str) -> str:
    """Store the address's password (if any) in the owner-only pgpass file; return the address
    without it. An address without a password is returned unchanged."""
    secret = password_of(conninfo)
    if not secret:
        return conninfo
    key = _key(conninfo)
    kept = [line for line in _lines() if tuple(_split(line)[:4]) != key]
    kept.append(":".join(_escape(f) for f in (*key, secret)))
    folder = passfile().parent
    folder.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        os.chmod(folder, 0o700)
    fd, tmp = tempfile.mkstemp(prefix=".pgpass.", dir=folder)
    try:
        os.fchmod(fd, 0o600) if hasattr(os, "fchmod") else None
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write("\n".join(kept) + "\n")
        os.replace(tmp, passfile())
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return without_password(conninfo)


def passfile_for(conninfo: str) -> Path | None:
    """Our pgpass file, when the address has no password of its own and the file has one for it."""
    if password_of(conninfo):
        return None
    host, port, db, user = _key(conninfo)
    for line in _lines():
        fields = _split(line)
        if len(fields) < 5:
            continue
        if all(f == "*" or f == want or want == "*" for f, want in zip(fields[:4], (host, port, db, user))):
            return passfile()
    return None
