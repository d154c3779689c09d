"""Which platform wrote an export: the profiles in detection order, a platform by the name a person
types, and the header row a profile recognises.

`find_header` looks through the first rows of a table for a header a profile recognises
(Zoom-style reports put metadata above the real header); the generic "spreadsheet" profile reads
columns literally named like the fields. The `Profile` type is in export_profile.py, the
platforms' column titles in profiles_ticket_shops.py and profiles_sign_ups.py.
"""

from __future__ import annotations

import re

from kiosk.errors import ImportRefused
from kiosk.roster.export_profile import FALSY, Profile, normalise_header  # noqa: F401 (FALSY: parse.py reads it here)
from kiosk.roster.profiles_sign_ups import GOOGLE_FORMS, INDICO, MEETUP, SESSIONIZE, SPREADSHEET, ZOOM
from kiosk.roster.profiles_ticket_shops import (
    ALFIO,
    EVENTBRITE,
    HI_EVENTS,
    HUMANITIX,
    LUMA,
    PRETIX_CHECKIN,
    PRETIX_CODES,
    PRETIX_POSITIONS,
    TICKET_TAILOR_ORDERS,
    TICKET_TAILOR_TICKETS,
    TITO,
)
from kiosk.roster.words import WORDS
from kiosk.wording import Message

HEADER_SEARCH_ROWS = 40

#: Detection order matters: the more specific signatures first.
DETECTABLE = (EVENTBRITE, TITO, PRETIX_POSITIONS, PRETIX_CHECKIN, PRETIX_CODES, LUMA, HI_EVENTS, ALFIO,
              SESSIONIZE, ZOOM, MEETUP, TICKET_TAILOR_ORDERS, TICKET_TAILOR_TICKETS, INDICO, GOOGLE_FORMS)

PLATFORMS: dict[str, tuple[Profile, ...]] = {}
for _profile in DETECTABLE + (HUMANITIX, SPREADSHEET):
    PLATFORMS.setdefault(_profile.platform, ())
    PLATFORMS[_profile.platform] += (_profile,)

_PLATFORM_ALIASES = {
    "titoio": "tito", "lumacom": "luma", "lma": "luma", "hievent": "hievents", "tt": "tickettailor",
    "google": "googleforms", "forms": "googleforms", "googleform": "googleforms", "gforms": "googleforms",
    "generic": "spreadsheet", "csv": "spreadsheet", "xlsx": "spreadsheet", "excel": "spreadsheet",
    "custom": "spreadsheet", "sheet": "spreadsheet", "zoomwebinar": "zoom", "pretixcheckin": "pretix",
    "alf": "alfio", "alfo": "alfio", "alfioevent": "alfio", "speakers": "sessionize", "pretixcodes": "pretix",
}


def label_words(profile: Profile) -> Message:
    """The profile's name for people, in the reader's language ("pretix order positions")."""
    return WORDS(f"label_{profile.name}")


def platform_profiles(platform: str | None) -> tuple[Profile, ...] | None:
    """The profiles for a platform name as a person types it; None for "auto"."""
    if platform is None:
        return None
    word = re.sub(r"[^0-9a-z]", "", platform.casefold())
    if word in ("", "auto", "detect"):
        return None
    word = _PLATFORM_ALIASES.get(word, word)
    if word not in PLATFORMS:
        raise ImportRefused(WORDS("unknown_platform", platform=platform, known=tuple(sorted(PLATFORMS))))
    return PLATFORMS[word]


def find_header(rows: list[list[str]], wanted: tuple[Profile, ...] | None = None,
                mapped_columns: list[str] | None = None) -> tuple[int, Profile, bool]:
    """(row index of the header, the profile to read it with, whether the profile's signature matched)."""
    candidates = tuple(p for p in (wanted or DETECTABLE) if p is not SPREADSHEET)
    best: tuple[int, int, Profile] | None = None
    limit = min(len(rows), HEADER_SEARCH_ROWS)
    normalised: list[list[str]] = []
    for i in range(limit):
        keys = [normalise_header(c) for c in rows[i]]
        normalised.append(keys)
        present = {k for k in keys if k}
        if not present:
            continue
        for profile in candidates:
            if profile.matches(present, keys[0]):
                score = len(present)
                if best is None or score > best[0]:
                    best = (score, i, profile)
                break
    if best is not None:
        return best[1], best[2], True
    fallback = wanted[0] if wanted else SPREADSHEET
    if mapped_columns:
        needed = {normalise_header(c) for c in mapped_columns}
        for i, keys in enumerate(normalised):
            if needed <= set(keys):
                return i, fallback, False
    readers = (fallback, SPREADSHEET) if fallback is not SPREADSHEET else (SPREADSHEET,)
    for wanted_fields in (("name", "first_name", "last_name"), ("email", "code")):
        for i, keys in enumerate(normalised):
            for profile in readers:
                found = profile.resolve(keys)
                if any(f in found for f in wanted_fields):
                    return i, fallback, False
    for i, keys in enumerate(normalised):
        if any(keys):
            return i, fallback, False
    return 0, fallback, False


def looks_like_header(cells: list[str]) -> bool:
    """True if a row is a header some profile (or the generic aliases) recognises."""
    keys = [normalise_header(c) for c in cells]
    present = {k for k in keys if k}
    if not present:
        return False
    if any(p.matches(present, keys[0]) for p in DETECTABLE):
        return True
    found = SPREADSHEET.resolve(keys)
    return any(f in found for f in ("name", "first_name", "last_name"))
