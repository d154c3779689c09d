"""PDF content-stream operators written directly, with ReportLab's colours and fonts cached.

A batch of thousands of badges is mostly these few operators: writing them as text costs several
times less than ReportLab's general-purpose calls.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.pdfbase import pdfmetrics

_colors: dict[str, Any] = {}
_fill_ops: dict[str, str] = {}


def pdf_color(value: str):
    """A ReportLab colour for "#rrggbb" (black for a value that is not one)."""
    found = _colors.get(value)
    if found is None:
        try:
            found = _colors[value] = HexColor(value)
        except (ValueError, TypeError):
            found = _colors[value] = HexColor("#000000")
    return found


def fill_op(value: str) -> str:
    """The PDF operator that sets this fill colour ("0.1 0.2 0.3 rg")."""
    found = _fill_ops.get(value)
    if found is None:
        c = pdf_color(value)
        found = _fill_ops[value] = f"{c.red:.4g} {c.green:.4g} {c.blue:.4g} rg"
    return found


_fonts: dict[str, Any] = {}


def pdf_font(name: str):
    """A registered ReportLab font by name."""
    found = _fonts.get(name)
    if found is None:
        found = _fonts[name] = pdfmetrics.getFont(name)
    return found


def num(v: float) -> str:
    """A length in points as a PDF operand."""
    return f"{v:.2f}"
