"""The import wizard as an organizer meets it: a file, what it is, its columns, its status words,
the preview, the import; and a 100,000-row file that never freezes the window."""

from __future__ import annotations

import pytest

from kiosk.ui.organizer.import_wizard import DETECTED, DONE, MAPPING, PREVIEW, STATUS, ImportWizard
from tests.ui.organizer.conftest import EXPORTS, WIZARD, count, shoot

POLISH_FORM = WIZARD / "google_forms_pl_questions.csv"


@pytest.fixture
def wizard(qtbot, empty_event):
    made = ImportWizard(empty_event)
    qtbot.addWidget(made)
    made.resize(980, 680)
    made.show()
    qtbot.waitExposed(made)
    return made


def choose_column(page, field: str, column: str) -> None:
    combo = page.combos[field]
    index = combo.findData(column)
    assert index >= 0, f"{column!r} is not offered for {field}"
    combo.setCurrentIndex(index)


def preview_texts(page) -> list[str]:
    model = page.model
    return [" | ".join(str(model.index(r, c).data() or "") for c in range(5)) for r in range(model.rowCount())]


def test_a_polish_google_form_asks_for_its_columns_and_status_words_then_imports(wizard, qtbot, empty_event):
    wizard.set_file(str(POLISH_FORM))
    qtbot.waitUntil(lambda: wizard.currentId() == DETECTED and wizard.detected_page.isComplete(), timeout=10000)
    detected = wizard.detected_page
    assert detected.headline.text() == "Recognised: Google Forms."
    assert "6 rows" in detected.facts.text()
    assert "Adres e-mail" in detected.columns.text()          # the columns the import would read, in words
    shoot(wizard, "wizard-2-detected")

    # The form's questions are the organizer's own: the wizard asks which column holds what
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == MAPPING)
    page = wizard.mapping_page
    assert "form's own questions" in page.why.text()
    assert page.combos["first_name"].currentData() == "Jak masz na imię?"
    assert page.combos["last_name"].currentData() == "Nazwisko"
    assert page.combos["email"].currentData() == "Adres e-mail"
    # the column titled as the status is read as the status (its words are asked next), never left out
    assert page.combos["status"].currentData() == "Status zgłoszenia"
    assert "rezygnacja" in page.samples["status"].text()
    assert page.samples["name"].text() == ""                   # first and last names are chosen: no full name asked
    shoot(wizard, "wizard-3-mapping")
    choose_column(page, "ticket_type", "Rodzaj uczestnictwa")
    assert "lista rezerwowa" in page.samples["status"].text()

    # The status words are Polish, unknown to the app: nobody is admitted on them until the organizer says
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == STATUS, timeout=10000)
    status_page = wizard.status_page
    assert set(status_page.groups) == {"potwierdzone", "lista rezerwowa", "rezygnacja"}
    assert "Status zgłoszenia" in status_page.why.text()
    assert not status_page.isComplete()                        # every word needs an answer
    shoot(wizard, "wizard-4-status-words")
    status_page.groups["potwierdzone"].button(1).click()
    status_page.groups["lista rezerwowa"].button(0).click()
    assert not status_page.isComplete()
    status_page.groups["rezygnacja"].button(0).click()
    assert status_page.isComplete()

    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == PREVIEW, timeout=10000)
    preview = wizard.preview_page
    assert "6 new (4 may come in)" in preview.summary.text() and "rejected lines: 0." in preview.summary.text()
    assert set(preview.buttons) == {"all", "new", "new_out"}
    rows = preview_texts(preview)
    assert any("New, not admitted" in r and "Nowak" in r and "lista rezerwowa" in r for r in rows)
    assert any(r.startswith("New |") and "Wójcik" in r for r in rows)
    shoot(wizard, "wizard-5-preview")
    preview.buttons["new_out"].click()
    assert preview.model.rowCount() == 2
    assert count(empty_event) == 0                             # nothing written before Import

    wizard.next()                                              # Import
    qtbot.waitUntil(lambda: wizard.currentId() == DONE, timeout=10000)
    assert "New: 6 (4 may come in)" in wizard.done_page.result.text()
    shoot(wizard, "wizard-6-done")
    assert count(empty_event) == 6
    assert count(empty_event, "SELECT count(*) FROM attendees WHERE status = 'active'") == 4
    assert count(empty_event, "SELECT ticket_type FROM attendees WHERE last_name = 'Kowalczyk'") == "Trener"


