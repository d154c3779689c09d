"""The report's words as a board member reads them (pdftotext): headers that do not run together, a time
axis on every arrivals chart, reprints counted as the badges beyond each person's first, no sentence that
says nothing (a walk-in type "with the highest turnout"), and the whole report in French when the event
says so."""

from __future__ import annotations

import re

import pytest

from kiosk import checkin
from kiosk.store import settings

from .conftest import add_print_job
from .test_purge import pdf_text


def report(cli, db, tmp_path, name="report.pdf") -> str:
    out = tmp_path / name
    result = cli("report", "--db", db.path, "--out", out)
    assert result.code == 0, result
    return pdf_text(out)


def flat(text: str) -> str:
    return " ".join(text.split())


def test_the_ticket_type_header_reads_as_separate_titles(people, event_db, tmp_path, cli):
    event_db.set_event("Test Training", ["2026-11-28", "2026-11-29"], "America/Toronto")
    text = report(cli, event_db, tmp_path)
    header = next(line for line in text.splitlines() if "Ticket type" in line)
    assert re.search(r"Registered\s{2,}Sat 28 Nov\s{2,}Sun 29 Nov\s{2,}Came\s{2,}Turnout", header), header
    assert "RegisteredSat" not in text and "NovSun" not in text


def test_every_arrivals_chart_has_time_labels_in_the_event_s_zone_even_on_a_short_morning(event_db, tmp_path, cli):
    from tests.reports.conftest import add

    for i in range(6):
        add(event_db, code=f"S-{i}", first_name=f"P{i}", last_name="Short", ticket_type="Participant")
        # 08:20 to 08:45 in Toronto: no whole hour inside the day's arrivals
        checkin.check_in(event_db, f"S-{i}", station="door", at=f"2026-07-08T12:{20 + 5 * i:02d}:00Z")
    text = report(cli, event_db, tmp_path)
    chart = text.split("arrivals per 15 minutes", 1)[1]
    assert re.search(r"08:15\s+08:30\s+08:45", chart), chart[:400]
    assert "time of day (America/Toronto)" in text


def test_reprints_are_the_badges_beyond_each_person_s_first(people, event_db, tmp_path, cli):
    # one person got 8 badges, none of them marked as a reprint (an older version printed by hand)
    for _ in range(8):
        add_print_job(event_db, people["EB-0004"], reason="manual")
    text = flat(report(cli, event_db, tmp_path))
    # EB-0001: 2 badges, EB-0002: 1, EB-0004: 8 -> 11 badges for 3 people, 8 reprints
    assert "11 badges printed for 3 people. 8 reprints: 2 people got more than one badge." in text
    assert "0 reprints" not in text


def test_no_sentence_compares_a_walk_in_type_or_says_nothing(people, event_db, tmp_path, cli):
    from tests.reports.conftest import add

    with event_db.write() as conn:
        conn.execute("UPDATE attendees SET ticket_type = 'Walk-in' WHERE walk_in = 1")
    for i in range(6):      # types large enough to compare: every volunteer came, half the guests did
        add(event_db, code=f"V-{i}", first_name=f"V{i}", last_name="Volunteer", ticket_type="Volunteer")
        checkin.check_in(event_db, f"V-{i}", station="door-a", at=f"2026-07-08T13:{10 + i:02d}:00Z")
        add(event_db, code=f"G-{i}", first_name=f"G{i}", last_name="Guest", ticket_type="Guest")
        if i % 2:
            checkin.check_in(event_db, f"G-{i}", station="door-a", at=f"2026-07-08T13:{20 + i:02d}:00Z")
    text = flat(report(cli, event_db, tmp_path))
    assert "Walk-in had the highest" not in text and "“Walk-in” had" not in text
    assert "Walk-in (added at the desk)" in text
    assert "are listed but not compared" in text
    assert "Every “Volunteer” ticket holder came at least once." in text
    assert "The lowest turnout was “Guest”: 3 of 6 came (50%)." in text
    assert "“Participant”" not in text.split("Ticket type Registered")[0]      # 3 people: too few to compare


def test_the_report_speaks_the_event_s_language(people, event_db, tmp_path, cli):
    settings.set_value(event_db, "report_language", "fr")
    text = flat(report(cli, event_db, tmp_path))
    for phrase in ("Rapport de présence · 8–10 juillet 2026", "Combien sont venus chaque jour", "mercredi 8 juillet 2026",
                   "Qui est venu, par type de billet", "Quand les gens sont arrivés", "Le quart d’heure le plus chargé",
                   "heure (America/Toronto)", "Inscriptions sur place", "Postes d’enregistrement",
                   "rapport de présence", "page 1"):
        assert phrase in text, phrase
    for english in ("Attendance report", "How many came", "registered", "Walk-ins", "turnout"):
        assert english not in text, english


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_event_with_nobody_yet_still_reads(event_db, tmp_path, cli, lang):
    settings.set_value(event_db, "report_language", lang)
    text = flat(report(cli, event_db, tmp_path, f"empty-{lang}.pdf"))
    assert ("Nobody has checked in yet" if lang == "en" else "Personne ne s’est encore présenté") in text


def test_a_refused_pending_payment_is_not_called_cancelled_or_refunded(event_db, tmp_path, cli):
    """A person whose payment was still pending was counted under 'registration cancelled or refunded'."""
    from tests.reports.conftest import add

    add(event_db, code="PEND-1", first_name="Ada", last_name="Pending", status="pending payment")
    checkin.check_in(event_db, "PEND-1", station="door", at="2026-07-08T13:00:00Z")
    text = flat(report(cli, event_db, tmp_path))
    assert "cancelled or refunded" not in text
    assert "not admitted (cancelled, refunded, unpaid or waiting list)" in text
