"""File > Backups… as an organizer uses it: see the verified backups (when, why, size, people,
check-ins), back up now, and restore one after being told what is lost; a damaged backup is never
offered. The same core functions as `kiosk backup` and `kiosk restore`."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from kiosk.checkin import check_in
from kiosk.store import backup, open_event_db
from kiosk.ui import dialogs
from kiosk.ui.organizer.backups_window import BackupsWindow
from tests.ui.organizer.conftest import shoot, shown


def standing(path) -> int:
    with open_event_db(path) as db:
        return db.scalar("SELECT count(*) FROM standing_checkins")


def test_back_up_now_then_restore_it_after_being_told_what_is_lost(desk, qtbot):
    path = desk.db_path
    with open_event_db(path) as db:
        check_in(db, "EB-1001", station="Desk 1")
    desk.organizer.events.act_backups.trigger()
    window = shown(BackupsWindow)
    assert window.table.topLevelItemCount() == 0 and "No backup yet" in window.status.text()
    assert not window.restore_button.isEnabled()
    window.backup_button.click()
    assert window.table.topLevelItemCount() == 1
    row = window.table.topLevelItem(0)
    assert [row.text(c) for c in (1, 3, 4)] == ["backed up by hand", "6", "1"]
    assert row.text(2).endswith("KB") and " at " in row.text(0) and row.text(0).count(":") == 2   # to the second
    assert "Backed up:" in window.status.text() and window.restore_button.isEnabled()
    assert str(backup.backup_dir(path)) in window.folder.text()

    with open_event_db(path) as db:                       # the desk goes on checking people in
        check_in(db, "EB-1002", station="Desk 1")
        check_in(db, "EB-1005", station="Desk 1")
    window.refresh()
    shoot(window, "backups-1-list")
    reopened: list[str] = []
    desk.organizer.events.switch_requested.connect(reopened.append)
    box = window.ask_restore()
    text = box.text()
    assert "1 check-in" in text and "(now: 6 people and 3 check-ins)" in text
    assert "2 check-ins made since then will be lost, unless another station or the sync hub holds them" in text
    assert "backed up first" in text
    assert box.defaultButton().text() == "Cancel"          # Enter never replaces the event by mistake
    window.confirm_go.click()
    said = [b for b in dialogs.shown() if isinstance(b, QMessageBox) and "Backup restored" in b.windowTitle()]
    assert said and "The event is back as it was" in said[0].text()
    assert "kept as a backup (before a restore): restore that one from File > Backups to undo this" in said[0].text()
    assert standing(path) == 1
    assert reopened == []                                 # the desk reopens once the organizer has read it
    said[0].button(QMessageBox.StandardButton.Ok).click()
    assert reopened == [str(path)]
    assert len(backup.good_backups(path)) == 2            # the one restored, and the event as it was before


def test_a_damaged_backup_is_not_listed_and_cancelling_restores_nothing(desk, qtbot):
    path = desk.db_path
    with open_event_db(path) as db:
        good = backup.snapshot(db.conn, db.path, "manual")
        bad = backup.snapshot(db.conn, db.path, "before-import-tito")
        check_in(db, "EB-1001", station="Desk 1")
    bad.write_bytes(bad.read_bytes()[:5000])
    window = desk.organizer.events.open_backups()
    assert window.table.topLevelItemCount() == 1
    assert window.table.topLevelItem(0).data(0, 0x0100)["path"] == str(good)
    box = window.ask_restore()
    box.defaultButton().click()
    assert standing(path) == 1 and window.isVisible()


def test_the_backups_window_reads_in_french(desk, qtbot, qapp):
    from kiosk.ui import i18n

    with open_event_db(desk.db_path) as db:
        backup.snapshot(db.conn, db.path, "before-import-tito")
    i18n.install_translator(qapp, "fr")
    try:
        window = BackupsWindow(desk.db_path, parent=desk)
        dialogs.open_dialog(window)
        assert window.windowTitle() == "Sauvegardes"
        assert window.backup_button.text() == "Sauvegarder maintenant"
        assert window.table.topLevelItem(0).text(1) == "avant un import"
        assert " à " in window.table.topLevelItem(0).text(0)
        shoot(window, "backups-1-list-fr")
        box = window.ask_restore()
        assert "Restaurer la sauvegarde" in box.text() and box.defaultButton().text() == "Annuler"
        assert window.confirm_go.text() == "Restaurer"
        box.defaultButton().click()
        window.close()
    finally:
        i18n.install_translator(qapp, "en")
