"""The badge preview's picture is the real badge, one label of the stock, not the whole sheet."""

from kiosk.ui.badge_preview import render_badge_image
from tests.badges.helpers import person


def _ink(image) -> int:
    """How many sampled pixels are dark (text, QR): a blank preview has none."""
    dark = 0
    for x in range(0, image.width(), 4):
        for y in range(0, image.height(), 4):
            c = image.pixelColor(x, y)
            dark += c.alpha() > 0 and c.lightness() < 80
    return dark


def test_preview_shows_one_badge_with_the_badge_shape(qtbot):
    image, notes = render_badge_image(person("P1", "Olumide", "Adeyemi"), "avery-l7418", "default", None)
    assert abs(image.width() / image.height() - 86 / 55) < 0.02  # one label, not the A4 sheet
    assert notes == [] and _ink(image) > 50


def test_the_desk_s_panel_says_why_a_badge_cannot_be_drawn_then_draws_the_next(qtbot):
    from PySide6.QtWidgets import QWidget

    from kiosk.ui.desk.badge_panel import BadgePanel

    holder = QWidget()
    qtbot.addWidget(holder)
    panel = BadgePanel(parent=holder)
    holder.resize(420, 320)
    try:
        panel.show_badge(person("P3", "Ann"), "no-such-stock", "default", None)
        qtbot.waitUntil(lambda: "Unknown badge stock" in panel.text(), timeout=8000)   # in words, no crash
        panel.show_badge(person("P2", "سارة", "أحمد", ticket_type="Staff", id=7), "badge-4x3", "default", {"name": "Forum"})
        qtbot.waitUntil(lambda: panel.image is not None, timeout=8000)                # the renderer goes on
        assert _ink(panel.image) > 50 and panel.shown_for == 7
    finally:
        panel.stop()
