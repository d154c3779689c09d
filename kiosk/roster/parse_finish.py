"""What an export's rows say once all of them are staged: the whole-file rules and the notes.

After the pass over the rows (parse_rows.py): duplicates settled (duplicates.py); a status word
nobody explained stops the import (`UnknownStatus`, every line it is on); an Excel-damaged code
column stops it (codes.py); an Info Requested guest is the guest of the first named attendee of
the same order (`guest_of`, worded "Guest of <buyer>" where shown); and the warnings a person
reads (Messages, kiosk/roster/words.py): guests not named yet, orders holding more tickets than
rows, RSVPs bringing guests, names repeated without any e-mail or code, Zoom sessions merged,
Eventbrite reports without barcodes, columns found by their values. Each
figure comes from SQL over the staging table: nothing here holds the rows.
"""

from __future__ import annotations

from kiosk.roster import statuses as S
from kiosk.roster.duplicates import settle
from kiosk.roster.folding import search_text
from kiosk.roster.parse_rows import Columns, Tally
from kiosk.roster.records import Rejection, StagedExport
from kiosk.roster.staging import KEPT, REPLACED, Staging
from kiosk.roster.words import WORDS
from kiosk.wording import Message, verbatim

#: Rows that were read to the end (kept, or replaced later by a later answer of the same person).
_READ = f"dropped IN ({KEPT}, {REPLACED})"


def finish(staging: Staging, tally: Tally, cols: Columns, name: str, *, check_codes: bool = True) -> StagedExport:
    """Settle the staged rows of `name` and say what they hold; raises ImportRefused (UnknownStatus
    included) when the file cannot be imported as it is. `check_codes=False`: the codes are the app's
    own (its attendance export), not checked for Excel's damage."""
    profile, header = cols.profile, cols.header
    i_code, i_status, i_order = cols["code"], cols["status"], cols["order"]
    code_column = header[i_code] if i_code >= 0 else ""
    settled = settle(staging, later_wins=profile.later_answer_wins, per_session=profile.one_row_per_session,
                     keyed=cols["key"] >= 0, code_column=code_column, stamps=tally.stamps)  # type: ignore[arg-type]
    unknown: dict[str, list[int]] = {}
    for word, line in staging.execute(f"SELECT unknown, line FROM {{rows}} WHERE unknown IS NOT NULL AND {_READ} "
                                      "ORDER BY seq"):
        unknown.setdefault(word, []).append(line)
    if unknown:
        raise S.UnknownStatus(name, unknown, header[i_status] if i_status >= 0 else "", platform=profile.platform,
                              columns=cols.mapping)
    if check_codes and tally.codes is not None and tally.codes.total:
        tally.codes.verdict(name=name, column=code_column, platform=profile.platform)
    warnings: list[Message] = []
    if tally.waiting_guests:
        _name_guests(staging)
    missing = staging.scalar("SELECT count(*) FROM {rows} WHERE dropped = 0 AND details_missing = 1")
    if tally.waiting_guests or missing:
        warnings.append(WORDS("guests_unnamed", count=missing))
    if tally.many_tickets:
        short = staging.execute(
            f"SELECT order_no, max(quantity) - count(*) FROM {{rows}} WHERE {_READ} AND quantity IS NOT NULL "
            "GROUP BY order_no HAVING max(quantity) > count(*) "
            "ORDER BY min(CASE WHEN quantity > 1 THEN seq END)").fetchall()
        if short:
            warnings.append(WORDS("orders_short", orders=len(short), tickets=sum(n for _, n in short),
                                  example=short[0][0]))
    if cols["guests"] >= 0:
        rsvps, extra = staging.execute(f"SELECT count(*), sum(guests) FROM {{rows}} WHERE {_READ} AND guests > 0") \
            .fetchone()
        if rsvps:
            warnings.append(WORDS("rsvp_guests", rsvps=rsvps, guests=extra))
    duplicated_names = sum(1 for n in tally.name_keys.values() if n > 1)
    if duplicated_names:
        warnings.append(WORDS("names_repeated", count=duplicated_names))
    if settled.sessions:
        warnings.append(WORDS("zoom_sessions", count=settled.sessions))
    eventbrite, i_attendee = profile.platform == "eventbrite", cols["attendee_no"]
    if eventbrite and i_code < 0 and i_attendee >= 0 and i_order >= 0:
        warnings.append(WORDS("eventbrite_no_barcode", order=header[i_order], attendee=header[i_attendee]))
    if eventbrite and i_attendee < 0 and i_code < 0 and i_order >= 0:
        warnings.append(WORDS("eventbrite_orders_only"))
    elif profile.no_code_note and "code" not in cols.idx:
        warnings.append(WORDS(profile.no_code_note))
    void_status = profile.void_status
    if cols["void"] >= 0 and "void" in cols.by_content:
        refusal = S.read_status(header[cols["void"]])
        void_status = refusal.status if refusal is not None and not refusal.admitted else void_status
    for fld, why in cols.by_content.items():
        column = header[cols.idx[fld]] if fld in cols.idx else "?"
        what = {"void": WORDS("read_as_void", status=S.status_words(void_status)),
                "attendee_no": WORDS("read_as_attendee_no"), "order": WORDS("read_as_order")}.get(fld)
        warnings.append(WORDS("read_as", column=column, what=what or _field_words(fld), why=why))
    placed: list[tuple[float, Rejection]] = [*tally.rejected, *settled.rejected]
    rejected = [why for _, why in sorted(placed, key=lambda entry: entry[0])]
    return StagedExport(path=name, platform=profile.platform, header=header, kept=staging.kept(), rejected=rejected,
                        warnings=warnings, merged=[why for _, why in settled.merged])


def _field_words(field: str) -> Message:
    """A field's name for a person ("ticket code" / "code de billet")."""
    key = f"field_{field}"
    return WORDS(key) if key in WORDS else verbatim(field.replace("_", " "))


def _name_guests(staging: Staging) -> None:
    """An Info Requested guest is the guest of the first named attendee of the same order (`guest_of`)."""
    staging.conn.execute(f"CREATE INDEX IF NOT EXISTS {staging.schema}.import_rows_order ON import_rows (order_no)")
    waiting = f"details_missing = 1 AND full_name = '' AND guest_of = '' AND {_READ}"
    staging.execute(
        "UPDATE {rows} SET guest_of = coalesce((SELECT buyer.full_name FROM {rows} AS buyer "
        "  WHERE buyer.dropped = 0 AND buyer.order_no = {rows}.order_no AND buyer.order_no <> '' "
        "  AND buyer.full_name <> '' AND buyer.details_missing = 0 ORDER BY buyer.seq LIMIT 1), '') WHERE " + waiting)
    named = staging.execute("SELECT seq, first_name, last_name, coalesce(nullif(full_name, ''), guest_of), email, "
                            "organization, code FROM {rows} WHERE details_missing = 1 AND " + _READ).fetchall()
    staging.conn.executemany(f"UPDATE {staging.table} SET search_text = ? WHERE seq = ?",
                             [(search_text(*fields), seq) for seq, *fields in named])
