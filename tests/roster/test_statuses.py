"""Status words: every word of every language means admitted or not; an unknown word stops the import."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from kiosk.errors import ImportRefused
from kiosk.roster import statuses as S
from kiosk.roster.parse import parse_export
from kiosk.roster.resync import import_export

EXPORTS = Path(__file__).resolve().parent.parent / "fixtures" / "exports"


def _sheet(tmp_path, rows, name="list.csv", header=("Name", "Email", "Status")) -> Path:
    path = tmp_path / name
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def test_every_language_has_words_that_admit_and_words_that_do_not():
    for language in S.LANGUAGES:
        words = [m for _, m in S.all_words() if m.language == language and _ == "common"]
        assert sum(m.admitted for m in words) >= 8, language
        assert sum(not m.admitted for m in words) >= 15, language


@pytest.mark.parametrize("platform, meaning", S.all_words(), ids=lambda v: v if isinstance(v, str) else v.word)
def test_every_known_word_reads_back_with_its_meaning(platform, meaning):
    found = S.read_status(meaning.word, "" if platform == "common" else platform)
    assert found is not None and found.admitted == meaning.admitted and found.status == meaning.status
    # case, accents and underscores do not matter (a scanner of spreadsheets in capitals, a lost accent)
    shouting = S.read_status(meaning.word.upper().replace(" ", "_"), "" if platform == "common" else platform)
    assert shouting is not None and shouting.admitted == meaning.admitted


@pytest.mark.parametrize("language", S.LANGUAGES)
def test_a_hand_made_list_in_each_language_imports_every_word_with_its_meaning(tmp_path, language):
    words = [m for p, m in S.all_words() if p == "common" and m.language == language]
    rows = [(f"Person {i}", f"p{i}@example.org", m.word) for i, m in enumerate(words)]
    parsed = parse_export(_sheet(tmp_path, rows))
    by_email = {r.email: r for r in parsed.rows}
    for i, meaning in enumerate(words):
        row = by_email[f"p{i}@example.org"]
        assert (row.status == "active") == meaning.admitted, (meaning.word, row.status)
        assert ("not admitted" in str(row.admission)) == (not meaning.admitted)


@pytest.mark.parametrize("platform, words", [
    ("pretix", {"bezahlt": True, "ausstehend": False, "storniert": False, "abgelaufen": False, "payé": True,
                "en attente": False, "annulé": False, "expiré": False, "pagado": True, "pendiente": False,
                "betaald": True, "openstaand": False, "geannuleerd": False, "paid": True, "canceled": False,
                "pending (confirmed)": True, "approval pending": False}),
    ("indico", {"Completed": True, "Abgeschlossen": True, "Terminé": True, "Zurückgezogen": False,
                "Warten auf Zahlung": False, "En attente du paiement": False, "Retiré": False, "Unpaid": False}),
    ("hievents", {"ACTIVE": True, "AWAITING_PAYMENT": False, "CANCELLED": False}),
    ("alfio", {"ACQUIRED": True, "CHECKED_IN": True, "TO_BE_PAID": False, "INVALIDATED": False}),
])
def test_platform_catalogue_words(platform, words):
    for word, admitted in words.items():
        found = S.read_status(word, platform)
        assert found is not None and found.admitted == admitted, word
        assert found.source.startswith(platform)


def test_an_unknown_word_stops_the_import_and_says_how_to_explain_it(cli, db_path, event_db):
    fixture = EXPORTS / "spreadsheet_unknown_status.csv"
    refused = cli("import", fixture, "--db", db_path)
    assert refused.code == 2
    message = refused.stderr
    assert "'Nachrücker' (lines 3, 4)" in message and "column 'Status'" in message
    assert "nothing was imported" in message and '--status "Nachrücker=not-admitted"' in message
    assert event_db.scalar("SELECT count(*) FROM attendees") == 0
    assert cli("import", fixture, "--db", db_path, "--dry-run").code == 2       # the dry run stops too

    done = cli("import", fixture, "--db", db_path, "--status", "Nachrücker=not-admitted", "--json")
    assert done.code == 0, done
    report = done.json()
    assert (report["new"], report["not_admitted"], report["cancelled"]) == (3, 2, 0)
    assert event_db.scalar("SELECT status FROM attendees WHERE email = 'jonas@example.de'") == "Nachrücker"
    assert json.loads(event_db.scalar("SELECT statuses FROM sources")) == {"nachrucker": "Nachrücker"}
    # remembered for the source: a later re-sync needs no option, and the answer can be changed
    again = cli("import", fixture, "--db", db_path, "--json")
    assert again.code == 0 and again.json()["unchanged"] == 3
    changed = cli("import", fixture, "--db", db_path, "--status", "nachrucker=admitted", "--json").json()
    assert changed["updated"] == 2
    assert event_db.scalar("SELECT status FROM attendees WHERE email = 'lea@example.de'") == "active"


def test_status_answers_are_checked(cli, db_path, event_db):
    bad = cli("import", EXPORTS / "spreadsheet_unknown_status.csv", "--db", db_path, "--status", "Nachrücker")
    assert bad.code == 2 and "WORD=admitted" in bad.stderr
    assert S.parse_override("Warteliste = not admitted") == ("warteliste", "Warteliste")
    assert S.parse_override("VIP-Gast=admitted") == ("vip-gast", "active")
    assert S.parse_override("Gästeliste=waitlisted") == ("gasteliste", "waitlisted")
    with pytest.raises(ValueError):
        S.parse_override("=admitted")


def test_the_dry_run_says_why_each_row_is_or_is_not_admitted(cli, db_path, event_db):
    out = cli("import", EXPORTS / "pretix_orderpositions_de.csv", "--db", db_path, "--dry-run").stdout
    assert "Dry run: nothing written" in out
    assert "admitted: 'bezahlt' (pretix wording, German)" in out
    assert "[NOT ADMITTED]" in out and "not admitted: 'storniert' means cancelled (pretix wording, German)" in out
    assert "not admitted: 'ausstehend' means pending payment" in out
    assert "3 x " not in out and "2 x admitted: 'bezahlt'" in out
    assert event_db.scalar("SELECT count(*) FROM attendees") == 0


def test_a_first_import_calls_no_one_cancelled(event_db, tmp_path):
    report = import_export(event_db, EXPORTS / "indico_registrations_de.csv")
    s = report.summary()
    assert (s["new"], s["not_admitted"], s["cancelled"]) == (5, 4, 0)
    assert {e["status"] for e in report.not_admitted} == {"pending approval", "withdrawn", "rejected",
                                                          "awaiting payment"}
    # a later export that cancels an admitted person does count as cancelled
    newer = tmp_path / "indico_newer.csv"
    newer.write_text((EXPORTS / "indico_registrations_de.csv").read_text(encoding="utf-8-sig")
                     .replace("Abgeschlossen", "Zurückgezogen"), encoding="utf-8-sig")
    later = import_export(event_db, newer, source=report.source).summary()
    assert (later["new"], later["cancelled"], later["updated"]) == (0, 1, 1)


def test_an_empty_status_admits_and_a_refusing_word_with_details_refuses(tmp_path):
    parsed = parse_export(_sheet(tmp_path, [("Ana Lima", "ana@example.br", ""),
                                            ("Bo Kim", "bo@example.kr", "Cancelled (by organizer)"),
                                            ("Cy Dee", "cy@example.org", "Refunded - partial")]))
    status = {r.email: r.status for r in parsed.rows}
    assert status == {"ana@example.br": "active", "bo@example.kr": "cancelled", "cy@example.org": "refunded"}


def test_an_unknown_word_names_itself_and_its_lines(tmp_path):
    path = _sheet(tmp_path, [("Ana Lima", "ana@example.br", "Gästeliste"), ("Bo Kim", "bo@example.kr", "Gästeliste"),
                             ("Cy Dee", "cy@example.org", "Bestätigt")])
    with pytest.raises(ImportRefused) as refused:
        parse_export(path)
    assert "'Gästeliste' (lines 2, 3)" in str(refused.value)
    assert isinstance(refused.value, S.UnknownStatus) and refused.value.words == {"Gästeliste": [2, 3]}


def test_every_status_the_kiosk_stores_reads_back_as_itself():
    """The app's own attendance export imports again: each stored reason is a word it knows."""
    stored = {m.status for _, m in S.all_words()}
    for status in stored:
        found = S.read_status(status)
        assert found is not None and found.status == status, status


