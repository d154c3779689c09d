"""Stock geometry: page sizes and badge rectangles as the label makers publish them, in the PDF."""

import json

import pytest

from kiosk.badges.alignment_sheet import render_test_sheet
from kiosk.badges.render import render_badges
from kiosk.badges.stocks import UNITS, catalogue, get_stock
from kiosk.errors import KnownError
from tests.badges.helpers import page_sizes, person, words

MM = UNITS["mm"]
REQUIRED = ["avery-5392", "avery-5390", "avery-5395", "avery-l7418", "avery-l4785", "a6-on-a4", "a7-on-a4",
            "brother-62mm", "brother-dk-11202", "dymo-30856", "dymo-30857", "badge-4x3", "badge-4x6"]

# (page w x h, first label's left and top, label w x h, cols x rows, pitch) in mm, from labels.xml / gLabels / PPDs.
PUBLISHED = {
    "avery-5392": ((215.9, 279.4), (6.35, 25.4), (101.6, 76.2), (2, 3), (101.6, 76.2)),
    "avery-5395": ((215.9, 279.4), (17.46, 14.82), (85.73, 59.26), (2, 4), (95.25, 63.5)),
    "avery-l7418": ((210, 297), (19.0, 38.5), (86, 55), (2, 4), (86, 55)),
    "avery-l4785": ((210, 297), (18, 13), (80, 50), (2, 5), (95, 55)),
}


def test_the_catalogue_has_every_stock_event_organizers_use():
    assert set(REQUIRED) <= set(catalogue())
    assert all(catalogue()[s].cups_media for s in REQUIRED)


def test_dymo_30856_is_the_driver_size():
    s = get_stock("dymo-30856")
    assert (s.page_w, s.page_h) == pytest.approx((175.44, 291.6))
    assert s.cups_media == "w176h292"


@pytest.mark.parametrize("stock_id", sorted(PUBLISHED))
def test_sheet_geometry_matches_the_published_template(stock_id):
    (pw, ph), (left, top), (lw, lh), (cols, rows), (px, py) = PUBLISHED[stock_id]
    s = get_stock(stock_id)
    assert (s.page_w / MM, s.page_h / MM) == pytest.approx((pw, ph), abs=0.05)
    assert (s.cols, s.rows) == (cols, rows)
    x, y, w, h = s.cell(1)
    assert (x / MM, (s.page_h - y - h) / MM) == pytest.approx((left, top), abs=0.05)
    assert (w / MM, h / MM) == pytest.approx((lw, lh), abs=0.05)
    x2, y2, _, _ = s.cell(cols + 2)  # second row, second column
    assert ((x2 - x) / MM, (y - y2) / MM) == pytest.approx((px, py), abs=0.05)


@pytest.mark.parametrize("stock_id", REQUIRED)
def test_badges_pdf_has_the_stock_page_size_and_one_badge_per_cell(stock_id, tmp_path):
    s = get_stock(stock_id)
    people = [person(f"C{i:03d}", f"Name{i:02d}", "Tester") for i in range(s.per_page + 1)]
    out = tmp_path / "b.pdf"
    report = render_badges(people, s, "default", out, event={"name": "Geometry"})
    assert report.badges == len(people)
    sizes = page_sizes(out)
    assert len(sizes) == 2  # one full page and one with the extra badge
    assert sizes[0] == pytest.approx((s.page_w, s.page_h), abs=0.01)
    found = {w[0]: w for w in words(out, 1)}
    for pos, (x, y, w, h) in enumerate(s.cells(), start=1):
        name = found[f"Name{pos - 1:02d}"]
        top, bottom = s.page_h - y - h, s.page_h - y
        assert x - 0.5 <= name[1] and name[3] <= x + w + 0.5, f"{name} is not inside cell {pos}"
        assert top - 0.5 <= name[2] and name[4] <= bottom + 0.5, f"{name} is not inside cell {pos}"


@pytest.mark.parametrize("stock_id", ["avery-l7418", "avery-5392", "a7-on-a4", "avery-l4785"])
def test_test_sheet_numbers_sit_in_the_centre_of_each_label(stock_id, tmp_path):
    s = get_stock(stock_id)
    out = tmp_path / "t.pdf"
    render_test_sheet(s, out)
    assert page_sizes(out) == [pytest.approx((s.page_w, s.page_h), abs=0.01)]
    numbers = {w[0]: w for w in words(out) if w[0].isdigit()}
    for pos, (x, y, w, h) in enumerate(s.cells(), start=1):
        word = numbers[str(pos)]
        assert (word[1] + word[3]) / 2 == pytest.approx(x + w / 2, abs=1.0)


def test_start_position_finishes_a_half_used_sheet(tmp_path):
    s = get_stock("avery-l7418")
    out = tmp_path / "b.pdf"
    people = [person("A1", "Alpha"), person("B2", "Bravo"), person("C3", "Charlie")]
    report = render_badges(people, s, "default", out, start_position=7)
    assert report.pages == 2
    x7, y7, w7, h7 = s.cell(7)
    alpha = next(w for w in words(out, 1) if w[0] == "Alpha")
    assert x7 <= alpha[1] <= x7 + w7 and s.page_h - y7 - h7 <= alpha[2] <= s.page_h - y7
    assert {w[0] for w in words(out, 2)} >= {"Charlie"}
    x1, y1, w1, h1 = s.cell(1)
    charlie = next(w for w in words(out, 2) if w[0] == "Charlie")
    assert x1 <= charlie[1] <= x1 + w1 and s.page_h - y1 - h1 <= charlie[2] <= s.page_h - y1
    with pytest.raises(KnownError, match="1 to 8|8 badges per page"):
        render_badges(people, s, "default", tmp_path / "x.pdf", start_position=9)


def test_custom_stock_from_a_json_file(tmp_path):
    spec = {"id": "herma-4412", "name": "HERMA 4412 50x80", "unit": "mm", "page": [210, 297], "label": [80, 50],
            "cols": 2, "rows": 5, "left": 17.5, "top": 13.5, "pitch_x": 95, "pitch_y": 55, "cups_media": "A4"}
    path = tmp_path / "herma.json"
    path.write_text(json.dumps(spec))
    s = get_stock(str(path))
    assert s.per_page == 10 and s.cell(10)[0] == pytest.approx((17.5 + 95) * MM)
    out = tmp_path / "b.pdf"
    render_badges([person("H1", "Herma")], str(path), None, out)
    assert page_sizes(out)[0] == pytest.approx((210 * MM, 297 * MM), abs=0.01)


def test_a_stock_whose_badges_fall_off_the_page_is_refused(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"id": "bad", "unit": "mm", "page": [210, 297], "label": [120, 50], "cols": 2, "rows": 1}))
    with pytest.raises(KnownError, match="outside its page"):
        get_stock(str(path))
    with pytest.raises(KnownError, match="Unknown badge stock"):
        get_stock("avery-9999")
