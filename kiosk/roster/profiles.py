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
from kiosk.roster.words import WORDS
from kiosk.wording import Message

HEADER_SEARCH_ROWS = 40

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


def _sig(*names: str) -> frozenset[str]:
    return frozenset(normalise_header(n) for n in names)


def _aliases(*names: str) -> tuple[str, ...]:
    return tuple(normalise_header(n) for n in names)


_COMPANY = ("Company", "Organization", "Organisation", "Organisme", "Entreprise", "Société", "Firma", "Empresa",
            "Azienda", "Bedrijf", "Affiliation", "Institution")
_PRONOUNS = ("Pronouns", "Pronoms", "What are your pronouns?")

EVENTBRITE = Profile(
    "eventbrite", "eventbrite", "Eventbrite",
    signatures=(_sig("Barcode #"), _sig("Order #", "Attendee Status"), _sig("Attendee #", "Order #"),
                _sig("Attendee #", "Attendee Status"), _sig("Order ID", "Attendee first name"),
                # UK-worded reports (exports.md §15)
                _sig("Order no.", "Attendee no."), _sig("Order no.", "Surname"), _sig("Order no.", "Attendee Status")),
    columns={
        "code": _aliases("Barcode #", "Barcode", "Barcode no.", "Barcode number"),
        "attendee_no": _aliases("Attendee #", "Attendee ID", "Attendee no.", "Attendee number"),
        "key": _aliases("Attendee #", "Attendee ID", "Attendee no.", "Attendee number", "Barcode #", "Barcode no."),
        "order": _aliases("Order #", "Order ID", "Order no.", "Order number"),
        "first_name": _aliases("First Name", "Attendee first name", "Forename"),
        "last_name": _aliases("Last Name", "Attendee last name", "Surname"),
        "email": _aliases("Email", "Attendee email", "Email Address"),
        "buyer_first": _aliases("Buyer First Name", "Buyer first name", "Purchaser First Name"),
        "buyer_last": _aliases("Buyer Last Name", "Buyer last name", "Buyer Surname", "Purchaser Last Name"),
        "organization": _aliases(*_COMPANY),
        "ticket_type": _aliases("Ticket Type", "Ticket type", "Price Tier"),
        "status": _aliases("Attendee Status", "Attendee status"),
        "notes": _aliases("Attendee Notes", "Notes"),
        "pronouns": _aliases(*_PRONOUNS),
        "quantity": _aliases("Quantity", "QTY", "Ticket quantity", "Tickets"),
    },
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
        "pronouns": _aliases(*_PRONOUNS),
    },
    code_from="url-slug",
    void_status="voided",
)

# pretix headers in English and as its German (@002469d5) and French (@003d958c) catalogues write them.
PRETIX_POSITIONS = Profile(
    "pretix", "pretix", "pretix order positions",
    signatures=(_sig("Order code", "Position ID"), _sig("Bestellnummer", "Position", "Produkt"),
                _sig("Code de commande", "Position ID", "Produit")),
    columns={
        "code": _aliases("Ticket secret", "Secret"),
        "key": _aliases("Order code", "Bestellnummer", "Code de commande"),
        "key_part": _aliases("Position ID", "Position"),
        "name": _aliases("Attendee name", "Name Teilnehmer*in", "Nom du participant"),
        "email": _aliases("Attendee email", "E-Mail Teilnehmer*in", "Adresse mail du participant"),
        "email_fallback": _aliases("Email", "E-mail", "E-Mail"),
        "organization": _aliases("Company", "Firma", "Société"),
        "ticket_type": _aliases("Product", "Produkt", "Produit"),
        "variation": _aliases("Variation", "Variante"),
        "status": _aliases("Status", "Statut"),
        "notes": _aliases("Order comment", "Bestellkommentar"),
    },
    name_part_prefixes=_aliases("Attendee name", "Name Teilnehmer*in", "Nom du participant"),
)

PRETIX_CHECKIN = Profile(
    "pretix-checkin", "pretix", "pretix check-in list",
    signatures=(_sig("Order code", "Checked in"),),
    columns={
        "code": _aliases("Secret"),
        "key": _aliases("Secret"),
        "order": _aliases("Order code"),
        "name": _aliases("Attendee name"),
        "email": _aliases("E-mail", "Email", "Attendee email"),
        "organization": _aliases("Company"),
        "ticket_type": _aliases("Product"),
        "paid": _aliases("Paid"),
        "notes": _aliases("Comment"),
    },
    key_by_order=True,
    name_part_prefixes=_aliases("Attendee name"),
)

# "Valid check-in codes" (check-in lists plugin, exports.md §15): codes only, every row admitted.
PRETIX_CODES = Profile(
    "pretix-codes", "pretix", "pretix valid check-in codes",
    signatures=(_sig("Secret", "Valid from", "Valid until"), _sig("Secret", "Product", "Paid")),
    columns={
        "code": _aliases("Secret"),
        "key": _aliases("Secret"),
        "ticket_type": _aliases("Product"),
        "variation": _aliases("Variation"),
        "paid": _aliases("Paid"),
    },
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
    code_from="luma-pk",
)

# Hi.Events headers in English, French (lang/fr.json @06d30d2e) and Spanish (lang/es.json @2bcb9586).
HI_EVENTS = Profile(
    "hievents", "hievents", "Hi.Events",
    signatures=(_sig("Public ID", "Short ID"), _sig("ID public", "ID court"), _sig("ID público", "ID corto")),
    columns={
        "code": _aliases("Public ID", "ID public", "ID público"),
        "key": _aliases("ID", "Public ID", "ID public", "ID público"),
        "first_name": _aliases("First Name", "Prénom", "Nombre"),
        "last_name": _aliases("Last Name", "Nom", "Apellido"),
        "email": _aliases("Email", "E-mail", "Correo electrónico"),
        "ticket_type": _aliases("Product Name", "Ticket Name", "Nom du produit", "Nombre del producto"),
        "status": _aliases("Status", "Statut", "Estado"),
        "notes": _aliases("Notes", "Notas"),
        "organization": _aliases(*_COMPANY),
        "pronouns": _aliases(*_PRONOUNS),
    },
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
    no_code_note="no_codes_tickettailor_orders",
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
    no_code_note="no_codes_tickettailor",
)

