"""What the import wizard asks (kiosk/roster/wizard.py), decided without Qt, on real exports."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.roster import wizard as W
from kiosk.roster.parse import NO_COLUMN

EXPORTS = Path(__file__).resolve().parents[1] / "fixtures" / "exports"
POLISH_FORM = Path(__file__).resolve().parents[1] / "fixtures" / "wizard" / "google_forms_pl_questions.csv"


@pytest.mark.parametrize("name", ["pretix_orderpositions_de.csv", "tito_tickets.csv", "luma_guests.csv",
                                  "eventbrite_attendee_report_2024.csv", "indico_registrations_fr.csv"])
def test_a_platform_export_recognised_by_its_titles_asks_nothing(event_db, name):
    look = W.look_at(event_db, EXPORTS / name)
    outcome = W.check(event_db, EXPORTS / name, W.Choices(source=look.source))
    assert look.confidence == 1 and str(look.evidence) == "column titles"
    assert outcome.ok and W.mapping_reasons(look, outcome) == []


def test_a_form_asks_for_its_columns_once_per_source(event_db):
    look = W.look_at(event_db, POLISH_FORM)
    first = W.check(event_db, POLISH_FORM, W.Choices(source=look.source))
    assert str(look.label) == "Google Forms" and look.forms and look.rows == 6
    assert W.mapping_reasons(look, first) == ["questions"]
    # the column titled as the status is read as the status: its words are asked, nobody is admitted unasked
    assert first.unknown_column == "Status zgłoszenia" and set(first.unknown_words) == {
        "potwierdzone", "lista rezerwowa", "rezygnacja"}
    assert look.samples[look.columns.index("Status zgłoszenia")] == ["potwierdzone", "lista rezerwowa", "rezygnacja"]
    mapping = {**W.initial_mapping(look, first), "status": "Status zgłoszenia", "ticket_type": "Rodzaj uczestnictwa",
               "organization": NO_COLUMN}
    asked = W.check(event_db, POLISH_FORM, W.Choices(source=look.source, mapping=mapping))
    assert asked.unknown_words == {"potwierdzone": [2, 3, 4, 6], "lista rezerwowa": [5], "rezygnacja": [7]}
    assert asked.unknown_column == "Status zgłoszenia"
    answers = dict(W.status_answer(w, ok) for w, ok in (("potwierdzone", True), ("lista rezerwowa", False),
                                                         ("rezygnacja", False)))
    done = W.check(event_db, POLISH_FORM, W.Choices(source=look.source, mapping=mapping, statuses=answers),
                   dry_run=False)
    assert done.ok and done.report.summary()["new"] == 6 and done.report.summary()["not_admitted"] == 2
    assert "organization" not in done.report.columns                 # "not in this file": nothing read into it
    assert event_db.scalar("SELECT count(*) FROM attendees WHERE organization != ''") == 0
    again = W.look_at(event_db, POLISH_FORM)
    assert again.known_source and again.remembered_mapping["status"] == "Status zgłoszenia"
    assert W.mapping_reasons(again, W.check(event_db, POLISH_FORM, W.Choices(source=again.source))) == []


def test_a_file_without_name_columns_is_a_question_of_columns_and_an_excel_mangled_one_is_not(event_db):
    ambiguous = W.check(event_db, EXPORTS / "spreadsheet_ambiguous.csv", W.Choices())
    assert ambiguous.columns_problem and "--map" not in str(ambiguous.refusal)
    assert W.mapping_reasons(W.look_at(event_db, EXPORTS / "spreadsheet_ambiguous.csv"), ambiguous) == ["refused"]
    mangled = W.check(event_db, EXPORTS / "eventbrite_excel_scientific.csv", W.Choices())
    assert mangled.refusal and not mangled.columns_problem
    assert W.mapping_reasons(W.look_at(event_db, EXPORTS / "eventbrite_excel_scientific.csv"), mangled) == []


def test_a_platform_found_by_its_values_and_two_likely_name_columns_are_checked(event_db):
    tito_de = EXPORTS / "tito_tickets_de.csv"
    look = W.look_at(event_db, tito_de)
    assert str(look.label) == "Tito" and look.confidence < 1
    assert W.mapping_reasons(look, W.check(event_db, tito_de, W.Choices())) == ["by_values"]
    form = EXPORTS / "google_forms_responses.csv"
    look = W.look_at(event_db, form)
    reasons = W.mapping_reasons(look, W.check(event_db, form, W.Choices()))
    assert "unsure" in reasons        # "What is your full name?" and "Emergency contact name" are both names


def test_no_column_mapping_from_the_command_line(cli, event_db):
    result = cli("import", str(POLISH_FORM), "--db", str(event_db.path), "--dry-run", "--json",
                 "--map", "organization=-", "--status", "potwierdzone=admitted",
                 "--status", "lista rezerwowa=not-admitted", "--status", "rezygnacja=not-admitted")
    assert result.code == 0, result
    assert "organization" not in result.json()["details"]["columns"]


def test_a_status_column_with_a_word_nobody_listed_stays_the_status_column(event_db, tmp_path):
    """An unknown word makes the column look unsure by its values; the mapping step must still read it
    as the status (left out, every row would be admitted without its word being read)."""
    export = tmp_path / "list.csv"
    export.write_text("Name,E-Mail,Status\nAnna Gruber,anna@example.at,storniert\nLea Maier,lea@example.at,"
                      "Vormerkung\nPaul Huber,paul@example.at,bezahlt\n", encoding="utf-8")
    look = W.look_at(event_db, export)
    outcome = W.check(event_db, export, W.Choices(source=look.source))
    assert outcome.unknown_words == {"Vormerkung": [3]} and outcome.unknown_column == "Status"
    mapping = W.initial_mapping(look, outcome)
    assert mapping["status"] == "Status"
    again = W.check(event_db, export, W.Choices(source=look.source, mapping=mapping))
    assert again.unknown_words == {"Vormerkung": [3]}          # still asked, never admitted silently
