"""Re-sync by the same rules as the first import: another language or more columns updates, never
duplicates; a ticket code under a new registration id updates its holder (issue 16, item 8)."""

from __future__ import annotations

from pathlib import Path

from kiosk import checkin
from kiosk.roster import attendees
from kiosk.roster.parse import parse_export
from kiosk.roster.resync import import_export

EXPORTS = Path(__file__).resolve().parent.parent / "fixtures" / "exports"
AT = "2026-07-08T14:00:00Z"

PRETIX_EN = """Event slug,Order code,Position ID,Status,Email,Product,Variation,Attendee name,Attendee email,Company,Ticket secret
fossgis26,K7W2P,1,paid,bestellung@example.de,Conference ticket,Regular,Sabine Müller,sabine@example.de,Stadtwerke Köln,m8xq2kcpw4tyg9nrzh3v5bjd7afe6s2u
fossgis26,K7W2P,2,paid,bestellung@example.de,Conference ticket,Reduced,Björn Weiß,,Stadtwerke Köln,c4ne7wq2zt9kxh5rpj3dg8vbma6ys2fu
fossgis26,L9T4R,1,pending,tom@example.de,Conference ticket,Regular,Tom Schäfer,tom@example.de,,p2za7jk4mxwq9c3tnh8rbv5ydg6fe2su
fossgis26,M3V8S,1,canceled,eva@example.at,Workshop,,Eva Gruber,eva@example.at,TU Wien,t6yr9bn2kq4xwz7mcp3hja5dgv8fe2su
fossgis26,N5X1Q,1,expired,kai@example.de,Conference ticket,Regular,Kai Neumann,kai@example.de,,w3hq8dt5nz2kxm7cbr9pja4ygv6fe2su
"""


def _count(db) -> int:
    return db.scalar("SELECT count(*) FROM attendees")


def test_a_newer_export_in_another_language_updates_and_never_duplicates(event_db, tmp_path):
    english = tmp_path / "fossgis26_orderpositions.csv"
    english.write_text(PRETIX_EN, encoding="utf-8")
    first = import_export(event_db, english, source="fossgis")
    assert first.summary()["new"] == 5
    sabine = attendees.find_by_code(event_db, "m8xq2kcpw4tyg9nrzh3v5bjd7afe6s2u")
    assert checkin.check_in(event_db, "m8xq2kcpw4tyg9nrzh3v5bjd7afe6s2u", at=AT).verdict == "ok"

    german = import_export(event_db, EXPORTS / "pretix_orderpositions_de.csv", source="fossgis")
    s = german.summary()
    assert (s["new"], s["cancelled"], s["not_admitted"], s["missing"]) == (0, 0, 0, 0)
    assert (s["updated"], s["unchanged"]) == (4, 1)       # product names come in German now ("Workshop" stays)
    assert _count(event_db) == 5
    same = attendees.find_by_code(event_db, "m8xq2kcpw4tyg9nrzh3v5bjd7afe6s2u")
    assert same["id"] == sabine["id"] and same["ticket_type"] == "Konferenzticket – Normal"
    assert checkin.check_in(event_db, "m8xq2kcpw4tyg9nrzh3v5bjd7afe6s2u", at=AT).verdict == "already"
    assert attendees.find_by_code(event_db, "t6yr9bn2kq4xwz7mcp3hja5dgv8fe2su")["status"] == "cancelled"


def test_a_newer_export_with_more_columns_updates_and_never_duplicates(event_db, tmp_path):
    report = tmp_path / "attendee-report.csv"
    report.write_text("Order #,First Name,Last Name,Email,Attendee #,Attendee Status\n"
                      "752327237,Hiroshi,Nakamura,hiroshi@example.jp,937711035,Attending\n", encoding="utf-8")
    assert import_export(event_db, report).summary()["new"] == 1
    checkin.check_in(event_db, "752327237937711035001", at=AT)
    full = import_export(event_db, EXPORTS / "eventbrite_full_barcode.csv")
    s = full.summary()
    assert s["new"] == 5 and s["updated"] == 1 and _count(event_db) == 6       # Hiroshi updated, not added twice
    hiroshi = attendees.find_by_code(event_db, "752327237937711035001")
    assert hiroshi["organization"] == "Sony"
    assert checkin.check_in(event_db, "937711035", at=AT).verdict == "already"


