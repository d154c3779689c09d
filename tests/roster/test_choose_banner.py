"""The desk banner shows the `choose` verdict (an order of several people) in English and French; the
people themselves are in the desk's chooser (tests/ui/desk/test_desk_actions.py)."""

from __future__ import annotations

import os
from pathlib import Path

from kiosk.checkin import CheckinResult
from kiosk.ui import i18n
from kiosk.ui.desk.verdict_banner import VerdictBanner

os.environ.setdefault("KIOSK_SOUND", "off")

PEOPLE = [{"id": 12, "code": "K-1", "first_name": "Megan", "last_name": "Evans", "full_name": "Megan Evans",
           "ticket_type": "Day ticket", "status": "active"},
          {"id": 13, "code": "K-2", "first_name": "", "last_name": "", "full_name": "Guest of Rhys Evans",
           "ticket_type": "Day ticket", "status": "active"}]


def _result() -> CheckinResult:
    return CheckinResult(verdict="choose", station="desk", payload="40118880202501123456790001",
                         reason="this ticket's order 40118880202 holds 3 tickets", candidates=PEOPLE)


def test_choose_reads_in_english_and_french(qtbot, qapp, tmp_path):
    shots = Path(os.environ.get("KIOSK_SCREENSHOTS") or tmp_path)
    try:
        for language, title, people in (("en", "CHOOSE THE PERSON", "2 people on this ticket's order: choose"),
                                        ("fr", "CHOISIR LA PERSONNE", "2 personnes sur la commande de ce billet")):
            i18n.install_translator(qapp, language)
            banner = VerdictBanner()
            qtbot.addWidget(banner)
            banner.resize(1000, 320)
            banner.show_result(_result(), "America/Toronto")
            text = banner.text()
            assert title in text and people in text and "12:" not in text, text   # no ids for a volunteer to read
            assert banner.verdict == "choose"
            banner.grab().save(str(shots / f"banner-choose-{language}.png"))
    finally:
        i18n.install_translator(qapp, "en")
