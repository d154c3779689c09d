"""The kiosk's look: contrast of every colour pair, type that fills the screen, nothing clipped at
1280x800 or 1920x1080 in English or French, and the screenshots of each state.

Screenshots go to a temporary folder; to refresh the ones in the docs run
`KIOSK_SCREENSHOTS=docs/images python -m pytest tests/ui/kiosk/test_kiosk_look.py`.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from kiosk.store import settings
from kiosk.store import open_event_db
from kiosk.ui import i18n
from kiosk.ui.kiosk import look
from kiosk.ui.kiosk.outcome import KioskScreen


pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SIZES = [(1280, 800), (1920, 1080)]
STATES = ["idle", "welcome", "already", "go-to-desk", "pin", "forgot"]


@pytest.mark.parametrize("name", sorted(look.TEXT_PAIRS))
def test_text_contrast_is_at_least_7_to_1(name):
    foreground, background = look.TEXT_PAIRS[name]
    assert look.contrast_ratio(foreground, background) >= 7.0, name


def test_contrast_formula_matches_known_values():
    assert look.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert look.contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def test_each_outcome_differs_by_shape_not_only_colour():
    shapes = [s.shape for s in look.SCREENS.values()]
    assert len(set(shapes)) == len(shapes)


def test_type_is_large_enough_to_read_from_a_metre_and_a_half():
    # Legible at a distance d: capital letters of at least d/300 (5 mm at 1.5 m). A capital is about
    # 0.7 of the pixel size. Screens: a 13.3" 1280x800 laptop (0.224 mm pixels), a 24" 1920x1080 monitor
    # (0.277 mm pixels).
    for (_, height), pixel_mm in zip(SIZES, (0.224, 0.277)):
        scale = look.TypeScale.for_height(height)
        for role in ("headline", "body", "button"):
            assert getattr(scale, role) * 0.7 * pixel_mm >= 1500 / 300, (height, role)
    assert look.TypeScale.for_height(1080).body > look.TypeScale.for_height(800).body


def test_languages_are_discovered_from_the_files(tmp_path):
    assert i18n.available_languages(tmp_path) == ["en"]
    (tmp_path / "app_fr.qm").write_bytes(b"")
    (tmp_path / "app_de.qm").write_bytes(b"")
    assert i18n.available_languages(tmp_path) == ["en", "de", "fr"]
    assert "fr" in i18n.available_languages()  # the shipped French catalogue


def test_install_translator_switches_the_app_and_the_locale(qapp):
    try:
        assert i18n.install_translator(qapp, "fr") == "fr"
        assert QApplication.translate("IdlePage", "Scan your ticket") == "Scannez votre billet"
        assert i18n.locale_for().toString(1234.5, "f", 1) == "1\u202f234,5"
        assert i18n.install_translator(qapp, "xx") == "en"  # no catalogue: English, not a crash
        assert QApplication.translate("IdlePage", "Scan your ticket") == "Scan your ticket"
    finally:
        i18n.install_translator(qapp, "en")


@pytest.fixture
def shots_dir(tmp_path) -> Path:
    target = os.environ.get("KIOSK_SCREENSHOTS")
    folder = Path(target) if target else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _set_state(window, state: str) -> None:
    if state == "idle":
        window.show_idle()
    elif state == "welcome":
        window.show_result(KioskScreen("welcome", "ok", "Anaïs", 1))
        window.result_page.set_printing(True)
    elif state == "already":
        window.show_result(KioskScreen("already", "already"))
    elif state == "go-to-desk":
        window.show_result(KioskScreen("desk", "cancelled"))
    elif state == "pin":
        window.show_idle()
        window.ask_for_pin()
        window.pin_page.field.setText("1111")
        window.pin_page.submit()  # one wrong try: the message and the slow-down show
    elif state == "forgot":
        window.show_idle()
        window.show_forgot()
        window.forgot_page.email.setText("anais@example.org")
        window.forgot_page.last_name.setText("Tremblay")
        window.forgot_page.show_message("no_match")


def _clipped(window) -> list[str]:
    """Visible texts that do not fit their widget."""
    bad = []
    for label in window.findChildren(QLabel):
        if not label.isVisibleTo(window) or not label.text():
            continue
        if label.wordWrap():
            if label.heightForWidth(label.width()) > label.height() + 2:
                bad.append(label.text())
        elif label.sizeHint().width() > label.width() + 2:
            bad.append(label.text())
    for button in window.findChildren(QAbstractButton):
        if button.isVisibleTo(window) and button.text() and button.sizeHint().width() > button.width() + 2:
            bad.append(button.text())
    return bad


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_state_fits_both_screens_and_is_saved(qtbot, db_path, shots_dir, language):
    from kiosk.ui.kiosk.window import KioskWindow

    with open_event_db(db_path) as db:
        db.set_event("Montréal Python Summit 2026", [], "America/Toronto")
        settings.set_value(db, "kiosk_pin", "482916")
        settings.set_value(db, "forgot_ticket_enabled", True)
        settings.set_value(db, "kiosk_language", language)
    window = KioskWindow(str(db_path), fullscreen=False, start_workers=False)
    try:
        window.show()
        qtbot.waitExposed(window)
        assert window.language == language
        problems = {}
        for width, height in SIZES:
            window.resize(width, height)
            for state in STATES:
                _set_state(window, state)
                QApplication.processEvents()
                image = window.grab()
                assert (image.width(), image.height()) == (width, height)
                image.save(str(shots_dir / f"kiosk-{state}-{language}-{width}x{height}.png"))
                clipped = _clipped(window)
                if clipped:
                    problems[f"{state} {width}x{height}"] = clipped
        assert not problems
    finally:
        window.may_close = True
        window.close()
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        i18n.install_translator(QApplication.instance(), "en")