def test_a_ticket_code_under_a_new_registration_id_updates_its_holder_and_keeps_the_check_in(cli, event_db, db_path,
                                                                                            tmp_path):
    sheet = tmp_path / "list.csv"
    sheet.write_text("Registration ID,Name,Email,Ticket code\nR-1,Ana Lima,ana@example.br,TK-ANA-7731\n"
                     "R-2,Bo Kim,bo@example.kr,TK-BO-4410\n", encoding="utf-8")
    assert cli("import", sheet, "--db", db_path, "--source", "regs").code == 0
    ana = attendees.find_by_code(event_db, "TK-ANA-7731")
    assert checkin.check_in(event_db, "TK-ANA-7731", at=AT).verdict == "ok"

    sheet.write_text("Registration ID,Name,Email,Ticket code\nR-100,Ana Lima Souza,ana@example.br,TK-ANA-7731\n"
                     "R-2,Bo Kim,bo@example.kr,TK-BO-4410\n", encoding="utf-8")
    dry = cli("import", sheet, "--db", db_path, "--source", "regs", "--dry-run")
    assert dry.code == 0, dry
    assert "new 0 " in dry.stdout and "registration id R-1 is now R-100 (same ticket code)" in dry.stdout
    done = cli("import", sheet, "--db", db_path, "--source", "regs", "--json")
    assert done.code == 0, done
    s = done.json()
    assert (s["new"], s["rekeyed"], s["missing"], s["rejected"]) == (0, 1, 0, 0)
    now = attendees.find_by_code(event_db, "TK-ANA-7731")
    assert now["id"] == ana["id"] and now["full_name"] == "Ana Lima Souza"
    assert event_db.scalar("SELECT source_key FROM attendees WHERE id = ?", (ana["id"],)) == "R-100"
    assert checkin.check_in(event_db, "TK-ANA-7731", at=AT).verdict == "already"      # the check-in stayed
    again = cli("import", sheet, "--db", db_path, "--source", "regs", "--json").json()
    assert (again["new"], again["rekeyed"], again["unchanged"]) == (0, 0, 2)


def test_codes_that_change_hands_between_two_registrations_are_swapped_safely(event_db, tmp_path):
    sheet = tmp_path / "list.csv"
    sheet.write_text("ID,Name,Code\n1,Ana Lima,CODE-A1\n2,Bo Kim,CODE-B2\n", encoding="utf-8")
    import_export(event_db, sheet, source="regs")
    sheet.write_text("ID,Name,Code\n1,Ana Lima,CODE-B2\n2,Bo Kim,CODE-A1\n", encoding="utf-8")
    report = import_export(event_db, sheet, source="regs")
    assert report.summary()["updated"] == 2
    assert attendees.find_by_code(event_db, "CODE-A1")["full_name"] == "Bo Kim"
    assert attendees.find_by_code(event_db, "CODE-B2")["full_name"] == "Ana Lima"


def test_a_remembered_mapping_does_not_block_a_file_with_other_titles(cli, event_db, db_path, tmp_path):
    first = tmp_path / "first.csv"
    first.write_text("Personne,Adresse\nIlse de Vries,ilse@example.nl\n", encoding="utf-8")
    assert cli("import", first, "--db", db_path, "--source", "list", "--map", "name=Personne",
               "--map", "email=Adresse").code == 0
    second = tmp_path / "second.csv"
    second.write_text("Full name,Email\nIlse de Vries,ilse@example.nl\nPedro Alves,pedro@example.pt\n", encoding="utf-8")
    out = cli("import", second, "--db", db_path, "--source", "list", "--json")
    assert out.code == 0, out
    data = out.json()
    assert (data["new"], data["unchanged"]) == (1, 1)
    assert any("remembered for this source" in w for w in data["details"]["warnings"])


def test_duplicates_as_the_platform_means_them(tmp_path):
    sheet = tmp_path / "list.csv"
    sheet.write_text("Name,Email\nAmara Okafor,family@example.org\nChidi Okafor,family@example.org\n"
                     "Amara Okafor,family@example.org\n", encoding="utf-8")
    parsed = parse_export(sheet)
    # several tickets bought with one e-mail stay several people; the same person twice is one
    assert sorted(r.full_name for r in parsed.rows) == ["Amara Okafor", "Chidi Okafor"]
    assert [m.line for m in parsed.merged] == [4]
    zoom = parse_export(EXPORTS / "zoom_registrants.csv")
    assert [r.email for r in zoom.rows].count("ravi@example.in") == 1 and not zoom.rejected
    forms = parse_export(EXPORTS / "google_forms_pl.csv")
    assert {r.email: r.full_name for r in forms.rows}["agnieszka@example.pl"] == "Agnieszka Wójcik-Nowak"


def test_a_corrected_name_in_a_hand_made_list_updates_the_person(event_db, tmp_path):
    sheet = tmp_path / "list.csv"
    sheet.write_text("Name,Email\nAmara Okafr,amara@example.org\nChidi Okafor,family@example.org\n"
                     "Ada Okafor,family@example.org\n", encoding="utf-8")
    import_export(event_db, sheet, source="list")
    amara = event_db.scalar("SELECT id FROM attendees WHERE email = 'amara@example.org'")
    sheet.write_text("Name,Email\nAmara Okafor,amara@example.org\nChidi Okafor,family@example.org\n"
                     "Ada Okafor,family@example.org\n", encoding="utf-8")
    report = import_export(event_db, sheet, source="list").summary()
    assert (report["new"], report["updated"], report["missing"]) == (0, 1, 0)
    assert attendees.get(event_db, amara)["full_name"] == "Amara Okafor" and _count(event_db) == 3
