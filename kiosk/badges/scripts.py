"""Preparing a name for drawing: Unicode normalisation, right-to-left order, complex shaping.

ReportLab draws characters left to right, one glyph each. So, as pretix does, Arabic and Hebrew
lines are reshaped (`arabic_reshaper`, joined letter forms) and put in visual order
(`python-bidi`) before drawing; Indic scripts are shaped with HarfBuzz (ReportLab's `shapeStr`,
which needs `uharfbuzz`) so that conjuncts and vowel signs sit where they belong.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
# Scripts that need glyph shaping: Devanagari through Malayalam, Sinhala, Thai, Lao, Tibetan, Myanmar, Khmer.
_COMPLEX = re.compile("[\u0900-\u0dff\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff]")
_SPACES = re.compile(r"\s+")


def clean(text: str) -> str:
    """NFC-normalised text on one line with single spaces (ReportLab needs precomposed letters)."""
    if not text:
        return ""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", str(text))).strip()


def is_rtl(text: str) -> bool:
    return bool(_RTL.search(text))


def needs_shaping(text: str) -> bool:
    return bool(_COMPLEX.search(text))


@functools.lru_cache(maxsize=65536)
def visual(line: str) -> str:
    """A logical line as it must be drawn left to right: Arabic joined, RTL runs reversed."""
    if not is_rtl(line):
        return line
    import arabic_reshaper
    from bidi import get_display

    return get_display(arabic_reshaper.reshape(line))
