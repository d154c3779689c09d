"""`kiosk decode FILE...`: what a photo, screenshot or video of a ticket holds."""

from __future__ import annotations

import cv2
import numpy as np

from tests.scan.make_demo_video import DEMO_CODES
from tests.scan.make_demo_video import OUTPUT as DEMO_VIDEO
from tests.scan.synth import on_canvas, qr_gray


def write_png(path, payload):
    cv2.imwrite(str(path), on_canvas(qr_gray(payload, box=5), size=(480, 360)))
    return path


def test_decode_prints_what_each_file_holds(cli, tmp_path):
    ticket = write_png(tmp_path / "ticket.png", "KIOSK-DEMO-0002")
    blank = tmp_path / "blank.png"
    cv2.imwrite(str(blank), np.full((300, 300, 3), 255, np.uint8))
    result = cli("decode", ticket, blank)
    assert result.code == 0, result
    assert result.stdout.splitlines() == [f"{ticket}: KIOSK-DEMO-0002", f"{blank}: no QR code found"]


def test_decode_json_lists_payloads_per_file_without_a_database(cli, tmp_path):
    ticket = write_png(tmp_path / "multi line.png", "line one\r\nline two")
    blank = tmp_path / "blank.jpg"
    cv2.imwrite(str(blank), np.full((300, 300, 3), 200, np.uint8))
    result = cli("decode", "--json", ticket, blank, DEMO_VIDEO)
    assert result.code == 0, result
    assert result.json() == [
        {"file": str(ticket), "payloads": ["line one\r\nline two"]},
        {"file": str(blank), "payloads": []},
        {"file": str(DEMO_VIDEO), "payloads": DEMO_CODES},
    ]


def test_line_breaks_inside_a_code_are_shown_escaped_on_one_line(cli, tmp_path):
    ticket = write_png(tmp_path / "t.png", "Mei Chen 陈\r\nKIOSK-DEMO-0003")
    result = cli("decode", ticket)
    assert result.stdout.strip() == f"{ticket}: Mei Chen 陈\\r\\nKIOSK-DEMO-0003"


def test_an_unreadable_file_is_reported_and_the_others_still_decoded(cli, tmp_path):
    ticket = write_png(tmp_path / "ok.png", "KIOSK-DEMO-0001")
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"not an image at all")
    result = cli("decode", "--json", broken, ticket)
    assert result.code != 0
    data = result.json()
    assert data[0]["payloads"] == [] and "cannot read this file" in data[0]["error"]
    assert data[1] == {"file": str(ticket), "payloads": ["KIOSK-DEMO-0001"]}


def test_a_single_missing_file_is_a_clear_error(cli, tmp_path):
    result = cli("decode", tmp_path / "nope.png")
    assert result.code == 2
    assert "no such file" in result.stderr
    assert result.stdout == ""
