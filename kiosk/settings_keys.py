"""The event settings the app knows, their defaults, and how secrets among them are stored.

Settings live in the event database so a second laptop gets them with the file. Secrets (the
organizer PIN) are stored as a salted scrypt hash, never in the clear.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from typing import Any

DEFAULTS: dict[str, Any] = {
    "station_name": "desk",
    "dedupe_seconds": 3.0,
    "print_on_checkin": "off",       # auto | ask | off
    "printer_backend": "folder",     # cups | qt | folder
    "printer_name": "",
    "print_folder": "",
    "badge_stock": "badge-4x3",
    "badge_template": "default",
    "badge_logo": "",
    "badge_roles": {},
    "max_reprints": 3,
    "kiosk_return_seconds": 6,
    "kiosk_language": "en",
    "forgot_ticket_enabled": False,
    "ticket_type_days": {},
    "wedge_prefix": "",
    "wedge_suffix": "",
    "wedge_azerty": False,
}

SECRET_KEYS = {"kiosk_pin"}


def hash_secret(value: str, *, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(value.encode("utf-8"), salt=salt, n=2**14, r=8, p=1, dklen=32)
    return "scrypt$16384$8$1$" + base64.b64encode(salt).decode() + "$" + base64.b64encode(digest).decode()


def verify_secret(value: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt_b64, digest_b64 = stored.split("$")
        if scheme != "scrypt":
            return False
        digest = hashlib.scrypt(value.encode("utf-8"), salt=base64.b64decode(salt_b64), n=int(n), r=int(r), p=int(p),
                                dklen=len(base64.b64decode(digest_b64)))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(digest, base64.b64decode(digest_b64))


def get(db, key: str) -> Any:
    return db.get_setting(key, DEFAULTS.get(key))


def set_event_setting(db, key: str, value: Any) -> Any:
    """Store a setting, hashing secrets; returns what was stored."""
    if key in SECRET_KEYS:
        from kiosk.errors import KnownError

        text = str(value)
        if key == "kiosk_pin" and (not text.isdigit() or len(text) < 4):
            raise KnownError("The kiosk PIN must be at least 4 digits.")
        value = hash_secret(text)
    if key == "sync_hub" and isinstance(value, str) and value.strip():
        from kiosk.sync.passwords import remember

        value = remember(value.strip())      # the password goes to the owner-only pgpass file
    db.set_setting(key, value)
    return value
