"""Fonts per script: which TrueType face draws which characters, registered once and embedded.

ReportLab has no glyph fallback, so every string is cut into runs, each drawn with the first face
of a chain whose character map has the character. Faces come with the app (DejaVu Sans in
`resources/fonts/`) or with the `pretix-fontpack-free` dependency (Noto Sans for Latin, Cyrillic,
Greek, Vietnamese and Devanagari; Noto Sans Arabic and Hebrew; Noto Sans SC, JP and KR). Nothing
is read from the system. A character no face has is left out and reported, never drawn as a box.
"""

from __future__ import annotations

import functools
import logging
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from kiosk.badges.resources import FONTS

log = logging.getLogger(__name__)

WEIGHTS = ("regular", "bold")


def _fontpack_dir() -> Path | None:
    import pretix_fontpackfree

    folder = Path(pretix_fontpackfree.__file__).parent / "static" / "pretix_fontpackfree"
    return folder if folder.is_dir() else None


@dataclass(frozen=True)
class Face:
    """One typeface in both weights: `key` names it; files are (regular, bold)."""

    key: str
    regular: Path
    bold: Path

    def path(self, weight: str) -> Path:
        return self.bold if weight == "bold" else self.regular


def _faces() -> list[Face]:
    """The fallback chain, best first; only faces whose files exist."""
    faces = []
    pack = _fontpack_dir()
    if pack:
        def noto(name: str, key: str) -> Face:
            return Face(key, pack / f"{name}_regular.ttf", pack / f"{name}_bold.ttf")
        faces += [
            noto("Noto-Sans_v42", "NotoSans"),
            noto("Noto-Sans-Arabic_v33", "NotoSansArabic"),
            noto("Noto-Sans-Hebrew_v50", "NotoSansHebrew"),
        ]
    faces.append(Face("DejaVuSans", FONTS / "DejaVuSans.ttf", FONTS / "DejaVuSans-Bold.ttf"))
    if pack:
        faces += [
            noto("Noto-Sans-SC_v40", "NotoSansSC"),
            noto("Noto-Sans-JP_v56", "NotoSansJP"),
            noto("Noto-Sans-KR_v39", "NotoSansKR"),
            Face("NotoSansThai", pack / "noto-sans-thai-v29-latin_latin-ext_thai-regular.ttf",
                 pack / "noto-sans-thai-v29-latin_latin-ext_thai-700.ttf"),
        ]
    return [f for f in faces if f.regular.is_file() and f.bold.is_file()]


FACES: list[Face] = _faces()
_BY_KEY = {f.key: f for f in FACES}
_lock = threading.RLock()


def has_cjk_fonts() -> bool:
    """Whether Chinese, Japanese and Korean names can be drawn (the font pack is installed)."""
    return "NotoSansKR" in _BY_KEY


def font_name(face: Face, weight: str) -> str:
    return f"Badge-{face.key}-{weight}"


@functools.lru_cache(maxsize=None)
def load(face_key: str, weight: str) -> TTFont:
    """Register (once) and return the ReportLab font for a face and weight."""
    face = _BY_KEY[face_key]
    name = font_name(face, weight)
    with _lock:
        # Not getFont() for the test: on a miss it searches every AFM file on the system (seconds).
        if name in pdfmetrics.getRegisteredFontNames():
            return pdfmetrics.getFont(name)
        font = TTFont(name, str(face.path(weight)))
        pdfmetrics.registerFont(font)
        log.debug("registered font %s from %s", name, face.path(weight))
        return font


@functools.lru_cache(maxsize=None)
def _cmap(face_key: str) -> frozenset[int]:
    # Both weights of every face we ship cover the same characters; the bold file is read once.
    return frozenset(load(face_key, "bold").face.charToGlyph)


# -- choosing a face per character ------------------------------------------------------------

def _is_hangul(cp: int) -> bool:
    return 0x1100 <= cp <= 0x11FF or 0x3130 <= cp <= 0x318F or 0xAC00 <= cp <= 0xD7AF


def _is_kana(cp: int) -> bool:
    return 0x3040 <= cp <= 0x30FF or 0x31F0 <= cp <= 0x31FF or 0xFF66 <= cp <= 0xFF9F


def _is_han(cp: int) -> bool:
    return 0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2FFFF or 0xF900 <= cp <= 0xFAFF


def chain_for(text: str) -> tuple[str, ...]:
    """The face keys to try for this text: CJK faces ordered by the language the text suggests."""
    has_hangul = has_kana = has_han = False
    for ch in text:
        cp = ord(ch)
        if cp < 0x1100:
            continue
        has_hangul = has_hangul or _is_hangul(cp)
        has_kana = has_kana or _is_kana(cp)
        has_han = has_han or _is_han(cp)
    keys = [f.key for f in FACES]
    if has_hangul or has_kana or has_han:
        cjk = ["NotoSansKR"] if has_hangul else ["NotoSansJP"] if has_kana else ["NotoSansSC"]
        cjk += [k for k in ("NotoSansSC", "NotoSansJP", "NotoSansKR") if k not in cjk]
        # CJK names keep their Latin and punctuation in the CJK face when it has them: one style.
        keys = [k for k in cjk if k in _BY_KEY] + [k for k in keys if k not in cjk]
    return tuple(keys)


def _neutral(ch: str) -> bool:
    """Spaces, punctuation, digits and marks stay in the face of the run they are in."""
    return not unicodedata.category(ch).startswith("L")


@dataclass(frozen=True)
class Run:
    face: str   # face key
    text: str


@functools.lru_cache(maxsize=65536)
def split_runs(text: str) -> tuple[tuple[Run, ...], str]:
    """Cut `text` into runs of one face each; returns (runs, characters no face has)."""
    chain = chain_for(text)
    runs: list[list] = []
    missing = []
    current: str | None = None
    for ch in text:
        cp = ord(ch)
        face = None
        if current is not None and (_neutral(ch) or current == chain[0]) and cp in _cmap(current):
            face = current
        else:
            for key in chain:
                if cp in _cmap(key):
                    face = key
                    break
        if face is None:
            if unicodedata.category(ch) in ("Cf", "Mn") or ch in "\ufe0f\u200d":
                continue  # joiners and variation selectors: nothing to draw
            missing.append(ch)
            continue
        if face == current and runs:
            runs[-1][1] += ch
        else:
            runs.append([face, ch])
            current = face
    return tuple(Run(f, t) for f, t in runs), "".join(missing)


def base_font_name() -> str:
    """An embedded font to start every page with, so no PDF refers to an unembedded Helvetica."""
    return load(FACES[0].key, "regular").fontName
