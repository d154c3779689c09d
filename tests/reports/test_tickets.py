"""Signed ticket codes: issued to rosters without codes, scannable from the PNG, forgeries refused."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from kiosk import checkin
from kiosk.reports import tickets
from kiosk.roster import issued_codes
from kiosk.roster.issued_codes import ALPHABET, sign_code, verify_code

from .conftest import add

SECRET = "a" * 64


def test_a_signed_code_verifies_and_any_one_character_change_does_not():
    code = sign_code(SECRET)
    assert code.startswith("T-") and code == code.upper() and len(code) == 19
    assert set(code.replace("-", "")[1:]) <= set(ALPHABET)
    assert verify_code(SECRET, code)
    assert verify_code(SECRET, code.lower())            # a scanner typing with Caps Lock on
    assert verify_code(SECRET, f"  {code}\n")
    for i, ch in enumerate(code):
        if ch == "-" or i == 0:
            continue
        for other in (ALPHABET[(ALPHABET.index(ch) + 1) % len(ALPHABET)], ALPHABET[(ALPHABET.index(ch) + 17) % len(ALPHABET)]):
            tampered = code[:i] + other + code[i + 1:]
            assert not verify_code(SECRET, tampered), tampered


def test_a_code_from_another_event_does_not_verify():
    code = sign_code(SECRET)
    assert not verify_code("b" * 64, code)
    assert not verify_code("", code)
    for junk in ("", "T-", "T-AAAAAAAAAA-", "K-ABCDEFGH23", code + "A", code.replace("-", "_"), None):
        assert not verify_code(SECRET, junk)


def test_issuing_replaces_placeholder_codes_and_keeps_the_old_one(people, event_db, tmp_path, cli):
    out = tmp_path / "tickets"
    result = cli("tickets", "--db", event_db.path, "--out", out, "--json")
    assert result.code == 0, result
    info = result.json()
    secret = event_db.event()["secret"]
    issued = {i["old_code"]: i["code"] for i in info["issued"]}
    assert set(issued) == {"K-ABCDEFGH23", "K-ZXCVBNMQ45"}          # EB codes and the walk-in keep theirs
    for old, new in issued.items():
        assert verify_code(secret, new)
        row = event_db.one("SELECT id, code FROM attendees WHERE id = ?", (people[old],))
        assert row["code"] == new
        codes = {r["code"] for r in event_db.query("SELECT code FROM attendee_codes WHERE attendee_id = ?", (row["id"],))}
        assert codes == {old, new}
    assert event_db.scalar("SELECT code FROM attendees WHERE id = ?", (people["EB-0001"],)) == "EB-0001"
    # The new code checks in on day 3; the old printout scanned again is recognised as the same person.
    chloe_new = issued["K-ABCDEFGH23"]
    assert checkin.check_in(event_db, chloe_new, station="door", at="2026-07-10T13:00:00Z").verdict == "ok"
    assert checkin.check_in(event_db, "K-ABCDEFGH23", station="door", at="2026-07-10T13:01:00Z").verdict == "already"
    # Running it again issues nothing new and writes the same tickets.
    again = cli("tickets", "--db", event_db.path, "--out", out, "--json").json()
    assert again["newly_issued"] == 0 and {i["code"] for i in again["issued"]} == set(issued.values())


def test_ticket_files_scan_back_to_the_code(people, event_db, tmp_path):
    import zxingcpp
    from PIL import Image

    info = tickets.issue_tickets(event_db, tmp_path)
    with open(tmp_path / "mail-merge.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [list(r) for r in rows[:1]] == [["email", "first_name", "full_name", "ticket_pdf", "ticket_png", "code"]]
    assert {r["code"] for r in rows} == {i["code"] for i in info["issued"]}
    chloe = next(r for r in rows if r["first_name"] == "Chloé")
    assert chloe["email"] == "chloe.dube@example.ca" and chloe["full_name"] == "Chloé Dubé-Tremblay"
    for row in rows:
        with Image.open(row["ticket_png"]) as image:
            decoded = zxingcpp.read_barcodes(image)
        assert [d.text for d in decoded] == [row["code"]]
        pdf = Path(row["ticket_pdf"]).read_bytes()
        assert pdf.startswith(b"%PDF") and b"/Count 1" in pdf              # one page per ticket
    assert info["without_email"] == 1


def test_forged_or_mistyped_t_codes_are_unknown_even_when_the_roster_holds_them(event_db):
    secret = event_db.event()["secret"]
    good = sign_code(secret)
    forged = sign_code("another event's secret")
    add(event_db, code=good, first_name="Real", last_name="Ticket")
    add(event_db, code=forged, first_name="Forged", last_name="Ticket")     # e.g. a copied roster row
    typo = good[:-1] + ("A" if good[-1] != "A" else "B")
    assert checkin.check_in(event_db, forged, station="door", at="2026-07-08T13:00:00Z").verdict == "unknown"
    assert checkin.check_in(event_db, typo, station="door", at="2026-07-08T13:00:00Z").verdict == "unknown"
    ok = checkin.check_in(event_db, good.lower(), station="door", at="2026-07-08T13:00:00Z")
    assert ok.verdict == "ok" and ok.attendee["first_name"] == "Real"
    verdicts = [r["verdict"] for r in event_db.query("SELECT verdict FROM scan_attempts ORDER BY id")]
    assert verdicts == ["unknown", "unknown", "ok"]


@pytest.mark.parametrize("code,needed", [("K-ABCDEFGH23", True), ("", True), ("has space", True),
                                         ("EB-0001", False), ("ti_pX9tJEguENQbdPOdhq66Vtw", False)])
def test_who_needs_a_ticket(code, needed):
    assert issued_codes.needs_ticket(code) is needed


def test_issued_codes_survive_a_resync_of_a_roster_without_codes(event_db, tmp_path, cli):
    roster = tmp_path / "forms.csv"
    roster.write_text("First Name,Last Name,Email,Organization\nÉlise,Roy,elise@example.org,Centre\n"
                      "Noé,Blanc,noe@example.org,École\n", encoding="utf-8")
    assert cli("import", "--db", event_db.path, roster, "--platform", "spreadsheet").code == 0
    assert {r["code"][:2] for r in event_db.query("SELECT code FROM attendees")} == {"K-"}
    info = cli("tickets", "--db", event_db.path, "--out", tmp_path / "t", "--json").json()
    issued = {i["code"] for i in info["issued"]}
    assert len(issued) == 2
    roster.write_text("First Name,Last Name,Email,Organization\nÉlise,Roy,elise@example.org,Centre Nord\n"
                      "Noé,Blanc,noe@example.org,École\n", encoding="utf-8")
    assert cli("import", "--db", event_db.path, roster, "--platform", "spreadsheet").code == 0
    rows = {r["email"]: r for r in event_db.query("SELECT code, email, organization FROM attendees")}
    assert {r["code"] for r in rows.values()} == issued
    assert rows["elise@example.org"]["organization"] == "Centre Nord"
