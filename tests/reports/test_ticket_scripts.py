"""Tickets for names in every script: the right fonts embedded, a glyph for every letter, the QR still scans."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata

import pytest

from kiosk.badges import fonts, scripts
from kiosk.reports.tickets import issue_tickets
from kiosk.scan.decoder import decode_file
from tests.badges.helpers import text_of

from .conftest import add

# name -> the face the name's letters must be drawn in
NAMES = {
    "王小明": "NotoSansSC",
    "さくら 山田": "NotoSansJP",
    "이지민": "NotoSansKR",
    "سارة أحمد": "NotoSansArabic",
    "דנה לוי": "NotoSansHebrew",
    "प्रिया शर्मा": None,           # whichever face has Devanagari
    "Nguyễn Ngọc Anh": "NotoSans",
    "Сергей Иванов": "NotoSans",
}


def _pdffonts(pdf) -> list[tuple[str, bool]]:
    """(font name without its subset prefix, embedded) for each font of a PDF."""
    listing = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in listing.splitlines()[2:] if line.strip()]
    return [(row[0].split("+", 1)[-1], row[-5] == "yes") for row in rows]


def test_a_ticket_in_every_script_embeds_the_faces_that_have_its_letters(event_db, tmp_path):
    if not shutil.which("pdffonts") or not shutil.which("pdftotext"):
        pytest.skip("poppler-utils (pdffonts, pdftotext) is not installed")
    assert fonts.has_cjk_fonts(), "pretix-fontpack-free is needed for Chinese, Japanese and Korean names"
    for i, name in enumerate(NAMES):
        add(event_db, code=f"K-SCRIPT{i:04d}", full_name=name, first_name="", last_name="",
            organization=name, ticket_type="Participant")
    info = issue_tickets(event_db, tmp_path)
    by_name = {item["name"]: item["code"] for item in info["issued"]}
    assert set(by_name) == set(NAMES)

    for name, expected_face in NAMES.items():
        code = by_name[name]
        pdf = tmp_path / f"ticket-{code}.pdf"
        embedded = _pdffonts(pdf)
        assert embedded and all(emb for _, emb in embedded), (name, embedded)
        used = {font for font, _ in embedded}

        drawn = scripts.visual(scripts.clean(name))
        runs, missing = fonts.split_runs(drawn)
        assert missing == "", f"{name}: no font for {missing!r}"
        letter_faces = {r.face for r in runs if any(unicodedata.category(ch).startswith("L") for ch in r.text)}
        if expected_face:
            assert letter_faces == {expected_face}, (name, letter_faces)
        for run in runs:
            face = fonts.load(run.face, "bold").face
            assert face.name.decode() in used, f"{name}: {face.name.decode()} is not in the PDF ({sorted(used)})"
            absent = [ch for ch in run.text if ord(ch) not in face.charToGlyph]
            assert absent == [], f"{name}: {run.face} lacks {absent}"
        # The name on the page is the name (not boxes, not DejaVu's missing-glyph marks).
        text = unicodedata.normalize("NFKC", text_of(pdf))
        if not scripts.is_rtl(name) and not scripts.needs_shaping(name):
            assert name in text, (name, text[:200])
        else:
            # Conjuncts (a letter beside a virama) are one ligature glyph that pdftotext cannot map back.
            virama = "\u094d"
            letters = {ch for i, ch in enumerate(name) if unicodedata.category(ch).startswith("L")
                       and virama not in name[max(i - 1, 0):i + 2]}
            assert letters, name
            assert letters <= set(text), (name, letters - set(text))

        assert decode_file(tmp_path / f"ticket-{code}.png") == [code]


def test_an_arabic_name_is_joined_and_reads_right_to_left_on_the_ticket(event_db, tmp_path):
    if not shutil.which("pdftotext"):
        pytest.skip("poppler-utils (pdftotext) is not installed")
    add(event_db, code="K-ARABIC0001", full_name="سارة أحمد", first_name="", last_name="", ticket_type="Participant")
    info = issue_tickets(event_db, tmp_path)
    raw = text_of(tmp_path / f"ticket-{info['issued'][0]['code']}.pdf")
    # Joined letters are drawn as Arabic presentation forms, not as isolated base letters.
    assert any("\ufe70" <= ch <= "\ufefc" or "\ufb50" <= ch <= "\ufdff" for ch in raw), raw[:200]
    assert "سارة أحمد" not in raw  # the logical, unshaped string would mean no shaping happened
