"""What the organizer adds to the desk: File > New/Open/Open recent/Event details, Fix badge text for the
chosen person, file dialogs that open in Documents or the folder used last, the camera chooser."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.store import open_event_db
from kiosk.ui import dialogs
from kiosk.ui.organizer.badge_fix import BadgeFixDialog
from kiosk.ui.organizer.event_form import EventForm
from tests.ui.conftest import PEOPLE
from tests.ui.organizer.conftest import shoot, shown


def test_the_file_menu_comes_first_with_the_events(desk):
    hooks = desk.organizer.events
    assert desk.menuBar().actions()[0].text().replace("&", "") == "File"
    texts = [a.text().replace("&", "") for a in hooks.menu.actions() if a.text()]
    assert texts == ["New event…", "Open event…", "Open recent", "Event details…", "Import registrations…",
                     "Backups…", "Delete personal data…"]
    assert hooks.act_open.shortcut().toString() == "Ctrl+O"


def test_new_event_creates_it_and_asks_the_desk_to_open_it(desk, qtbot, tmp_path):
    hooks = desk.organizer.events
    opened = []
    hooks.switch_requested.connect(opened.append)
    form = hooks.new_event()
    form.path, form.path_chosen = tmp_path / "second.sqlite", True
    form.name.setText("Second event")
    form.save_button.click()
    assert opened == [str(tmp_path / "second.sqlite")]
    with open_event_db(tmp_path / "second.sqlite") as db:
        assert db.event()["name"] == "Second event"


def test_open_recent_lists_the_other_events_opened_lately(desk, qtbot, tmp_path, monkeypatch):
    from kiosk import recent_events

    monkeypatch.setenv("KIOSK_CONFIG_DIR", str(tmp_path / "config"))      # this test's own list

    other = tmp_path / "other.sqlite"
    with open_event_db(other) as db:
        db.set_event("Spring gala", ["2026-04-02"], "America/Toronto")
    recent_events.remember(other, "Spring gala")
    recent_events.remember(desk.db_path, "Desk Test Training")
    hooks = desk.organizer.events
    opened = []
    hooks.switch_requested.connect(opened.append)
    hooks._fill_recent()
    actions = hooks.recent_menu.actions()
    assert [a.text().split("   ")[0] for a in actions] == ["Spring gala"]      # not the event already open
    actions[0].trigger()
    assert opened == [str(other.resolve())]


def test_event_details_change_the_name_and_ask_before_dropping_a_day_with_check_ins(desk, qtbot):
    from PySide6.QtWidgets import QMessageBox

    from kiosk.checkin import check_in

    hooks = desk.organizer.events
    reopened = []
    hooks.switch_requested.connect(reopened.append)
    with open_event_db(desk.db_path) as db:
        days = db.event()["days"]
        check_in(db, PEOPLE["bo"]["code"], at=f"{days[2]}T15:00:00Z")
    form = hooks.edit_event()
    qtbot.waitUntil(lambda: form.info is not None, timeout=5000)
    assert form.name.text() == "Desk Test Training" and form.chosen_days() == days
    shoot(form, "event-details")
    form.name.setText("Desk Test Training 2026")
    form.days.item(2).setCheckState(form.days.item(2).checkState().Unchecked)
    form.save_button.click()
    question = shown(QMessageBox)                             # the third day holds a check-in: asked first
    assert "Drop it anyway?" in question.text() and "1 check-ins" in question.text()
    with open_event_db(desk.db_path) as db:
        assert db.event()["days"] == days                    # nothing changed yet
    question.button(QMessageBox.StandardButton.Yes).click()
    with open_event_db(desk.db_path) as db:
        assert db.event()["days"] == days[:2] and db.event()["name"] == "Desk Test Training 2026"
    assert reopened == [str(desk.db_path)]                    # the desk reopens on the changed event
    assert any("no event day" in getattr(d, "text", lambda: "")() for d in dialogs.shown())


def test_fix_badge_text_for_the_chosen_person_changes_the_badge_not_the_registration(desk, qtbot):
    from kiosk.badges.overrides import badge_person

    desk.searcher.choose(desk.ids["jose"])
    qtbot.waitUntil(lambda: (desk.selected_attendee() or {}).get("id") == desk.ids["jose"], timeout=5000)
    desk.organizer.events.act_fix.trigger()
    dialog = shown(BadgeFixDialog)
    qtbot.waitUntil(lambda: dialog.loaded is not None, timeout=5000)
    assert dialog.registered["first_name"].text() == "José" and dialog.edits["last_name"].text() == "Ñúñez"
    dialog.edits["first_name"].setText("Pepe")
    assert dialog.edits["first_name"].styleSheet()                   # a changed field is marked
    dialog.save()
    assert "Say who fixes the badge" in dialog.status.text()         # who fixes it is recorded: asked
    dialog.by.setText("Marie")
    qtbot.waitUntil(lambda: dialog.preview.image is not None, timeout=15000)
    shoot(dialog, "badge-fix")
    dialog.save()
    with open_event_db(desk.db_path) as db:
        printed = badge_person(db, desk.ids["jose"])
        registered = db.one("SELECT first_name FROM attendees WHERE id = ?", (desk.ids["jose"],))
    assert printed["first_name"] == "Pepe" and printed["badge_fixed"]
    assert registered["first_name"] == "José"
    again = desk.organizer.events.fix_badge_text()
    qtbot.waitUntil(lambda: again.loaded is not None, timeout=5000)
    assert again.history.count() == 1 and "Marie" in again.history.item(0).text()
    assert again.by.text() in ("", "Marie")
    again.by.setText("Marie")
    again.clear()
    with open_event_db(desk.db_path) as db:
        assert badge_person(db, desk.ids["jose"])["first_name"] == "José"


def test_fix_badge_text_without_a_chosen_person_says_what_to_do(desk, qtbot):
    desk.search.setText("nobody-called-this")
    qtbot.waitUntil(lambda: desk.model.rowCount() == 0, timeout=5000)
    assert desk.organizer.events.fix_badge_text() is None
    assert "Choose a person" in desk.status.currentMessage()


def test_file_dialogs_open_in_documents_or_the_folder_used_last(desk, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    from kiosk.ui.organizer.folders import documents_folder, remember_folder

    desk.organizer.ask_report()
    picker = shown(QFileDialog)
    assert Path(picker.directory().absolutePath()) == documents_folder()
    assert Path(picker.directory().absolutePath()) != Path.cwd()
    picker.reject()
    remember_folder(tmp_path / "report.pdf", "exports")
    from kiosk.ui.organizer.export_choices import ExportDayDialog

    desk.organizer.ask_export("attendance")
    shown(ExportDayDialog)._ok()
    picker = shown(QFileDialog)
    assert Path(picker.directory().absolutePath()) == tmp_path
    picker.reject()


def test_the_camera_chooser_wraps_its_words(desk, qtbot):
    dialog = desk.organizer.open_camera()
    dialog._found([])
    assert dialog.probing.wordWrap()
    dialog.resize(dialog.minimumWidth(), dialog.sizeHint().height())
    shoot(dialog, "camera-chooser")
    assert dialog.probing.sizeHint().width() <= dialog.width()
    dialog.reject()


@pytest.mark.qt_log_ignore("This plugin does not support")    # the offscreen platform under the completer's list
def test_a_click_in_the_time_zone_then_typing_replaces_the_zone(qtbot, tmp_path):
    """Clicking the zone and typing 'Toronto' made 'UTCToronto'."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    form = EventForm(tmp_path / "new.sqlite", create=True)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(lambda: form.timezone.count() > 1, timeout=10000)
    form.timezone.setCurrentText("UTC")
    line = form.timezone.lineEdit()
    form.name.setFocus()
    QTest.mouseClick(line, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(line.width() - 5, 5))
    qtbot.waitUntil(line.hasFocus, timeout=2000)
    qtbot.waitUntil(lambda: line.selectedText() == "UTC", timeout=2000)
    QTest.keyClicks(line, "America/Toronto")
    assert form.timezone.currentText() == "America/Toronto"


