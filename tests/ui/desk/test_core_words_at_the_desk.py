"""At a French desk and kiosk, the core's words arrive in French: a refused registration's status,
a guest the buyer has not named yet, a badge that could not be printed."""

from __future__ import annotations

import pytest

from kiosk.checkin import check_in
from kiosk.roster import attendees
from kiosk.store import open_event_db
from kiosk.ui import i18n
from kiosk.ui.kiosk.outcome import kiosk_screen
from tests.ui.desk.test_desk import scan_with_wedge

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_a_refused_registration_s_status_is_said_in_french(french, desk, qtbot):
    result = scan_with_wedge(qtbot, desk, "EB-1003")
    assert result.verdict == "cancelled"
    text = desk.banner.text()
    assert "remboursé" in text and "refunded" not in text, text
    from tests.ui.organizer.conftest import shoot

    shoot(desk, "fr-desk-refunded")


def test_a_guest_not_named_yet_at_the_french_desk_and_kiosk(french, db_path):
    with open_event_db(db_path) as db:
        db.set_event("Fr", [], "UTC")
        person = attendees.insert(db.conn, {"code": "EB-9", "first_name": "", "last_name": "", "full_name": "",
                                            "email": "", "organization": "", "ticket_type": "", "pronouns": "",
                                            "notes": ""})
        db.conn.execute("UPDATE attendees SET guest_of = 'Aoife Byrne', details_missing = 1 WHERE id = ?", (person,))
        result = check_in(db, "EB-9", station="Borne 1")
    assert result.verdict == "ok"
    assert i18n.name_of(result.attendee) == "Personne invitée par Aoife Byrne"
    assert kiosk_screen(result, "fr").first_name == "Personne invitée par Aoife"        # never her family name
    assert kiosk_screen(result, "en").first_name == "Guest of Aoife"


def test_a_badge_that_could_not_print_is_explained_in_french(french, db_path, tmp_path):
    from kiosk.printing import queue
    from kiosk.store import settings
    from kiosk.ui.failures import job_problem

    with open_event_db(db_path) as db:
        db.set_event("Fr", [], "UTC")
        person = attendees.add_walk_in(db, first_name="Anaïs", last_name="Roy")
        settings.set_value(db, "printer_backend", "folder")
        blocker = tmp_path / "not-a-folder"
        blocker.write_text("a file where the folder should be")
        settings.set_value(db, "print_folder", str(blocker / "badges"))
        queue.enqueue(db, person["id"], "manual")
        failed = queue.work_once(db)
    assert failed is not None and failed.status == "failed"
    words = job_problem(failed.as_dict())
    assert words.startswith("Le dossier d’impression") and "ne peut pas être créé" in words, words
    assert "n’est pas un dossier" in words                      # the system's reason, in French too
    assert failed.error.startswith("The print folder")          # the log and the command line: English


def test_the_print_queue_says_why_a_badge_failed_in_french(french, qtbot, db_path):
    from tests.ui.desk.test_print_queue_dialog import _failed_job, _rows
    from kiosk.ui.desk.print_queue_dialog import PrintQueueDialog
    from kiosk.ui.print_service import PrintService

    _failed_job(db_path)
    service = PrintService(db_path, station="Accueil")
    service.start()
    try:
        dialog = PrintQueueDialog(db_path, service)
        qtbot.addWidget(dialog)
        dialog.resize(1100, 420)
        dialog.show()
        qtbot.waitUntil(lambda: len(_rows(dialog)) == 1, timeout=5000)
        row = _rows(dialog)[0]
        error = next(text for head, text in row.items() if "erreur" in head.lower())
        assert error.startswith("Le dossier d’impression") and "n’est pas un dossier" in error, row
        from tests.ui.organizer.conftest import shoot

        shoot(dialog, "fr-print-queue-failed")
    finally:
        assert service.stop()


def test_the_reprint_limit_is_explained_to_a_french_volunteer_without_a_command_line(french, desk, qtbot, db_path,
                                                                                      tmp_path):
    """D23: the dialog at the limit showed `kiosk print CODE --reprint --override ...` and `max_reprints = 3`."""
    from kiosk.store import settings
    from kiosk.ui.desk.questions import OverrideDialog
    from tests.ui.organizer.conftest import shoot
    from tests.ui.desk.test_desk_actions import print_and_wait, shown, verdict_of, words

    with open_event_db(db_path) as db:
        settings.set_value(db, "printer_backend", "folder")
        settings.set_value(db, "print_folder", str(tmp_path / "badges"))
        settings.set_value(db, "max_reprints", 1)
    verdict_of(qtbot, desk, "EB-1001")
    for done in (1, 2):
        print_and_wait(qtbot, desk, db_path, done)
    desk.chosen.refresh()
    qtbot.waitUntil(lambda: "réimprimé 1 fois, autant que permis" in desk.ui.chosen.text(), timeout=5000)
    desk.print_badge()
    qtbot.waitUntil(lambda: shown(OverrideDialog) is not None, timeout=5000)
    ask = shown(OverrideDialog)
    said = words(ask)
    assert "Amara Okafor a déjà fait réimprimer son badge 1 fois" in said and "Imprimer quand même" in said, said
    assert "Réimpressions permises par personne" in said and "Organisation › Réglages…" in said
    assert "max_reprints" not in said and "kiosk print" not in said and "--" not in said
    ask.show()
    shoot(ask, "fr-desk-reprint-limit")
    ask.reject()


@pytest.mark.parametrize("lang, words", [("en", "(personal data deleted)"), ("fr", "(données personnelles supprimées)")])
def test_people_a_purge_kept_as_counts_are_listed_as_personal_data_deleted(qapp, qtbot, open_desk, desk_event, lang,
                                                                           words):
    """After a purge that keeps counts the desk listed 'purged-1', 'purged-2'... as names."""
    from kiosk.reports.purge import purge
    from kiosk.ui.desk.roster_model import RosterModel

    db_path = desk_event[0]
    with open_event_db(db_path) as db:
        purge(db, keep_stats=True, remove_backup_files=False)
    i18n.install_translator(qapp, lang)
    try:
        window = open_desk(db_path)
        qtbot.waitUntil(lambda: window.model.rowCount() > 0)
        names = {window.model.index(r, RosterModel.NAME).data() for r in range(window.model.rowCount())}
        assert names == {words}
    finally:
        i18n.install_translator(qapp, "en")
