"""From an export's data rows to staged registrations: one pass, a row at a time (parse.py decides
the columns first).

Each row is read in one go while its cells are in the CPU cache: names and e-mail cleaned (NFC,
U+3000, "N/A" markers), the ticket code taken or built (a Tito URL's slug, a Luma `pk=`,
Eventbrite's order + attendee + 001), the key that finds the registration again on a re-sync, the
status word read with the platform's vocabulary (an unknown word is noted, the import stops
later), and the row goes into the staging table (staging.py) in batches. What needs the whole
file (duplicates, the Excel check of the codes, which timestamp format a form uses, guests'
buyers) is tallied here in compact form and settled afterwards (duplicates.py, parse.py).
The hot loop avoids function calls for plain ASCII cells; column indices are looked up once,
-1 meaning "absent".
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from kiosk.roster import codes as code_checks
from kiosk.roster import profiles as P
from kiosk.roster import statuses as S
from kiosk.roster.folding import fold, plain_enough, search_text
from kiosk.roster.names import join_name, split_name
from kiosk.roster.records import Rejection
from kiosk.roster.staging import BATCH, SCAN_SEP, Staging
from kiosk.roster.words import WORDS
from kiosk.wording import Message

#: Cell contents that mean "no answer" in name, email and other text fields.
EMPTY_MARKERS = frozenset({"-", "--", "---", "n/a", "N/A", "NA", "na", "none", "None", "null", "NULL",
                           "#N/A", "#VALUE!", "#REF!", "#NAME?", "."})
TOTAL_WORDS = frozenset({"total", "totals", "grand total", "totaux", "gesamt", "summe"})
_PLACEHOLDER_NAMES = frozenset({"info requested", "information requested", "infos demandées"})
_UNPAID = frozenset({"no", "false", "nein", "non", "0", "nee", "não", "nao"})


def clean_text(cell: str) -> str:
    cell = cell.strip()
    if not cell:
        return cell
    if not cell.isascii():
        cell = unicodedata.normalize("NFC", cell.replace("\u3000", " ").replace("\xa0", " ")).strip()
    if cell in EMPTY_MARKERS:
        return ""
    return cell


def clean_name(cell: str) -> str:
    cell = clean_text(cell)
    if "  " in cell or "\t" in cell or "\n" in cell:
        cell = " ".join(cell.split())
    return cell


def url_slug(url: str) -> str:
    """Tito: the ticket slug is the last path segment of the Unique Ticket URL."""
    path = url.split("?", 1)[0].split("#", 1)[0].rstrip("/")
    slug = path.rsplit("/", 1)[-1] if path else ""
    return slug or url


def luma_pk(url: str) -> str:
    """Luma: the per-guest key is the `pk=` query value of qr_code_url."""
    at = url.find("pk=")
    if at < 0 or (at > 0 and url[at - 1] not in "?&"):
        return url
    value = url[at + 3:]
    for stop in "&#":
        value = value.split(stop, 1)[0]
    return value or url


def order_items(text: str) -> str:
    """Ticket Tailor orders: "1 x General Admission" -> "General Admission"."""
    head, sep, rest = text.partition(" x ")
    if sep and head.strip().isdigit() and "," not in rest:
        return rest.strip()
    return text


#: A quantity or a guest count beyond any ticket order ("1E20" typed into a form) counts as this many:
#: it still says "many" and stays within what SQLite stores (and what a file's sum of them can reach).
COUNT_AT_MOST = 1_000_000


def as_int(text: str) -> int:
    """A quantity or guest count as written ("2", "2.0", "2,0"), 0 when it is not a number."""
    text = text.strip()
    if text.isdigit() and len(text) > 7:
        return COUNT_AT_MOST
    try:
        value = int(text) if text.isdigit() else int(float(text.replace(",", ".")))
    except (ValueError, OverflowError):          # not a number, inf, or more digits than int() reads
        return 0
    return max(-COUNT_AT_MOST, min(COUNT_AT_MOST, value))


@dataclass
class Columns:
    """Where each field is (-1: absent) and how the export's rules apply to this file."""

    idx: dict[str, int]
    header: list[str]
    profile: P.Profile
    by_content: dict[str, Message]
    mapping: dict[str, str] = field(default_factory=dict)   # field -> the column read for it

    def __getitem__(self, name: str) -> int:
        return self.idx.get(name, -1)


@dataclass
class Tally:
    """What the pass over the rows leaves for the whole-file steps (compact: no row is kept)."""

    rows: int = 0                                   # staged (seq 1 to rows)
    # rows left out at once, each with its place: after the staged row of that seq (seq + 0.5)
    rejected: list[tuple[float, Rejection]] = field(default_factory=list)
    many_tickets: bool = False                      # a row stands for several tickets (Quantity > 1)
    name_keys: dict[str, int] = field(default_factory=dict)
    waiting_guests: int = 0                         # Info Requested rows whose buyer is to be found by order
    codes: code_checks.CodeCheck | None = None
    stamps: object | None = None                    # duplicates.Stamps: which format a form's timestamps use


