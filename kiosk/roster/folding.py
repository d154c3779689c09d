"""Text folding for search: case- and accent-insensitive ("José Ñúñez" -> "jose nunez").

Also the one rule for listing people as people read names (the desk's list, the exports, the
badge batches): by folded last name, then folded first name, so that Åberg sits among the A,
Ñúñez among the N and Łukasiewicz among the L, not after Z as a byte order puts them.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from functools import lru_cache

_SPECIAL = str.maketrans({"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ł": "l", "ı": "i", "þ": "th", "ð": "d"})
_COMBINING = re.compile("[" + "".join(
    chr(c) for c in range(0x300, 0x10000) if unicodedata.combining(chr(c))) + "]+")


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Lower-case, strip accents and collapse white space. Cached for the words that repeat (first
    names, companies): a 500,000-row import's unique surnames would only fill a larger cache."""
    if text.isascii():
        return " ".join(text.lower().split())
    text = unicodedata.normalize("NFKD", text.casefold())
    return " ".join(_COMBINING.sub("", text).translate(_SPECIAL).split())


def name_key(last: str, first: str) -> tuple[str, str]:
    """The sort key of a person in name order (folded last name, then folded first name)."""
    return fold(last), fold(first)


def name_order_sql(conn: sqlite3.Connection, table: str = "") -> str:
    """The ORDER BY terms of name order over `table`'s last_name, first_name and id (with its
    alias, e.g. "a"), as `name_key` sorts; registers the fold function on `conn` that they call."""
    conn.create_function("kiosk_fold", 1, fold, deterministic=True)
    t = f"{table}." if table else ""
    return f"kiosk_fold({t}last_name), kiosk_fold({t}first_name), {t}id"


def search_text(first: str, last: str, full: str, email: str, organization: str, code: str) -> str:
    """The folded text a roster search looks in; names first so that prefix ranking can use them."""
    if first.isascii() and last.isascii() and full.isascii() and organization.isascii():
        # The common case, once per row of a 500,000-row import: fold() without its cache lookups.
        f, la = " ".join(first.lower().split()), " ".join(last.lower().split())
        name = f"{f} {la}".strip()
        folded_full = " ".join(full.lower().split())
        ascii_parts = (f, la, folded_full if folded_full and folded_full != name else "", email.lower(),
                       " ".join(organization.lower().split()), code.lower())
        return " ".join(p for p in ascii_parts if p)
    parts = [fold(first), fold(last)]
    # Folding keeps the words apart, so a full name made of the parts folds to the parts: not folded again.
    if full and full != f"{first} {last}":
        folded_full = fold(full)
        if folded_full and folded_full != f"{parts[0]} {parts[1]}".strip():
            parts.append(folded_full)
    return " ".join(p for p in (*parts, email.lower(), fold(organization), code.lower()) if p)


def plain_enough(*texts: str) -> bool:
    """Whether `search_text` of these fields is SEARCH_TEXT_SQL's: printable ASCII without runs of
    spaces (the fields are stripped already), where folding is SQLite's lower() and nothing else."""
    joined = "|".join(texts)
    return joined.isascii() and joined.isprintable() and "  " not in joined


def _part(expression: str) -> str:
    return f"CASE WHEN {expression} <> '' THEN ' ' || {expression} ELSE '' END"


#: search_text in SQL over columns first_name, last_name, full_name, email, organization and code
#: (of the table aliased `{t}`), exact for fields that are `plain_enough` (a test compares them).
SEARCH_TEXT_SQL = ("ltrim(" + " || ".join([
    _part("lower({t}.first_name)"), _part("lower({t}.last_name)"),
    "CASE WHEN {t}.full_name <> '' AND lower({t}.full_name) <> trim(lower({t}.first_name) || ' ' || "
    "lower({t}.last_name)) THEN ' ' || lower({t}.full_name) ELSE '' END",
    _part("lower({t}.email)"), _part("lower({t}.organization)"), _part("lower({t}.code)")]) + ", ' ')")
