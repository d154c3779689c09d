"""Helpers for the badge and printing tests: sample people in every script, reading PDFs back with poppler."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from pathlib import Path

import pytest

HUBERT = "Hubert Blaine Wolfeschlegelsteinhausenbergerdorff"
HYPHENATED_60 = "Marie-Christine-Anne-Sophie-Geneviève-Élisabeth-Hortense-Zoé"

SCRIPT_SAMPLES = {
    "latin": ("Zoë", "Łukasiewicz-Øvergård"),
    "vietnamese": ("Nguyễn Thị", "Ánh Tuyết"),
    "cyrillic": ("Анна", "Иванова"),
    "greek": ("Γιώργος", "Παπαδόπουλος"),
    "chinese": ("小明", "王"),
    "japanese": ("さくら", "山田"),
    "korean": ("민준", "김"),
    "arabic": ("سارة", "عبد الله"),
    "hebrew": ("דוד", "כהן"),
    "devanagari": ("प्रिया", "शर्मा"),
}


def person(code: str, first: str = "", last: str = "", **more) -> dict:
    full = more.pop("full_name", " ".join(p for p in (first, last) if p))
    return {"code": code, "first_name": first, "last_name": last, "full_name": full, "email": "",
            "organization": more.pop("organization", ""), "ticket_type": more.pop("ticket_type", "Participant"),
            "status": "active", "pronouns": more.pop("pronouns", ""), "notes": "", **more}


def need_poppler() -> None:
    if not shutil.which("pdftotext") or not shutil.which("pdfinfo"):
        pytest.skip("poppler-utils (pdftotext, pdfinfo) is not installed")


def page_sizes(pdf: Path) -> list[tuple[float, float]]:
    need_poppler()
    out = subprocess.run(["pdfinfo", "-f", "1", "-l", "9999", str(pdf)], capture_output=True, text=True, check=True).stdout
    return [(float(w), float(h)) for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", out)]


def words(pdf: Path, page: int = 1) -> list[tuple[str, float, float, float, float]]:
    """Words on a page with their boxes (x0, top, x1, bottom) in points from the top-left corner."""
    need_poppler()
    out = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
                         capture_output=True, text=True, check=True).stdout
    found = []
    for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', out):
        found.append((html.unescape(m.group(5)), float(m.group(1)), float(m.group(2)), float(m.group(3)), float(m.group(4))))
    return found


def text_of(pdf: Path) -> str:
    need_poppler()
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
