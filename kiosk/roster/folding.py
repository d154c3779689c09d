"""Text folding for search: case- and accent-insensitive ("José Ñúñez" -> "jose nunez")."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_SPECIAL = str.maketrans({"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ł": "l", "ı": "i", "þ": "th", "ð": "d"})


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Lower-case, strip accents and collapse white space."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.translate(_SPECIAL).split())


def search_text(first: str, last: str, full: str, email: str, organization: str, code: str) -> str:
    """The folded text a roster search looks in; names first so that prefix ranking can use them."""
    names = " ".join(dict.fromkeys(p for p in (first, last, full) if p))
    return fold(" ".join([names, email, organization, code]))