# Indico writes its own column titles in English whatever the language; form-field titles are the
# organiser's (often translated defaults), so their usual wordings are listed too.
INDICO = Profile(
    "indico", "indico", "Indico",
    signatures=(_sig("Registration state"), _sig("ID", "Name", "Registration date")),
    columns={
        "key": _aliases("ID"),
        "name": _aliases("Name"),
        "first_name": _aliases("First Name", "First name", "Given name", "Vorname", "Prénom", "Nombre"),
        "last_name": _aliases("Last Name", "Last name", "Family name", "Surname", "Nachname", "Nom",
                              "Nom de famille", "Apellidos"),
        "email": _aliases("Email", "Email Address", "E-mail", "E-Mail", "E-Mail-Adresse", "Adresse e-mail",
                          "Adresse électronique", "Courriel", "Correo electrónico"),
        "organization": _aliases("Affiliation", "Organization", "Organisation", "Institution", "Company",
                                 "Einrichtung", "Institut", "Organisme", "Afiliación"),
        "status": _aliases("Registration state"),
        "ticket_type": _aliases("Registration type", "Participation type", "Role"),
        "pronouns": _aliases(*_PRONOUNS),
    },
    no_code_note="no_codes_indico",
)

# alf.io's ticket export: the organizer picks the columns; ID is the ticket's uuid (EventApiController).
ALFIO = Profile(
    "alfio", "alfio", "alf.io",
    signatures=(_sig("ReservationID", "E-Mail"), _sig("ID", "Category", "Event", "Status", "OriginalPrice"),
                _sig("ID", "Category", "Event", "Status", "ReservationID"), _sig("OriginalPrice", "PaidPrice")),
    columns={
        "code": _aliases("ID"),
        "key": _aliases("ID"),
        "name": _aliases("Full Name", "Name"),
        "first_name": _aliases("First Name"),
        "last_name": _aliases("Last Name"),
        "email": _aliases("E-Mail"),
        "ticket_type": _aliases("Category"),
        "status": _aliases("Status"),
        "order": _aliases("ReservationID"),
        "organization": _aliases(*_COMPANY),
    },
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
)

# Google's own first-column titles by form owner's language (exports.md §10 and Google's UI wording).
GOOGLE_FORMS = Profile(
    "googleforms", "googleforms", "Google Forms",
    first_column=frozenset(_aliases("Timestamp", "Horodateur", "Marca temporal", "Marca de tiempo", "Zeitstempel",
                                    "Carimbo de data/hora", "Informazioni cronologiche", "Tijdstempel",
                                    "Sygnatura czasowa", "타임스탬프", "タイムスタンプ", "时间戳记")),
    columns={
        "email": _aliases("Email Address", "Email address", "Adresse e-mail", "Adresse courriel",
                          "Dirección de correo electrónico", "E-Mail-Adresse", "Endereço de e-mail",
                          "Indirizzo email", "E-mailadres", "Adres e-mail", "Username"),
        "timestamp": _aliases("Timestamp", "Horodateur", "Marca temporal", "Marca de tiempo", "Zeitstempel",
                              "Carimbo de data/hora", "Informazioni cronologiche", "Tijdstempel",
                              "Sygnatura czasowa"),
    },
    guess_names=True,
    later_answer_wins=True,
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
    one_row_per_session=True,
    no_code_note="no_codes_zoom",
)

# Humanitix: recognised by its 24-hex ticket ids (the public API's id shape, exports.md §13); the CSV
# column titles below are our best reading of its export and are not verified.
HUMANITIX = Profile(
    "humanitix", "humanitix", "Humanitix",
    columns={
        "code": _aliases("Barcode", "Ticket ID", "Ticket Id"),
        "key": _aliases("Ticket ID", "Ticket Id", "Barcode"),
        "order": _aliases("Order ID", "Order Id"),
        "first_name": _aliases("First name", "First Name"),
        "last_name": _aliases("Last name", "Last Name"),
        "email": _aliases("Email", "Email address"),
        "ticket_type": _aliases("Ticket type", "Ticket Type"),
        "status": _aliases("Status", "Ticket status"),
        "organization": _aliases(*_COMPANY),
    },
)

# Sessionize speakers (exports.md §13: id, firstName, lastName, email); the spreadsheet titles are not
# verified. Speakers have no tickets: the kiosk issues codes.
SESSIONIZE = Profile(
    "sessionize", "sessionize", "Sessionize speakers",
    signatures=(_sig("FirstName", "LastName", "TagLine"), _sig("Speaker Id", "TagLine"),
                _sig("Speaker Id", "Bio"), _sig("id", "firstName", "lastName", "tagLine")),
    columns={
        "key": _aliases("Speaker Id", "Id"),
        "first_name": _aliases("FirstName", "First Name"),
        "last_name": _aliases("LastName", "Last Name"),
        "name": _aliases("Full Name", "FullName"),
        "email": _aliases("Email", "E-mail"),
        "organization": _aliases("Company", "Organization"),
    },
    no_code_note="no_codes_sessionize",
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
    guess_names=True,
)

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


# --- column wording (Google Forms and other free-form question headers) -------------------------

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
