"""Every export fixture, imported with no mapping, then the exact string each platform's printed QR
holds scanned at `kiosk checkin`: the right person gets `ok`, the rest the right refusal.

Platforms without a ticket QR in their export (Indico, Zoom, forms, Meetup, Sessionize, a hand-made
list) are scanned with the code the kiosk issued; Indico's own QR is refused as unknown, because
its export never holds the ticket (exports.md §7: print the kiosk's badges or tickets instead).
"""

from __future__ import annotations

import base64
import uuid
from pathlib import Path

import pytest

EXPORTS = Path(__file__).resolve().parent.parent / "fixtures" / "exports"
AT = "2026-07-08T10:00"    # a day of the test event (tests/conftest.py)

# fixture -> [(what is scanned, expected verdict)], in order, in one fresh event.
# ("email", ADDRESS) scans the code the kiosk issued to that person.
SCANS: dict[str, list[tuple[object, str]]] = {
    "eventbrite_attendee_report_2024.csv": [
        ("11211912243" + "18441583423" + "001", "ok"),           # order # + attendee # + 001
        ("18441583423", "already"),                           # the attendee number typed at the desk
        ("11211935111" + "18441600201" + "001", "cancelled"),     # Not Attending
        ("11211935333" + "18441600444" + "001", "ok"),            # Info Requested: a real ticket
    ],
    "eventbrite_full_barcode.csv": [
        ("752327237937711036002", "ok"),
        ("752327237937711036001", "cancelled"),                # an older copy of a reissued ticket
        ("0814847311126137001", "ok"),
    ],
    "eventbrite_2013_summary.csv": [("183021113" + "171330126" + "001", "ok")],
    "eventbrite_attendee_report_uk.csv": [
        ("20115550101" + "30224440101" + "001", "ok"),
        ("20115550103" + "30224440104" + "001", "cancelled"),
        ("20115550102" + "30224440103" + "001", "ok"),
    ],
    "eventbrite_order_only_uk.csv": [
        ("40118880201" + "50112345678" + "001", "ok"),             # the order's only ticket
        ("40118880202" + "50112345679" + "001", "choose"),         # an order of three: nobody checked in
        ("40118880203" + "50112345680" + "001", "cancelled"),
    ],
    "eventbrite_attendee_report_de.csv": [
        ("12345601001" + "23456701001" + "001", "ok"),
        ("12345601003" + "23456701004" + "001", "cancelled"),
    ],
    "eventbrite_attendee_report_fr.csv": [
        ("3141592653527182818284001", "ok"),
        ("3141592653627182818285002", "ok"),
        ("3141592653627182818285001", "cancelled"),            # replaced by the 002 copy
        ("3141592653727182818286001", "cancelled"),            # Refunded
    ],
    "tito_tickets.csv": [
        ("https://ti.to/tickets/ti_pX9tJEguENQbdPOdhq66Vtw", "ok"),
        ("ti_Ab12Cd34Ef56Gh78Ij90KlM", "cancelled"),           # voided
    ],
    "tito_tickets_de.csv": [("https://ti.to/tickets/ti_Rt5wYq2ZxM8nPk3vLs6dHa9", "ok")],
    "tito_tickets_fr.csv": [("https://ti.to/tickets/ti_Fr4nc0ph0n3Qc8Lk2Mn7Pq", "ok"),
                            ("ti_Ha1t1Pq3Rs5Tu7Vw9Xy2Za", "cancelled")],      # "Annulé: oui"
    "pretix_orderpositions.csv": [("ka2m8u4xqwjr7hbcze9nfp3t6vyd5gs2", "attention")],   # order comment
    "pretix_orderpositions_de.csv": [
        ("m8xq2kcpw4tyg9nrzh3v5bjd7afe6s2u", "ok"),
        ("C4NE7WQ2ZT9KXH5RPJ3DG8VBMA6YS2FU", "attention"),     # a scanner in caps; a note ("Rollstuhl")
        ("p2za7jk4mxwq9c3tnh8rbv5ydg6fe2su", "cancelled"),     # ausstehend
        ("t6yr9bn2kq4xwz7mcp3hja5dgv8fe2su", "cancelled"),     # storniert
    ],
    "pretix_orderpositions_fr.csv": [
        ("h5kz8rq2wn4ytj7cbm3pxd9agv6fe2su", "ok"),
        ("k3wd9xr2mq5tzn7cyh4pjb8agv6fe2su", "cancelled"),     # annulé
    ],
    "pretix_checkin_list.csv": [("ka2m8u4xqwjr7hbcze9nfp3t6vyd5gs2", "ok")],
    "pretix_checkin_list_nosecret.csv": [(("email", "kathi@example.de"), "ok")],
    "pretix_valid_codes.csv": [
        ("bq7wzj4kd9xn2mtr8ce5hpy3fa6vug2s", "ok"),
        ("g4ye8kr2nzw3mtq7hc9pbj5dx6vsa2u8", "cancelled"),     # Paid = No
    ],
    "luma_guests.csv": [
        ("https://luma.com/check-in/evt-Ab3dE5fG7hI9jK1?pk=g-Xy7Qp2Lm", "ok"),
        ("https://lu.ma/check-in/evt-Ab3dE5fG7hI9jK1?pk=g-Gh5Ij6Kl", "cancelled"),   # declined
    ],
    "hievents_attendees.xlsx": [("A-7K2QX9P", "ok"), ("A-3M8ZT4W", "cancelled"), ("A-9P5RC2K", "cancelled")],
    "hievents_attendees_fr.xlsx": [("A-4HX7N2Q", "ok"), ("A-8TW3K6M", "cancelled"), ("A-2ZQ9V5R", "cancelled")],
    "hievents_attendees_de.xlsx": [("A-6RN4T8X", "ok"), ("a-5kw2p9z", "ok"), ("A-3QX7M4N", "cancelled")],
    "hievents_attendees_es.xlsx": [("A-8VZ3K5T", "ok"), ("A-2NR6W9Q", "cancelled")],
    "tickettailor_tickets.csv": [("al4R5", "ok"), ("Qp9Zx", "cancelled")],
    "tickettailor_orders.csv": [(("email", "siobhan@example.scot"), "ok"), (("email", "chloe@example.fr"), "cancelled")],
    "alfio_tickets.csv": [
        ("3f2b8c1e-7d4a-4b9e-a1c2-5e6f7a8b9c0d/e5c1a0b9f8d7c6b5a4e3d2c1b0a9f8e7d6c5b4a3", "ok"),
        ("0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f/9f8e7d6c5b4a39f8e7d6c5b4a39f8e7d6c5b4a3", "cancelled"),  # TO_BE_PAID
    ],
    "humanitix_attendees.csv": [("65f1a2b3c4d5e6f7a8b9c0e1", "ok"), ("65f1a2b3c4d5e6f7a8b9c0e3", "cancelled")],
    "indico_registrations.csv": [("indico-qr", "unknown"), (("email", "marie.curie@example.fr"), "ok")],
    "indico_registrations_de.csv": [
        ("indico-qr", "unknown"), (("email", "hedwig@example.de"), "ok"), (("email", "lise@example.at"), "cancelled"),
        (("email", "emmy@example.de"), "cancelled")],
    "indico_registrations_fr.csv": [
        (("email", "irene@example.fr"), "ok"), (("email", "louis@example.fr"), "cancelled"),
        (("email", "marthe@example.fr"), "cancelled")],
    "zoom_registrants.csv": [(("email", "sione@example.ws"), "ok"), (("email", "sofia@example.se"), "cancelled")],
    "zoom_webinar_attendees.csv": [(("email", "rosa@example.com"), "ok")],
    "sessionize_speakers.csv": [(("email", "wanjiru@example.ke"), "ok")],
    "google_forms_responses.csv": [(("email", "sara.k@example.com"), "ok")],
    "google_forms_fr.csv": [(("email", "camille@example.qc.ca"), "ok")],
    "google_forms_pl.csv": [(("email", "agnieszka@example.pl"), "ok")],
    "meetup_rsvps.xls": [],
    "spreadsheet_questions_fr.csv": [(("email", "genevieve@example.qc.ca"), "ok"),
                                     (("email", "chloe@example.qc.ca"), "cancelled")],
    "spreadsheet_excel_fr.csv": [(("email", "helene@example.qc.ca"), "ok"), (("email", "gaelle@example.fr"), "cancelled")],
    "spreadsheet_needs_mapping.csv": [(("email", "hana@example.jp"), "ok")],
    "spreadsheet_unicode_text.txt": [],
}

