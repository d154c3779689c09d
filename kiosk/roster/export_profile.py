"""The `Profile` type: how one platform's export is read (its column titles, the signature that
recognises it, its options), and the header comparison form every profile is written in.

Headers are compared after trimming, collapsing spaces and case-folding, so `Attendee Status `
matches `attendee status`. The platforms' own profiles are in profiles_ticket_shops.py and
profiles_sign_ups.py; which one wrote a file is found in profiles.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kiosk.roster.question_columns import guess_columns

#: What a void or paid cell holds when it means no.
FALSY = {"", "no", "false", "none", "0", "n", "non", "nein", "-", "nee", "não", "nao"}


def normalise_header(text: str) -> str:
    """The comparison form of a header cell: BOM and stray spaces removed, case-folded."""
    return " ".join(text.replace("\ufeff", "").split()).casefold()


@dataclass(frozen=True)
class Profile:
    """How one platform's export is read.

    `columns` maps a field to header aliases (normalised), first match wins. Besides the mappable
    fields it may name: key (stable registration id), key_part (appended to the key: pretix
    position), name_fallback (buyer name for unassigned tickets), email_fallback (the order's
    email for an attendee who gave none), void (non-empty/true means `void_status`), paid ("No"
    means pending), quantity (tickets the row stands for), guests (extra people the row stands
    for), order (order id), variation, attendee_no (Eventbrite's attendee number), buyer_first /
    buyer_last (who bought the ticket), timestamp (when a form answer was sent).
    Status words are read with the platform's vocabulary (statuses.py).
    """

    name: str
    platform: str
    label: str
    signatures: tuple[frozenset[str], ...] = ()
    columns: dict[str, tuple[str, ...]] = field(default_factory=dict)
    first_column: frozenset[str] = frozenset()
    code_from: str = ""            # "", "url-slug" (Tito), "luma-pk" (Luma)
    void_status: str = "voided"
    guess_names: bool = False      # find name/organisation columns by wording and content (forms)
    key_by_order: bool = False     # no ticket id: key = order code + running number (pretix list)
    order_items: bool = False      # ticket type from "2 x General Admission" (Ticket Tailor orders)
    no_code_note: str = ""         # the warning (a key of kiosk/roster/words.py) when the export holds no codes
    name_part_prefixes: tuple[str, ...] = ()   # "attendee name: given name" columns (pretix name schemes)
    later_answer_wins: bool = False            # one person may answer again: the latest row is theirs
    one_row_per_session: bool = False          # a person appears once per join (Zoom): rows merge

    def matches(self, keys: set[str], first: str) -> bool:
        if self.first_column and first not in self.first_column:
            return False
        if not self.signatures:
            return bool(self.first_column)
        return any(sig <= keys for sig in self.signatures)

    def resolve(self, keys: list[str]) -> dict[str, int]:
        """field -> column index for this header (first column with a matching alias)."""
        position: dict[str, int] = {}
        for i, key in enumerate(keys):
            if key and key not in position:
                position[key] = i
        found: dict[str, int] = {}
        for fld, aliases in self.columns.items():
            for alias in aliases:
                if alias in position:
                    found[fld] = position[alias]
                    break
        for prefix in self.name_part_prefixes:
            for i, key in enumerate(keys):
                if key.startswith(prefix + ":"):
                    part = guess_columns([key[len(prefix) + 1:].strip()])
                    for fld in ("first_name", "last_name"):
                        if fld in part:
                            found.setdefault(fld, i)
        if self.guess_names:
            for fld, i in guess_columns(keys).items():
                found.setdefault(fld, i)
        if "name" in found and "first_name" in found and "last_name" not in found \
                and keys[found["name"]].rstrip(" *:") == "nom":
            # French forms ask "Prénom" and "Nom": there "Nom" is the family name.
            found["last_name"] = found.pop("name")
        if self.guess_names and "name" in found and "first_name" in found and "last_name" in found:
            # A form asking for both a full name and its parts: the parts are unambiguous.
            del found["name"]
        return found


def signature(*names: str) -> frozenset[str]:
    """Header titles that, all present, say a platform wrote the file."""
    return frozenset(normalise_header(n) for n in names)


def aliases(*names: str) -> tuple[str, ...]:
    """The titles a field's column may have, in comparison form, first match wins."""
    return tuple(normalise_header(n) for n in names)


COMPANY_TITLES = ("Company", "Organization", "Organisation", "Organisme", "Entreprise", "Société", "Firma",
                  "Empresa", "Azienda", "Bedrijf", "Affiliation", "Institution")
PRONOUN_TITLES = ("Pronouns", "Pronoms", "What are your pronouns?")
