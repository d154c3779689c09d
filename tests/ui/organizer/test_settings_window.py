"""The settings window as an organizer uses it: grouped, worded from the registry, saved and applied at
once (no restart), printers and test prints, colours and templates per ticket type, the hub without its
password."""

from __future__ import annotations

import pytest

from kiosk.store import open_event_db, settings
from kiosk.ui import dialogs
from kiosk.ui.organizer.settings_window import GROUP_ORDER, SettingsWindow, open_settings
from tests.ui.organizer.conftest import shoot, shown

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def quick_polls(monkeypatch):
    monkeypatch.setattr("kiosk.ui.settings_watcher.POLL_SECONDS", 0.1)


def open_from_desk(desk, qtbot) -> SettingsWindow:
    desk.organizer.act_settings.trigger()              # no PIN set: the window opens at once
    qtbot.waitUntil(lambda: getattr(desk.organizer, "settings_dialog", None) is not None, timeout=10000)
    window = shown(SettingsWindow)
    window.resize(960, 700)
    return window


def value(path, key):
    with open_event_db(path) as db:
        return settings.get(db, key)


def test_the_groups_are_worded_for_people_from_the_registry(desk, qtbot):
    window = open_from_desk(desk, qtbot)
    groups = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert groups == ["Event", "This station", "Printing and badges", "Kiosk", "Scanner", "Sync"]
    field = window.fields["kiosk_return_seconds"]
    assert field.title.text() == "The kiosk shows a result for:"
    assert field.help.text() == settings.SETTINGS["kiosk_return_seconds"].help_en   # the registry's own help
    assert window.fields["wedge_azerty"].editor.currentText() == "No"                 # choices in words
    for group in GROUP_ORDER:
        window.show_group(group)
        shoot(window, f"settings-{group}")


def test_in_french_choices_help_and_refusals_come_from_the_registry_in_french(desk, qtbot, qapp):
    from kiosk.ui import i18n

    i18n.install_translator(qapp, "fr")
    try:
        window = open_from_desk(desk, qtbot)
        window.show_group("printing")
        combo = window.fields["print_on_checkin"].editor
        assert [combo.itemText(i) for i in range(combo.count())] == ["Imprimer tout de suite", "Demander", "Jamais"]
        assert window.fields["print_on_checkin"].help.text() == settings.SETTINGS["print_on_checkin"].help("fr")
        backend = window.fields["printer_backend"].editor
        assert backend.itemText(backend.findData("folder")) == "Des fichiers PDF dans un dossier"
        window.show_group("station")
        station = window.fields["station_name"].editor
        station.setText("x" * 61)
        station.editingFinished.emit()
        qtbot.waitUntil(lambda: window.fields["station_name"].error.isVisible(), timeout=5000)
        refusal = window.fields["station_name"].error.text()
        assert refusal == ("«\u00a0Nom de ce poste\u00a0» doit être un nom de 1 à 60 caractères (il dépasse 60 "
                           "caractères)."), refusal
        shoot(window, "settings-refused-fr")
        for group in GROUP_ORDER:
            window.show_group(group)
            shoot(window, f"settings-fr-{group}")
    finally:
        i18n.install_translator(qapp, "en")


def test_changes_apply_at_once_without_a_restart(desk, qtbot):
    window = open_from_desk(desk, qtbot)
    window.show_group("station")
    station = window.fields["station_name"].editor
    station.setText("Door B")
    station.editingFinished.emit()
    assert value(desk.db_path, "station_name") == "Door B"
    window.show_group("printing")
    combo = window.fields["print_on_checkin"].editor
    combo.setCurrentIndex(combo.findData("ask"))
    combo.activated.emit(combo.currentIndex())
    assert value(desk.db_path, "print_on_checkin") == "ask"
    assert "Applied at once" in window.status.text()
    assert "restart" not in window.status.text().lower()
    # the desk follows while the window is still open: its station name and its print mode
    qtbot.waitUntil(lambda: "Door B" in desk.status.station.text() and desk.printing.mode == "ask", timeout=5000)
    window.show_group("scanner")
    prefix = window.fields["wedge_prefix"].editor
    prefix.setText("#")
    prefix.editingFinished.emit()
    qtbot.waitUntil(lambda: desk.wedge.settings.prefix == "#", timeout=5000)


