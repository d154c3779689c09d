"""What the core says reaches a French window in French: the import's reasons, rejected lines and
notes in the wizard; a refused check-in at the desk; a guest not named yet; a badge that could not
be printed. Screenshots of the wizard in French (KIOSK_SCREENSHOTS keeps them)."""

from __future__ import annotations

import pytest

from kiosk.ui.organizer.import_wizard import DETECTED, DONE, MAPPING, PREVIEW, STATUS, ImportWizard
from tests.ui.organizer.conftest import EXPORTS, count, shoot

#: A hand-made list with German status words, one nobody listed, a totals line and a line with nobody.
ROWS = """Name,E-Mail,Status,Ticket
Anna Gruber,anna@example.at,storniert,Tagesticket
Jonas Weber,jonas@example.at,bezahlt,Tagesticket
Lea Maier,lea@example.at,Vormerkung,Tagesticket
Paul Huber,paul@example.at,bezahlt,Tagesticket
,,bezahlt,
Total,,,4
"""


@pytest.fixture
def wizard(qtbot, empty_event, french):
    made = ImportWizard(empty_event)
    qtbot.addWidget(made)
    made.resize(1100, 700)
    made.show()
    qtbot.waitExposed(made)
    return made


def preview_texts(page) -> list[str]:
    model = page.model
    return [" | ".join(str(model.index(r, c).data() or "") for c in range(5)) for r in range(model.rowCount())]


def test_the_wizard_says_the_import_s_reasons_in_french(wizard, qtbot, empty_event, tmp_path):
    export = tmp_path / "inscriptions.csv"
    export.write_text(ROWS, encoding="utf-8")
    wizard.set_file(str(export))
    qtbot.waitUntil(lambda: wizard.currentId() == DETECTED and wizard.detected_page.isComplete(), timeout=10000)
    assert wizard.detected_page.headline.text().startswith("Aucune plateforme d’inscription n’a été reconnue")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() in (MAPPING, STATUS) and not wizard.busy, timeout=10000)
    if wizard.currentId() == MAPPING:
        wizard.next()
        qtbot.waitUntil(lambda: wizard.currentId() == STATUS and not wizard.busy, timeout=10000)
    status_page = wizard.status_page
    assert set(status_page.groups) == {"Vormerkung"}
    shoot(wizard, "fr-wizard-status-words")
    status_page.groups["Vormerkung"].button(0).click()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == PREVIEW and not wizard.busy, timeout=10000)
    preview = wizard.preview_page
    rows = preview_texts(preview)
    text = "\n".join(rows)
    assert "non admis (annulé)\u00a0: «\u00a0storniert\u00a0» (mot courant, en allemand)" in text, text
    assert "admis\u00a0: «\u00a0bezahlt\u00a0» (mot courant, en allemand)" in text
    assert "non admis\u00a0: «\u00a0Vormerkung\u00a0» (votre réponse pour cette source)" in text
    assert "ligne de totaux, pas une personne" in text
    assert "ni nom, ni courriel, ni code de billet sur cette ligne" in text
    assert not any(w in text for w in ("not admitted", "totals row", "wording", "no name"))
    notes = preview.notes.text()
    assert "L’APPLICATION ÉMET SES PROPRES CODES" in notes.upper() or "émet ses propres codes" in notes, notes
    preview.search.setText("annulé")                           # the filter finds the French words too
    qtbot.waitUntil(lambda: preview.model.rowCount() == 1, timeout=5000)
    preview.search.setText("")
    qtbot.waitUntil(lambda: preview.model.rowCount() == len(rows), timeout=5000)
    shoot(wizard, "fr-wizard-preview")
    assert count(empty_event) == 0


def test_a_file_refused_by_the_import_is_explained_in_french(wizard, qtbot, tmp_path):
    export = tmp_path / "vide.csv"
    export.write_text("   \n", encoding="utf-8")
    wizard.set_file(str(export))
    qtbot.waitUntil(lambda: "vide.csv est vide" in wizard.file_page.status.text(), timeout=10000)
    assert wizard.file_page.status.text().startswith("Ce fichier ne peut pas être importé")
    assert "Téléchargez de nouveau l’export" in wizard.file_page.status.text()
    qtbot.waitUntil(lambda: wizard.file_page.status.height() >= wizard.file_page.status.heightForWidth(
        wizard.file_page.status.width()), timeout=2000)            # the whole message shows, nothing cut
    shoot(wizard, "fr-wizard-refused")


