"""The one rule for a person's name in parts: splitting a typed or exported full name, joining parts.

Used by imports (an export with one name column), walk-ins (a name typed in the desk's search),
desk corrections, the kiosk's greeting, forgot-ticket lookups and mail-merge files.
- Latin-script names split on the last space: "Mary Ann Smith" -> ("Mary Ann", "Smith").
- Chinese, Japanese and Korean names stay whole (which part is the family name cannot be told from
  the text); joined from parts, the family name comes first, unspaced: ("小明", "王") -> "王小明".
"""

from __future__ import annotations

import re

_CJK = re.compile("[\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002fa1f]")


def is_cjk(text: str) -> bool:
    """True if the text holds Chinese, Japanese or Korean characters (names kept whole, family first)."""
    return not text.isascii() and _CJK.search(text) is not None


def split_name(full: str) -> tuple[str, str]:
    """(first, last) from a full name: on the last space for Latin names; CJK names stay whole."""
    full = " ".join(full.split())
    if is_cjk(full):
        return full, ""
    first, sep, last = full.rpartition(" ")
    if not sep:
        return full, ""
    return first, last


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


def greeting_name(person: dict) -> str:
    """The first name as a kiosk at a public door may show it: one line (a line break in an export's
    name would show a second message), no control or direction characters, at most GREETING_CHARS
    characters (cut with an ellipsis); "" when nothing visible is left (the kiosk says "Welcome!")."""
    from kiosk.typed_text import CONTROL, visible

    name = " ".join(CONTROL.sub("", first_name_of(person)).split())
    if not visible(name):
        return ""
    return name if len(name) <= GREETING_CHARS else name[:GREETING_CHARS - 1].rstrip() + "\u2026"


def last_name_of(person: dict) -> str:
    """The family name as recorded, else as the full name gives it (a CJK name: the whole name)."""
    if person.get("last_name"):
        return person["last_name"]
    first, last = split_name(person.get("full_name") or "")
    return last or first


def display_name(person: dict) -> str:
    """The name to show: the full name, else the parts joined, else the code."""
    return (person.get("full_name") or join_name(person.get("first_name") or "", person.get("last_name") or "")
            or person.get("code", ""))