#: fixtures that must NOT import (their own tests check the message)
REFUSED = {"eventbrite_excel_scientific.csv", "eventbrite_excel_zeros.csv", "spreadsheet_ambiguous.csv",
           "spreadsheet_unknown_status.csv"}


def _indico_qr() -> str:
    ticket = uuid.UUID("6f1c2a9e-3b4d-4e5f-8a7b-1c2d3e4f5a6b")
    token = base64.urlsafe_b64encode(ticket.bytes).decode().rstrip("=")
    return '{"i":[2,"indico.example.org","' + token + '"]}'


def test_every_fixture_is_scanned_or_deliberately_refused():
    present = {p.name for p in EXPORTS.iterdir() if p.suffix in (".csv", ".xlsx", ".xls", ".txt")}
    assert present == set(SCANS) | REFUSED


@pytest.mark.parametrize("fixture", sorted(SCANS))
def test_fixture_imports_without_mapping_and_its_printed_codes_get_the_right_verdict(fixture, cli, event_db, db_path):
    imported = cli("import", EXPORTS / fixture, "--db", db_path, "--json")
    assert imported.code == 0, imported
    summary = imported.json()
    assert summary["new"] > 0
    for scanned, expected in SCANS[fixture]:
        if isinstance(scanned, tuple):
            code = event_db.scalar("SELECT code FROM attendees WHERE email = ?", (scanned[1],))
            assert code, f"{scanned[1]} not imported from {fixture}"
            payload = code
        else:
            payload = _indico_qr() if scanned == "indico-qr" else scanned
        result = cli("checkin", payload, "--db", db_path, "--at", AT, "--json")
        verdict = result.json()["verdict"]
        assert verdict == expected, (fixture, scanned, result.json())


def test_the_platform_is_named_and_an_unrecognised_file_warns_loudly(cli, db_path, event_db):
    out = cli("import", EXPORTS / "pretix_orderpositions_de.csv", "--db", db_path)
    assert out.code == 0 and "Platform: pretix order positions (by its column titles)" in out.stdout
    out = cli("import", EXPORTS / "eventbrite_attendee_report_de.csv", "--db", db_path)
    assert "Platform: Eventbrite (by its order and attendee numbers of Eventbrite's length, 70% sure)" in out.stdout
    out = cli("import", EXPORTS / "spreadsheet_questions_fr.csv", "--db", db_path, "--dry-run")
    assert "Platform: NOT RECOGNISED" in out.stdout
    assert "WARNING: NO REGISTRATION PLATFORM WAS RECOGNISED" in out.stdout and "4 people have no ticket code" in out.stdout
    assert cli("import", EXPORTS / "spreadsheet_questions_fr.csv", "--db", db_path, "--json").json()["recognised"] is False