def test_a_guest_the_buyer_has_not_named_is_worded_in_the_preview(wizard, qtbot):
    wizard.set_file(str(EXPORTS / "eventbrite_attendee_report_uk.csv"))
    qtbot.waitUntil(lambda: wizard.currentId() == DETECTED and wizard.detected_page.isComplete(), timeout=10000)
    assert wizard.detected_page.evidence.text() == "Reconnu par les titres de ses colonnes."
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == PREVIEW and not wizard.busy, timeout=10000)
    text = "\n".join(preview_texts(wizard.preview_page))
    assert "Personne invitée par Aoife Byrne" in text
    assert "titulaire pas encore nommé (Info Requested)" in text
    assert "Personne invitée par <acheteur>" in wizard.preview_page.notes.text()
    wizard.preview_page.buttons["new"].click()
    shoot(wizard, "fr-wizard-guest")


def test_a_damaged_event_file_is_explained_in_french_when_the_app_opens_it(french, qtbot, tmp_path):
    from kiosk.store import backup, open_event_db
    from kiosk.ui import dialogs
    from kiosk.ui.organizer.launch import AppShell
    from kiosk.ui.sounds import VerdictSounds

    path = tmp_path / "congres.sqlite"
    with open_event_db(path) as db:
        db.set_event("Congrès", [], "America/Toronto")
        good = backup.snapshot(db.conn, db.path, "good")
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path.write_bytes(path.read_bytes()[:5000])                  # cut short, as by a full disk
    shell = AppShell(db=str(path), sounds=VerdictSounds(False))
    try:
        shell.start()
        # the app offers the newest good backup in a window (kiosk/ui/organizer/recovery.py), no command line
        qtbot.waitUntil(lambda: shell.recovery is not None and shell.recovery.isVisible(), timeout=10000)
        box = shell.recovery
        text = box.explain.text() + " " + box.advice.text()
        assert "a été tronqué" in text and "Rien n’y a été écrit" in text, text
        assert "Une sauvegarde saine en a été faite le" in text and "kiosk restore" not in text
        assert box.restore_button.text().startswith("Restaurer la dernière sauvegarde saine (faite le ")
        assert good.exists()
        box.resize(700, box.sizeHint().height())
        shoot(box, "fr-damaged-file")
    finally:
        dialogs.close_all()
        shell.stop()


def test_a_french_wizard_groups_its_counts_the_french_way(wizard, qtbot, empty_event, tmp_path):
    """D34: "50,000 (dont 47,586 admis)" in a French window; the desk's counter says "47 586"."""
    export = tmp_path / "inscriptions.csv"
    lines = ["Name,Email,Ticket code,Status"]
    lines += [f"Person {i},p{i}@example.org,T{i:05d},{'paid' if i % 10 else 'cancelled'}" for i in range(1234)]
    export.write_text("\n".join(lines) + "\n", encoding="utf-8")
    wizard.set_file(str(export))
    qtbot.waitUntil(lambda: wizard.currentId() == DETECTED and wizard.detected_page.isComplete(), timeout=10000)
    assert "1\u202f234 lignes" in wizard.detected_page.facts.text(), wizard.detected_page.facts.text()
    while wizard.currentId() != PREVIEW:
        wizard.next()
        qtbot.waitUntil(lambda: not wizard.busy, timeout=20000)
    summary = wizard.preview_page.summary.text()
    assert "1\u202f234 nouveaux (dont 1\u202f110 admis)" in summary, summary
    assert "1,234" not in summary and "1,110" not in summary
    assert wizard.preview_page.buttons["all"].text().endswith("1\u202f234")
    shoot(wizard, "fr-wizard-counts")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == DONE, timeout=30000)
    assert "Nouveaux\u00a0: 1\u202f234 (dont 1\u202f110 admis)" in wizard.done_page.result.text()
    assert count(empty_event) == 1234
