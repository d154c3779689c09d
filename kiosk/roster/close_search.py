"""The desk's second chance: when every typed word is not found as typed, names spelt close to it.

A volunteer types "sioban" for Siobhán, "okafr" for Okafor: the exact search (kiosk/roster/search.py)
finds nobody. `close_search(index, text, limit)` then takes each typed word that matches nowhere and
looks for the words of the roster (names, organisations; not emails or codes) within a small edit
distance of it (a letter dropped, added, changed, or two letters swapped is one edit): one edit for a
word of 4 or 5 letters, two from 6 letters; a word of 3 letters or fewer, or one with a digit or an @
(a code, an email), is never guessed. People whose entry holds every typed word, as typed or as one
of its close words, are listed, the closest spelling first, then in name order; anyone one edit away
hides those two edits away.

The words are taken from the index's own text once per roster version (a split in C); the
distances are computed by rapidfuzz, which compares one word with 100,000 others in milliseconds
(a Python edit distance would take seconds). The caller says that these are not exact matches.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kiosk.roster.folding import fold

if TYPE_CHECKING:
    from kiosk.roster.search import RosterSearch

#: The shortest word that is guessed at, and the edits allowed by length.
SHORTEST = 4
CANDIDATES_PER_WORD = 40


def allowed_edits(word: str) -> int:
    """How many edits a typed word may be from a roster word: none for a short word, a code or an email."""
    if len(word) < SHORTEST or "@" in word or any(c.isdigit() for c in word):
        return 0
    return 1 if len(word) <= 5 else 2


def close_words(index: RosterSearch, word: str) -> list[tuple[str, int]]:
    """Roster words within the allowed edits of `word` (not itself), closest first."""
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    edits = allowed_edits(word)
    if not edits:
        return []
    found = process.extract(word, index.words(), scorer=OSA.distance, score_cutoff=edits,
                            limit=CANDIDATES_PER_WORD)
    return sorted(((w, int(d)) for w, d, _i in found if w != word), key=lambda wd: (wd[1], wd[0]))


def close_search(index: RosterSearch, text: str, limit: int = 200) -> list[int]:
    """Attendee ids whose entry holds every typed word or a close spelling of it (see the docstring)."""
    words = list(dict.fromkeys(fold(text).split()))
    if not words:
        return []
    exact = [w for w in words if index.contains(w)]
    guessed = [w for w in words if w not in exact]
    if not guessed:
        return []           # each word is somewhere, only not together: no spelling to forgive
    alternatives: dict[str, list[tuple[bytes, int]]] = {}
    for word in guessed:
        close = close_words(index, word)
        if not close:
            return []
        alternatives[word] = [(b" " + w.encode("utf-8") + b" ", d) for w, d in close]     # whole words
    exact_bytes = [w.encode("utf-8") for w in exact]

    def distance(entry: bytes) -> int | None:
        if not all(w in entry for w in exact_bytes):
            return None
        total = 0
        for options in alternatives.values():
            best = min((d for needle, d in options if needle in entry), default=None)
            if best is None:
                return None
            total += best
        return total

    driver = min(alternatives.values(), key=len)
    scored: dict[int, int] = {}
    for tier in (1, 2):                 # one edit first: most typos are one, and one pass finds them all
        needles = [needle for needle, d in driver if d <= tier]
        if scored:
            break
        if not needles:
            continue
        pattern = re.compile(b"|".join(re.escape(needle) for needle in needles))
        for i in index.entries_matching(pattern, limit * 4):
            found = distance(index.entry(i))
            if found is not None:
                scored[i] = found
    ranked = sorted(scored, key=lambda i: (scored[i], i))        # entry numbers are in name order
    return [index.id_of(i) for i in ranked[:limit]]
