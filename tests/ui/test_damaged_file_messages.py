"""The messages about a damaged, empty or cut-short event file, and the backup to restore, read in
French at a French desk, with the file and the backup named."""

from __future__ import annotations

import pytest

from kiosk.errors import DatabaseProblem
from kiosk.store import backup, open_event_db


@pytest.mark.parametrize("damage", ["empty", "cut short", "garbled"])
def test_a_damaged_file_is_explained_in_french_with_the_backup_to_restore(qapp, tmp_path, damage):
    from kiosk.ui import i18n
    from kiosk.ui.failures import known_message

    path = tmp_path / "event.sqlite"
    with open_event_db(path) as db:
        db.set_event("Fr", [], "UTC")
        good = backup.snapshot(db.conn, db.path, "good")
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = path.read_bytes()
    path.write_bytes({"empty": b"", "cut short": data[:5000], "garbled": b"\x00" * 4096 + data[4096:]}[damage])
    with pytest.raises(DatabaseProblem) as refused:
        open_event_db(path, verify=True)
    english = str(refused.value)
    problem = refused.value
    try:
        i18n.install_translator(qapp, "fr")
        french = known_message(problem)
    finally:
        i18n.install_translator(qapp, "en")
    assert french != english and "Rien n’y a été écrit" in french and "sauvegarde saine" in french
    assert str(path) in french and str(good) in french and f"kiosk restore {good} --db {path}" in french
    assert known_message(problem) == english
    phrase = {"empty": "vide (0 octet)", "cut short": "tronquée", "garbled": "endommagée"}[damage]
    assert phrase in french, french
