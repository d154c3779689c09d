"""Columns found by what they hold: the import wizard's engine (kiosk.roster.detect.suggest_mapping)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.roster.detect import Candidate, suggest_mapping
from kiosk.roster.parse import read_suggestion
from kiosk.roster.readers import read_table
from kiosk.roster.statuses import read_status
from kiosk.scan.payload import read_payload

EXPORTS = Path(__file__).resolve().parent.parent / "fixtures" / "exports"


def _table(*rows):
    return [list(r) for r in rows]


def test_email_by_values_names_by_values_and_questions_in_any_language():
    s = suggest_mapping(_table(
        ("Sygnatura czasowa", "Jak masz na imię?", "Votre courriel", "W jakiej organizacji pracujesz?", "Kolor"),
        ("2026/04/10 9:15:02", "Agnieszka Wójcik", "agnieszka@example.pl", "Fundacja Panoptykon", "zielony"),
        ("2026/04/10 10:20:00", "Piotr Zieliński", "piotr@example.pl", "Politechnika Gdańska", "niebieski"),
        ("2026/04/11 8:05:45", "Zofia Lewandowska", "zofia@example.pl", "Politechnika Gdańska", "zielony"),
    ))
    assert s.best("email").column == "Votre courriel" and s.best("email").score > 0.9
    name = s.fields["name"][0]
    assert name.column == "Jak masz na imię?" and name.samples[:2] == ("Agnieszka Wójcik", "Piotr Zieliński")
    assert "full names" in str(name.reason)
    assert s.best("organization").column == "W jakiej organizacji pracujesz?"
    assert (s.platform, s.confidence) == ("googleforms", 1.0)       # Google's own Polish first column


def test_when_unsure_it_offers_the_likeliest_columns_with_samples_and_picks_none():
    s = suggest_mapping(read_table(EXPORTS / "spreadsheet_ambiguous.csv"))
    candidates = s.fields["name"]
    assert [c.column for c in candidates[:2]] == ["Colonne 1", "Colonne 2"]
    assert all(isinstance(c, Candidate) and len(c.samples) == 3 for c in candidates[:2])
    assert s.best("name") is None                      # a tie: the wizard must ask
    assert s.to_json()["fields"]["name"][0]["samples"] == ["Ana Lima", "Carla Dias", "Eva Rocha"]


def test_codes_by_shape_and_the_platform_with_its_confidence():
    s = read_suggestion(EXPORTS / "tito_tickets_de.csv")
    assert (s.platform, str(s.label), s.confidence) == ("tito", "Tito", 0.8)
    assert s.best("code").column == "Ticket-URL" and "tito" in str(s.best("code").reason)
    s = read_suggestion(EXPORTS / "pretix_orderpositions_de.csv")
    assert (s.platform, s.confidence, str(s.evidence)) == ("pretix", 1.0, "column titles")
    assert s.best("code").column == "Ticket-Code"
    assert s.best("status").column == "Status"


def test_eventbrite_by_its_arithmetic_whatever_the_titles():
    s = read_suggestion(EXPORTS / "eventbrite_attendee_report_fr.csv")
    assert s.platform == "eventbrite" and s.confidence == 0.9
    order, attendee, barcode = s.eventbrite_columns
    assert (s.columns[order], s.columns[attendee], s.columns[barcode]) == \
        ("N° de commande", "N° de participant", "Code-barres")
    s = read_suggestion(EXPORTS / "eventbrite_attendee_report_de.csv")
    assert (s.platform, s.confidence) == ("eventbrite", 0.7) and s.eventbrite_columns[2] == -1


def test_status_columns_by_their_words_and_categories_are_not_people():
    s = suggest_mapping(_table(
        ("Teilnehmer", "Zustand", "Gruppe"),
        ("Jürgen Groß", "bestätigt", "Trainer"), ("Anja Groß", "storniert", "Trainer"),
        ("Mehmet Yılmaz", "bestätigt", "Teilnehmer"), ("Lena Vogel", "Warteliste", "Teilnehmer"),
        ("Kai Neumann", "bestätigt", "Teilnehmer"), ("Eva Gruber", "bestätigt", "Teilnehmer"),
        ("Tom Schäfer", "bestätigt", "Teilnehmer"), ("Ute Braun", "bestätigt", "Teilnehmer"),
    ))
    assert s.best("status").column == "Zustand"
    assert s.best("name").column == "Teilnehmer"
    assert all(c.column != "Gruppe" for c in s.fields["name"] if c.score >= 0.6)


def test_alfio_qr_holds_the_ticket_uuid_and_its_signature():
    payload = read_payload("3F2B8C1E-7D4A-4B9E-A1C2-5E6F7A8B9C0D/e5c1a0b9f8d7c6b5a4e3d2c1b0a9f8e7d6c5b4a3")
    assert payload.platform == "alfio" and payload.ticket_like
    assert payload.codes[1] == "3f2b8c1e-7d4a-4b9e-a1c2-5e6f7a8b9c0d"


def test_the_command_line_shows_the_same_suggestions(cli):
    out = cli("import", EXPORTS / "spreadsheet_ambiguous.csv", "--suggest")
    assert out.code == 0 and "Platform: none recognised" in out.stdout
    assert "'Colonne 1'" in out.stdout and "e.g. Ana Lima, Carla Dias, Eva Rocha" in out.stdout
    data = cli("import", EXPORTS / "eventbrite_attendee_report_fr.csv", "--suggest", "--json").json()
    assert (data["platform"], data["confidence"]) == ("eventbrite", 0.9)
    assert data["fields"]["last_name"][0]["column"] == "Nom"


_cells = st.text(max_size=40)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(_cells, min_size=0, max_size=6), min_size=0, max_size=8))
def test_suggestions_never_fail_whatever_the_table(rows):
    s = suggest_mapping(rows)
    for candidates in s.fields.values():
        assert len(candidates) <= 3 and all(0 < c.score <= 1 for c in candidates)
    assert 0 <= s.confidence <= 1


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=60), st.sampled_from(["", "pretix", "indico", "eventbrite", "hievents", "alfio"]))
def test_a_status_word_is_known_or_not_never_an_error(word, platform):
    found = read_status(word, platform)
    assert found is None or isinstance(found.admitted, bool)


def test_a_yes_no_column_titled_as_a_refusal_refuses_and_is_never_a_status(tmp_path):
    from kiosk.roster.parse import parse_export

    sheet = tmp_path / "list.csv"
    sheet.write_text("Nom complet,Courriel,Annulé,Checked in\nAna Lima,ana@example.br,,No\n"
                     "Bo Kim,bo@example.kr,oui,No\nCy Dee,cy@example.org,non,Yes\n", encoding="utf-8")
    rows = {r.email: r for r in parse_export(sheet).rows}
    assert (rows["ana@example.br"].status, rows["bo@example.kr"].status, rows["cy@example.org"].status) == \
        ("active", "cancelled", "active")
    assert "Annulé says 'oui'" in str(rows["bo@example.kr"].admission)
    s = suggest_mapping([["Nom", "Annulé", "Checked in"], ["Ana", "oui", "No"], ["Bo", "", "Yes"]])
    assert s.fields["status"] == [] and s.best("void").column == "Annulé"


def test_two_number_columns_alone_do_not_make_a_file_eventbrite():
    rows = [["Konto", "Kontakt", "Name"], ["10000000001", "20000000001", "Ana Lima"],
            ["10000000001", "20000000002", "Bo Kim"], ["10000000002", "20000000003", "Cy Dee"]]
    assert suggest_mapping(rows).platform == ""
    rows[0].append("Status")
    for row, word in zip(rows[1:], ("Attending", "Checked In", "Attending")):
        row.append(word)
    assert suggest_mapping(rows).platform == "eventbrite"


def _form(tmp_path, header, rows):
    import csv

    path = tmp_path / "formulaire.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([header, *rows])
    return path


def test_a_french_form_asking_for_the_first_name_is_read_as_first_and_last_names(tmp_path):
    """'Quel est votre prénom ?' tied with the family name (70/70): the import read only last names."""
    from kiosk.roster.parse import parse_export

    path = _form(tmp_path, ["Horodateur", "Adresse e-mail", "Quel est votre prénom ?", "Quel est votre nom de famille ?"],
                 [["2026/10/01 9:00:00", "camille@example.ca", "Camille", "Gagnon"],
                  ["2026/10/01 9:05:00", "jf@example.ca", "Jean-François", "Roy"]])
    people = [(r.first_name, r.last_name) for r in parse_export(path).rows]
    assert people == [("Camille", "Gagnon"), ("Jean-François", "Roy")]


def test_a_question_for_first_and_last_name_together_is_the_whole_name(tmp_path):
    """'Prénom et nom' was taken as the first name."""
    from kiosk.roster.parse import parse_export

    path = _form(tmp_path, ["Horodateur", "Adresse e-mail", "Prénom et nom"],
                 [["2026/10/01 9:00:00", "camille@example.ca", "Camille Gagnon"],
                  ["2026/10/01 9:05:00", "jf@example.ca", "Jean-François Roy"]])
    found = suggest_mapping(read_table(path))                     # what the wizard offers
    assert found.best("name").column == "Prénom et nom" and found.best("first_name") is None
    people = [(r.first_name, r.last_name) for r in parse_export(path).rows]
    assert people == [("Camille", "Gagnon"), ("Jean-François", "Roy")]