def stage_rows(rows: Iterable[tuple[int, list[str]]], cols: Columns, name: str, statuses: dict[str, str],
               staging: Staging, stamps=None, raws: dict[int, list[str]] | None = None) -> Tally:
    """Stage every data row (`rows`: (line, cells) after the header); see the module docstring.
    `raws` (seq -> cells), when given, keeps each staged row's cells (for `RosterRow.raw`)."""
    g, header, profile = cols.__getitem__, cols.header, cols.profile
    i_code, i_key, i_part = g("code"), g("key"), g("key_part")
    i_first, i_last, i_name, i_fallback = g("first_name"), g("last_name"), g("name"), g("name_fallback")
    i_email, i_email2, i_org, i_type = g("email"), g("email_fallback"), g("organization"), g("ticket_type")
    i_var, i_status, i_void, i_paid = g("variation"), g("status"), g("void"), g("paid")
    i_pron, i_notes = g("pronouns"), g("notes")
    i_qty, i_guests, i_order = g("quantity"), g("guests"), g("order")
    i_attendee, i_buyer_first, i_buyer_last = g("attendee_no"), g("buyer_first"), g("buyer_last")
    i_time = g("timestamp")
    code_from = profile.code_from if i_code >= 0 and profile.columns.get("code") and \
        P.normalise_header(header[i_code]) in profile.columns["code"] else ""
    if not code_from and i_code >= 0 and profile.code_from:
        # a code column found by its values: Tito URLs and Luma check-in URLs still need their slug
        code_from = profile.code_from
    eventbrite = profile.platform == "eventbrite"
    key_by_order = profile.key_by_order or (eventbrite and i_attendee < 0 and i_order >= 0)
    items, void_status, platform = profile.order_items, profile.void_status, profile.platform
    if i_void >= 0 and "void" in cols.by_content:
        refusal = S.read_status(header[i_void])
        void_status = refusal.status if refusal is not None and not refusal.admitted else void_status
    later_wins, per_session = profile.later_answer_wins, profile.one_row_per_session
    timed = later_wins and i_time >= 0
    status_cache: dict[str, tuple[str, int, str | None]] = {}     # word -> (status, admission's why, unknown)
    text, nm, markers, falsy = clean_text, clean_name, EMPTY_MARKERS, P.FALSY
    check = code_checks.CodeCheck()
    tally = Tally(codes=check, stamps=stamps)
    rejected, name_keys, whys, why = tally.rejected, tally.name_keys, staging.whys, staging.why

    no_status = (S.ACTIVE, why(S.StatusMeaning(S.ACTIVE, "").explain()))
    order_serial: dict[str, int] = {}
    width = len(header)
    pad = [""] * width
    batch: list[tuple] = []
    codes: list[tuple[int, str]] = []
    add_row, add_code, stage = batch.append, codes.append, staging.add
    searchable, plain = search_text, plain_enough
    timed = timed and stamps is not None
    seq = 0
    for line, row in rows:
        if not any(row):
            continue                      # fully empty rows vanish silently
        if len(row) < width:
            row = row + pad[len(row):]
        if timed:
            stamps.add(row[i_time])
        raw_code = row[i_code].strip() if i_code >= 0 else ""
        if raw_code[:1] == "#" and raw_code in markers:
            raw_code = ""                 # spreadsheet errors (#VALUE!, #N/A) are not ticket codes
        first = row[i_first].strip() if i_first >= 0 else ""
        if first and (not first.isascii() or first in markers or "  " in first):
            first = nm(first)
        last = row[i_last].strip() if i_last >= 0 else ""
        if last and (not last.isascii() or last in markers or "  " in last):
            last = nm(last)
        full = row[i_name].strip() if i_name >= 0 else ""
        if full and (not full.isascii() or full in markers or "  " in full):
            full = nm(full)
        email = row[i_email].strip() if i_email >= 0 else ""
        if email and (not email.isascii() or email in markers):
            email = text(email)
        if not email and i_email2 >= 0:
            email = text(row[i_email2])   # pretix: the order's email when the attendee gave none
        if i_fallback >= 0 and not (first or last or full):
            full = nm(row[i_fallback])    # Tito: an unassigned ticket carries the buyer's name
        order = row[i_order].strip() if i_order >= 0 else ""
        attendee_no = row[i_attendee].strip() if i_attendee >= 0 else ""

        if not (first or last or full or email or raw_code or attendee_no):
            if not any(c.strip() for c in row):
                continue
            if any(c.strip().casefold() in TOTAL_WORDS for c in row[:8]):
                rejected.append((seq + 0.5, Rejection(line, WORDS("totals_row"))))
            else:
                rejected.append((seq + 0.5, Rejection(line, WORDS("empty_row"))))
            continue
        if not email and not raw_code and not attendee_no and (full or first or last).casefold() in TOTAL_WORDS:
            rejected.append((seq + 0.5, Rejection(line, WORDS("totals_row"))))
            continue

        details_missing, guest_of = 0, ""
        probe = first or full
        if probe[:1] in ("I", "i") and probe.casefold() in _PLACEHOLDER_NAMES:
            # A real ticket whose buyer has not named its holder yet (exports.md §15): admitted.
            details_missing = 1
            first = last = ""
            if email.casefold() in _PLACEHOLDER_NAMES or "@" not in email:
                email = ""
            guest_of = " ".join(p for p in (row[i_buyer_first].strip() if i_buyer_first >= 0 else "",
                                            row[i_buyer_last].strip() if i_buyer_last >= 0 else "") if p)
            full = ""                     # worded where shown: "Guest of <buyer>" (kiosk/roster/names.py)
            if not guest_of:
                tally.waiting_guests += 1
        elif full:
            if not first and not last:
                first, last = split_name(full)
        elif last and first:
            full = join_name(first, last) if not (first.isascii() and last.isascii()) else f"{first} {last}"
        else:
            full = first or last

        code = raw_code
        scan_codes = ""
        if raw_code:
            add_code((line, raw_code))
            if code_from:
                code = url_slug(raw_code) if code_from == "url-slug" else luma_pk(raw_code)
                if code != raw_code:
                    scan_codes = raw_code
        if eventbrite:
            if not code and order.isdigit() and attendee_no.isdigit():
                # The Attendee Report has no Barcode #: the printed QR is order + attendee + "001".
                code = f"{order}{attendee_no}001"
            elif not code and attendee_no:
                code = attendee_no        # no order number to build the QR from: the number typed at the desk
            if attendee_no and attendee_no != code:
                scan_codes = f"{scan_codes}{SCAN_SEP}{attendee_no}" if scan_codes else attendee_no

        key = row[i_key].strip() if i_key >= 0 else ""
        if key and i_part >= 0:
            part = row[i_part].strip()
            if part:
                key = f"{key}-{part}"
        if not key and key_by_order and order:
            n = order_serial[order] = order_serial.get(order, 0) + 1
            key = f"{order}-{n}"
            if eventbrite and not code:
                extra = f"order:{order}#{n}"
                scan_codes = f"{scan_codes}{SCAN_SEP}{extra}" if scan_codes else extra
        if not key:
            if code:
                key = code
            elif email:
                key = "email:" + email.casefold()
                if full and not (later_wins or per_session):
                    key += "|" + fold(full)   # two people sharing one address stay two
            else:
                # Identified by name only: never dropped, a second "Wei Chen" becomes "#2".
                key = "name:" + full.casefold()
                count = name_keys[key] = name_keys.get(key, 0) + 1
                if count > 1:
                    key = f"{key}#{count}"

        raw_status = row[i_status] if i_status >= 0 else ""
        read = status_cache.get(raw_status)
        if read is None:
            meaning = S.read_status(raw_status, platform, statuses)
            read = status_cache[raw_status] = (meaning.status, why(meaning.explain()), None) if meaning else \
                (*no_status, " ".join(raw_status.split()))
        status, admission, unknown = read
        if i_void >= 0:
            flag = row[i_void].strip()
            if flag and flag.casefold() not in falsy:
                status, admission = void_status, why(WORDS("not_admitted_flag", column=header[i_void], flag=flag))
        if i_paid >= 0 and status == "active" and row[i_paid].strip().casefold() in _UNPAID:
            status, admission = "pending payment", why(WORDS("not_admitted_flag", column=header[i_paid],
                                                             flag=row[i_paid].strip()))
        if details_missing and status == "active":
            admission = why(WORDS("guest_not_named", admission=whys[admission]))

        ticket_type = row[i_type].strip() if i_type >= 0 else ""
        if ticket_type and (not ticket_type.isascii() or ticket_type in markers):
            ticket_type = text(ticket_type)
        if i_var >= 0:
            variation = text(row[i_var])
            if variation:
                ticket_type = f"{ticket_type} – {variation}" if ticket_type else variation
        if items and ticket_type:
            ticket_type = order_items(ticket_type)
        organization = row[i_org].strip() if i_org >= 0 else ""
        if organization and (not organization.isascii() or organization in markers):
            organization = text(organization)
        notes = row[i_notes].strip() if i_notes >= 0 else ""
        if notes:
            notes = text(notes)
        pronouns = text(row[i_pron]) if i_pron >= 0 else ""
        quantity = guests = None
        if i_qty >= 0 and order:
            written = row[i_qty].strip()
            quantity = as_int(written) if written and written != "1" else 1
            if quantity > 1:
                tally.many_tickets = True
        if i_guests >= 0:
            extra = row[i_guests].strip()
            if extra and extra != "0":
                guests = as_int(extra)

        seq += 1
        if raws is not None:
            raws[seq] = row
        add_row((seq, line, key, code, first, last, full, email, organization, ticket_type, status, pronouns,
                 notes, scan_codes, admission, details_missing, guest_of,
                 None if not details_missing and plain(first, last, full, email, organization, code) else
                 searchable(first, last, full or guest_of, email, organization, code), unknown,
                 order if i_order >= 0 else None, quantity, guests, row[i_time] if timed else None))
        if len(batch) >= BATCH:
            stage(batch)
            batch.clear()
            check.add_many(codes)
            codes.clear()
    stage(batch)
    check.add_many(codes)
    tally.rows = seq
    return tally
