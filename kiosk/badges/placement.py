"""Where each element of a template sits on a badge side: its box in points, its font sizes scaled
to the side's size (a template is drawn for a reference size, in millimetres)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from kiosk.badges.stocks import UNITS
from kiosk.badges.templates import Element, Layout

MM = UNITS["mm"]


@dataclass(frozen=True)
class Placed:
    """An element with its box in points on a side of a given size."""

    el: Element
    x: float
    y: float
    w: float
    h: float
    max_size: float
    min_size: float


def place(elements: Iterable[Element], layout: Layout, w: float, h: float) -> tuple[Placed, ...]:
    """Each element's box on a side `w` x `h` points (PDF coordinates: y from the bottom)."""
    scale = min(w / MM / layout.reference_w, h / MM / layout.reference_h)
    placed = []
    for el in elements:
        bx, by, bw, bh = el.box
        pw, ph = bw / 100 * w, bh / 100 * h
        px, py = bx / 100 * w, h - (by + bh) / 100 * h
        max_size = el.max_size * scale
        placed.append(Placed(el, px, py, pw, ph, max_size, min(el.min_size, max_size)))
    return tuple(placed)
