"""Long names: the largest size that fits, wrapped at spaces and hyphens, never outside the box."""

import pytest

from kiosk.badges.draw_badge import BadgeRenderer
from kiosk.badges.render import render_badges
from kiosk.badges.textfit import ELLIPSIS, fit_text, pieces
from tests.badges.helpers import HUBERT, HYPHENATED_60, person, text_of, words


def test_the_sample_names_are_the_hard_ones():
    assert len(HYPHENATED_60) == 60 and HYPHENATED_60.count("-") >= 6
    assert len(HUBERT.split()[-1]) == 35


def test_breaks_after_spaces_and_hyphens_only():
    assert pieces("Anne-Marie de la Tour") == ["Anne-", "Marie ", "de ", "la ", "Tour"]
    assert "".join(pieces(HYPHENATED_60)) == HYPHENATED_60


def test_a_short_name_gets_the_maximum_size():
    fit = fit_text("Ann", "bold", 150.0, 50.0, 34.0, 14.0, 2)
    assert fit.size == 34.0 and len(fit.lines) == 1 and not fit.shortened


def test_a_longer_name_shrinks_on_one_line_before_it_wraps():
    fit = fit_text("Christopher", "bold", 150.0, 50.0, 34.0, 14.0, 2)
    assert len(fit.lines) == 1 and 14.0 <= fit.size < 34.0
    assert fit.width <= 150.0 + 1e-6


@pytest.mark.parametrize("text", [HUBERT, HYPHENATED_60, "Wolfeschlegelsteinhausenbergerdorff", "María José Carreño Quiñones"])
@pytest.mark.parametrize("box", [(150.0, 50.0), (250.0, 60.0), (90.0, 30.0)])
def test_never_wider_or_taller_than_the_box_and_never_under_the_minimum(text, box):
    w, h = box
    fit = fit_text(text, "bold", w, h, 34.0, 9.0, 2)
    assert fit.width <= w + 1e-6
    assert fit.height <= h + 1e-6
    assert fit.size >= 9.0 - 1e-6
    shown = "".join(line.text for line in fit.lines).replace(" ", "").replace(ELLIPSIS, "")
    original = text.replace(" ", "")
    if fit.shortened:
        assert original.startswith(shown) or ELLIPSIS in fit.lines[-1].text or shown == original
    else:
        assert shown == original


def test_hyphenated_name_wraps_at_its_hyphens():
    fit = fit_text("Anne-Marie Dupont-Lefèvre", "bold", 120.0, 80.0, 40.0, 10.0, 2)
    assert len(fit.lines) == 2
    assert fit.lines[0].text.endswith(("-", "Marie"))


def test_a_name_that_cannot_fit_is_ellipsized_and_reported(tmp_path):
    fit = fit_text(HYPHENATED_60 + " " + HYPHENATED_60, "bold", 100.0, 30.0, 30.0, 12.0, 2)
    assert fit.shortened and fit.lines[-1].text.endswith(ELLIPSIS)
    assert fit.size == 12.0 and fit.width <= 100.0 + 1e-6 and fit.height <= 30.0 + 1e-6
    report = render_badges([person("LONG1", HYPHENATED_60 + " " + HYPHENATED_60, "Smith")], "avery-l4785", "default",
                           tmp_path / "b.pdf")
    assert any(i.code == "LONG1" and i.field == "first name" for i in report.issues)


@pytest.mark.parametrize("stock", ["avery-l7418", "badge-4x3", "a6-on-a4"])
def test_longest_names_stay_inside_their_boxes_in_the_pdf(stock, tmp_path):
    """Checked on the PDF itself: every word drawn lies inside the template box it belongs to."""
    hubert = person("H1", "Hubert Blaine", "Wolfeschlegelsteinhausenbergerdorff",
                    organization="Deutsche Gesellschaft für Internationale Zusammenarbeit")
    hyphen = person("H2", HYPHENATED_60, "Smith-Jones")
    out = tmp_path / "b.pdf"
    render_badges([hubert, hyphen], stock, "default", out)
    renderer = BadgeRenderer(stock, "default")
    boxes = {p.el.name: p for p in renderer.front}
    s = renderer.stock
    for index, who in enumerate((hubert, hyphen)):
        found = words(out, index // s.per_page + 1)
        cx, cy, _, _ = s.cell(index % s.per_page + 1)
        for field, value in (("first name", who["first_name"]), ("last name", who["last_name"])):
            box = boxes[field]
            left, right = cx + box.x, cx + box.x + box.w
            top, bottom = s.page_h - (cy + box.y + box.h), s.page_h - (cy + box.y)
            parts = [p for p in value.replace("-", "- ").split() if len(p) > 3]
            mine = [w for w in found if left - 1 <= w[1] and w[2] >= top - 3 and w[4] <= bottom + 3
                    and any(p.rstrip("-")[:4] in w[0] for p in parts)]
            assert mine, f"{field} of {who['code']} not found in its box on {stock}"
            for w in mine:
                assert left - 0.5 <= w[1] and w[3] <= right + 0.5, f"{w} overflows {field} horizontally on {stock}"
                assert top - 0.5 <= w[2] and w[4] <= bottom + 0.5, f"{w} overflows {field} vertically on {stock}"
        fit_min = boxes["first name"].min_size
        assert boxes["first name"].max_size >= fit_min


def test_hubert_is_printed_at_or_above_the_minimum_size_and_readable(tmp_path):
    out = tmp_path / "b.pdf"
    report = render_badges([person("H1", "Hubert", "Wolfeschlegelsteinhausenbergerdorff")], "avery-l7418", "default", out)
    assert report.issues == []  # fits without shortening
    assert "Wolfeschlegelsteinhausenbergerdorff" in text_of(out)
