"""Which column holds what, judged by what the columns hold: the engine behind the import wizard.

`suggest_mapping(table)` looks at a table (a `readers.Table` or a list of rows) and answers, for
each attendee field, the two or three likeliest columns with a score and sample values, plus the
platform the file most likely comes from and how sure that is:

    s = suggest_mapping(table)
    s.platform, s.label, s.confidence        # "eventbrite", "Eventbrite", 0.9
    s.fields["email"][0]                      # Candidate(column="Votre courriel", index=3, score=0.97, ...)
    s.best("name")                            # the winner, or None when no column is convincing

A column's score mixes two kinds of evidence:
- its values: e-mail addresses, ticket codes of a known platform's shape (Tito `ti_…`, Hi.Events
  `A-XXXXXXX`, pretix secrets, Eventbrite barcodes, alf.io uuids, Luma check-in URLs), people's
  names (letters, one to four words), a handful of known status words, a few repeated ticket types;
- its title, read with multilingual word lists, so that a question in any language ("Jak masz na
  imię?", "Votre courriel", "Wie heißen Sie?") counts as a name or e-mail column.

Eventbrite files are also recognised by arithmetic, whatever their language: the barcode is the
order number, the attendee number and a 3-digit sequence written one after the other.

No Qt and no database here; parse.py uses the winners to read files nobody mapped, and the CLI
shows the candidates when it cannot decide.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from kiosk.roster import statuses as S
from kiosk.roster.folding import fold
from kiosk.roster.title_words import (
    CODE_WORDS as _CODE_WORDS, EMAIL_WORDS as _EMAIL_WORDS, FIRST_HINTS as _FIRST_HINTS, FIRST_WORDS as _FIRST_WORDS,
    FULL_WORDS as _FULL_WORDS, LAST_HINTS as _LAST_HINTS, LAST_WORDS as _LAST_WORDS, NAME_QUESTION as _NAME_QUESTION,
    NOT_A_PERSON as _NOT_A_PERSON, ORG_STEMS as _ORG_STEMS, ORG_WORDS as _ORG_WORDS, STATUS_WORDS as _STATUS_WORDS,
    TYPE_WORDS as _TYPE_WORDS, FIRST_ALONE, WHOLE_NAME_WITH_FIRST)
from kiosk.roster.words import WORDS
from kiosk.wording import Message, joined, verbatim

FIELDS = ("code", "first_name", "last_name", "name", "email", "organization", "ticket_type", "status", "void")
#: yes/no answers: a column of these is a flag, never a status column ("Annulé: oui" is not admitted)
BOOLEAN_WORDS = frozenset({"yes", "no", "oui", "non", "ja", "nein", "si", "sí", "sim", "não", "nao", "true",
                           "false", "1", "0", "x", "y", "n", "✓", "✔", "vrai", "faux", "wahr", "falsch", "nee"})
SAMPLE_ROWS = 300
CELL_BUDGET = 30_000
MAX_COLUMNS = 1000
MAX_CANDIDATES = 3
CONVINCING = 0.6

_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_EMAIL = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>]{2,}$")
_NAME_VALUE = re.compile(r"^[^\W\d_][^\W\d_ '’.\-]*(?:[ '’.\-]+[^\W\d_][^\W\d_'’.\-]*){0,4}\.?$", re.UNICODE)

# --- code shapes ---------------------------------------------------------------------------------

CODE_SHAPES: dict[str, re.Pattern[str]] = {
    "tito": re.compile(r"^(?:https?://)?(?:[\w.-]*ti\.to/\S*/)?ti_[A-Za-z0-9]{15,40}/?$"),
    "luma": re.compile(r"^(?:https?://)?(?:lu\.ma|luma\.com|www\.luma\.com)/check-in/\S*[?&]pk=\S+$"),
    "hievents": re.compile(r"^A-[A-Z0-9]{7}$"),
    "pretix": re.compile(r"^[abcdefghjkmnpqrstuvwxyz23456789]{12,64}$"),
    "eventbrite": re.compile(r"^\d{19,25}$"),
    "alfio": re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"),
    "humanitix": re.compile(r"^[0-9a-f]{24}$"),
    "tickettailor": re.compile(r"^[A-Za-z0-9]{5,8}$"),
}
_GENERIC_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_\-./:#=?&%+]{4,199}$")


@dataclass(frozen=True)
class Candidate:
    """A column that may hold a field: how likely (0-1), why, and what its values look like."""

    column: str
    index: int
    score: float
    samples: tuple[str, ...] = ()
    reason: Message = verbatim("")     # why, in the reader's language ("values are e-mail addresses; title fits")


@dataclass
class Suggestion:
    """What `suggest_mapping` found: per field, the likeliest columns (best first)."""

    platform: str = ""
    label: Message = verbatim("")            # the platform for people (kiosk/roster/words.py)
    confidence: float = 0.0
    header_row: int = 0
    columns: list[str] = field(default_factory=list)
    fields: dict[str, list[Candidate]] = field(default_factory=dict)
    evidence: Message | None = None          # how the platform was recognised
    # Eventbrite by arithmetic: column indices of order, attendee and barcode (-1 when absent)
    eventbrite_columns: tuple[int, int, int] = (-1, -1, -1)

    def best(self, name: str, minimum: float = CONVINCING) -> Candidate | None:
        """The convincing winner for a field, or None (nothing scores `minimum`, or two tie)."""
        found = self.fields.get(name) or []
        if not found or found[0].score < minimum:
            return None
        if len(found) > 1 and found[1].score >= found[0].score - 0.02 and found[1].score >= minimum:
            return None
        return found[0]

    def to_json(self) -> dict:
        return {"platform": self.platform, "label": str(self.label), "confidence": round(self.confidence, 2),
                "evidence": str(self.evidence or ""), "header_row": self.header_row + 1, "columns": self.columns,
                "fields": {f: [{"column": c.column, "score": round(c.score, 2), "samples": list(c.samples),
                                "reason": str(c.reason)} for c in cands] for f, cands in self.fields.items()}}


def title_key(text: str) -> str:
    """A column title as compared with the word lists: folded, punctuation gone, spaces collapsed."""
    return " ".join(_TOKEN.findall(fold(text.replace("*", " "))))


@lru_cache(maxsize=8192)
def title_scores(title: str) -> dict[str, float]:
    """field -> how strongly a column title says it holds that field (0-1). Cached: do not modify."""
    return _title_scores(title)


def _title_scores(title: str) -> dict[str, float]:
    key = title_key(title)
    words = set(key.split())
    scores: dict[str, float] = {}
    person = not (words & _NOT_A_PERSON)
    if key in _EMAIL_WORDS or words & {"email", "courriel", "correo", "mail", "emailadres"} or "e mail" in key:
        scores["email"] = 0.9
    if key in _FULL_WORDS:
        scores["name"] = 0.85
    elif key in _FIRST_WORDS:
        scores["first_name"] = 0.9
    elif key in _LAST_WORDS:
        scores["last_name"] = 0.9
    elif person and words & _FIRST_HINTS and words & WHOLE_NAME_WITH_FIRST:
        scores["name"] = 0.85          # "Prénom et nom", "Nom et prénom", "First and last name": the whole name
    elif person and (words & FIRST_ALONE or words & _FIRST_HINTS and words & (_NAME_QUESTION | {"name", "names"})):
        scores["first_name"] = 0.85
    elif person and words & _LAST_HINTS:
        scores["last_name"] = 0.85
    elif person and words & _NAME_QUESTION and not words & {"user", "username", "event", "file", "company"}:
        scores["name"] = 0.7
    if key in _ORG_WORDS or words & _ORG_WORDS or any(w.startswith(_ORG_STEMS) for w in words):
        scores["organization"] = 0.85
    if key in _TYPE_WORDS or (words & {"ticket", "billet", "biglietto", "ingresso", "entrada"} and
                              words & {"type", "typ", "tipo", "art", "soort", "category", "categorie"}):
        scores["ticket_type"] = 0.85
    if key in _STATUS_WORDS or words & {"status", "statut", "estado", "stato"}:
        scores["status"] = 0.85
    if key in _CODE_WORDS or words & {"barcode", "qr", "secret", "ticketcode", "codigo", "codice"} or \
            (words & {"code", "codes"} and not words & {"postal", "zip", "promo", "discount", "voucher", "country"}):
        scores["code"] = 0.8
    return scores


# --- values ---------------------------------------------------------------------------------------

def _share(values: Sequence[Any], test: Callable[[Any], bool]) -> float:
    if not values:
        return 0.0
    return sum(1 for v in values if test(v)) / len(values)


def _is_name(value: str) -> bool:
    return "@" not in value and len(value) <= 60 and _NAME_VALUE.match(value) is not None


def code_shape(values: list[str]) -> tuple[str, float]:
    """(platform, share) for the platform whose code shape most values have."""
    best, best_share = "", 0.0
    for platform, pattern in CODE_SHAPES.items():
        share = sum(1 for v in values if pattern.match(v)) / len(values) if values else 0.0
        if share > best_share + 1e-9:
            best, best_share = platform, share
    return best, best_share


def _value_scores(values: list[str]) -> dict[str, tuple[float, Message]]:
    """field -> (score, reason) judged from the non-empty values of one column."""
    out: dict[str, tuple[float, Message]] = {}
    if not values:
        return out
    n = len(values)
    distinct = len(set(values))
    unique_ratio = distinct / n
    email_share = _share(values, lambda v: _EMAIL.match(v) is not None)
    if email_share >= 0.6:
        out["email"] = (0.55 + 0.45 * email_share, WORDS("values_emails"))
    name_share = _share(values, _is_name)
    if name_share >= 0.7 and email_share < 0.2:
        words = sum(len(v.split()) for v in values) / n
        capital = _share(values, lambda v: v[:1].isupper() or not v[:1].isascii())
        base = 0.35 + 0.35 * name_share * (0.5 + 0.5 * capital)
        if unique_ratio < 0.3 and n >= 8:
            base -= 0.25        # a handful of repeated words is a category, not people
        if words >= 1.6:
            out["name"] = (base + 0.1, WORDS("values_full_names"))
        else:
            out["first_name"] = (base, WORDS("values_names"))
            out["last_name"] = (base - 0.02, WORDS("values_names"))
    platform, shape_share = code_shape(values)
    if shape_share >= 0.8 and unique_ratio >= 0.9 and platform not in ("tickettailor",):
        out["code"] = (0.75 + 0.2 * shape_share, WORDS("values_code_shape", platform=platform))
    elif _share(values, lambda v: _GENERIC_CODE.match(v) is not None and any(c.isdigit() for c in v)) >= 0.9 \
            and unique_ratio >= 0.98 and n >= 2:
        out["code"] = (0.45, WORDS("values_unique_codes"))
    flags = {v.casefold() for v in values} <= BOOLEAN_WORDS
    known = 0.0
    if distinct <= 12 and not flags:
        known_words = {v: S.read_status(v) is not None for v in set(values)}
        known = _share(values, known_words.__getitem__)
    if known >= 0.9 and distinct <= 12:
        out["status"] = (0.6 + 0.35 * known, WORDS("values_status_words"))
    if distinct <= max(12, n // 3) and distinct < n and email_share < 0.1 and \
            _share(values, lambda v: not v.replace(".", "").replace(",", "").isdigit()) >= 0.9:
        avg_len = sum(len(v) for v in values) / n
        if avg_len <= 60 and known < 0.5:
            out["ticket_type"] = (0.35, WORDS("values_repeated"))
            out["organization"] = (0.3, WORDS("values_repeated"))
    return out


_ORG_MARKERS = re.compile(r"\b(inc|ltd|llc|gmbh|ag|sa|sas|sarl|srl|spa|bv|nv|plc|co|corp|foundation|fondation|"
                          r"stiftung|fundacion|fundacja|fundacao|fondazione|stichting|association|verein|universit\w*|"
                          r"uniwersytet|universidad\w*|college|institute|institut\w*|politechnika|hochschule|"
                          r"ministry|ministere|hospital|hopital|school|ecole|network|group|groupe|centre|center|"
                          r"ville|city|stadt|stadtwerke|mairie|bank|banque)\b", re.IGNORECASE)


def _org_bonus(values: list[str]) -> float:
    share = _share(values, lambda v: _ORG_MARKERS.search(fold(v)) is not None)
    return 0.3 * share


# --- the table ------------------------------------------------------------------------------------

def _rows(table) -> list[list[str]]:
    return table.rows if hasattr(table, "rows") else list(table)


def _guess_header(rows: list[list[str]]) -> int:
    from kiosk.roster import profiles as P

    for i, row in enumerate(rows[:P.HEADER_SEARCH_ROWS]):
        if P.looks_like_header(row):
            return i
    for i, row in enumerate(rows[:P.HEADER_SEARCH_ROWS]):
        filled = [c for c in row if c.strip()]
        if len(filled) >= 2 and not any(_EMAIL.match(c.strip()) for c in filled):
            return i
    return 0


def suggest_mapping(table, header_row: int | None = None, sample_rows: int = SAMPLE_ROWS) -> Suggestion:
    """The likeliest columns for every field, and the platform the file most likely comes from."""
    rows = _rows(table)
    if not rows:
        return Suggestion()
    at = _guess_header(rows) if header_row is None else header_row
    header = [" ".join(c.replace("\ufeff", "").split()) for c in rows[at]]
    width = max([len(header)] + [len(r) for r in rows[at + 1:at + 1 + sample_rows]])
    # about CELL_BUDGET cells are judged whatever the file's width: a 2,000-column sheet stays quick
    sample_rows = max(20, min(sample_rows, CELL_BUDGET // max(min(width, MAX_COLUMNS), 1)))
    header += [""] * (width - len(header))
    data = [r + [""] * (width - len(r)) for r in rows[at + 1:at + 1 + sample_rows] if any(c.strip() for c in r)]
    columns = [h or f"Column {i + 1}" for i, h in enumerate(header)]
    per_field: dict[str, list[Candidate]] = {f: [] for f in FIELDS}
    values_by_column: list[list[str]] = []
    titles = [dict(title_scores(h)) if h and i < MAX_COLUMNS else {} for i, h in enumerate(header)]
    for i, h in enumerate(header[:MAX_COLUMNS]):
        refusal = S.read_status(h) if h and len(h) <= 40 else None
        if refusal is not None and not refusal.admitted:
            titles[i]["void"] = 0.9       # "Annulé", "Storniert", "Void": a yes/no flag that refuses
    if any("first_name" in t for t in titles):
        # French lists ask "Prénom" and "Nom": there "Nom" is the family name
        for i, h in enumerate(header):
            if title_key(h) == "nom":
                titles[i] = {"last_name": 0.9}
    for i, title in enumerate(columns):
        if i >= MAX_COLUMNS:          # a registration export has dozens of columns; beyond this, none is judged
            values_by_column.append([])
            continue
        values = [r[i].strip() for r in data if r[i].strip()]
        values_by_column.append(values)
        by_title = titles[i]
        by_value = _value_scores(values)
        if "void" in by_title and values and not {v.casefold() for v in values} <= BOOLEAN_WORDS | {""}:
            by_title = {k: v for k, v in by_title.items() if k != "void"}     # not a yes/no column after all
        samples = tuple(dict.fromkeys(v[:40] for v in values))[:3]
        for name in FIELDS:
            t = by_title.get(name, 0.0)
            v, why = by_value.get(name, (0.0, None))
            if name == "organization" and (t or v):
                v += _org_bonus(values)
            if not values:
                score = t * 0.5
            elif t and v:
                score = min(1.0, 0.55 * t + 0.45 * v + 0.15)
            elif t and name == "void":
                score = t
            elif t:
                # the title says so but the values disagree: believable only for free-text fields
                plausible = name in ("organization", "ticket_type", "name", "first_name", "last_name")
                score = t * (0.7 if plausible else 0.45)
            else:
                score = v
            if name in ("first_name", "last_name", "name"):
                if "email" in by_value:
                    score *= 0.3
                elif not t and (set(by_title) & {"organization", "ticket_type", "status", "code", "email"}
                                or _org_bonus(values) >= 0.09):
                    score *= 0.5      # the title or the values say it is something else than a person
            if score > 0.2:
                reason = joined([x for x in (why, WORDS("title_fits") if t else None) if x is not None])
                per_field[name].append(Candidate(title, i, round(score, 3), samples, reason))
    for name in FIELDS:
        per_field[name].sort(key=lambda c: (-c.score, c.index))
        per_field[name] = per_field[name][:MAX_CANDIDATES]
    suggestion = Suggestion(header_row=at, columns=columns, fields=per_field)
    _platform(suggestion, rows, at, values_by_column)
    return suggestion


def _platform(s: Suggestion, rows: list[list[str]], at: int, values: list[list[str]]) -> None:
    from kiosk.roster import profiles as P

    keys = {P.normalise_header(c) for c in rows[at] if c.strip()}
    first = P.normalise_header(rows[at][0]) if rows[at] else ""
    for profile in P.DETECTABLE:
        if profile.matches(keys, first):
            s.platform, s.label, s.confidence = profile.platform, P.label_words(profile), 1.0
            s.evidence = WORDS("evidence_titles")
            break
    order, attendee, barcode = eventbrite_by_arithmetic(values)
    s.eventbrite_columns = (order, attendee, barcode)
    if s.platform:
        return
    eventbrite_words = {k for k in S.PLATFORM_TABLES["eventbrite"]} | {"info requested"}
    said_by_eventbrite = any(col and _share(col, lambda v: S.status_key(v) in eventbrite_words) >= 0.5
                             for col in values)
    if barcode >= 0 or (order >= 0 and attendee >= 0 and said_by_eventbrite):
        # two id columns alone could be any system's: without barcodes, Eventbrite's own words must show too
        s.platform, s.label = "eventbrite", P.label_words(P.EVENTBRITE)
        s.confidence = 0.9 if barcode >= 0 else 0.7
        s.evidence = WORDS("evidence_eventbrite_barcodes" if barcode >= 0 else "evidence_eventbrite_numbers")
        return
    code = s.fields.get("code") or []
    if code:
        platform, share = code_shape(values[code[0].index])
        if share >= 0.8 and platform in ("tito", "luma", "hievents", "pretix", "alfio", "humanitix"):
            s.platform = platform
            s.label = verbatim({"tito": "Tito", "luma": "Luma", "hievents": "Hi.Events", "pretix": "pretix",
                                "alfio": "alf.io", "humanitix": "Humanitix"}[platform])
            s.confidence = 0.8 if platform != "pretix" else 0.7
            s.evidence = WORDS("evidence_code_shape", label=s.label)


def eventbrite_by_arithmetic(values: list[list[str]]) -> tuple[int, int, int]:
    """(order, attendee, barcode) column indices found from the values alone; -1 where absent.

    Eventbrite's barcode is order number + attendee number + a 3-digit sequence, so a column
    whose values are the concatenation of two other columns' values (plus three digits) names all
    three. Without barcodes, an order column (9-12 digits, repeats allowed) next to an attendee
    column (9-12 digits, unique) is the weaker Eventbrite sign.
    """
    numeric = [i for i, col in enumerate(values)
               if col and _share(col, lambda v: v.isdigit() and v.isascii() and 9 <= len(v) <= 25) >= 0.9]
    long_cols = [i for i in numeric if _share(values[i], lambda v: len(v) >= 19) >= 0.9][:4]
    ids = [i for i in numeric if i not in long_cols][:8]     # bounded: a wide file of numbers stays quick
    for b in long_cols:
        for o in ids:
            for a in ids:
                if a == o:
                    continue
                pairs = list(zip(values[o], values[a], values[b]))
                if pairs and _share(pairs, lambda t: t[2][:-3] == t[0] + t[1]) >= 0.8:
                    return o, a, b
    if len(ids) >= 2:
        for o in ids:
            for a in ids:
                if a != o and len(set(values[a])) == len(values[a]) and len(set(values[o])) < len(values[o]) \
                        and all(10 <= len(v) <= 12 for v in values[o] + values[a]):
                    return o, a, -1
    return -1, -1, -1


def describe(s: Suggestion, wanted: tuple[str, ...] = ("name", "first_name", "last_name", "email", "code")) -> str:
    """The CLI's words for the likeliest columns: 'name: "Participant" (e.g. Ana Lima, Bo Kim)'."""
    parts = []
    for name in wanted:
        cands = s.fields.get(name) or []
        if not cands:
            continue
        shown = ", ".join(f'"{c.column}"' + (f" (e.g. {', '.join(c.samples[:2])})" if c.samples else "")
                          for c in cands[:MAX_CANDIDATES])
        parts.append(f"{name}: {shown}")
    return "; ".join(parts)
