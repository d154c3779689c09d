"""Helpers for the scanning tests and benchmark: the real photo sets and synthetic QR frames."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

PHOTOS = Path(__file__).resolve().parents[2].parent / "shared" / "qr-photos"
PHOTO_SETS = ["zxing-qrcode-1", "zxing-qrcode-2"]
NEGATIVE_SET = "falsepositives-1"
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".webp", ".gif", ".bmp"}


def photos_or_skip() -> Path:
    if not PHOTOS.is_dir():
        pytest.skip(f"the real QR photos are not here ({PHOTOS}); they come with the shared workspace")
    return PHOTOS


def photo_images(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES)


def expected_text(image: Path) -> str:
    """The .txt beside a photo, as bytes decoded UTF-8: no newline translation (some hold \\r\\n)."""
    return image.with_suffix(".txt").read_bytes().decode("utf-8")


def qr_gray(payload: str, box: int = 8, border: int = 4) -> np.ndarray:
    """A black-on-white QR code, gray, `box` pixels per module."""
    import qrcode

    code = qrcode.QRCode(box_size=box, border=border)
    code.add_data(payload)
    code.make(fit=True)
    return np.asarray(code.make_image().convert("L"))


def on_canvas(img: np.ndarray, size=(1280, 720), at=None, fill=120) -> np.ndarray:
    """Paste a gray image on a gray BGR frame of `size` (w, h), centred unless `at` (x, y)."""
    w, h = size
    frame = np.full((h, w), fill, np.uint8)
    ih, iw = img.shape[:2]
    x, y = at if at else ((w - iw) // 2, (h - ih) // 2)
    frame[y:y + ih, x:x + iw] = img
    return cv2.cvtColor(frame, cv2.COLOR_GRAY2BGR)
