"""Rendering: what ends up on the badge, templates an organizer edits, roles, fold and two-sided badges."""

import json

import pytest

from kiosk.badges.render import render_badge_bytes, render_badges
from kiosk.badges.stocks import get_stock
from kiosk.badges.templates import TemplateError, load_template
from kiosk.errors import KnownError
from tests.badges.helpers import page_sizes, person, text_of, words


def test_badge_shows_name_organization_pronouns_event_and_role(tmp_path):
    out = tmp_path / "b.pdf"
    render_badges([person("EB-1", "José", "Ñúñez", organization="Centre francophone", pronouns="il/lui",
                          ticket_type="Keynote Speaker")], "badge-4x3", "default", out, event={"name": "Forum 2026"})
    text = text_of(out)
    for expected in ("José", "Ñúñez", "Centre francophone", "il/lui", "FORUM 2026", "SPEAKER"):
        assert expected in text


def test_full_name_only_goes_on_the_first_line(tmp_path):
    out = tmp_path / "b.pdf"
    render_badges([person("F1", full_name="Kofi Annan")], "badge-4x3", "default", out)
    assert "Kofi Annan" in text_of(out)


def test_roles_come_from_the_ticket_type_and_the_event_setting(tmp_path):
    people = [person("R1", "Ann", ticket_type="Staff / Crew"), person("R2", "Bob", ticket_type="Workshop Instructor"),
              person("R3", "Cy", ticket_type="Early bird"), person("R4", "Di", ticket_type="VIP")]
    out = tmp_path / "b.pdf"
    render_badges(people, "avery-l7418", "default", out, event={"badge_roles": {"VIP": "Speaker"}})
    text = text_of(out)
    assert text.count("STAFF") == 1 and text.count("TRAINER") == 1 and text.count("PARTICIPANT") == 1
    assert text.count("SPEAKER") == 1
    with pytest.raises(KnownError, match="not a role"):
        render_badges(people, "avery-l7418", "default", tmp_path / "x.pdf", event={"badge_roles": {"VIP": "Wizard"}})


