"""The font the PDF report and the tickets are set in: DejaVu Sans (covers accents), else Helvetica.

DejaVu Sans is looked for in the app's `resources/fonts/`, then in the usual system folder. Only
when neither has it do the documents fall back to Helvetica, whose built-in encoding drops letters
outside Latin-1.
"""

from __future__ import annotations

import functools
import logging
from pathlib import Path

log = logging.getLogger(__name__)

SYSTEM_FOLDERS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"),
                  Path("/Library/Fonts"), Path("C:/Windows/Fonts"))


def _candidates() -> list[Path]:
    from kiosk.badges.resources import FONTS

    return [FONTS, *SYSTEM_FOLDERS]


@functools.lru_cache(maxsize=None)
def report_fonts() -> tuple[str, str]:
    """(regular, bold) ReportLab font names, registered once."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for folder in _candidates():
        regular, bold = folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"
        if regular.is_file() and bold.is_file():
            pdfmetrics.registerFont(TTFont("Report-Regular", str(regular)))
            pdfmetrics.registerFont(TTFont("Report-Bold", str(bold)))
            addMapping("Report-Regular", 0, 0, "Report-Regular")
            addMapping("Report-Regular", 1, 0, "Report-Bold")
            addMapping("Report-Regular", 0, 1, "Report-Regular")
            addMapping("Report-Regular", 1, 1, "Report-Bold")
            log.debug("report font: %s", regular)
            return "Report-Regular", "Report-Bold"
    log.warning("DejaVu Sans not found (looked in %s); using Helvetica, which drops some accented letters",
                ", ".join(str(p) for p in _candidates()))
    return "Helvetica", "Helvetica-Bold"