def test_the_next_export_of_the_same_form_goes_straight_to_the_preview(wizard, qtbot, empty_event):
    from kiosk.roster import wizard as core
    from kiosk.store import open_event_db

    mapping = {"first_name": "Jak masz na imię?", "last_name": "Nazwisko", "email": "Adres e-mail",
               "status": "Status zgłoszenia", "ticket_type": "Rodzaj uczestnictwa"}
    answers = dict(core.status_answer(w, ok) for w, ok in
                   (("potwierdzone", True), ("lista rezerwowa", False), ("rezygnacja", False)))
    with open_event_db(empty_event) as db:
        core.check(db, POLISH_FORM, core.Choices(source="googleforms", mapping=mapping, statuses=answers),
                   dry_run=False)
    wizard.set_file(str(POLISH_FORM))
    qtbot.waitUntil(lambda: wizard.currentId() == DETECTED and wizard.detected_page.isComplete(), timeout=10000)
    assert "Imported before" in wizard.detected_page.remembered.text()
    assert wizard.next_after_detection() == PREVIEW             # columns and words remembered: nothing to ask
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == PREVIEW, timeout=10000)
    assert "0 new" in wizard.preview_page.summary.text() and "6 unchanged" in wizard.preview_page.summary.text()


def test_a_german_pretix_export_is_recognised_and_previewed_without_questions(wizard, qtbot, empty_event):
    wizard.set_file(str(EXPORTS / "pretix_orderpositions_de.csv"))
    qtbot.waitUntil(lambda: wizard.currentId() == DETECTED and wizard.detected_page.isComplete(), timeout=10000)
    assert wizard.detected_page.headline.text() == "Recognised: pretix order positions."
    assert wizard.detected_page.evidence.text() == "Recognised by its column titles."
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == PREVIEW, timeout=10000)
    rows = preview_texts(wizard.preview_page)
    # "storniert" and "ausstehend" are pretix's own German words: not admitted
    assert any("New, not admitted" in r and "Gruber" in r and "cancelled" in r for r in rows)
    assert any("New, not admitted" in r and "Schäfer" in r and "pending payment" in r for r in rows)
    assert any(r.startswith("New |") and "Müller" in r for r in rows)
    shoot(wizard, "wizard-5-preview-pretix-de")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == DONE, timeout=10000)
    assert count(empty_event) == len(rows)


def test_a_french_wizard_names_the_platform_it_recognised_in_french(wizard, qtbot, qapp):
    """The headline read "This is an export from pretix order positions."; a French window says it in French."""
    from kiosk.ui import i18n

    i18n.install_translator(qapp, "fr")
    try:
        wizard.set_file(str(EXPORTS / "pretix_orderpositions_de.csv"))
        qtbot.waitUntil(lambda: wizard.currentId() == DETECTED and wizard.detected_page.isComplete(), timeout=10000)
        assert wizard.detected_page.headline.text() == "Reconnu\u00a0: positions de commande pretix."
    finally:
        i18n.install_translator(qapp, "en")


def test_a_re_sync_previews_updates_with_the_changed_fields_and_people_no_longer_admitted(
        wizard, qtbot, empty_event, tmp_path):
    from kiosk.roster import wizard as core
    from kiosk.store import open_event_db
    from kiosk.ui.organizer.import_preview import CHANGES_ROLE, PreviewModel

    first = EXPORTS / "pretix_orderpositions_de.csv"
    with open_event_db(empty_event) as db:
        core.check(db, first, core.Choices(), dry_run=False)
    text = first.read_text(encoding="utf-8")
    newer = tmp_path / "pretix-newer.csv"
    newer.write_text(text.replace("sabine@example.de", "sabine.mueller@example.de")
                     .replace(";bezahlt;bestellung@example.de;;2026-01-15;10:00:00;Konferenzticket;Ermäßigt",
                              ";storniert;bestellung@example.de;;2026-01-15;10:00:00;Konferenzticket;Ermäßigt"),
                     encoding="utf-8")
    wizard.set_file(str(newer))
    qtbot.waitUntil(lambda: wizard.currentId() == DETECTED and wizard.detected_page.isComplete(), timeout=10000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == PREVIEW, timeout=10000)
    preview = wizard.preview_page
    assert "1 no longer admitted" in preview.summary.text() and "2 updated" in preview.summary.text()
    model = preview.model
    rows = preview_texts(preview)
    updated = next(r for r in range(model.rowCount()) if "Müller" in rows[r] and rows[r].startswith("Updated"))
    changes = model.index(updated, PreviewModel.DETAILS).data(CHANGES_ROLE)
    assert "<b>E-mail</b>" in changes and "sabine.mueller@example.de" in changes   # the changed field, highlighted
    assert any(r.startswith("No longer admitted") and "Weiß" in r for r in rows)
    preview.table.resizeRowsToContents()
    shoot(wizard, "wizard-5-preview-resync")