def _pixel(pdf: bytes, tmp_path, fx: float, fy: float) -> tuple:
    import subprocess

    from PIL import Image

    (tmp_path / "c.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "50", "-singlefile", str(tmp_path / "c.pdf"), str(tmp_path / "c")], check=True)
    image = Image.open(tmp_path / "c.png").convert("RGB")
    return image.getpixel((int(image.width * fx), int(image.height * fy)))


def test_the_role_band_has_the_role_colour_and_a_setting_recolours_it(tmp_path):
    trainer = person("C1", "Ann", ticket_type="Trainer")
    pdf, _ = render_badge_bytes(trainer, "badge-4x3", "default")
    assert _pixel(pdf, tmp_path, 0.03, 0.95) == pytest.approx((0x7b, 0x3f, 0xa0), abs=3)
    pdf, _ = render_badge_bytes(trainer, "badge-4x3", "default", {"badge_roles": {"Trainer": "#1d4e89"}})
    assert _pixel(pdf, tmp_path, 0.03, 0.95) == pytest.approx((0x1d, 0x4e, 0x89), abs=3)


def test_qr_error_correction_follows_the_code_length():
    from kiosk.badges.qr import error_correction, matrix

    assert error_correction("A" * 32) == "H" and error_correction("A" * 33) == "M"
    assert error_correction("A" * 128) == "M" and error_correction("A" * 129) == "L"
    assert len(matrix("EB-0001")) in (21, 25)


def test_the_qr_on_the_badge_scans_back_to_the_ticket_code(tmp_path):
    zxingcpp = pytest.importorskip("zxingcpp")
    import subprocess

    from PIL import Image

    out = tmp_path / "b.pdf"
    render_badges([person("ti_pX9tJEguENQbdPOdhq66Vtw", "Amara")], "badge-4x3", "default", out)
    subprocess.run(["pdftoppm", "-png", "-r", "150", "-singlefile", str(out), str(tmp_path / "b")], check=True)
    found = zxingcpp.read_barcodes(Image.open(tmp_path / "b.png"))
    assert [r.text for r in found] == ["ti_pX9tJEguENQbdPOdhq66Vtw"]


def test_fold_badge_has_the_back_upside_down_above_the_front(tmp_path):
    out = tmp_path / "b.pdf"
    render_badges([person("FOLD1", "Fatima", "Al-Sayed")], "badge-4x6", "fold", out)
    s = get_stock("badge-4x6")
    fatimas = [w for w in words(out) if w[0] == "Fatima"]
    assert len(fatimas) == 2
    upper, lower = sorted(fatimas, key=lambda w: w[2])
    assert upper[4] <= s.page_h / 2 <= lower[2]      # one in each half
    # The front's name starts at the left margin; the back's, turned 180°, ends at the right margin.
    assert lower[1] < s.page_w * 0.1 and upper[3] > s.page_w * 0.9


def test_two_sided_sheets_get_a_page_of_backs_with_mirrored_columns(tmp_path):
    data = json.loads(load_template("default").source and open(load_template("default").source).read())
    data["layouts"]["landscape"]["back"] = "same"
    path = tmp_path / "duplex.json"
    path.write_text(json.dumps(data))
    out = tmp_path / "b.pdf"
    report = render_badges([person("D1", "Left"), person("D2", "Right")], "avery-l7418", str(path), out)
    assert report.pages == 2
    s = get_stock("avery-l7418")
    front = next(w for w in words(out, 1) if w[0] == "Left")
    back = next(w for w in words(out, 2) if w[0] == "Left")
    assert front[1] < s.page_w / 2 < back[1]


def test_a_template_file_an_organizer_wrote_is_checked_with_a_helpful_message(tmp_path):
    path = tmp_path / "mine.json"
    path.write_text(json.dumps({"layouts": {"landscape": {"front": [{"type": "text", "text": "{first_name}", "box": [0, 0, 120, 20]}]}}}))
    with pytest.raises(TemplateError, match=r"box.*inside 0\.\.100"):
        load_template(str(path))
    path.write_text("{ not json")
    with pytest.raises(TemplateError, match="not valid JSON"):
        load_template(str(path))
    with pytest.raises(KnownError, match="default"):
        load_template("no-such-template")


def test_a_minimal_template_with_a_logo_and_a_missing_logo(tmp_path):
    from PIL import Image

    Image.new("RGB", (60, 30), "#c0392b").save(tmp_path / "logo.png")
    template = {"name": "Mine", "logo": "logo.png", "layouts": {"landscape": {"front": [
        {"type": "image", "path": "{logo}", "box": [0, 0, 30, 30]},
        {"type": "text", "text": "Hello {first_name}", "box": [0, 40, 100, 40], "max_size": 30}]}}}
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(template))
    out = tmp_path / "b.pdf"
    report = render_badges([person("M1", "Zoé")], "badge-4x3", str(path), out)
    assert report.issues == [] and "Hello Zoé" in text_of(out)
    assert b"/Subtype /Image" in out.read_bytes()
    report = render_badges([person("M1", "Zoé")], "badge-4x3", str(path), out, event={"logo": str(tmp_path / "gone.png")})
    assert any("gone.png" in str(i.message) for i in report.issues)


def test_the_pdf_is_written_whole_or_not_at_all(tmp_path):
    out = tmp_path / "b.pdf"
    with pytest.raises(KnownError):
        render_badges([person("X", "X")], "badge-4x3", "default", out, start_position=3)
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_every_page_of_a_label_stock_is_one_badge(tmp_path):
    out = tmp_path / "b.pdf"
    report = render_badges([person(f"L{i}", f"N{i}") for i in range(3)], "dymo-30856", "default", out)
    assert report.pages == 3
    assert page_sizes(out) == [pytest.approx((175.44, 291.6), abs=0.01)] * 3


@pytest.mark.parametrize("length", [8, 300, 1200])
def test_qr_image_mask_paints_exactly_the_code_modules(length):
    from kiosk.badges.qr import image_mask, matrix

    data = "T" * length
    n, mask = image_mask(data)
    assert mask.startswith(f"BI /W {n} /H {n} /IM true /BPC 1 ") and mask.endswith("> EI")
    packed = bytes.fromhex(mask.split(" ID ", 1)[1][:-len("> EI")])
    row_bytes = (n + 7) // 8
    painted = [[not (packed[r * row_bytes + c // 8] >> (7 - c % 8)) & 1 for c in range(n)] for r in range(n)]
    assert n > 21 or length == 8
    assert painted == matrix(data)
