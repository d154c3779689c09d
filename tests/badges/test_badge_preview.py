"""The desk's badge preview shows the real badge, redrawn when the window is resized."""

from kiosk.ui.badge_preview import BadgePreview, render_badge_image
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


def test_preview_widget_renders_and_follows_resizes(qtbot, tmp_path):
    widget = BadgePreview()
    qtbot.addWidget(widget)
    widget.resize(420, 320)
    widget.show()
    assert widget.text() == "No badge to show"
    widget.show_badge(person("P2", "سارة", "أحمد", ticket_type="Staff"), "badge-4x3", "default", {"name": "Forum"})
    first = widget.image.size()
    assert _ink(widget.image) > 50 and first.width() <= 420
    widget.resize(820, 620)
    qtbot.waitUntil(lambda: widget.image.width() > first.width() * 1.5)
    widget.grab().save(str(tmp_path / "preview.png"))


def test_preview_explains_a_broken_setting_instead_of_crashing(qtbot):
    widget = BadgePreview()
    qtbot.addWidget(widget)
    widget.show_badge(person("P3", "Ann"), "no-such-stock")
    assert "Unknown badge stock" in widget.text()
