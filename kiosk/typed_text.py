"""Text a person types for others to read: a walk-in's name, a correction, a badge fix, why a
reprint was allowed and by whom. It is printed on badges, shown on screens and in terminals, and
sent to every station, so it is checked once, here, the same way at every door:

* no control characters: an escape sequence (ESC, or the one-byte CSI U+009B) would drive the
  terminal of whoever lists it, and a badge prints nothing for it; tab and line breaks are kept
  only where lines are allowed (notes);
* no bidirectional overrides or embeddings (U+202A-U+202E, U+2066-U+2069), which turn the rest of
  a line around on screen and on the badge ("Trojan Source"); Arabic and Hebrew names need none;
* a length that fits (a badge prints at most 200 characters of a name);
* where a name is wanted, at least one visible character (a zero-width space alone is no name).

    text = checked(WORDS("typed_field_first_name"), typed, limit=200)   # stripped, or KnownError saying why

Text that arrived otherwise (an export's names) may hold anything; `for_terminal` shows it safely.
"""

from __future__ import annotations

import re
import unicodedata

from kiosk.errors import KnownError
from kiosk.wording import Message

#: Characters no typed text may hold (tab and line breaks are decided by `lines`).
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_LINE_BREAKS = re.compile(r"[\t\n\r\u2028\u2029]")


def problem(value: str, limit: int, *, lines: bool = False) -> str | None:
    """What is wrong with `value` (already stripped) as typed text, in words; None when it is fine."""
    if len(value) > limit:
        return f"is {len(value):,} characters long; at most {limit:,} characters fit"
    if CONTROL.search(value) or (not lines and _LINE_BREAKS.search(value)):
        return ("holds control characters (an escape sequence, or a direction mark that turns the text "
                "around) that no screen or badge can show")
    return None


def visible(value: str) -> bool:
    """Whether `value` shows anything: a letter, digit, symbol or punctuation (accents alone do not)."""
    return any(unicodedata.category(ch)[0] in "LNSP" for ch in value)


def checked(label: str | Message, value: str, limit: int, *, lines: bool = False,
            error: type[KnownError] = KnownError) -> str:
    """`value` stripped, or `error` saying what is wrong with it and how to put it right (in the
    reader's language: `label` is a Message naming the field, "first name" / "prénom")."""
    from kiosk.words import WORDS

    value = (value or "").strip()
    if len(value) > limit:
        raise error(WORDS("typed_too_long", label=label, length=len(value), most=limit))
    if problem(value, limit, lines=lines):
        raise error(WORDS("typed_control", label=label))
    return value


_TERMINAL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def for_terminal(text: str, *, json: bool = False) -> str:
    """`text` as a terminal may print it: control characters (an export's name holding ESC ] 0 ;,
    the one-byte CSI, a carriage return that hides what came before) and direction overrides are
    written as visible escapes (\\x1b, \\u202e); line breaks and tabs stay. With `json`, the
    text is JSON and each becomes the JSON escape \\u00XX: the data reads back the same."""
    if not _TERMINAL.search(text):
        return text

    def escape(found: re.Match) -> str:
        code = ord(found.group())
        return f"\\u{code:04x}" if json or code > 0xFF else f"\\x{code:02x}"

    return _TERMINAL.sub(escape, text)
