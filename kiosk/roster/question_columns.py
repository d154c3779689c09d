"""Which columns of a form hold the name, first and last name, organisation, e-mail and pronouns,
read from the wording of its questions in any language (Google Forms and other free-form headers).
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W_]+")
_PRONOUN_WORDS = {"pronouns", "pronoun", "pronoms", "pronombres", "pronomen", "pronomi", "pronomes",
                  "voornaamwoorden", "zaimki"}
_GUESSED = ("first_name", "last_name", "name", "organization", "email")
GUESSED_COLUMNS = 300     # question wording is read in the first columns only: a hostile 16,384-wide row stays quick


def guess_columns(keys: list[str]) -> dict[str, int]:
    """Name, first/last name, organisation, e-mail and pronoun columns from question wording, any language."""
    from kiosk.roster.detect import title_scores

    found: dict[str, int] = {}
    for i, key in enumerate(keys[:GUESSED_COLUMNS]):
        if not key:
            continue
        if set(_WORD.findall(key)) & _PRONOUN_WORDS:
            found.setdefault("pronouns", i)
            continue
        scores = {f: v for f, v in title_scores(key).items() if f in _GUESSED}
        if scores:
            best = max(scores, key=lambda f: (scores[f], -_GUESSED.index(f)))
            found.setdefault(best, i)
    return found
