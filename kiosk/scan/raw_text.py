"""What a scan held, as text that can always be stored, shown and sent to the hub.

A scanner or a QR code can deliver anything: a lone surrogate (`{"i":[0,0,"\\ud800"]}` is plain
ASCII JSON), bytes that are not UTF-8 (a wedge with the wrong keyboard layout; Python's argv turns
them into lone surrogates), NUL (which PostgreSQL refuses in text) or other control characters.
Every attempt is recorded all the same, in a faithful escaped form:

* text that is clean (valid Unicode, no control characters other than tab and line breaks) is
  kept exactly as it is;
* anything else is written with Python-style escapes: `\\x00` for a control character, `\\udcff`
  for a lone surrogate, and `\\\\` for a backslash (so the form reads back unambiguously, see
  `unescape`).
"""

from __future__ import annotations

import re

#: Characters that make a payload unsafe to store or show as it is.
_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_ESCAPES = re.compile(r"\\(x[0-9a-f]{2}|u[0-9a-f]{4}|\\)")
#: The longest payload read as a scan: a QR code holds at most 7,089 characters (digits only). A
#: longer one (a script gone wrong, a file pasted into the scanner's terminal) is no ticket: it is
#: answered not_ticket unread and recorded cut to this length, saying how long it was.
MAX_PAYLOAD_CHARS = 8192


def is_clean(text: str) -> bool:
    """Whether `text` can be stored and shown as it is."""
    return _UNSAFE.search(text) is None


def _escape(ch: str) -> str:
    code = ord(ch)
    if ch == "\\":
        return "\\\\"
    if _UNSAFE.match(ch):
        return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"
    return ch


def storable(payload: str | bytes | None) -> str:
    """The payload as text that SQLite, PostgreSQL and every screen accept, faithfully."""
    if payload is None:
        return ""
    if isinstance(payload, bytes):
        # Bytes that are not UTF-8 become lone surrogates, escaped below as \udcXX (one per byte).
        payload = payload.decode("utf-8", errors="surrogateescape")
    if not isinstance(payload, str):
        payload = str(payload)
    if is_clean(payload):
        return payload
    return "".join(_escape(ch) for ch in payload)


def recordable(payload: str | None) -> str:
    """The payload as a scan attempt records it: `storable`, and one longer than any QR cut to
    `MAX_PAYLOAD_CHARS` (before escaping, so a gigabyte is never copied) saying how long it was."""
    if payload is not None and len(payload) > MAX_PAYLOAD_CHARS:
        return storable(payload[:MAX_PAYLOAD_CHARS]) + f"... ({len(payload):,} characters)"
    return storable(payload)


def unescape(stored: str) -> str:
    """The payload a stored escaped form stands for (the inverse of `storable` for escaped forms)."""
    return _ESCAPES.sub(lambda m: "\\" if m.group(1) == "\\" else chr(int(m.group(1)[1:], 16)), stored)


def lookup_safe(code: str) -> bool:
    """Whether a code can be looked up in SQLite at all (a lone surrogate cannot be encoded)."""
    try:
        code.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return "\x00" not in code
