"""The QR decoder on real phone photos, synthetic hard frames, arbitrary input and files."""

from __future__ import annotations

import shutil

import cv2
import numpy as np
import pytest
import zxingcpp
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from kiosk.errors import KnownError
from kiosk.scan import decoder
from kiosk.scan.decoder import decode_file, decode_frame
from tests.scan.synth import (NEGATIVE_SET, PHOTO_SETS, expected_text, on_canvas, photo_images,
                              photos_or_skip, qr_gray)

TICKET = "KIOSK-DEMO-0001"


def raw_zxing(image) -> list[str]:
    """zxing-cpp as it comes, QR only, exact text: the baseline the app's decoder must match."""
    return [r.text for r in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode,
                                                   text_mode=zxingcpp.TextMode.Plain)]


# -- real photos -------------------------------------------------------------------------------

@pytest.mark.parametrize("photo_set", PHOTO_SETS)
def test_real_photos_decode_at_least_as_many_as_raw_zxing_and_never_wrong(photo_set):
    folder = photos_or_skip() / photo_set
    ours = baseline = 0
    wrong = []
    for image_path in photo_images(folder):
        expected = expected_text(image_path)
        found = decode_file(image_path)
        if found and expected not in found:
            wrong.append((image_path.name, found))
        ours += expected in found
        baseline += expected in raw_zxing(cv2.imread(str(image_path)))
    assert wrong == [], f"decoded a text that is not the one on the label: {wrong}"
    assert ours >= baseline, f"{photo_set}: {ours} decoded, raw zxing-cpp gets {baseline}"
    assert ours >= 0.85 * len(photo_images(folder))


def test_codes_holding_crlf_and_japanese_come_back_exactly():
    folder = photos_or_skip() / "zxing-qrcode-2"
    with_crlf = [p for p in photo_images(folder) if b"\r\n" in p.with_suffix(".txt").read_bytes()]
    assert with_crlf, "the photo set should hold codes with \\r\\n"
    for image_path in with_crlf:
        found = decode_file(image_path)
        assert expected_text(image_path) in found, image_path.name


def test_no_code_found_in_photos_without_a_qr_code():
    folder = photos_or_skip() / NEGATIVE_SET
    images = photo_images(folder)
    assert len(images) >= 20
    found = {p.name: decode_file(p) for p in images}
    assert {name: texts for name, texts in found.items() if texts} == {}


# -- synthetic frames --------------------------------------------------------------------------

def perspective(payload: str) -> np.ndarray:
    qr = qr_gray(payload, box=6)
    h, w = qr.shape
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    dst = np.float32([[420, 140], [820, 190], [860, 620], [380, 560]])  # top leaning away, turned
    frame = cv2.warpPerspective(qr, cv2.getPerspectiveTransform(src, dst), (1280, 720),
                                borderMode=cv2.BORDER_CONSTANT, borderValue=90)
    return cv2.cvtColor(frame, cv2.COLOR_GRAY2BGR)


def blurred(payload: str) -> np.ndarray:
    return cv2.GaussianBlur(on_canvas(qr_gray(payload, box=6)), (0, 0), 2.0)


