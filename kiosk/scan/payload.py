"""From what a scanner read to the codes it may stand for.

A QR or barcode can hold a bare code (Eventbrite barcode, pretix secret, Hi.Events public id), a
URL (Tito ticket URL with its `ti_` slug, Luma check-in URL with `pk=`, Eventbrite's QR URL), an
Indico JSON ticket, an alf.io ticket (`<ticket uuid>/<signature>`: the export lists the uuid), a
code issued by this app, or something that is no ticket at all (a Wi-Fi code, a contact card, a
web page). `read_payload` never raises, whatever bytes it is given.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import uuid
from dataclasses import dataclass, field
from urllib.parse import parse_qs, unquote, urlsplit

NOT_TICKET_PREFIXES = ("wifi:", "begin:vcard", "mecard:", "mailto:", "tel:", "sms:", "smsto:", "geo:",
                       "otpauth:", "begin:vevent", "bitcoin:", "matmsg:", "market:")
TICKET_QUERY_KEYS = ("pk", "code", "ticket", "secret", "barcode", "t", "c", "id")
_TITO = re.compile(r"ti_[A-Za-z0-9]{6,}")
_ALFIO = re.compile(r"^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})/([^/\s]+)$")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
MAX_PAYLOAD = 4096


@dataclass
class Payload:
    """A scan, cleaned: the `codes` to look up in order, and whether it can be a ticket at all."""

    raw: str
    codes: list[str] = field(default_factory=list)
    ticket_like: bool | None = True   # None: a ticket only if the roster knows one of the codes
    platform: str = ""


def _add(codes: list[str], value: str) -> None:
    value = value.strip()
    if value and value not in codes and len(value) <= MAX_PAYLOAD:
        codes.append(value)


def _from_url(text: str, codes: list[str]) -> tuple[bool, str]:
    try:
        parts = urlsplit(text)
    except ValueError:
        return False, ""
    host = (parts.hostname or "").lower()
    path = unquote(parts.path or "")
    query = parse_qs(parts.query or "")
    # Luma: https://lu.ma/check-in/evt-...?pk=g-...  (newer: luma.com)
    if "pk" in query and ("lu.ma" in host or "luma.com" in host or "/check-in/" in path):
        _add(codes, query["pk"][0])
        _add(codes, text)
        return True, "luma"
    tito = _TITO.search(path)
    if tito and ("ti.to" in host or "tito" in host or path.rstrip("/").endswith(tito.group(0))):
        _add(codes, tito.group(0))
        _add(codes, text)
        return True, "tito"
    if "eventbrite" in host and "/qrcode/" in path:
        segment = path.split("/qrcode/", 1)[1].strip("/").split("/")[0]
        _add(codes, segment)
        _add(codes, text)
        return True, "eventbrite"
    # Any other URL: the whole URL (organizers sometimes import it), then its last segment and
    # ticket-looking query values. Whether it is a ticket is decided by the roster lookup.
    _add(codes, text)
    segment = path.rstrip("/").rsplit("/", 1)[-1] if path.strip("/") else ""
    if segment:
        _add(codes, segment)
    for key in TICKET_QUERY_KEYS:
        for value in query.get(key, []):
            _add(codes, value)
    return False, ""


def _from_indico(text: str, codes: list[str]) -> bool:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return False
    if not isinstance(data, dict) or not isinstance(data.get("i"), list) or len(data["i"]) < 3:
        return False
    token = data["i"][2]
    if not isinstance(token, str):
        return False
    try:
        raw = base64.b64decode(token + "=" * (-len(token) % 4), altchars=b"-_")
        _add(codes, str(uuid.UUID(bytes=raw)))
    except (binascii.Error, ValueError):
        pass
    _add(codes, token)
    return True


def read_payload(data: str | bytes) -> Payload:
    """Clean a scanned payload and list the codes it may stand for."""
    if isinstance(data, bytes):
        text = data.decode("utf-8", errors="replace")
    elif isinstance(data, str):
        text = data
    else:
        text = str(data)
    text = text.replace("\ufeff", "")
    cleaned = _CONTROL.sub("", text).strip()
    result = Payload(raw=text)
    if not cleaned or len(cleaned) > MAX_PAYLOAD:
        result.ticket_like = False
        return result
    lower = cleaned.lower()
    if lower.startswith(NOT_TICKET_PREFIXES):
        result.ticket_like = False
        return result
    if lower.startswith(("http://", "https://", "lu.ma/", "ti.to/", "luma.com/")):
        url = cleaned if "://" in cleaned[:10] else "https://" + cleaned
        known, platform = _from_url(url, result.codes)
        result.platform = platform
        # An unknown web page is only a ticket if the roster knows it (decided by the lookup).
        result.ticket_like = True if known else None
        return result
    if cleaned.startswith("{") and _from_indico(cleaned, result.codes):
        result.platform = "indico"
        return result
    alfio = _ALFIO.match(cleaned)
    if alfio:
        # alf.io: the ticket's uuid, a slash and its signature; the export's ID column is the uuid.
        _add(result.codes, cleaned)
        _add(result.codes, alfio.group(1).lower())
        result.platform = "alfio"
        return result
    _add(result.codes, cleaned)
    # A code printed with surrounding text by some scanners, e.g. "]Q1" AIM prefixes.
    if cleaned.startswith("]Q") and len(cleaned) > 3:
        _add(result.codes, cleaned[3:])
    # Multi-line or very wordy payloads are not tickets unless the roster knows them.
    if "\n" in cleaned or len(cleaned.split()) > 3:
        result.ticket_like = None
    return result