def test_a_file_that_cannot_be_read_says_why_and_writes_nothing(wizard, qtbot, empty_event):
    wizard.set_file(str(EXPORTS / "eventbrite_excel_scientific.csv"))
    qtbot.waitUntil(lambda: wizard.currentId() == DETECTED and not wizard.busy, timeout=10000)
    page = wizard.detected_page
    assert "cannot be imported; nothing was written" in page.status.text()
    assert "--map" not in page.status.text()
    assert not page.isComplete()
    assert count(empty_event) == 0


def test_a_spreadsheet_without_a_name_column_goes_to_the_columns(wizard, qtbot, empty_event):
    wizard.set_file(str(EXPORTS / "spreadsheet_ambiguous.csv"))
    qtbot.waitUntil(lambda: wizard.currentId() == DETECTED and wizard.detected_page.isComplete(), timeout=10000)
    assert wizard.next_after_detection() == MAPPING
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == MAPPING)
    page = wizard.mapping_page
    assert "cannot be read as it is" in page.why.text()
    for field in page.combos:
        page.combos[field].setCurrentIndex(0)
    wizard.next()
    assert wizard.currentId() == MAPPING and "names" in page.status.text()   # refused in words, nothing run


def test_a_100000_row_file_is_read_and_previewed_off_the_gui_thread_and_the_table_loads_as_it_scrolls(
        qtbot, empty_event, tmp_path, real_tasks, monkeypatch):
    import csv
    import threading

    from PySide6.QtCore import QElapsedTimer, QTimer

    from kiosk.ui.organizer import import_wizard
    from kiosk.ui.organizer.import_preview import BATCH

    big = tmp_path / "tito-100k.csv"
    with open(big, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["Ticket Reference", "Ticket First Name", "Ticket Last Name", "Ticket Email", "Ticket",
                      "Unique Ticket URL", "Void Status"])
        for i in range(100_000):
            out.writerow([f"ABCD-{i}", f"Ann{i}", f"Lee{i}", f"a{i}@example.org", "General",
                          f"https://ti.to/acme/conf/tickets/ti_{i:020d}abc", ""])
    threads: list[str] = []
    for name in ("read_file", "dry_run"):
        original = getattr(import_wizard, name)

        def recorded(*args, _original=original):
            threads.append(threading.current_thread().name)
            return _original(*args)

        monkeypatch.setattr(import_wizard, name, recorded)
    # the longest time the event loop went without running a 20 ms timer
    clock, longest = QElapsedTimer(), [0]
    ticker = QTimer(interval=20)

    def tick():
        longest[0] = max(longest[0], clock.restart())

    ticker.timeout.connect(tick)
    clock.start()
    ticker.start()
    wizard = ImportWizard(empty_event)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.set_file(str(big))
    qtbot.waitUntil(lambda: wizard.currentId() == DETECTED and wizard.detected_page.isComplete(), timeout=60000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == PREVIEW, timeout=60000)
    ticker.stop()
    assert threads and threading.main_thread().name not in threads       # reading and checking ran on the pool
    preview = wizard.preview_page
    assert "100,000 new" in preview.summary.text()
    assert preview.model.rowCount() == BATCH                               # the view knows only what it showed
    preview.table.scrollToBottom()
    qtbot.waitUntil(lambda: preview.model.rowCount() > BATCH, timeout=5000)   # more as the person scrolls
    preview.search.setText("Lee99999")
    qtbot.waitUntil(lambda: preview.model.rowCount() == 1, timeout=20000)
    assert "Ann99999 Lee99999" in preview.model.index(0, 3).data()
    print(f"longest stall of the event loop while reading and checking 100,000 rows: {longest[0]} ms")
    assert longest[0] < 3000


def test_the_columns_chosen_read_whole_with_their_likelihood(wizard, qtbot, tmp_path):
    """The mapping's lists were cut: 'W jakiej organizacji pracujesz?  · likely (83'."""
    form = tmp_path / "formularz.csv"
    form.write_text('"Sygnatura czasowa","Adres e-mail","Jak masz na imię?","Jak brzmi Twoje nazwisko?",'
                    '"W jakiej organizacji pracujesz lub studiujesz?"\n'
                    '"2026/10/01 1:00:00 PM GMT-4","camille@example.ca","Camille","Gagnon","Centre francophone"\n'
                    '"2026/10/02 2:01:01 PM GMT-4","jf@example.ca","Jean-François","Roy","Hydro-Québec"\n',
                    encoding="utf-8")
    wizard.resize(820, 600)                    # its smallest size
    wizard.set_file(str(form))
    qtbot.waitUntil(lambda: wizard.currentId() == DETECTED and wizard.detected_page.isComplete(), timeout=10000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == MAPPING)
    qtbot.waitExposed(wizard)
    for name, combo in wizard.mapping_page.combos.items():
        text = combo.currentText()
        assert combo.fontMetrics().horizontalAdvance(text) <= combo.width() - 30, (name, text, combo.width())
