"""A badge PDF appears whole or not at all: a failure while drawing leaves no file, not even a part."""

import pytest

from kiosk.badges import render
from kiosk.badges.alignment_sheet import render_test_sheet


def person(code="K-1", first="Ada"):
    return {"code": code, "first_name": first, "last_name": "Lovelace", "full_name": f"{first} Lovelace",
            "organization": "", "ticket_type": "Participant", "pronouns": "", "email": "", "notes": "", "status": "active"}


def test_a_failed_render_leaves_no_file_and_keeps_the_old_one(tmp_path, monkeypatch):
    out = tmp_path / "badges.pdf"
    render.render_badges([person()], "badge-4x3", None, out)
    good = out.read_bytes()
    assert good.startswith(b"%PDF")

    def broken(*args, **kwargs):
        raise RuntimeError("printer driver crashed mid-page")

    monkeypatch.setattr(render.BadgeRenderer, "draw", broken, raising=False)
    monkeypatch.setattr(render.Canvas, "showPage", broken)
    with pytest.raises(RuntimeError):
        render.render_badges([person("K-2", "Grace")], "badge-4x3", None, out)
    assert out.read_bytes() == good
    assert sorted(p.name for p in tmp_path.iterdir()) == ["badges.pdf"]


def test_a_test_sheet_is_written_whole(tmp_path):
    out = tmp_path / "sheets" / "test.pdf"
    render_test_sheet("avery-5392", out)
    assert out.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in out.parent.iterdir()) == ["test.pdf"]