def test_the_import_file_dialog_opens_in_downloads(desk, tmp_path, monkeypatch):
    """Exports are downloaded from the registration platform: the import's first dialog opened in Documents."""
    from PySide6.QtWidgets import QFileDialog

    from kiosk.ui.organizer.import_wizard import ImportWizard

    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / ".config"))
    (tmp_path / "Downloads").mkdir()
    desk.organizer.act_import.trigger()
    wizard = shown(ImportWizard)
    wizard.choose_file()
    picker = shown(QFileDialog)
    assert Path(picker.directory().absolutePath()) == tmp_path / "Downloads"
    picker.reject()


def test_the_import_file_dialog_names_its_files_in_french(desk, qapp):
    """A French window's import dialog offered "Registration exports (…)" and "All files (*)" in English."""
    from PySide6.QtWidgets import QFileDialog

    from kiosk.ui import i18n
    from kiosk.ui.organizer.import_wizard import ImportWizard

    i18n.install_translator(qapp, "fr")
    try:
        desk.organizer.act_import.trigger()
        wizard = shown(ImportWizard)
        wizard.choose_file()
        picker = shown(QFileDialog)
        assert picker.nameFilters() == ["Exports d’inscriptions (*.csv *.tsv *.xlsx *.xls *.txt)",
                                        "Tous les fichiers (*)"]
        picker.reject()
    finally:
        i18n.install_translator(qapp, "en")


def test_a_french_file_dialog_is_french_throughout(qapp, qtbot):
    """'Look in:' and 'Files of type:' stayed English beside 'Nom de fichier :' (Qt's catalogue lacks them)."""
    from PySide6.QtWidgets import QFileDialog, QLabel

    from kiosk.ui import i18n

    i18n.install_translator(qapp, "fr")
    try:
        picker = QFileDialog(None, "Exporter", str(Path.home()), "CSV (*.csv)")
        picker.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(picker)
        labels = [label.text().replace("&", "") for label in picker.findChildren(QLabel) if label.text()]
        assert "Regarder dans :" in labels and "Fichiers de type :" in labels
        assert not any(word in " ".join(labels) for word in ("Look in", "Files of type", "File name"))
    finally:
        i18n.install_translator(qapp, "en")


def test_a_long_event_file_path_reads_whole_in_the_new_event_form(qtbot, tmp_path):
    """'Saved in:' showed the top half of its second line ('Training-2026.sqlite' cut)."""
    folder = tmp_path / "Check-in events" / "a folder with a long name for this computer"
    form = EventForm(folder / "Community-Leadership-Training-2026.sqlite", create=True)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    label = form.file_label
    qtbot.waitUntil(lambda: label.text().endswith(".sqlite"), timeout=5000)
    assert label.height() >= label.heightForWidth(label.width())