def test_a_refused_value_says_why_under_its_field_and_nothing_else_changes(desk, qtbot):
    window = open_from_desk(desk, qtbot)
    window.show_group("station")
    station = window.fields["station_name"].editor
    station.setText("x" * 61)
    station.editingFinished.emit()
    assert window.fields["station_name"].error.isVisible()
    assert "60" in window.fields["station_name"].error.text()
    assert value(desk.db_path, "station_name") == "Desk 1"
    assert window.status.text().startswith("Not saved")


def test_the_pin_is_set_twice_and_never_shown(desk, qtbot):
    window = open_from_desk(desk, qtbot)
    window.show_group("kiosk")
    window.pin.setText("4826")
    window.pin_again.setText("4862")
    window.set_pin()
    assert "differ" in window.pin_error.text()
    window.pin_again.setText("4826")
    window.set_pin()
    stored = value(desk.db_path, "kiosk_pin")
    assert stored and "4826" not in stored
    assert "A PIN is set" in window.pin_state.text() and window.pin.text() == ""


def test_printing_offers_the_printers_a_live_badge_and_prints_a_test_badge(desk, qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("KIOSK_PRINT_FOLDER", str(tmp_path / "badges"))
    window = open_from_desk(desk, qtbot)
    window.show_group("printing")
    part = window.printing
    # nothing chosen: badges go somewhere out of the box, said in words
    assert part.where.text().startswith("Badges go to: ")
    assert part.printer.itemText(0) == "The system's default printer"
    qtbot.waitUntil(lambda: part.preview.image is not None, timeout=15000)        # the live badge
    part.print_test()
    qtbot.waitUntil(lambda: part.trial.text().startswith("Sent."), timeout=15000)
    assert list((tmp_path / "badges").glob("*.pdf")) or "printer" in part.trial.text()
    # a stock and a template chosen beside the badge
    part.template.setCurrentIndex(part.template.findData("fold"))
    part.template.activated.emit(part.template.currentIndex())
    assert value(desk.db_path, "badge_template") == "fold"


def test_colours_and_templates_per_ticket_type(desk, qtbot):
    window = open_from_desk(desk, qtbot)
    roles, templates = window.printing.roles, window.printing.templates
    assert roles.types == ["Participant", "Participant - Day 2 only", "Staff", "Trainer"]
    row = roles.types.index("Trainer")
    button = roles.table.cellWidget(row, 1)
    roles.set_colour("Trainer", "#1d4e89", button)
    assert value(desk.db_path, "badge_roles") == {"Trainer": "#1d4e89"}
    assert button.text() == "#1d4e89"
    row = templates.types.index("Staff")
    combo = templates.table.cellWidget(row, 1)
    combo.setCurrentIndex(combo.findData("fold"))
    combo.activated.emit(combo.currentIndex())
    assert value(desk.db_path, "badge_templates") == {"Staff": "fold"}
    window.show_group("printing")
    shoot(window.printing.preview.window(), "settings-printing-tables")


def test_the_days_of_each_ticket_type(desk, qtbot):
    window = open_from_desk(desk, qtbot)
    table = window.ticket_days
    row = table.types.index("Participant - Day 2 only")
    table.table.cellWidget(row, 2).findChild(type(window.fields["forgot_ticket_enabled"].editor)).setChecked(True)
    assert value(desk.db_path, "ticket_type_days") == {"Participant - Day 2 only": [table.days[1]]}


def test_the_hub_shows_its_state_and_never_its_password(desk, qtbot):
    with open_event_db(desk.db_path) as db:
        settings.set_value(db, "sync_hub", "postgresql://kiosk:s3cret-pass@127.0.0.1:1/checkin?connect_timeout=1")
    window = open_from_desk(desk, qtbot)
    window.show_group("sync")
    sync = window.sync
    everything = " ".join(w.text() for w in window.findChildren(type(sync.address)))
    assert "s3cret" not in everything and "***" not in sync.address.text()
    assert sync.address.text() == "postgresql://kiosk@127.0.0.1:1/checkin?connect_timeout=1"
    assert sync.password.text() == "" and sync.password.placeholderText().startswith("saved")
    assert sync.state.text().startswith("Sync:")
    sync.test()
    qtbot.waitUntil(lambda: sync.result.text() != "" and "Connecting" not in sync.result.text(), timeout=20000)
    assert "Cannot reach the sync hub" in sync.result.text() and "s3cret" not in sync.result.text()
    # saving the address unchanged keeps the saved password
    sync.save()
    qtbot.waitUntil(lambda: "Connecting" not in sync.result.text() and sync.save_button.isEnabled(), timeout=20000)
    from kiosk.sync.url import password_of

    stored = value(desk.db_path, "sync_hub")
    assert password_of(stored) == "s3cret-pass" or "s3cret" not in stored      # kept (in the file or in pgpass)
    sync.stop_syncing()
    qtbot.waitUntil(lambda: "no longer syncs" in sync.result.text(), timeout=10000)
    assert value(desk.db_path, "sync_hub") == ""
    shoot(window, "settings-sync-stopped")


def test_open_settings_reads_on_a_task_then_shows(qtbot, desk_event):
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    opened = []
    open_settings(parent, desk_event[0], opened.append)
    assert opened and opened[0].isVisible() and opened[0] in dialogs.shown()
    opened[0].close()


def _wheel_down(widget, notches: int = 3) -> None:
    """A mouse wheel turned towards the organizer over `widget` (as Qt delivers it: through notify)."""
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    for _ in range(notches):
        where = QPointF(widget.rect().center())
        event = QWheelEvent(where, QPointF(widget.mapToGlobal(where.toPoint())), QPoint(0, 0), QPoint(0, -120),
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(widget, event)


def test_the_wheel_scrolls_the_page_and_never_changes_a_setting_under_the_pointer(desk, qtbot):
    """Scrolling down the printing page over 'How this station prints' switched it to CUPS and saved it."""
    window = open_from_desk(desk, qtbot)
    window.resize(960, 560)
    window.show_group("printing")
    qtbot.waitExposed(window)
    scroll = window.pages.currentWidget()
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 0                                   # the page is taller than the window
    backend = window.fields["printer_backend"].editor
    before = (backend.currentIndex(), value(desk.db_path, "printer_backend"))
    _wheel_down(backend)
    assert (backend.currentIndex(), value(desk.db_path, "printer_backend")) == before
    assert not backend.hasFocus()
    assert bar.value() > 0                                     # the page scrolled instead
    window.show_group("kiosk")
    spin = window.fields["kiosk_return_seconds"].editor
    seconds = spin.value()
    _wheel_down(spin)
    assert spin.value() == seconds
    spin.setFocus()                                            # clicked into: the wheel is for it now
    qtbot.waitUntil(spin.hasFocus, timeout=2000)
    _wheel_down(spin, 1)
    assert spin.value() == seconds - spin.singleStep()


def test_the_test_badge_names_its_file_and_prints_the_event_name_once(desk, qtbot, tmp_path):
    """'Sent. PDF files in …' said no file; the test badge printed the event's name twice (header and
    organisation line)."""
    from tests.reports.test_purge import pdf_text

    with open_event_db(desk.db_path) as db:
        settings.set_value(db, "printer_backend", "folder")
        settings.set_value(db, "print_folder", str(tmp_path / "badges"))
        event_name = db.event()["name"]
    window = open_from_desk(desk, qtbot)
    window.show_group("printing")
    part = window.printing
    part.print_test()
    qtbot.waitUntil(lambda: part.trial.text().startswith("Sent."), timeout=15000)
    [written] = list((tmp_path / "badges").glob("*.pdf"))
    assert str(written) in part.trial.text()
    words = " ".join(pdf_text(written).split())
    assert words.upper().count(event_name.upper()) == 1, words


def test_the_badge_stock_and_template_names_read_whole_on_a_laptop_screen(desk, qtbot):
    """At 1366x768 the stock list was 200 pixels wide: '4 x 3 in die-cut badge (Zebra, Ep'."""
    window = open_from_desk(desk, qtbot)
    window.resize(1080, 708)                   # what the window opens at on a 1366x768 screen
    window.show_group("printing")
    qtbot.waitExposed(window)
    part = window.printing
    for combo in (part.stock, part.template):
        shown_text = combo.currentText()       # the choice reads whole in the field
        assert combo.fontMetrics().horizontalAdvance(shown_text) <= combo.width() - 40, (combo.width(), shown_text)
        longest = max(combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
        assert combo.view().minimumWidth() >= longest      # and every choice reads whole in the list
