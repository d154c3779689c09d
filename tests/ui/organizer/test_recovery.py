"""A damaged event file met at the app's start or through File > Open: the organizer reads what is
wrong in plain words and restores the newest good backup with one button (the damaged file kept
aside, the restored event opened), or opens another event, or quits; without a good backup the
dialog says to keep a copy for help. The files are really damaged, as in tests/store."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog

from kiosk.checkin import check_in
from kiosk.store import backup, open_event_db
from kiosk.ui import dialogs
from kiosk.ui.organizer.recovery import RecoveryDialog
from tests.store.test_damaged_files import _damage
from tests.ui.conftest import make_event
from tests.ui.organizer.conftest import shoot, shown
from tests.ui.organizer.test_first_run import cameras, desk_of, shell_for  # noqa: F401 - fixtures


def event_with_backup(path: Path, *, checkins: int = 2, later: int = 1, with_backup: bool = True) -> None:
    """Six people, `checkins` of them checked in before the backup, `later` more after it."""
    make_event(path)
    codes = ["EB-1001", "EB-1002", "EB-1005", "EB-1006"]
    with open_event_db(path) as db:
        for code in codes[:checkins]:
            check_in(db, code, station="Desk 1")
        if with_backup:
            backup.snapshot(db.conn, db.path, "manual")
        for code in codes[checkins:checkins + later]:
            check_in(db, code, station="Desk 1")
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def recovery_of(shell, qtbot) -> RecoveryDialog:
    qtbot.waitUntil(lambda: isinstance(shell.recovery, RecoveryDialog) and shell.recovery.isVisible(), timeout=10000)
    return shell.recovery


@pytest.mark.parametrize("damage", ["cut anywhere", "middle pages", "0 bytes"])
def test_a_damaged_file_at_start_is_restored_from_its_newest_good_backup_and_opens(
        shell_for, qtbot, tmp_path, cameras, damage):  # noqa: F811 - fixtures
    path = tmp_path / "training.sqlite"
    event_with_backup(path)
    _damage(damage, path)
    damaged_bytes = path.read_bytes()
    shell = shell_for(db=str(path))
    shell.start()
    dialog = recovery_of(shell, qtbot)
    assert shell.window is None                                       # never opened on the damaged file
    words = dialog.explain.text()
    assert "training.sqlite" in words and "Nothing was written to it" in words
    assert ("cut short" in words or "damaged" in words or "empty" in words), words
    assert dialog.restore_button.isVisible() and not dialog.copy_button.isVisible()
    assert "Restore the newest good backup (taken " in dialog.restore_button.text()
    assert "2 check-ins)" in dialog.restore_button.text()
    assert "6 people and 2 check-ins" in dialog.advice.text()
    assert "unless another station or the sync hub holds them" in dialog.advice.text()
    assert str(backup.backup_dir(path)) in dialog.advice.text()
    assert path.read_bytes() == damaged_bytes                         # showing the dialog wrote nothing
    if damage == "cut anywhere":
        dialog.resize(760, dialog.sizeHint().height())
        shoot(dialog, "recovery-1-damaged")

    dialog.restore_button.click()
    assert dialog.title.text() == "The event is restored"
    kept = Path(dialog.outcome["damaged_kept_as"])
    assert kept.parent == backup.backup_dir(path) and kept.read_bytes() == damaged_bytes   # kept aside, untouched
    assert str(kept) in dialog.advice.text()
    assert dialog.open_restored_button.isVisible() and not dialog.restore_button.isVisible()
    assert dialog.windowTitle() == "The event is restored"
    assert dialog.open_restored_button.description() == "Desk Test Training"
    assert "opens the next time" in dialog.leave_button.description()
    if damage == "cut anywhere":
        shoot(dialog, "recovery-2-restored")
    dialog.open_restored_button.click()
    desk = desk_of(shell, qtbot)
    qtbot.waitUntil(lambda: desk.model.rowCount() == 6, timeout=10000)
    assert desk.db_path == path
    with open_event_db(path) as db:                                   # as it was when the backup was taken
        assert db.scalar("SELECT count(*) FROM standing_checkins") == 2


def test_without_a_good_backup_it_says_to_keep_a_copy_for_help_and_saves_one(shell_for, qtbot, tmp_path):  # noqa: F811
    path = tmp_path / "training.sqlite"
    event_with_backup(path, with_backup=False)
    _damage("header", path)
    damaged_bytes = path.read_bytes()
    shell = shell_for(db=str(path))
    shell.start()
    dialog = recovery_of(shell, qtbot)
    assert not dialog.restore_button.isVisible() and dialog.copy_button.isVisible()
    assert "No good backup of this event exists" in dialog.advice.text()
    dialog.resize(760, dialog.sizeHint().height())
    shoot(dialog, "recovery-3-no-backup")
    dialog.copy_button.click()
    picker = shown(QFileDialog)
    target = tmp_path / "for-help" / "training-damaged.sqlite"
    target.parent.mkdir()
    picker.selectFile(str(target))
    picker.accept()
    assert target.read_bytes() == damaged_bytes and path.read_bytes() == damaged_bytes
    assert str(target) in dialog.status.text()
    assert target.stat().st_mode & 0o077 == 0                        # personal data: owner only


def test_open_another_event_from_the_dialog_opens_it(shell_for, qtbot, tmp_path, cameras):  # noqa: F811
    path, other = tmp_path / "broken.sqlite", tmp_path / "other.sqlite"
    event_with_backup(path)
    make_event(other)
    _damage("first page", path)
    shell = shell_for(db=str(path))
    shell.start()
    dialog = recovery_of(shell, qtbot)
    dialog.open_button.click()
    picker = shown(QFileDialog)
    picker.selectFile(str(other))
    picker.accept()
    desk = desk_of(shell, qtbot)
    assert desk.db_path == other and not dialog.isVisible()


def test_quit_quits_when_nothing_else_is_open(shell_for, qtbot, tmp_path, monkeypatch):  # noqa: F811
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda *_: quits.append(True))
    path = tmp_path / "training.sqlite"
    event_with_backup(path)
    _damage("cut on a page boundary", path)
    shell = shell_for(db=str(path))
    shell.start()
    dialog = recovery_of(shell, qtbot)
    assert dialog.leave_button.text() == "Quit"
    dialog.leave_button.click()
    assert quits == [True]


def test_file_open_of_a_damaged_file_keeps_the_desk_on_its_event_until_the_organizer_chooses(
        shell_for, qtbot, tmp_path, cameras, monkeypatch):  # noqa: F811
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda *_: quits.append(True))
    here, broken = tmp_path / "here.sqlite", tmp_path / "broken.sqlite"
    make_event(here)
    event_with_backup(broken)
    _damage("0 bytes", broken)
    shell = shell_for(db=str(here))
    shell.start()
    desk = desk_of(shell, qtbot)
    desk.organizer.events.switch_requested.emit(str(broken))       # File > Open / Open recent
    dialog = recovery_of(shell, qtbot)
    assert shell.window is desk and desk.isVisible()
    assert dialog.parent() is desk and dialog.leave_button.text() == "Cancel"
    assert "empty (0 bytes)" in dialog.explain.text()
    dialog.leave_button.click()
    assert quits == [] and shell.window is desk and desk.db_path == here
    desk.organizer.events.switch_requested.emit(str(broken))
    dialog = recovery_of(shell, qtbot)
    dialog.restore_button.click()
    dialog.open_restored_button.click()
    qtbot.waitUntil(lambda: shell.window is not None and shell.window is not desk, timeout=10000)
    restored = desk_of(shell, qtbot)
    assert restored.db_path == broken


def test_the_dialog_reads_in_french(shell_for, qtbot, tmp_path, qapp):  # noqa: F811
    from kiosk.ui import i18n

    path = tmp_path / "formation.sqlite"
    event_with_backup(path)
    _damage("cut anywhere", path)
    i18n.install_translator(qapp, "fr")
    try:
        shell = shell_for(db=str(path))
        shell.start()
        dialog = recovery_of(shell, qtbot)
        assert "Restaurer la dernière sauvegarde saine" in dialog.restore_button.text()
        assert "2 enregistrements" in dialog.restore_button.text()
        assert "tronqué" in dialog.explain.text() and "Rien n’y a été écrit" in dialog.explain.text()
        dialog.resize(760, dialog.sizeHint().height())
        shoot(dialog, "recovery-1-damaged-fr")
        dialog.restore_button.click()
        assert dialog.title.text() == "L’événement est restauré"
        shoot(dialog, "recovery-2-restored-fr")
        dialogs.close_all()
    finally:
        i18n.install_translator(qapp, "en")


def test_kiosk_launch_on_a_damaged_file_offers_the_restore_too(shell_for, qtbot, tmp_path, cameras):  # noqa: F811
    path = tmp_path / "door.sqlite"
    event_with_backup(path)
    _damage("middle pages", path)
    shell = shell_for(db=str(path), kiosk=True)
    shell.start()
    dialog = recovery_of(shell, qtbot)
    assert shell.window is None and dialog.restore_button.isVisible()
    dialog.restore_button.click()
    dialog.open_restored_button.click()
    qtbot.waitUntil(lambda: shell.window is not None and shell.window.isVisible(), timeout=10000)
    assert shell.window.db_path == path      # the kiosk (on its PIN setup page: this event has no PIN yet)
