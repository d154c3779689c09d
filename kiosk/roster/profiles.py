"""Which platform wrote an export, and which of its columns hold which attendee field.

Each built-in `Profile` names a platform's columns by alias lists (headers are compared after
trimming, collapsing spaces and case-folding, so `Attendee Status ` matches `attendee status`),
carries the header signature that identifies it (exports.md §14) and its status vocabulary.
`find_header` looks through the first rows of a table for a header a profile recognises
(Zoom-style reports put metadata above the real header). The generic "spreadsheet" profile
matches columns literally named like the fields ("First Name", "Email", "Company", ...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kiosk.errors import ImportRefused

HEADER_SEARCH_ROWS = 40

#: Status words that mean "not admitted", normalised (exports.md and the brief).
NOT_ADMITTED = {
    "cancelled": "cancelled", "canceled": "cancelled", "cancelled by organizer": "cancelled",
    "refunded": "refunded", "voided": "voided", "void": "voided", "declined": "declined",
    "withdrawn": "withdrawn", "waitlisted": "waitlisted", "waitlist": "waitlisted",
    "wait list": "waitlisted", "waiting list": "waitlisted", "not attending": "not attending",
    "deleted": "deleted", "rejected": "rejected",
    # French (organizers in Québec and France export from French-language back offices)
    "annulé": "cancelled", "annulée": "cancelled", "annule": "cancelled", "remboursé": "refunded",
    "refusé": "declined", "refusée": "declined", "liste d'attente": "waitlisted", "supprimé": "deleted",
}
#: A status whose first word is one of these is not admitted either ("Cancelled (by organizer)").
_NOT_ADMITTED_FIRST_WORDS = {"cancelled", "canceled", "refunded", "voided", "void", "declined",
                             "withdrawn", "rejected", "deleted", "annulé", "annulée", "remboursé"}

FALSY = {"", "no", "false", "none", "0", "n", "non", "nein", "-"}


def normalise_header(text: str) -> str:
    """The comparison form of a header cell: BOM and stray spaces removed, case-folded."""
    return " ".join(text.replace("\ufeff", "").split()).casefold()


def normalise_status(raw: str, vocabulary: dict[str, str]) -> str:
    """"active" for an admitted registration, else the normalised reason ("cancelled", ...)."""
    word = " ".join(raw.replace("_", " ").split()).casefold()
    if not word:
        return vocabulary.get("", "active")
    if word in vocabulary:
        return vocabulary[word]
    if word in NOT_ADMITTED:
        return NOT_ADMITTED[word]
    first = word.split(" ", 1)[0].strip("()[]:,.")
    if first in _NOT_ADMITTED_FIRST_WORDS:
        return NOT_ADMITTED.get(first, first)
    return "active"


@dataclass(frozen=True)
class Profile:
    """How one platform's export is read.

    `columns` maps a field to header aliases (normalised), first match wins. Besides the mappable
    fields it may name: key (stable registration id), key_part (appended to the key: pretix
    position), name_fallback (buyer name for unassigned tickets), email_fallback (the order's
    email for an attendee who gave none), void (non-empty/true means
    `void_status`), paid ("No" means pending), quantity (tickets the row stands for), guests
    (extra people the row stands for), order (order id, to count tickets per order), variation.
    """

    name: str
    platform: str
    label: str
    signatures: tuple[frozenset[str], ...] = ()
    columns: dict[str, tuple[str, ...]] = field(default_factory=dict)
    statuses: dict[str, str] = field(default_factory=dict)
    first_column: frozenset[str] = frozenset()
    code_from: str = ""            # "", "url-slug" (Tito), "luma-pk" (Luma)
    void_status: str = "voided"
    guess_names: bool = False      # find name/organisation columns by wording (Google Forms)
    key_by_order: bool = False     # no ticket id: key = order code + running number (pretix list)
    order_items: bool = False      # ticket type from "2 x General Admission" (Ticket Tailor orders)
    no_code_note: str = ""         # warning when the export holds no ticket codes

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


def _sig(*names: str) -> frozenset[str]:
    return frozenset(normalise_header(n) for n in names)


def _aliases(*names: str) -> tuple[str, ...]:
    return tuple(normalise_header(n) for n in names)


EVENTBRITE = Profile(
    "eventbrite", "eventbrite", "Eventbrite",
    signatures=(_sig("Barcode #"), _sig("Order #", "Attendee Status"), _sig("Attendee #", "Order #"),
                _sig("Attendee #", "Attendee Status"), _sig("Order ID", "Attendee first name")),
    columns={
        "code": _aliases("Barcode #", "Barcode", "Attendee #", "Attendee ID"),
        "key": _aliases("Attendee #", "Attendee ID", "Barcode #"),
        "first_name": _aliases("First Name", "Attendee first name"),
        "last_name": _aliases("Last Name", "Attendee last name"),
        "email": _aliases("Email", "Attendee email", "Email Address"),
        "organization": _aliases("Company", "Organization", "Organisation"),
        "ticket_type": _aliases("Ticket Type", "Ticket type", "Price Tier"),
        "status": _aliases("Attendee Status", "Attendee status"),
        "notes": _aliases("Attendee Notes", "Notes"),
        "pronouns": _aliases("Pronouns"),
        "quantity": _aliases("Quantity", "QTY", "Ticket quantity", "Tickets"),
        "order": _aliases("Order #", "Order ID"),
    },
    statuses={"attending": "active", "checked in": "active", "not attending": "not attending",
              "deleted": "deleted", "refunded": "refunded"},
)

TITO = Profile(
    "tito", "tito", "Tito",
    signatures=(_sig("Ticket Reference", "Unique Ticket URL"), _sig("Ticket Full Name", "Unique Ticket URL")),
    columns={
        "code": _aliases("Unique Ticket URL"),
        "key": _aliases("Ticket Reference", "Unique Ticket URL", "Number"),
        "name": _aliases("Ticket Full Name"),
        "first_name": _aliases("Ticket First Name"),
        "last_name": _aliases("Ticket Last Name"),
        "name_fallback": _aliases("Order Name"),
        "email": _aliases("Ticket Email"),
        "organization": _aliases("Ticket Company Name"),
        "ticket_type": _aliases("Ticket", "Release"),
        "void": _aliases("Void Status"),
        "pronouns": _aliases("Pronouns", "What are your pronouns?"),
    },
    code_from="url-slug",
    void_status="voided",
)

_PRETIX_STATUSES = {
    "paid": "active", "bezahlt": "active", "payé": "active", "payée": "active",
    "pending": "pending", "ausstehend": "pending", "en attente": "pending",
    "expired": "expired", "abgelaufen": "expired", "expiré": "expired", "expirée": "expired",
    "canceled": "cancelled", "cancelled": "cancelled", "storniert": "cancelled", "annulé": "cancelled",
    "annulée": "cancelled",
}

PRETIX_POSITIONS = Profile(
    "pretix", "pretix", "pretix order positions",
    signatures=(_sig("Order code", "Position ID"),),
    columns={
        "code": _aliases("Ticket secret", "Secret"),
        "key": _aliases("Order code"),
        "key_part": _aliases("Position ID"),
        "name": _aliases("Attendee name"),
        "first_name": _aliases("Attendee name: Given name", "Attendee name: First name"),
        "last_name": _aliases("Attendee name: Family name", "Attendee name: Last name", "Attendee name: Surname"),
        "email": _aliases("Attendee email"),
        "email_fallback": _aliases("Email", "E-mail"),
        "organization": _aliases("Company"),
        "ticket_type": _aliases("Product"),
        "variation": _aliases("Variation"),
        "status": _aliases("Status"),
        "notes": _aliases("Order comment"),
    },
    statuses=_PRETIX_STATUSES,
)

PRETIX_CHECKIN = Profile(
    "pretix-checkin", "pretix", "pretix check-in list",
    signatures=(_sig("Order code", "Checked in"),),
    columns={
        "code": _aliases("Secret"),
        "key": _aliases("Secret"),
        "order": _aliases("Order code"),
        "name": _aliases("Attendee name"),
        "first_name": _aliases("Attendee name: Given name", "Attendee name: First name"),
        "last_name": _aliases("Attendee name: Family name", "Attendee name: Last name", "Attendee name: Surname"),
        "email": _aliases("E-mail", "Email", "Attendee email"),
        "organization": _aliases("Company"),
        "ticket_type": _aliases("Product"),
        "paid": _aliases("Paid"),
        "notes": _aliases("Comment"),
    },
    statuses=_PRETIX_STATUSES,
    key_by_order=True,
)

LUMA = Profile(
    "luma", "luma", "Luma",
    signatures=(_sig("approval_status", "qr_code_url"), _sig("api_id", "approval_status"),
                _sig("guest_id", "approval_status")),
    columns={
        "code": _aliases("qr_code_url"),
        "key": _aliases("guest_id", "api_id"),
        "name": _aliases("name"),
        "first_name": _aliases("first_name"),
        "last_name": _aliases("last_name"),
        "email": _aliases("email"),
        "ticket_type": _aliases("ticket_name"),
        "status": _aliases("approval_status"),
        "organization": _aliases("company", "organization", "Company", "What company do you work for?"),
        "pronouns": _aliases("pronouns", "What are your pronouns?"),
    },
    statuses={"approved": "active", "declined": "declined", "invited": "invited",
              "waitlist": "waitlisted", "waitlisted": "waitlisted", "pending approval": "pending approval",
              "pending": "pending approval", "going": "active", "checked in": "active"},
    code_from="luma-pk",
)

HI_EVENTS = Profile(
    "hievents", "hievents", "Hi.Events",
    signatures=(_sig("Public ID", "Short ID"),),
    columns={
        "code": _aliases("Public ID"),
        "key": _aliases("ID", "Public ID"),
        "first_name": _aliases("First Name"),
        "last_name": _aliases("Last Name"),
        "email": _aliases("Email"),
        "ticket_type": _aliases("Product Name", "Ticket Name"),
        "status": _aliases("Status"),
        "notes": _aliases("Notes"),
        "organization": _aliases("Company", "Organization", "Organisation"),
        "pronouns": _aliases("Pronouns"),
    },
    statuses={"active": "active", "cancelled": "cancelled", "awaiting payment": "awaiting payment"},
)

TICKET_TAILOR_ORDERS = Profile(
    "tickettailor-orders", "tickettailor", "Ticket Tailor orders",
    signatures=(_sig("Order ID", "Order cancelled"),),
    columns={
        "key": _aliases("Order ID"),
        "first_name": _aliases("First Name"),
        "last_name": _aliases("Last Name"),
        "name": _aliases("Name"),
        "email": _aliases("Email"),
        "ticket_type": _aliases("Order items"),
        "void": _aliases("Order cancelled"),
        "quantity": _aliases("Tickets purchased"),
        "order": _aliases("Order ID"),
    },
    void_status="cancelled",
    order_items=True,
    no_code_note=("This Ticket Tailor orders export has no ticket barcodes: the kiosk will issue its own "
                  "codes, and the QR codes on Ticket Tailor tickets will not scan. Export the issued "
                  "tickets instead if you want attendees to scan their own tickets."),
)

TICKET_TAILOR_TICKETS = Profile(
    "tickettailor", "tickettailor", "Ticket Tailor tickets",
    signatures=(_sig("Order ID", "Ticket reference"), _sig("Order ID", "Barcode", "Ticket type")),
    columns={
        "code": _aliases("Barcode", "Ticket barcode", "Barcode ID", "Ticket code"),
        "key": _aliases("Ticket reference", "Ticket ID", "Barcode"),
        "name": _aliases("Attendee name", "Full name", "Name"),
        "first_name": _aliases("First Name", "Attendee first name"),
        "last_name": _aliases("Last Name", "Attendee last name"),
        "email": _aliases("Email", "Attendee email"),
        "ticket_type": _aliases("Ticket type", "Ticket type name", "Description"),
        "status": _aliases("Ticket status", "Status", "Order status"),
        "order": _aliases("Order ID"),
    },
    statuses={"valid": "active", "voided": "voided", "completed": "active"},
    no_code_note=("This Ticket Tailor export has no barcode column: the kiosk will issue its own codes, "
                  "and the QR codes on Ticket Tailor tickets will not scan. If another column holds the "
                  "barcode, import again with --map code=COLUMN."),
)

INDICO = Profile(
    "indico", "indico", "Indico",
    signatures=(_sig("Registration state"), _sig("ID", "Name", "Registration date")),
    columns={
        "key": _aliases("ID"),
        "name": _aliases("Name"),
        "first_name": _aliases("First Name", "First name", "Given name"),
        "last_name": _aliases("Last Name", "Last name", "Family name", "Surname"),
        "email": _aliases("Email", "Email Address", "E-mail"),
        "organization": _aliases("Affiliation", "Organization", "Organisation", "Institution", "Company"),
        "status": _aliases("Registration state"),
        "ticket_type": _aliases("Registration type", "Participation type", "Role"),
        "pronouns": _aliases("Pronouns"),
    },
    statuses={"completed": "active", "withdrawn": "withdrawn", "rejected": "rejected",
              "pending": "pending", "awaiting payment": "awaiting payment", "unpaid": "awaiting payment"},
    no_code_note=("Indico exports do not contain the tickets' QR codes: the kiosk issues its own codes, "
                  "so print badges (or send the kiosk's codes) before the event."),
)

MEETUP = Profile(
    "meetup", "meetup", "Meetup",
    signatures=(_sig("RSVP", "User ID"), _sig("User ID", "Member ID"), _sig("User ID", "URL of Member Profile")),
    columns={
        "key": _aliases("User ID", "Member ID"),
        "name": _aliases("Name"),
        "email": _aliases("Email Address", "Email"),
        "status": _aliases("RSVP"),
        "ticket_type": _aliases("Title", "Event Host"),
        "guests": _aliases("Guests"),
        "notes": _aliases("Notes"),
    },
    statuses={"yes": "active", "no": "not attending", "waitlist": "waitlisted", "waitlisted": "waitlisted",
              "maybe": "active"},
)

GOOGLE_FORMS = Profile(
    "googleforms", "googleforms", "Google Forms",
    first_column=frozenset(_aliases("Timestamp", "Horodateur", "Marca temporal", "Zeitstempel",
                                    "Carimbo de data/hora", "Informazioni cronologiche", "타임스탬프",
                                    "タイムスタンプ", "时间戳记", "Tijdstempel")),
    columns={
        "email": _aliases("Email Address", "Email address", "Adresse e-mail", "Adresse courriel",
                          "Dirección de correo electrónico", "E-Mail-Adresse", "Username"),
    },
    guess_names=True,
)

ZOOM = Profile(
    "zoom", "zoom", "Zoom",
    signatures=(_sig("Attended", "User Name (Original Name)"),
                _sig("First Name", "Last Name", "Registration Time", "Approval Status")),
    columns={
        "name": _aliases("User Name (Original Name)", "User Name"),
        "first_name": _aliases("First Name"),
        "last_name": _aliases("Last Name"),
        "email": _aliases("Email"),
        "status": _aliases("Approval Status"),
        "organization": _aliases("Organization", "Company"),
    },
    statuses={"approved": "active", "denied": "declined", "pending approval": "pending approval",
              "pending": "pending approval"},
)

SPREADSHEET = Profile(
    "spreadsheet", "spreadsheet", "spreadsheet",
    columns={
        "code": _aliases("Code", "Ticket code", "Ticket Code", "Barcode", "Barcode #", "QR code", "QR",
                         "Ticket barcode", "Code billet", "Code QR"),
        "key": _aliases("ID", "Attendee ID", "Registration ID", "Participant ID", "Ticket ID", "Guest ID"),
        "first_name": _aliases("First Name", "Firstname", "First", "Given name", "Given names", "Forename",
                               "Prénom", "Prenom"),
        "last_name": _aliases("Last Name", "Lastname", "Last", "Surname", "Family name", "Nom de famille"),
        "name": _aliases("Name", "Full Name", "Attendee", "Attendee name", "Participant", "Nom", "Nom complet"),
        "email": _aliases("Email", "E-mail", "Email Address", "E-mail address", "Mail", "Courriel",
                          "Adresse courriel", "Adresse e-mail"),
        "organization": _aliases("Company", "Organization", "Organisation", "Affiliation", "Institution",
                                 "Employer", "Organisme", "Entreprise", "Société"),
        "ticket_type": _aliases("Ticket Type", "Ticket", "Role", "Type", "Category", "Catégorie", "Rôle",
                                "Type de billet"),
        "status": _aliases("Status", "Statut", "Registration status"),
        "pronouns": _aliases("Pronouns", "Pronoms"),
        "notes": _aliases("Notes", "Note", "Comments", "Comment", "Remarques"),
    },
)

#: Detection order matters: the more specific signatures first.
DETECTABLE = (EVENTBRITE, TITO, PRETIX_POSITIONS, PRETIX_CHECKIN, LUMA, HI_EVENTS, ZOOM, MEETUP,
              TICKET_TAILOR_ORDERS, TICKET_TAILOR_TICKETS, INDICO, GOOGLE_FORMS)

PLATFORMS: dict[str, tuple[Profile, ...]] = {}
for _profile in DETECTABLE + (SPREADSHEET,):
    PLATFORMS.setdefault(_profile.platform, ())
    PLATFORMS[_profile.platform] += (_profile,)

_PLATFORM_ALIASES = {
    "titoio": "tito", "lumacom": "luma", "lma": "luma", "hievent": "hievents", "tt": "tickettailor",
    "google": "googleforms", "forms": "googleforms", "googleform": "googleforms", "gforms": "googleforms",
    "generic": "spreadsheet", "csv": "spreadsheet", "xlsx": "spreadsheet", "excel": "spreadsheet",
    "custom": "spreadsheet", "sheet": "spreadsheet", "zoomwebinar": "zoom", "pretixcheckin": "pretix",
}


def platform_profiles(platform: str | None) -> tuple[Profile, ...] | None:
    """The profiles for a platform name as a person types it; None for "auto"."""
    if platform is None:
        return None
    word = re.sub(r"[^0-9a-z]", "", platform.casefold())
    if word in ("", "auto", "detect"):
        return None
    word = _PLATFORM_ALIASES.get(word, word)
    if word not in PLATFORMS:
        known = ", ".join(sorted(PLATFORMS))
        raise ImportRefused(f"Unknown platform {platform!r}. Use one of: auto, {known}.")
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


# --- column wording (Google Forms and other free-form question headers) -------------------------

_WORD = re.compile(r"[^\W_]+")
_NOT_A_PERSON = {"company", "organization", "organisation", "organisme", "entreprise", "team", "équipe",
                 "equipe", "school", "école", "employer", "user", "username", "event", "project", "pet",
                 "emergency", "contact", "manager", "supervisor", "business", "file", "université",
                 "university", "institution", "parent", "guardian", "child", "children", "guest", "invité",
                 "partner", "spouse", "host", "sponsor", "speaker", "talk", "session", "group", "groupe",
                 "website", "site", "domain", "email", "courriel", "mail", "phone", "téléphone"}


def guess_columns(keys: list[str]) -> dict[str, int]:
    """Guess name, first/last name, organisation and pronoun columns from question wording."""
    found: dict[str, int] = {}
    for i, key in enumerate(keys):
        if not key:
            continue
        words = _WORD.findall(key)
        wordset = set(words)
        text = " ".join(words)
        person = not (wordset & _NOT_A_PERSON)
        if "pronouns" in wordset or "pronoms" in wordset or "pronoun" in wordset:
            found.setdefault("pronouns", i)
        elif wordset & {"company", "organization", "organisation", "affiliation", "organisme",
                        "entreprise", "employer", "institution", "société"}:
            found.setdefault("organization", i)
        elif person and (re.search(r"\b(first|given|fore) ?names?\b", text) or wordset & {"prénom", "prenom", "firstname", "vorname"}):
            found.setdefault("first_name", i)
        elif person and (re.search(r"\b(last|family|sur) ?names?\b", text) or "surname" in wordset
                         or "lastname" in wordset or "nachname" in wordset or "nom de famille" in text):
            found.setdefault("last_name", i)
        elif person and (wordset & {"name", "names", "nom", "nombre", "nome"}):
            found.setdefault("name", i)
    return found
