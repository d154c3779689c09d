"""Fitting a line of text into a box: the largest size that fits, shrinking before wrapping.

A name is cut into pieces at break opportunities (after a space, after a hyphen, between CJK
characters). For one line and for each number of lines up to `max_lines` the most balanced
partition is found and the size it allows computed directly (widths scale with the size, so there
is no trial-and-error loop). Wrapping is chosen only when it makes the text clearly larger. If even
the best layout is under `min_size`, the text is set at `min_size`, wrapped greedily, words wider
than the box are broken, and what still does not fit ends with an ellipsis: `Fit.shortened` says so.
Nothing is ever drawn outside the box.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth

from kiosk.badges import fonts, scripts

ELLIPSIS = "\u2026"
#: Wrapping must make the text at least this much larger than one shrunk line to be chosen.
WRAP_GAIN = 1.25
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_PIECE = re.compile(rf"[^\s\-\u2010{_CJK}]*(?:[\-\u2010]+|\s+|[{_CJK}]\s*)|[^\s\-\u2010{_CJK}]+$")


@dataclass(frozen=True)
class Segment:
    """Part of a drawn line in one font: `text` is ready for `drawString` (visual order, shaped)."""

    font: str
    text: str
    width: float  # at size 1


@dataclass(frozen=True)
class Line:
    text: str                       # the logical text of the line
    segments: tuple[Segment, ...]
    width: float                    # at size 1
    rtl: bool


@dataclass(frozen=True)
class Fit:
    lines: tuple[Line, ...]
    size: float
    ascent: float     # fractions of the size
    descent: float    # negative
    line_gap: float
    shortened: bool   # cut, broken inside a word or set below the minimum size
    dropped: str      # characters no font has, left out

    @property
    def height(self) -> float:
        return self.size * ((self.ascent - self.descent) + (len(self.lines) - 1) * self.line_gap)

    @property
    def width(self) -> float:
        return max((ln.width for ln in self.lines), default=0.0) * self.size


@functools.lru_cache(maxsize=65536)
def make_line(text: str, weight: str) -> tuple[Line, str]:
    """Measure one logical line at size 1; returns (line, characters left out)."""
    drawn = scripts.visual(text)
    runs, missing = fonts.split_runs(drawn)
    segments = []
    for run in runs:
        name = fonts.load(run.face, weight).fontName
        if scripts.needs_shaping(run.text):
            from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr

            shaped = shapeStr(run.text, name, 1000)
            if isinstance(shaped, ShapedStr):
                width = sum(d.x_advance for d in shaped.__shapeData__) / 1000.0
                segments.append(Segment(name, shaped, width))
                continue
        segments.append(Segment(name, run.text, stringWidth(run.text, name, 1)))
    width = sum(s.width for s in segments)
    return Line(text, tuple(segments), width, scripts.is_rtl(text)), missing


@functools.lru_cache(maxsize=4096)
def _face_metrics(font_names: frozenset[str]) -> tuple[float, float]:
    from reportlab.pdfbase import pdfmetrics

    asc, desc = 0.0, 0.0
    for name in font_names:
        face = pdfmetrics.getFont(name).face
        asc = max(asc, face.ascent / 1000.0)
        desc = min(desc, face.descent / 1000.0)
    return asc or 0.9, desc or -0.25


def pieces(text: str) -> list[str]:
    """Break opportunities: 'Anne-Marie de la Tour' -> ['Anne-', 'Marie ', 'de ', 'la ', 'Tour']."""
    found = [p for p in _PIECE.findall(text) if p]
    return found if "".join(found) == text else [text]


def _join(parts: list[str]) -> str:
    return "".join(parts).rstrip()


def _width(text: str, weight: str) -> float:
    return make_line(text, weight)[0].width


def _best_partition(parts: list[str], n: int, weight: str) -> tuple[float, list[str]]:
    """The partition of `parts` into `n` lines with the narrowest widest line."""
    best: tuple[float, list[str]] | None = None
    cuts_range = range(1, len(parts))
    if len(parts) > 24:  # long free text: greedy is good enough and bounded
        return _greedy(parts, n, weight)
    for cuts in itertools.combinations(cuts_range, n - 1):
        bounds = (0, *cuts, len(parts))
        lines = [_join(parts[a:b]) for a, b in zip(bounds, bounds[1:])]
        widest = max(_width(t, weight) for t in lines)
        if best is None or widest < best[0]:
            best = (widest, lines)
    assert best is not None
    return best


def _greedy(parts: list[str], n: int, weight: str) -> tuple[float, list[str]]:
    total = _width(_join(parts), weight)
    target = total / n
    lines: list[str] = []
    current: list[str] = []
    for part in parts:
        if current and _width(_join(current + [part]), weight) > target * 1.02 and len(lines) < n - 1:
            lines.append(_join(current))
            current = []
        current.append(part)
    lines.append(_join(current))
    return max(_width(t, weight) for t in lines), lines


def _lines(texts: list[str], weight: str) -> tuple[tuple[Line, ...], str]:
    made = [make_line(t, weight) for t in texts]
    return tuple(m[0] for m in made), "".join(m[1] for m in made)


def _metrics(lines: tuple[Line, ...]) -> tuple[float, float]:
    return _face_metrics(frozenset(s.font for ln in lines for s in ln.segments))


@functools.lru_cache(maxsize=65536)
def fit_text(text: str, weight: str, box_w: float, box_h: float, max_size: float, min_size: float,
             max_lines: int = 1, line_gap: float = 1.08) -> Fit:
    """The largest layout of `text` (already cleaned) inside box_w x box_h points."""
    if not text or box_w <= 0 or box_h <= 0:
        return Fit((), max_size, 0.9, -0.25, line_gap, False, "")
    parts = pieces(text)
    options = []
    for n in range(1, max(1, min(max_lines, len(parts))) + 1):
        widest, texts = _best_partition(parts, n, weight) if n > 1 else (_width(_join(parts), weight), [_join(parts)])
        lines, dropped = _lines(texts, weight)
        asc, desc = _metrics(lines)
        size = min(max_size,
                   box_w / widest if widest > 0 else max_size,
                   box_h / ((asc - desc) + (n - 1) * line_gap))
        options.append(Fit(lines, size, asc, desc, line_gap, False, dropped))
    chosen = options[0]
    for option in options[1:]:
        if option.size >= chosen.size * WRAP_GAIN or (chosen.size < min_size <= option.size):
            chosen = option
    if chosen.size >= min_size - 1e-6:
        return chosen
    return _fit_at_minimum(text, parts, weight, box_w, box_h, min_size, line_gap)


def _split_word(word: str, weight: str, limit: float) -> list[str]:
    """Cut a word wider than the box into chunks that fit (characters, not bytes)."""
    chunks, current = [], ""
    for ch in word:
        if current and _width(current + ch, weight) > limit:
            chunks.append(current)
            current = ""
        current += ch
    if current:
        chunks.append(current)
    return chunks


def _ellipsize(text: str, weight: str, limit: float) -> str:
    text = text.rstrip()
    while text and _width(text + ELLIPSIS, weight) > limit:
        text = text[:-1].rstrip(" -")
    return text + ELLIPSIS


def _fit_at_minimum(text: str, parts: list[str], weight: str, box_w: float, box_h: float,
                    size: float, line_gap: float) -> Fit:
    limit = box_w / size  # widths at size 1
    # Greedy wrap, breaking any piece wider than the box.
    units: list[str] = []
    broken = False
    for part in parts:
        if _width(part.rstrip(), weight) > limit:
            chunks = _split_word(part, weight, limit)
            broken = broken or len(chunks) > 1
            units.extend(chunks)
        else:
            units.append(part)
    groups: list[list[str]] = []
    current: list[str] = []
    for unit in units:
        if current and _width(_join(current + [unit]), weight) > limit:
            groups.append(current)
            current = []
        current.append(unit)
    if current:
        groups.append(current)
    texts = [_join(g) for g in groups]
    lines, dropped = _lines(texts, weight)
    asc, desc = _metrics(lines)
    room = int(((box_h / size) - (asc - desc)) / line_gap + 1e-9) + 1
    if room < 1:
        # The box is lower than one line at the minimum size: set one line at the height that fits.
        size = box_h / (asc - desc)
        limit = box_w / size
        room = 1
    if len(groups) > room:
        rest = [u for g in groups[room - 1:] for u in g]
        texts = texts[:room - 1] + [_ellipsize(_join(rest), weight, limit)]
        lines, dropped = _lines(texts, weight)
    # A last safety net: no line may be wider than the box.
    if any(ln.width > limit * (1 + 1e-9) for ln in lines):
        texts = [_ellipsize(t, weight, limit) if _width(t, weight) > limit else t for t in texts]
        lines, dropped = _lines(texts, weight)
    return Fit(lines, size, asc, desc, line_gap, True, dropped)