FORM_FR = ("Horodateur", "Adresse e-mail", "Quel est votre prénom ?", "Quel est votre nom de famille ?", "Statut")


def test_a_column_titled_statut_is_the_status_even_when_its_words_are_new(tmp_path, event_db):
    """A Google Form with a 'Statut' column of words the app does not know: everyone was imported as
    admitted ('no status given'), the waiting list and the volunteers too. The words now stop the import."""
    rows = [("2026/10/01 9:00:00", f"p{i}@example.ca", first, "Gagnon", word)
            for i, (first, word) in enumerate([("Camille", "Confirmé"), ("Léa", "Réserve"), ("Marc", "Bénévole"),
                                               ("Zoé", "Confirmé"), ("Luc", "Réserve")])]
    path = _sheet(tmp_path, rows, name="inscriptions.csv", header=FORM_FR)
    with pytest.raises(S.UnknownStatus) as refused:
        parse_export(path)
    assert refused.value.words == {"Réserve": [3, 6], "Bénévole": [4]}
    assert "'Statut'" in str(refused.value) and "nothing was imported" in str(refused.value)
    with pytest.raises(S.UnknownStatus):
        import_export(event_db, path)
    assert event_db.scalar("SELECT count(*) FROM attendees") == 0
    answers = dict(S.parse_override(text) for text in ("Réserve=not-admitted", "Bénévole=admitted"))
    answered = import_export(event_db, path, statuses=answers).summary()
    assert (answered["new"], answered["not_admitted"]) == (5, 2)


def test_a_state_column_of_an_address_is_never_taken_for_the_status(tmp_path):
    path = _sheet(tmp_path, [("Ana Lima", "ana@example.com", "CA"), ("Bo Kim", "bo@example.com", "NY")],
                  header=("Name", "Email", "State"))
    assert {r.status for r in parse_export(path).rows} == {"active"}
