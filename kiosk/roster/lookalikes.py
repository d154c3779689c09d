"""Who a walk-in may already be: registered attendees whose e-mail or name fits what the desk typed.

Before creating anyone, the desk asks "Is this José Ñúñez from Centre francophone?" for each
match. Matching, most certain first:
    email         the same e-mail address (case ignored)
    same_name     the same name, accents, case and word order ignored ("nunez jose" = "José Ñúñez")
    similar_name  a name a typo or an initial away: every typed word is close to a word of the
                  name (a one- or two-letter slip in words of five letters or more), a short form
                  ("Dan" for Daniel), or an initial stands for a first name ("J. Nunez")
A single typed word matches only a one-word name (a mononym, a CJK name): "Ann" alone would match
half the room. Cancelled registrations are matched too (their status is shown: the person may
have been refunded and come anyway).

Only candidates sharing a word with the typed name are scored, so a walk-in costs one indexed
e-mail lookup and one scan of the roster's search text, whatever the roster's size.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from kiosk.roster.folding import fold
from kiosk.roster.names import join_name
from kiosk.store.database import EventDB

EMAIL, SAME_NAME, SIMILAR_NAME = "email", "same_name", "similar_name"
_RANK = {EMAIL: 0, SAME_NAME: 1, SIMILAR_NAME: 2}
MAX_CANDIDATES = 2000
MAX_QUERY_WORDS = 8


@dataclass(frozen=True)
class Lookalike:
    attendee: dict        # the attendee row (id, code, names, email, organization, ticket_type, status, ...)
    why: str              # EMAIL, SAME_NAME or SIMILAR_NAME
    score: float          # 1.0 for e-mail and same name; the name similarity otherwise

    def as_dict(self) -> dict:
        from kiosk.roster.attendees import public

        return {"attendee": public(self.attendee), "why": self.why, "score": round(self.score, 3),
                "question": self.question("en"), "question_fr": self.question("fr")}

    def question(self, lang: str = "en") -> str:
        """ "Is this José Ñúñez from Centre francophone?" / "Est-ce José Ñúñez (Centre francophone) ?" """
        from kiosk.roster.names import display_name

        name = display_name(self.attendee)
        org = (self.attendee.get("organization") or "").strip()
        if lang == "fr":
            return f"Est-ce {name} ({org}) ?" if org else f"Est-ce {name} ?"
        return f"Is this {name} from {org}?" if org else f"Is this {name}?"


def _words(text: str) -> list[str]:
    return [w for w in fold(text).replace(".", " ").replace(",", " ").replace("-", " ").split() if w]


def _close(typed: str, known: str) -> bool:
    """One word a slip away from another (initials stand for a name)."""
    if typed == known:
        return True
    if len(typed) == 1:
        return known.startswith(typed)          # an initial
    if len(typed) >= 3 and known.startswith(typed):
        return True                             # a short form: Dan for Daniel, Ann for Anne
    if min(len(typed), len(known)) < 5:
        return False
    allowed = 1 if max(len(typed), len(known)) < 8 else 2
    ratio = SequenceMatcher(None, typed, known).ratio()
    return ratio >= 1 - allowed / max(len(typed), len(known)) - 1e-9 and abs(len(typed) - len(known)) <= allowed


def name_match(typed: str, first: str, last: str, full: str) -> tuple[str | None, float]:
    """(SAME_NAME or SIMILAR_NAME or None, similarity) of a typed name against one attendee's."""
    typed_words = _words(typed)
    name_words = _words(full or join_name(first, last))
    if not typed_words or not name_words:
        return None, 0.0
    if len(typed_words) == 1 and len(name_words) > 1:
        return None, 0.0
    if sorted(typed_words) == sorted(name_words):
        return SAME_NAME, 1.0
    if len(typed_words) > len(name_words) + 1:
        return None, 0.0
    remaining = list(name_words)
    for word in sorted(typed_words, key=len, reverse=True):
        found = next((w for w in remaining if _close(word, w)), None)
        if found is None:
            return None, 0.0
        remaining.remove(found)
    if len(remaining) > 1 or all(len(w) == 1 for w in typed_words):
        return None, 0.0
    score = SequenceMatcher(None, " ".join(typed_words), " ".join(name_words)).ratio()
    return SIMILAR_NAME, score


def find_lookalikes(db: EventDB, *, name: str = "", first_name: str = "", last_name: str = "", email: str = "",
                    limit: int = 5) -> list[Lookalike]:
    """Registered attendees who may be the person the desk is about to add (best first)."""
    from kiosk.roster.attendees import _SELECT

    typed_name = " ".join(name.split()) or join_name(first_name, last_name)
    email = email.strip()
    found: dict[int, Lookalike] = {}
    if email and "@" in email:
        rows = db.query(_SELECT + "WHERE a.email = ?", (email,))          # the index, for the usual case
        if not rows:
            rows = db.query(_SELECT + "WHERE a.email = ? COLLATE NOCASE", (email,))
        for row in rows:
            found[row["id"]] = Lookalike(row, EMAIL, 1.0)
    # Candidates share a word with the typed name (name_match then wants every typed word): the
    # longest few words are enough to find them, whatever was typed (40,000 words made a query
    # deeper than SQLite allows).
    words = sorted({w for w in _words(typed_name) if len(w) >= 2}, key=lambda w: (-len(w), w))[:MAX_QUERY_WORDS]
    if words:
        clauses = " OR ".join("a.search_text LIKE ? ESCAPE '\\'" for _ in words)
        # A LIKE pattern over 50,000 bytes is an SQLite error: candidates are found by a word's first
        # 200 characters (name_match then judges the whole name).
        params = ["%" + w[:200].replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%" for w in words]
        rows = db.query(_SELECT + f"WHERE {clauses} LIMIT {MAX_CANDIDATES}", params)
        for row in rows:
            if row["id"] in found:
                continue
            why, score = name_match(typed_name, row["first_name"], row["last_name"], row["full_name"])
            if why:
                found[row["id"]] = Lookalike(row, why, score)
    ordered = sorted(found.values(), key=lambda m: (_RANK[m.why], -m.score, m.attendee["status"] != "active",
                                                    fold(m.attendee["last_name"]), m.attendee["id"]))
    return ordered[:limit]
