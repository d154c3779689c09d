"""The one rule for a person's name in parts: splitting a typed or exported full name, joining parts.

Used by imports (an export with one name column), walk-ins (a name typed in the desk's search),
desk corrections, the kiosk's greeting, forgot-ticket lookups and mail-merge files.
- Latin-script names split on the last space: "Mary Ann Smith" -> ("Mary Ann", "Smith"), except that
  the particles before a surname belong to it: "Siobhán Ní Bhriain" -> ("Siobhán", "Ní Bhriain"),
  "Ludwig van Beethoven", "María de la Cruz", "Ahmad bin Ismail" likewise. The first word always
  stays the first name ("Van Morrison" -> ("Van", "Morrison")).
- Chinese, Japanese and Korean names stay whole (which part is the family name cannot be told from
  the text); joined from parts, the family name comes first, unspaced: ("小明", "王") -> "王小明".
"""

from __future__ import annotations

import re

_CJK = re.compile("[\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002fa1f]")


def is_cjk(text: str) -> bool:
    """True if the text holds Chinese, Japanese or Korean characters (names kept whole, family first)."""
    return not text.isascii() and _CJK.search(text) is not None


#: Words that open a surname (compared without case): Irish and Scottish (Ní, Nic, Ó, Mac, Mc, Uí, Mhic),
#: Dutch, German, Flemish (van, von, der, den, ter, ten, te, op), Romance (de, da, di, del, della, dei,
#: degli, des, du, dos, das, do, la, le, lo), Arabic and Malay (al, el, bin, binti, bint, ibn).
SURNAME_PARTICLES = frozenset("""
    ní nic ó o uí ui mhic mac mc giolla
    van von der den ter ten te op vander
    de da di del della delle dei degli des du dos das do la le lo
    al el bin binti bint ibn
""".split())
#: Particles only when written in lower case: capitalised, they are given names ("John Ben Smith").
LOWER_CASE_PARTICLES = frozenset({"ben", "abu"})


def _is_particle(word: str) -> bool:
    if word in LOWER_CASE_PARTICLES:
        return True
    word = word.casefold().rstrip("-")
    return word in SURNAME_PARTICLES


def split_name(full: str) -> tuple[str, str]:
    """(first, last) from a full name: on the last space for Latin names, the particles before the
    surname going with it; CJK names stay whole."""
    words = full.split()
    if is_cjk(full) or len(words) < 2:
        return " ".join(words), ""
    start = len(words) - 1
    while start > 1 and _is_particle(words[start - 1]):
        start -= 1
    return " ".join(words[:start]), " ".join(words[start:])


def surname_core(last: str) -> str:
    """The surname without the particles that open it ("Ní Bhriain" -> "Bhriain"); itself if all particles."""
    words = last.split()
    while len(words) > 1 and _is_particle(words[0]):
        words.pop(0)
    return " ".join(words)


def join_name(first: str, last: str) -> str:
    """The full name from its parts: family name first, unspaced, when both parts are CJK."""
    first, last = first.strip(), last.strip()
    if first and last and is_cjk(first) and is_cjk(last):
        return last + first
    return f"{first} {last}".strip()


def first_name_of(person: dict) -> str:
    """What a kiosk may greet: the first name, never more."""
    if person.get("first_name"):
        return person["first_name"]
    return split_name(person.get("full_name") or "")[0]


#: The most characters of a first name a kiosk greets with: "Bienvenue, <name> !" stays on one line at
#: 1366 pixels, so an unbroken name from an export cannot push the door's screen wider than itself.
GREETING_CHARS = 24


def _greetable(name: str) -> str:
    """A name as a kiosk at a public door may show it: one line (a line break in an export's name
    would show a second message), no control or direction characters, at most GREETING_CHARS
    characters (cut with an ellipsis); "" when nothing visible is left (the kiosk says "Welcome!")."""
    from kiosk.typed_text import CONTROL, visible

    name = " ".join(CONTROL.sub("", name).split())
    if not visible(name):
        return ""
    return name if len(name) <= GREETING_CHARS else name[:GREETING_CHARS - 1].rstrip() + "\u2026"


def last_name_of(person: dict) -> str:
    """The family name as recorded, else as the full name gives it (a CJK name: the whole name)."""
    if person.get("last_name"):
        return person["last_name"]
    first, last = split_name(person.get("full_name") or "")
    return last or first


def guest_words(person: dict):
    """For a ticket whose holder is not named yet (Eventbrite "Info Requested", `details_missing`):
    "Guest of <buyer>" as a Message to word in the reader's language; None for anyone with a name.
    The buyer's name is data (`guest_of`), never stored in a language."""
    if person.get("full_name") or person.get("first_name") or person.get("last_name"):
        return None
    buyer = (person.get("guest_of") or "").strip()
    if not buyer and not person.get("details_missing"):
        return None
    from kiosk.roster.words import WORDS

    return WORDS("guest_of", buyer=buyer) if buyer else WORDS("guest")


#: The code a purge that keeps counts gives each person (kiosk/reports/purge.py): `purged-<id>`.
PURGED_CODE_PREFIX = "purged-"


def display_name(person: dict, lang: str = "en") -> str:
    """The name to show: the full name, else the parts joined, else "Guest of <buyer>" in `lang` for a
    holder not named yet, else "(personal data deleted)" for a person a purge kept as a count, else the code."""
    name = person.get("full_name") or join_name(person.get("first_name") or "", person.get("last_name") or "")
    if name:
        return name
    guest = guest_words(person)
    if guest is not None:
        return guest.text(lang)
    code = person.get("code", "")
    if code.startswith(PURGED_CODE_PREFIX):
        from kiosk.roster.words import WORDS

        return WORDS("personal_data_deleted").text(lang)
    return code


def greeting_name(person: dict, lang: str = "en") -> str:
    """What the kiosk may greet in `lang`: the first name; for a holder not named yet "Guest of <the
    buyer's first name>" (never the buyer's family name at a public door)."""
    first = _greetable(first_name_of(person))
    if first or person.get("full_name") or person.get("first_name") or person.get("last_name"):
        return first
    guest = guest_words(person)
    if guest is None:
        return ""
    buyer = _greetable(split_name(guest.values.get("buyer", ""))[0])
    if not buyer:                                   # "Guest", when the buyer's name shows nothing
        guest = guest_words({"details_missing": 1})
    return guest.with_params(buyer=buyer).text(lang) if buyer else guest.text(lang) if guest else ""
