"""Every script a registration list brings: a font with the glyphs, embedded, in the right order."""

import subprocess

import pytest

from kiosk.badges import fonts, scripts
from kiosk.badges.render import render_badges
from kiosk.badges.textfit import make_line
from tests.badges.helpers import SCRIPT_SAMPLES, need_poppler, person, text_of


@pytest.mark.parametrize("script", sorted(SCRIPT_SAMPLES))
@pytest.mark.parametrize("weight", ["regular", "bold"])
def test_every_character_has_a_glyph_in_the_font_chosen_for_it(script, weight):
    for text in SCRIPT_SAMPLES[script]:
        drawn = scripts.visual(scripts.clean(text))
        runs, missing = fonts.split_runs(drawn)
        assert missing == "", f"{script}: no font for {missing!r}"
        assert "".join(r.text for r in runs) == drawn.replace("\u200f", "").replace("\u200e", "")
        for run in runs:
            face = fonts.load(run.face, weight).face
            absent = [ch for ch in run.text if ord(ch) not in face.charToGlyph]
            assert absent == [], f"{script}: {run.face} {weight} lacks {absent}"


def test_fonts_come_with_the_app_not_the_system():
    for face in fonts.FACES:
        assert not str(face.regular).startswith("/usr/share/fonts"), face
    assert fonts.has_cjk_fonts(), "pretix-fontpack-free is needed for Chinese, Japanese and Korean names"


def test_cjk_faces_follow_the_language_of_the_name():
    assert fonts.split_runs("김민준")[0][0].face == "NotoSansKR"
    assert fonts.split_runs("山田さくら")[0][0].face == "NotoSansJP"
    assert fonts.split_runs("王小明")[0][0].face == "NotoSansSC"


def test_a_character_no_font_has_is_left_out_and_reported_not_drawn_as_a_box(tmp_path):
    _, missing = fonts.split_runs("Ana \U0001F9A9")
    assert missing == "\U0001F9A9"
    report = render_badges([person("E1", "Ana \U0001F9A9", "Silva")], "badge-4x3", "default", tmp_path / "e.pdf")
    assert any("\U0001F9A9" in str(i.message) for i in report.issues)


def test_arabic_is_joined_and_right_to_left():
    line, _ = make_line("سارة أحمد", "bold")
    drawn = "".join(s.text for s in line.segments)
    assert line.rtl
    assert all("\ufe70" <= ch <= "\ufeff" or ch == " " or "\ufb50" <= ch <= "\ufdff" for ch in drawn), "letters must be in joined forms"
    assert drawn.split(" ")[0] != scripts.visual("سارة"), "the first word of the name must be drawn on the right"
    hebrew, _ = make_line("דוד כהן", "bold")
    assert "".join(s.text for s in hebrew.segments) == "ןהכ דוד"


def test_devanagari_is_shaped():
    line, _ = make_line("प्रिया शर्मा", "bold")
    from reportlab.pdfbase.ttfonts import ShapedStr

    assert any(isinstance(s.text, ShapedStr) for s in line.segments)


def test_a_badge_in_every_script_embeds_its_fonts_and_keeps_its_text(tmp_path):
    need_poppler()
    people = [person(f"S{i}", first, last) for i, (first, last) in enumerate(SCRIPT_SAMPLES.values())]
    out = tmp_path / "scripts.pdf"
    report = render_badges(people, "avery-l4785", "default", out, event={"name": "Événement"})
    assert report.issues == []
    listing = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in listing.splitlines()[2:] if line.strip()]
    assert rows and all("yes" == row[-5] for row in rows), listing  # the "emb" column
    text = text_of(out)
    for key in ("latin", "vietnamese", "cyrillic", "greek", "chinese", "japanese", "korean"):
        first, last = SCRIPT_SAMPLES[key]
        assert first.split()[0] in text, key
