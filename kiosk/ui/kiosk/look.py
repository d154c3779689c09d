"""How the kiosk looks: its colours (every text/background pair at least 7:1) and its type scale.

Text must be readable from 1.5 m: sizes are fractions of the window's height, so a 1280x800 laptop
and a 1920x1080 screen both fill with large type. `contrast_ratio` is the WCAG 2 formula; the tests
compute it for every pair in `TEXT_PAIRS`.
"""

from __future__ import annotations

from dataclasses import dataclass

# The idle screen and the panels.
BACKGROUND = "#0b1f33"        # deep navy
TEXT = "#ffffff"
SOFT_TEXT = "#dbe7f3"         # secondary lines; still well above 7:1 on navy
ACCENT = "#ffd54f"            # the scan frame and the focus ring
BUTTON_BG = "#ffffff"
BUTTON_TEXT = "#0b1f33"
BUTTON_ACTIVE_BG = "#ffd54f"  # the language in use
BUTTON_ACTIVE_TEXT = "#0b1f33"
QUIET_BUTTON_BG = "#17324f"   # "Forgot your ticket?", Back
QUIET_BUTTON_TEXT = "#ffffff"
FIELD_BG = "#ffffff"
FIELD_TEXT = "#0b1f33"
PLACEHOLDER_TEXT = "#3d4f61"  # hints inside white fields
DISABLED_BG = "#bdbdbd"       # keypad during the PIN slow-down
DISABLED_TEXT = "#2b2b2b"
ERROR_TEXT = "#ffd54f"        # messages on the navy panels (with an icon and words, never colour alone)


@dataclass(frozen=True)
class ScreenLook:
    background: str
    text: str
    shape: str   # icon shape drawn by kiosk.ui.verdicts.draw_icon


SCREENS: dict[str, ScreenLook] = {
    "welcome": ScreenLook("#1b5e20", "#ffffff", "check"),      # green
    "already": ScreenLook("#0d47a1", "#ffffff", "repeat"),     # blue
    "not_today": ScreenLook("#311b92", "#ffffff", "calendar"),  # indigo: another day, not a refusal
    "desk": ScreenLook("#4a148c", "#ffffff", "question"),      # purple: not an alarm, a direction
    "problem": ScreenLook("#000000", "#ffeb3b", "stop"),
}

TEXT_PAIRS: dict[str, tuple[str, str]] = {
    "idle text": (TEXT, BACKGROUND),
    "idle soft text": (SOFT_TEXT, BACKGROUND),
    "accent on idle": (ACCENT, BACKGROUND),
    "button": (BUTTON_TEXT, BUTTON_BG),
    "active language": (BUTTON_ACTIVE_TEXT, BUTTON_ACTIVE_BG),
    "quiet button": (QUIET_BUTTON_TEXT, QUIET_BUTTON_BG),
    "field": (FIELD_TEXT, FIELD_BG),
    "field hint": (PLACEHOLDER_TEXT, FIELD_BG),
    "disabled button": (DISABLED_TEXT, DISABLED_BG),
    "message": (ERROR_TEXT, BACKGROUND),
    **{f"{name} screen": (look.text, look.background) for name, look in SCREENS.items()},
}


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    h = colour.lstrip("#")
    r, g, b = (int(h[i:i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(foreground: str, background: str) -> float:
    a, b = sorted((relative_luminance(foreground), relative_luminance(background)), reverse=True)
    return (a + 0.05) / (b + 0.05)


@dataclass(frozen=True)
class TypeScale:
    """Pixel sizes for one window height."""

    headline: int
    body: int
    button: int
    small: int
    icon: int

    @classmethod
    def for_height(cls, height: int) -> "TypeScale":
        u = max(height, 600) / 100.0
        return cls(headline=round(7.4 * u), body=round(4.2 * u), button=round(4.0 * u),
                   small=max(round(2.8 * u), 20), icon=round(19 * u))


def stylesheet(scale: TypeScale) -> str:
    """The kiosk's Qt style sheet for one type scale (rebuilt when the window is resized)."""
    pad = max(scale.button // 2, 10)
    return f"""
    QWidget#KioskWindow, QWidget#kioskPage {{ background: {BACKGROUND}; color: {TEXT}; }}
    QLabel {{ color: {TEXT}; background: transparent; }}
    QLabel[role="headline"] {{ font-size: {scale.headline}px; font-weight: bold; }}
    QLabel[role="title"] {{ font-size: {scale.headline * 3 // 4}px; font-weight: bold; }}
    QLabel[role="body"] {{ font-size: {scale.body}px; }}
    QLabel[role="soft"] {{ font-size: {scale.small}px; color: {SOFT_TEXT}; }}
    QLabel[role="message"] {{ font-size: {scale.body}px; color: {ERROR_TEXT}; font-weight: bold; }}
    QPushButton {{ font-size: {scale.button}px; font-weight: bold; color: {BUTTON_TEXT}; background: {BUTTON_BG};
                   border: 3px solid {BUTTON_BG}; border-radius: {pad}px; padding: {pad // 2}px {pad}px; }}
    QPushButton:focus {{ border: 4px solid {ACCENT}; }}
    QPushButton:disabled {{ color: {DISABLED_TEXT}; background: {DISABLED_BG}; border-color: {DISABLED_BG}; }}
    QPushButton[role="quiet"] {{ color: {QUIET_BUTTON_TEXT}; background: {QUIET_BUTTON_BG};
                                 border: 3px solid {SOFT_TEXT}; }}
    QPushButton[role="quiet"]:focus {{ border: 4px solid {ACCENT}; }}
    QPushButton[role="lang"] {{ font-size: {scale.button}px; padding: {pad // 3}px {pad // 2}px;
                                color: {QUIET_BUTTON_TEXT}; background: {QUIET_BUTTON_BG}; border: 3px solid {SOFT_TEXT}; }}
    QPushButton[role="lang"]:checked {{ color: {BUTTON_ACTIVE_TEXT}; background: {BUTTON_ACTIVE_BG};
                                        border-color: {BUTTON_ACTIVE_BG}; }}
    QPushButton[role="key"] {{ font-size: {scale.headline * 2 // 3}px; }}
    QPushButton[role="keyword"] {{ font-size: {scale.button}px; min-height: {scale.headline * 2 // 3}px; }}
    QPushButton[role="oskey"] {{ font-size: {scale.body * 4 // 5}px; padding: 2px; border-radius: 8px;
                                 min-height: {scale.body * 6 // 5}px; min-width: {scale.body}px; }}
    QPushButton[role="oskey"][active="true"] {{ background: {BUTTON_ACTIVE_BG}; border-color: {BUTTON_ACTIVE_BG}; }}
    QLineEdit {{ font-size: {scale.body}px; color: {FIELD_TEXT}; background: {FIELD_BG};
                 border: 3px solid {SOFT_TEXT}; border-radius: 8px; padding: 6px 12px; }}
    QLineEdit:focus {{ border: 4px solid {ACCENT}; }}
    QCheckBox {{ font-size: {scale.button}px; color: {TEXT}; spacing: 16px; }}
    QCheckBox::indicator {{ width: {scale.button}px; height: {scale.button}px; }}
    QSpinBox, QComboBox {{ font-size: {scale.button}px; color: {FIELD_TEXT}; background: {FIELD_BG}; padding: 4px 10px; }}
    """
