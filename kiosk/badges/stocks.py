"""The badge stock catalogue: exact page and label geometry, in points, and each stock's CUPS media.

Stocks come from `resources/badges/stocks.json`; an organizer adds one by writing a JSON file of
the same shape (one stock object, or {"stocks": [...]}) and passing its path wherever a stock id
is accepted. Positions on a sheet are numbered from 1, left to right then top to bottom, so a
half-used sheet can be finished by starting at position N.
"""

from __future__ import annotations

import functools
import json
import logging
from dataclasses import dataclass
from pathlib import Path

from kiosk.badges.resources import STOCKS_FILE
from kiosk.badges.words import WORDS
from kiosk.errors import KnownError, NotFound

log = logging.getLogger(__name__)

UNITS = {"pt": 1.0, "mm": 72.0 / 25.4, "in": 72.0, "cm": 72.0 / 2.54}


@dataclass(frozen=True)
class Stock:
    """One kind of badge paper or label. Lengths are in points; (x, y) origin at the page's bottom left."""

    id: str
    name: str
    page_w: float
    page_h: float
    label_w: float
    label_h: float
    cols: int = 1
    rows: int = 1
    left: float = 0.0
    top: float = 0.0
    pitch_x: float = 0.0
    pitch_y: float = 0.0
    corner_radius: float = 0.0
    rotate: int = 0              # 90: the badge is designed landscape and turned onto the label
    continuous: bool = False
    cut_marks: bool = False
    cups_media: str = ""

    @property
    def per_page(self) -> int:
        return self.cols * self.rows

    @property
    def is_sheet(self) -> bool:
        return self.per_page > 1

    @property
    def badge_size(self) -> tuple[float, float]:
        """The badge as designed (width, height), after the stock's rotation."""
        if self.rotate in (90, 270):
            return self.label_h, self.label_w
        return self.label_w, self.label_h

    def cell(self, position: int) -> tuple[float, float, float, float]:
        """The label rectangle (x, y, w, h) at a 1-based position on the page."""
        if not 1 <= position <= self.per_page:
            raise KnownError(WORDS("no_position", position=position, stock=self.id, per_page=self.per_page))
        index = position - 1
        col, row = index % self.cols, index // self.cols
        x = self.left + col * self.pitch_x
        y = self.page_h - self.top - row * self.pitch_y - self.label_h
        return x, y, self.label_w, self.label_h

    def cells(self) -> list[tuple[float, float, float, float]]:
        return [self.cell(p) for p in range(1, self.per_page + 1)]

    def custom_media(self) -> str:
        """A CUPS custom size for this page, in millimetres, for drivers without the named size."""
        mm = UNITS["mm"]
        return f"Custom.{self.page_w / mm:.4g}x{self.page_h / mm:.4g}mm"

    def describe(self) -> dict:
        mm = UNITS["mm"]
        return {"id": self.id, "name": self.name, "badges_per_page": self.per_page,
                "page_mm": [round(self.page_w / mm, 2), round(self.page_h / mm, 2)],
                "badge_mm": [round(v / mm, 2) for v in self.badge_size],
                "cups_media": self.cups_media or self.custom_media()}


def _stock_from_dict(data: dict, origin: str) -> Stock:
    try:
        scale = UNITS[data.get("unit", "mm")]
        page = data.get("page") or data["label"]
        label = data["label"]
        cols, rows = int(data.get("cols", 1)), int(data.get("rows", 1))
        stock = Stock(
            id=str(data["id"]), name=str(data.get("name", data["id"])),
            page_w=float(page[0]) * scale, page_h=float(page[1]) * scale,
            label_w=float(label[0]) * scale, label_h=float(label[1]) * scale,
            cols=cols, rows=rows,
            left=float(data.get("left", 0)) * scale, top=float(data.get("top", 0)) * scale,
            pitch_x=float(data.get("pitch_x", label[0])) * scale,
            pitch_y=float(data.get("pitch_y", label[1])) * scale,
            corner_radius=float(data.get("corner_radius", 0)) * scale,
            rotate=int(data.get("rotate", 0)) % 360,
            continuous=bool(data.get("continuous", False)),
            cut_marks=bool(data.get("cut_marks", False)),
            cups_media=str(data.get("cups_media", "")),
        )
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise KnownError(WORDS("stock_malformed", stock=str(data.get("id", "?")), origin=origin, why=repr(exc))) from exc
    if stock.rotate not in (0, 90, 180, 270):
        raise KnownError(WORDS("stock_rotate", stock=stock.id, origin=origin, rotate=stock.rotate))
    right = stock.left + (stock.cols - 1) * stock.pitch_x + stock.label_w
    bottom = stock.top + (stock.rows - 1) * stock.pitch_y + stock.label_h
    if right > stock.page_w + 0.5 or bottom > stock.page_h + 0.5 or stock.left < 0 or stock.top < 0:
        raise KnownError(WORDS("stock_outside", stock=stock.id, origin=origin))
    return stock


def read_stock_file(path: str | Path) -> list[Stock]:
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise NotFound(WORDS("no_stock_file", path=path)) from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise KnownError(WORDS("stock_not_json", path=path, why=str(exc))) from exc
    items = data.get("stocks", [data]) if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise KnownError(WORDS("stock_file_shape", path=path))
    return [_stock_from_dict(item, str(path)) for item in items]


@functools.lru_cache(maxsize=1)
def catalogue() -> dict[str, Stock]:
    """The built-in stocks by id, in catalogue order."""
    return {s.id: s for s in read_stock_file(STOCKS_FILE)}


def get_stock(ref: str | Path | Stock) -> Stock:
    """A stock by catalogue id, or the (first) stock defined in a JSON file at that path."""
    if isinstance(ref, Stock):
        return ref
    text = str(ref)
    found = catalogue().get(text)
    if found:
        return found
    if text.lower().endswith(".json") or Path(text).is_file():
        stocks = read_stock_file(text)
        if not stocks:
            raise KnownError(WORDS("stock_file_empty", path=text))
        return stocks[0]
    raise NotFound(WORDS("unknown_stock", stock=text, known=tuple(catalogue())))