def phone_screen_with_glare(payload: str) -> np.ndarray:
    """A phone held up: dark body, bright screen, the code slightly turned, a reflection across it."""
    frame = np.full((720, 1280, 3), (70, 80, 90), np.uint8)
    cv2.rectangle(frame, (470, 60), (810, 680), (25, 25, 25), -1, cv2.LINE_AA)  # phone body
    cv2.rectangle(frame, (490, 100), (790, 640), (235, 235, 235), -1)  # screen, a bit grey
    qr = cv2.cvtColor(qr_gray(payload, box=6), cv2.COLOR_GRAY2BGR)
    qr = np.where(qr > 128, 235, 30).astype(np.uint8)  # screen black is not black
    h, w = qr.shape[:2]
    turn = cv2.getRotationMatrix2D((w / 2, h / 2), 7, 1.0)
    qr = cv2.warpAffine(qr, turn, (w, h), borderValue=(235, 235, 235))
    frame[220:220 + h, 640 - w // 2:640 - w // 2 + w] = qr
    glare = np.zeros((720, 1280), np.float32)
    cv2.ellipse(glare, (600, 300), (140, 60), -30, 0, 360, 1.0, -1)
    glare = cv2.GaussianBlur(glare, (0, 0), 25)[..., None]
    frame = frame.astype(np.float32) * (1 - 0.6 * glare) + 255 * 0.6 * glare
    return frame.astype(np.uint8)


def inverted(payload: str) -> np.ndarray:
    """White on black, as some wallet apps show it in dark mode."""
    return 255 - on_canvas(qr_gray(payload, box=6), fill=255)


def small_in_1080p(payload: str) -> np.ndarray:
    """A ticket far from the camera in a 1080p frame: 3 soft pixels per module, lost at half size."""
    return cv2.GaussianBlur(on_canvas(qr_gray(payload, box=3), size=(1920, 1080), at=(1500, 800)), (0, 0), 1.2)


def large_in_4k(payload: str) -> np.ndarray:
    return on_canvas(qr_gray(payload, box=20), size=(3840, 2160), at=(300, 400))


@pytest.mark.parametrize("make", [perspective, blurred, phone_screen_with_glare, inverted, small_in_1080p,
                                  large_in_4k], ids=lambda f: f.__name__)
def test_hard_synthetic_frames_decode(make):
    # a generous time budget: the rescue passes must not be skipped because other tests load the CPU
    assert decode_frame(make(TICKET), budget_s=1.0) == [TICKET]


def test_noisy_dark_frames_are_rescued_by_the_second_pass():
    qr = qr_gray("KIOSK-DEMO-0042", box=4)
    frames = []
    for seed in range(6):
        base = on_canvas(qr)[:, :, 0].astype(np.float32)
        base += np.random.default_rng(seed).normal(0, 110, base.shape)  # a dim room, a cheap sensor
        frames.append(np.clip(base, 0, 255).astype(np.uint8))
    first_pass = sum(decode_frame(f, rescue=False) == ["KIOSK-DEMO-0042"] for f in frames)
    with_rescue = sum(decode_frame(f, budget_s=1.0) == ["KIOSK-DEMO-0042"] for f in frames)
    assert with_rescue >= 5
    assert with_rescue > first_pass


def test_the_time_budget_skips_rescue_passes():
    frame = small_in_1080p(TICKET)  # found only by a rescue pass
    assert decode_frame(frame, budget_s=1.0) == [TICKET]
    assert decode_frame(frame, budget_s=0.0) == []


def test_texts_come_back_exactly_as_encoded():
    for text in ["Ñúñez 陈 — 🎫", "line one\r\nline two\r\n", "  spaced  ", "KIOSK-DEMO-0003"]:
        assert decode_frame(on_canvas(qr_gray(text, box=6))) == [text]


def test_two_tickets_in_one_frame_are_both_found_once_each():
    frame = on_canvas(qr_gray("KIOSK-DEMO-0001", box=5), at=(100, 100))
    right = qr_gray("KIOSK-DEMO-0002", box=5)
    frame[100:100 + right.shape[0], 800:800 + right.shape[1]] = right[..., None]
    assert sorted(decode_frame(frame)) == ["KIOSK-DEMO-0001", "KIOSK-DEMO-0002"]


def test_gray_bgra_noncontiguous_and_float_frames_are_accepted():
    bgr = on_canvas(qr_gray(TICKET, box=5))
    gray = cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY)
    assert decode_frame(gray) == [TICKET]
    assert decode_frame(cv2.cvtColor(bgr, cv2.COLOR_BGR2BGRA)) == [TICKET]
    assert decode_frame(gray[:, ::-1][:, ::-1]) == [TICKET]  # a strided view
    assert decode_frame(gray[..., None]) == [TICKET]
    assert decode_frame(gray.astype(np.float32)) == [TICKET]
    assert decode_frame(gray > 128) == [TICKET]


def test_empty_frames_give_nothing():
    assert decode_frame(np.full((720, 1280, 3), 128, np.uint8)) == []
    noise = np.random.default_rng(3).integers(0, 256, (1080, 1920, 3), dtype=np.uint8)
    assert decode_frame(noise) == []


def test_decode_file_accepts_non_ascii_paths(tmp_path):
    path = tmp_path / "billet-été-陈.png"
    ok, data = cv2.imencode(".png", on_canvas(qr_gray(TICKET, box=6), size=(640, 480)))
    path.write_bytes(data.tobytes())
    assert decode_file(path) == [TICKET]


def test_unreadable_and_missing_files_say_so(tmp_path):
    broken = tmp_path / "ticket.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n not really")
    with pytest.raises(KnownError, match="cannot read this file as an image"):
        decode_file(broken)
    with pytest.raises(KnownError, match="no such file"):
        decode_file(tmp_path / "absent.jpg")
    fake_video = tmp_path / "clip.mp4"
    fake_video.write_bytes(b"nothing to see")
    with pytest.raises(KnownError, match="video"):
        decode_file(fake_video)


def test_the_demo_video_holds_the_demo_tickets_in_order(tmp_path):
    from tests.scan.make_demo_video import DEMO_CODES, OUTPUT

    assert OUTPUT.stat().st_size < 2_000_000
    copy = tmp_path / "demo.mp4"
    shutil.copy(OUTPUT, copy)
    assert decode_file(copy) == DEMO_CODES
