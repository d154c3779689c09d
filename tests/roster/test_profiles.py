"""Platform exports become the right people with the right code, status, ticket type and email."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest

from kiosk.errors import ImportRefused
from kiosk.roster.codes import check_codes, mangled_reason
from kiosk.roster.names import join_name, split_name
from kiosk.roster.parse import parse_export
from kiosk.roster.statuses import read_status

EXPORTS = Path(__file__).resolve().parent.parent / "fixtures" / "exports"


def parse(name: str, **kwargs):
    return parse_export(EXPORTS / name, **kwargs)


def by_email(parsed):
    return {row.email: row for row in parsed.rows if row.email}


# --- Eventbrite -----------------------------------------------------------------------------------

def test_eventbrite_2024_attendee_report():
    parsed = parse("eventbrite_attendee_report_2024.csv")
    assert parsed.platform == "eventbrite"
    people = by_email(parsed)
    john = people["john.doe@example.com"]
    # no Barcode # in this generation: the printed QR is order # + attendee # + "001"; the attendee # is a code too
    assert (john.code, john.key, john.ticket_type, john.status) == (
        "11211912243" + "18441583423" + "001", "18441583423", "General Admission", "active")
    assert john.scan_codes == ["18441583423"]
    assert john.organization == "Acme Corp"
    assert people["oleg@example.ru"].status == "not attending"
    assert people["fatima@example.ae"].status == "refunded"
    assert people["misaki.sato@example.jp"].status == "active"          # Checked In
    zoe = people["zoe@example.ie"]
    assert (zoe.first_name, zoe.last_name, zoe.status) == ("Zoë", "O'Brien", "deleted")
    # CJK parts join family-name first
    assert people["misaki.sato@example.jp"].full_name == "佐藤美咲"
    # "Info Requested": a real ticket whose holder is not named yet, admitted and marked for the desk
    guest = next(row for row in parsed.rows if row.key == "18441600444")
    assert (guest.full_name, guest.first_name, guest.email, guest.status, guest.details_missing, guest.guest_of) == \
        ("", "", "", "active", True, "")           # its order names no buyer: "Guest" where shown
    assert guest.code == "11211935333" + "18441600444" + "001"
    assert "Info Requested" in str(guest.admission)
    assert [(r.line, "same person as line 2" in str(r.reason)) for r in parsed.merged] == [(9, True)]
    reasons = {r.line: str(r.reason) for r in parsed.rejected}
    assert list(reasons) == [11] and "totals" in reasons[11]
    assert len(parsed.rows) == 8
    # Kwame bought 2 tickets but only one attendee row exists
    assert any("not expanded" in w and "11211935444" in w for w in map(str, parsed.warnings))


def test_eventbrite_full_list_uses_barcode_and_trailing_space_headers():
    parsed = parse("eventbrite_full_barcode.csv")
    people = by_email(parsed)
    yuki = people["yuki@example.jp"]
    assert (yuki.code, yuki.key, yuki.status) == ("752327237937711036002", "937711036", "active")
    assert people["piotr@example.pl"].status == "deleted"                # "Attendee Status " with a space
    # an old 19-digit barcode keeps its leading zero
    assert people["juergen@example.de"].code == "0814847311126137001"
    assert parsed.mapping["status"] == "Attendee Status"


def test_eventbrite_2013_summary():
    parsed = parse("eventbrite_2013_summary.csv")
    people = by_email(parsed)
    assert people["an.nguyen@example.vn"].full_name == "Văn An Nguyễn"
    assert people["claire@example.fr"].status == "not attending"
    # two attendees of one 2-ticket order are both there: no "not expanded" warning
    assert people["greta@example.de"].code == "183021113" + "171330126" + "001"
    assert people["greta@example.de"].scan_codes == ["171330126"]
    assert not any("not expanded" in w for w in map(str, parsed.warnings))


def test_eventbrite_new_reporting_vocabulary(tmp_path):
    path = tmp_path / "report.csv"
    path.write_text("Order ID,Attendee first name,Attendee last name,Attendee email,Ticket quantity,Ticket type\n"
                    "9001,Ife,Okafor,ife@example.ng,3,Early bird\n9002,Lena,Vogel,lena@example.de,1,Regular\n",
                    encoding="utf-8")
    parsed = parse_export(path)
    assert parsed.platform == "eventbrite"
    people = by_email(parsed)
    assert (people["ife@example.ng"].full_name, people["ife@example.ng"].ticket_type) == ("Ife Okafor", "Early bird")
    assert any("2 more tickets" in w and "9001" in w for w in map(str, parsed.warnings))


@pytest.mark.parametrize("fixture, words", [
    ("eventbrite_excel_scientific.csv", "scientific notation"),
    ("eventbrite_excel_zeros.csv", "replaced by zeros"),
])
def test_excel_mangled_barcodes_refuse_the_whole_import(fixture, words):
    with pytest.raises(ImportRefused) as refused:
        parse(fixture)
    message = str(refused.value)
    assert words in message and "line 2" in message and "Barcode #" in message
    assert "Excel" in message and "again" in message


def test_eventbrite_xlsx_with_barcodes_stored_as_numbers_is_refused(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Order #", "Attendee #", "Barcode #", "First Name", "Last Name", "Email", "Attendee Status"])
    ws.append([752327237, 937711035, 752327237937711035001.0, "Hiroshi", "Nakamura", "h@example.jp", "Attending"])
    path = tmp_path / "eventbrite.xlsx"
    wb.save(path)
    with pytest.raises(ImportRefused, match="scientific notation"):
        parse_export(path)
    # the same barcodes stored as text import exactly
    ws.cell(row=2, column=3).value = "752327237937711035001"
    wb.save(path)
    assert parse_export(path).rows[0].code == "752327237937711035001"


def test_mangled_code_rules():
    assert mangled_reason("7.52327E+23") and mangled_reason("9,29082E+23")
    assert mangled_reason("752327237937711000000000")
    assert mangled_reason("7523272379377110", "eventbrite")
    assert not mangled_reason("752327237937711035001", "eventbrite")
    assert not mangled_reason("1E5GHT")            # a ticket code that merely contains an E
    assert not mangled_reason("ti_pX9tJEguENQbdPOdhq66Vtw")
    assert not mangled_reason("1000")               # short codes ending in zeros are fine
    # lost leading zeros: the others all start with 0 and are one digit longer
    with pytest.raises(ImportRefused, match="leading zero"):
        check_codes([(2, "0814847311126137001"), (3, "0814847311126138001"), (4, "814847311126139001")],
                    name="x.csv", column="Barcode #")
    check_codes([(2, "0814847311126137001"), (3, "752327237937711035001")], name="x.csv", column="Barcode #")


# --- Tito, pretix, Luma ---------------------------------------------------------------------------

def test_tito_codes_come_from_the_unique_ticket_url():
    parsed = parse("tito_tickets.csv")
    assert parsed.platform == "tito"
    rows = {row.key: row for row in parsed.rows}
    ada = rows["GIAO-1"]
    assert ada.code == "ti_pX9tJEguENQbdPOdhq66Vtw"
    assert ada.scan_codes == ["https://ti.to/tickets/ti_pX9tJEguENQbdPOdhq66Vtw"]
    assert ada.pronouns == "she/her" and ada.organization == "Analytical Engines Ltd"
    assert rows["R2D2-1"].status == "voided"
    # U+3000 becomes a plain space; an unassigned ticket falls back to the order name
    assert rows["KX7P-1"].full_name == "山田 太郎"
    assert rows["KX7P-2"].full_name == "山田 太郎" and rows["KX7P-2"].email == ""
    # "-" means no answer
    assert rows["QWER-1"].organization == "" and rows["QWER-1"].pronouns == ""


def test_pretix_order_positions():
    parsed = parse("pretix_orderpositions.csv")
    assert parsed.platform == "pretix"
    rows = {row.key: row for row in parsed.rows}
    kathi = rows["Z3XK9-1"]
    assert kathi.code == "ka2m8u4xqwjr7hbcze9nfp3t6vyd5gs2"
    assert (kathi.first_name, kathi.last_name) == ("Katharina", "Weiß")
    assert kathi.organization == "Beispiel GmbH"            # the attendee's Company, not the invoice one
    assert kathi.raw["Company (2)"] == "Beispiel GmbH (Rechnung)"
    assert kathi.ticket_type == "Conference ticket – Regular"
    assert rows["Z3XK9-2"].ticket_type == "Conference ticket – Student"
    assert (rows["P8LMN-1"].status, rows["R2D2X-1"].status, rows["E4XPR-1"].status) == ("pending payment", "cancelled", "expired")
    assert rows["F5GHJ-1"].status == "active"


def test_pretix_check_in_lists_with_and_without_secret():
    with_secret = {row.email: row for row in parse("pretix_checkin_list.csv").rows}
    assert with_secret["mateus@example.br"].code == "g4ye8kr2nzw3mtq7hc9pbj5dx6vsa2u8"
    assert with_secret["mei@example.cn"].status == "pending payment"   # Paid = No
    assert "Paid" in str(with_secret["mei@example.cn"].admission)
    assert with_secret["ingrid@example.no"].notes == "Wheelchair user"
    without = parse("pretix_checkin_list_nosecret.csv")
    assert [row.key for row in without.rows] == ["Z3XK9-1", "Z3XK9-2", "F5GHJ-1", "G6HJK-1", "H7JKL-1"]
    assert all(row.code == "" for row in without.rows)


def test_luma_pk_is_the_code_and_duplicates_collapse():
    parsed = parse("luma_guests.csv")
    assert parsed.platform == "luma"
    people = by_email(parsed)
    priya = people["priya@example.in"]
    assert priya.code == "g-Xy7Qp2Lm" and priya.key == "gst-7Hk2LmN9pQ"
    assert priya.scan_codes == ["https://luma.com/check-in/evt-Ab3dE5fG7hI9jK1?pk=g-Xy7Qp2Lm"]
    assert people["tomas@example.mx"].code == "g-Ab3Cd4Ef"               # old lu.ma domain
    assert people["tomas@example.mx"].first_name == "Tomás"              # parts from the full name
    assert people["minjun@example.kr"].first_name == "김민준"             # Hangul stays whole
    assert {people[e].status for e in ("minjun@example.kr", "noah@example.com", "chiara@example.it",
                                       "ahmed@example.eg")} == {"declined", "waitlisted", "invited", "pending approval"}
    assert sum(1 for row in parsed.rows if row.email == "priya@example.in") == 1
    assert [r.line for r in parsed.merged] == [5] and not parsed.rejected


# --- XLSX platforms -------------------------------------------------------------------------------

def test_pretix_combined_workbook_reads_order_positions(tmp_path):
    wb = openpyxl.Workbook()
    orders = wb.active
    orders.title = "Orders"
    orders.append(["Event slug", "Order code", "Total", "Status", "Email"])
    orders.append(["democon", "Z3XK9", 340.0, "paid", "orders@example.de"])
    positions = wb.create_sheet("Order positions")
    positions.append(["Event slug", "Order code", "Position ID", "Status", "Email", "Product", "Variation",
                      "Attendee name", "Attendee email", "Company", "Ticket secret", "Company"])
    positions.append(["democon", "Z3XK9", 1, "paid", "orders@example.de", "Conference ticket", None,
                      "Katharina Weiß", "kathi@example.de", "Beispiel GmbH", "ka2m8u4xqwjr7hbcze9nfp3t6vyd5gs2", "Invoice Co"])
    positions.append(["democon", "Z3XK9", 2, "canceled", "orders@example.de", "Conference ticket", None,
                      "Jonas Becker", None, None, "bq7wzj4kd9xn2mtr8ce5hpy3fa6vug2s", None])
    wb.create_sheet("Order fees").append(["Order code", "Fee type", "Value"])
    path = tmp_path / "democon_orders.xlsx"
    wb.save(path)
    parsed = parse_export(path)
    assert parsed.platform == "pretix"
    assert [(row.key, row.code, row.status) for row in parsed.rows] == [
        ("Z3XK9-1", "ka2m8u4xqwjr7hbcze9nfp3t6vyd5gs2", "active"),
        ("Z3XK9-2", "bq7wzj4kd9xn2mtr8ce5hpy3fa6vug2s", "cancelled")]
    assert parsed.rows[0].organization == "Beispiel GmbH"
    assert parsed.rows[1].email == "orders@example.de"          # order email when the attendee gave none


def test_hi_events_xlsx(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Worksheet"
    ws.append(["ID", "First Name", "Last Name", "Email", "Status", "Check Ins", "Product ID", "Product Name",
               "Event ID", "Public ID", "Short ID", "Created Date", "Last Updated Date", "Notes", "Company?"])
    ws.append([101, "Aiyana", "Redcloud", "aiyana@example.com", "ACTIVE", "", 7, "General - Early bird", 3,
               "A-7K2QX9P", "a_Xy7Qp2LmAb3Cd", "2026-05-01 10:00:00", "2026-05-01 10:00:00", "Needs ramp", "Acme"])
    ws.append([102, "Björn", "Andersson", "bjorn@example.se", "CANCELLED", "", 7, "General - Early bird", 3,
               "A-9ZQ3MN1", "a_Ab3Cd4Ef5Gh6I", "2026-05-02 10:00:00", "2026-05-02 10:00:00", None, None])
    ws.append([103, "Mei", "Lin", "mei@example.tw", "AWAITING_PAYMENT", "", 8, "VIP", 3,
               "A-0B4YH7R", "a_Jk7Lm8No9Pq0R", "2026-05-03 10:00:00", "2026-05-03 10:00:00", None, None])
    path = tmp_path / "attendees.xlsx"
    wb.save(path)
    parsed = parse_export(path)
    assert parsed.platform == "hievents"
    people = by_email(parsed)
    aiyana = people["aiyana@example.com"]
    assert (aiyana.code, aiyana.key, aiyana.ticket_type, aiyana.notes) == ("A-7K2QX9P", "101", "General - Early bird", "Needs ramp")
    assert people["bjorn@example.se"].status == "cancelled"
    assert people["mei@example.tw"].status == "awaiting payment"


# --- Ticket Tailor, Indico, Meetup, Forms, Zoom -----------------------------------------------------

def test_ticket_tailor_orders_one_person_per_order_with_a_warning():
    parsed = parse("tickettailor_orders.csv")
    assert parsed.platform == "tickettailor"
    people = by_email(parsed)
    assert people["chloe@example.fr"].status == "cancelled"
    assert people["aarav@example.co.uk"].ticket_type == "General Admission"
    assert people["aarav@example.co.uk"].key == "or_1002"
    assert any("3 more tickets" in w for w in map(str, parsed.warnings))
    assert any("no ticket barcodes" in w for w in map(str, parsed.warnings))


def test_ticket_tailor_tickets_codes_are_case_sensitive():
    parsed = parse("tickettailor_tickets.csv")
    rows = {row.code: row for row in parsed.rows}
    assert rows["ef4hEvs"].full_name == "Aarav Patel"
    assert rows["EF4hEvs"].full_name == "Diya Patel"
    assert rows["Qp9Zx"].status == "voided"
    assert not parsed.rejected


def test_indico_registrations_have_no_codes():
    parsed = parse("indico_registrations.csv")
    assert parsed.platform == "indico"
    people = by_email(parsed)
    assert people["marie.curie@example.fr"].key == "1" and people["marie.curie@example.fr"].code == ""
    assert [people[e].status for e in ("lise@example.at", "cv.raman@example.in", "emmy@example.de", "erwin@example.at")] == \
        ["withdrawn", "pending approval", "awaiting payment", "rejected"]
    assert people["yukawa@example.jp"].full_name == "湯川 秀樹"
    assert any("QR codes" in w for w in map(str, parsed.warnings))


def test_meetup_rsvps_and_guests():
    parsed = parse("meetup_rsvps.xls")
    rows = {row.key: row for row in parsed.rows}
    assert rows["user 31940277"].status == "not attending"
    assert rows["user 40211894"].status == "waitlisted"
    assert rows["user 22849133"].status == "active"
    assert any("3 guests" in w for w in map(str, parsed.warnings))


def test_google_forms_guess_name_columns():
    parsed = parse("google_forms_responses.csv")
    assert parsed.platform == "googleforms"
    assert parsed.mapping["name"] == "What is your full name?"
    assert parsed.mapping["organization"] == "Company name"
    people = by_email(parsed)
    assert people["sara.k@example.com"].last_name == "Kaya"
    assert people["sara.k@example.com"].line == 5                        # the later answer replaces the first
    assert people["sara.k@example.com"].raw["Which sessions will you attend?"] == "Keynote"
    assert [r.line for r in parsed.merged] == [2] and "sent later" in str(parsed.merged[0].reason)
    assert not parsed.rejected
    alex = next(row for row in parsed.rows if row.full_name == "Alex Morgan")
    assert alex.key == "name:alex morgan" and alex.pronouns == "they/them"
    assert "Emergency contact name" not in parsed.mapping.values()


def test_google_forms_in_french():
    parsed = parse("google_forms_fr.csv")
    people = by_email(parsed)
    camille = people["camille@example.qc.ca"]
    assert (camille.first_name, camille.last_name, camille.organization, camille.pronouns) == \
        ("Camille", "Gagnon", "Ville de Montréal", "iel")


def test_zoom_report_header_is_found_below_the_preamble():
    parsed = parse("zoom_webinar_attendees.csv")
    assert parsed.platform == "zoom"
    people = by_email(parsed)
    assert set(people) == {"rosa@example.com", "karin@example.se", "ibrahim@example.ng", "yael@example.il"}
    assert people["rosa@example.com"].line == 13
    assert people["yael@example.il"].status == "declined"


# --- mapping, generic sheets, platform names --------------------------------------------------------

def test_unknown_sheet_is_read_by_its_values_and_a_mapping_still_wins():
    guessed = parse("spreadsheet_needs_mapping.csv")
    ilse = by_email(guessed)["ilse@example.nl"]
    assert (ilse.full_name, ilse.first_name, ilse.last_name) == ("Ilse de Vries", "Ilse", "de Vries")
    assert guessed.mapping == {"name": "Personne", "email": "Adresse"}
    assert any("'Personne' was read as name" in w for w in map(str, guessed.warnings))
    assert not guessed.recognised and str(guessed.label) == "spreadsheet"
    parsed = parse("spreadsheet_needs_mapping.csv",
                   mapping={"name": "Personne", "email": "Adresse", "organization": "Org", "code": "Badge"})
    hana = by_email(parsed)["hana@example.jp"]
    assert (hana.full_name, hana.code, hana.organization) == ("Hana Kobayashi", "B-003", "Rakuten")
    assert parsed.mapping == {"code": "Badge", "name": "Personne", "email": "Adresse", "organization": "Org"}


def test_mapping_overrides_a_detected_profile():
    parsed = parse("eventbrite_attendee_report_2024.csv", mapping={"notes": "How did you hear about this event?",
                                                                   "ticket_type": "Job Title"})
    john = by_email(parsed)["john.doe@example.com"]
    assert john.notes == "Friend" and john.ticket_type == "Engineer"
    assert john.code == "1121191224318441583423001"


def test_mapping_errors_list_what_exists():
    with pytest.raises(ImportRefused) as refused:
        parse("tito_tickets.csv", mapping={"code": "Ticket Barcode"})
    message = str(refused.value)
    assert "Ticket Barcode" in message and "'Unique Ticket URL'" in message and "tito_tickets.csv" in message
    with pytest.raises(ImportRefused, match="badge_colour"):
        parse("tito_tickets.csv", mapping={"badge_colour": "Ticket"})


def test_platform_names():
    assert parse("luma_guests.csv", platform="Lu.ma").platform == "luma"
    assert parse("pretix_checkin_list.csv", platform="pretix").rows[0].code == "ka2m8u4xqwjr7hbcze9nfp3t6vyd5gs2"
    with pytest.raises(ImportRefused, match="Unknown platform 'evenbrite'.*eventbrite"):
        parse("luma_guests.csv", platform="evenbrite")
    wrong = parse("luma_guests.csv", platform="eventbrite")
    assert "export from Luma" in str(wrong.warnings[0])
    assert by_email(wrong)["priya@example.in"].full_name == "Priya Sharma"


def test_spreadsheet_error_cells_are_not_codes(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.append(["Code", "Name"])
    wb.active.append(["#VALUE!", "Ada Lovelace"])
    wb.active.append(["#N/A", "Grace Hopper"])
    path = tmp_path / "errors.xlsx"
    wb.save(path)
    rows = parse_export(path).rows
    assert [(row.full_name, row.code) for row in rows] == [("Ada Lovelace", ""), ("Grace Hopper", "")]


def test_no_usable_columns(tmp_path):
    path = tmp_path / "numbers.csv"
    path.write_text("Quantity,Price\n1,10\n2,20\n", encoding="utf-8")
    with pytest.raises(ImportRefused, match="--map"):
        parse_export(path)
    with pytest.raises(ImportRefused, match="no usable columns"):
        parse_export(path, platform="eventbrite")


def test_keys_are_stable_when_rows_are_reordered(tmp_path):
    original = parse("luma_guests.csv")
    text = (EXPORTS / "luma_guests.csv").read_bytes().decode("utf-8-sig").splitlines()
    reordered = tmp_path / "luma_guests.csv"
    reordered.write_text("\n".join([text[0]] + list(reversed(text[1:]))) + "\n", encoding="utf-8")
    again = parse_export(reordered)
    assert {r.key: r.code for r in original.rows} == {r.key: r.code for r in again.rows}


def test_status_words():
    def status(word):
        return read_status(word).status

    assert status("Cancelled") == "cancelled"
    assert status("canceled") == "cancelled"
    assert status("VOID") == "voided"
    assert status("Not Attending") == "not attending"
    assert status("Cancelled (by organizer)") == "cancelled"
    assert status("Partially Refunded") == "active"
    assert status("Registered") == "active"
    assert status("") == "active"
    assert read_status("Sold out soon") is None


def test_name_helpers():
    assert split_name("Mary Ann van Berg") == ("Mary Ann", "van Berg")
    assert split_name("Madonna") == ("Madonna", "")
    assert split_name("王小明") == ("王小明", "")
    assert split_name("山田 太郎") == ("山田 太郎", "")
    assert join_name("Ada", "") == "Ada"
    assert join_name("小明", "王") == "王小明"


def test_names_are_nfc_normalised(tmp_path):
    path = tmp_path / "nfd.csv"
    path.write_text("Name,Email\nJose\u0301 Nu\u0301n\u0303ez,jose@example.es\n", encoding="utf-8")
    row = parse_export(path).rows[0]
    assert row.full_name == "José Núñez" and row.last_name == "Núñez"


def test_duplicate_codes_with_different_keys_are_rejected(tmp_path):
    path = tmp_path / "codes.csv"
    path.write_text("Code,Name,Email\nA1,Ada Lovelace,ada@example.org\nA1,Grace Hopper,grace@example.org\n")
    parsed = parse_export(path)
    assert [row.full_name for row in parsed.rows] == ["Ada Lovelace", "Grace Hopper"][:1]
    assert parsed.rejected[0].line == 3 and "already used by line 2" in str(parsed.rejected[0].reason)


def test_same_name_without_email_is_kept_twice(tmp_path):
    path = tmp_path / "names.csv"
    path.write_text("Name\nWei Chen\nWei Chen\n")
    parsed = parse_export(path)
    assert [row.key for row in parsed.rows] == ["name:wei chen", "name:wei chen#2"]
    assert any("several rows" in w for w in map(str, parsed.warnings))


def test_path_with_any_extension(tmp_path):
    copy = tmp_path / "download (1)"
    shutil.copy(EXPORTS / "luma_guests.csv", copy)
    assert parse_export(copy).platform == "luma"
