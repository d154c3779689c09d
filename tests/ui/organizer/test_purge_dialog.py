"""File > Delete personal data… as an organizer uses it after the event: what is there and what goes
is said, nothing happens until the word is typed, and then the names are gone from the file and its
backups while the desk comes back on the event and says what was done (as `kiosk purge`)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from kiosk.checkin import check_in
from kiosk.store import backup, open_event_db
from kiosk.ui import dialogs
from kiosk.ui.organizer.purge_dialog import PurgeDialog
from tests.ui.conftest import make_event
from tests.ui.organizer.conftest import shoot, shown
from tests.ui.organizer.test_first_run import cameras, desk_of, shell_for  # noqa: F401 - fixtures


def event_after_the_day(path) -> None:
    make_event(path)
    with open_event_db(path) as db:
        check_in(db, "EB-1001", station="Desk 1")
        check_in(db, "EB-1005", station="Desk 1")
        backup.snapshot(db.conn, db.path, "manual")
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def amaras(path) -> int:
    with open_event_db(path) as db:
        return db.scalar("SELECT count(*) FROM attendees WHERE first_name = 'Amara'")


def said() -> QMessageBox:
    boxes = [b for b in dialogs.shown() if isinstance(b, QMessageBox)]
    assert boxes, dialogs.shown()
    return boxes[-1]


def test_delete_personal_data_keeping_counts_after_typing_the_word(shell_for, qtbot, tmp_path, cameras):  # noqa: F811
    path = tmp_path / "training.sqlite"
    event_after_the_day(path)
    shell = shell_for(db=str(path))
    shell.start()
    desk = desk_of(shell, qtbot)
    desk.organizer.events.act_purge.trigger()
    dialog = shown(PurgeDialog)
    assert "Desk Test Training holds 6 people, 2 check-ins and 1 backup file." in dialog.facts_label.text()
    assert "cannot be undone" in dialog.intro.text() and dialog.keep.isChecked()
    assert not dialog.go.isEnabled()
    QTest.keyClicks(dialog.typed, "delet")
    QTest.keyClick(dialog.typed, Qt.Key.Key_Return)              # Enter before the whole word does nothing
    assert dialog.isVisible() and shell.window is desk and amaras(path) == 1
    QTest.keyClicks(dialog.typed, "e")
    assert dialog.go.isEnabled()
    shoot(dialog, "purge-1-ask")
    QTest.keyClick(dialog.typed, Qt.Key.Key_Return)
    reopened = desk_of(shell, qtbot)
    assert reopened is not desk
    box = said()
    assert "6 people kept only as anonymous counts" in box.text() and "1 backup file deleted" in box.text()
    assert "none of the" in box.text()
    shoot(box, "purge-2-done")
    data = path.read_bytes()
    assert b"Amara" not in data and b"amara@example.org" not in data
    assert not backup.backup_dir(path).exists()
    with open_event_db(path) as db:                               # the counts for the report stay
        assert db.scalar("SELECT count(*) FROM standing_checkins") == 2


def test_delete_everyone_and_cancel(shell_for, qtbot, tmp_path, cameras):  # noqa: F811
    path = tmp_path / "training.sqlite"
    event_after_the_day(path)
    shell = shell_for(db=str(path))
    shell.start()
    desk = desk_of(shell, qtbot)
    dialog = desk.organizer.events.open_purge()
    QTest.keyClicks(dialog.typed, "DELETE")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert shell.window is desk and amaras(path) == 1
    dialog = desk.organizer.events.open_purge()
    dialog.everything.setChecked(True)
    QTest.keyClicks(dialog.typed, "delete")
    dialog.go.click()
    reopened = desk_of(shell, qtbot)
    qtbot.waitUntil(lambda: reopened.model.rowCount() == 0, timeout=5000)
    assert "6 people and all their check-ins removed" in said().text()
    qtbot.waitUntil(lambda: "Desk Test Training" in reopened.windowTitle(), timeout=5000)   # the event stays


def test_the_purge_dialog_reads_in_french(desk, qapp):
    from kiosk.ui import i18n

    i18n.install_translator(qapp, "fr")
    try:
        dialog = dialogs.open_dialog(PurgeDialog(desk.db_path, parent=desk))
        assert dialog.windowTitle() == "Supprimer les données personnelles"
        assert "6 personnes" in dialog.facts_label.text()
        QTest.keyClicks(dialog.typed, "SUPPRIMER")
        assert dialog.go.isEnabled()
        shoot(dialog, "purge-1-ask-fr")
        dialog.reject()
    finally:
        i18n.install_translator(qapp, "en")
