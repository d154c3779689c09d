"""Generate resources/demo/demo-tickets.mp4: QR tickets held up to a webcam, for `--camera demo.mp4`.

    python tests/scan/make_demo_video.py [OUTPUT.mp4]

The video shows three tickets of the demo roster and one unknown ticket, one after the other, each
sliding in, tilting like a hand-held phone or paper, pausing, and leaving, with empty frames
between them (a desk and nobody in front of the camera). Deterministic: the same file every run.
The tests import `render_video` to make shorter clips.
"""

from __future__ import annotations

import sys
from pathlib import Path

import cv2
import numpy as np
import qrcode

ROOT = Path(__file__).resolve().parents[2]
OUTPUT = ROOT / "resources" / "demo" / "demo-tickets.mp4"
DEMO_CODES = ["KIOSK-DEMO-0001", "KIOSK-DEMO-0002", "KIOSK-DEMO-0003", "NOT-IN-ROSTER-999"]
SIZE = (640, 480)
FPS = 20


def qr_image(payload: str, box: int = 6) -> np.ndarray:
    """A black-on-white QR code, gray, with its quiet zone."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=box, border=4)
    code.add_data(payload)
    code.make(fit=True)
    return np.asarray(code.make_image(fill_color="black", back_color="white").convert("L"))


def ticket_card(payload: str, label: str) -> np.ndarray:
    """A paper ticket (BGR): a title, the QR code and the code in clear under it."""
    qr = qr_image(payload)
    width = qr.shape[1] + 40
    height = qr.shape[0] + 110
    card = np.full((height, width, 3), 250, np.uint8)
    cv2.rectangle(card, (0, 0), (width - 1, 44), (150, 90, 30), -1)
    cv2.putText(card, label, (14, 31), cv2.FONT_HERSHEY_SIMPLEX, 0.8, (255, 255, 255), 2, cv2.LINE_AA)
    card[54:54 + qr.shape[0], 20:20 + qr.shape[1]] = cv2.cvtColor(qr, cv2.COLOR_GRAY2BGR)
    cv2.putText(card, payload, (16, height - 18), cv2.FONT_HERSHEY_SIMPLEX, 0.6, (40, 40, 40), 1, cv2.LINE_AA)
    cv2.rectangle(card, (0, 0), (width - 1, height - 1), (120, 120, 120), 1)
    return card


def desk_background(size=SIZE, seed: int = 7) -> np.ndarray:
    """A dim, slightly uneven desk with a lamp's gradient: what an idle kiosk camera sees."""
    w, h = size
    y, x = np.mgrid[0:h, 0:w].astype(np.float32)
    light = 95 + 60 * np.exp(-(((x - w * 0.3) / w) ** 2 + ((y - h * 0.2) / h) ** 2) * 2.5)
    rng = np.random.default_rng(seed)
    grain = cv2.GaussianBlur(rng.normal(0, 10, (h, w)).astype(np.float32), (0, 0), 3)
    base = np.clip(light + grain, 0, 255)
    bgr = np.stack([base * 0.85, base * 0.95, base], axis=2)
    return bgr.astype(np.uint8)


def place(frame: np.ndarray, card: np.ndarray, centre, scale: float, angle_deg: float, tilt: float) -> None:
    """Draw `card` into `frame` at `centre`, scaled, rotated and tilted (perspective), in place."""
    h, w = card.shape[:2]
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    # Tilt: the top edge shorter than the bottom one, as when the top of the ticket leans away.
    half_w, half_h = w * scale / 2, h * scale / 2
    shrink = 1 - tilt
    corners = np.float32([[-half_w * shrink, -half_h], [half_w * shrink, -half_h],
                          [half_w, half_h], [-half_w, half_h]])
    a = np.deg2rad(angle_deg)
    rot = np.float32([[np.cos(a), -np.sin(a)], [np.sin(a), np.cos(a)]])
    dst = corners @ rot.T + np.float32(centre)
    matrix = cv2.getPerspectiveTransform(src, dst)
    fh, fw = frame.shape[:2]
    warped = cv2.warpPerspective(card, matrix, (fw, fh), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), matrix, (fw, fh))
    shadow = cv2.GaussianBlur(mask, (0, 0), 6)
    shade = (255 - (shadow.astype(np.uint16) * 90 >> 8)).astype(np.uint8)
    frame[:] = cv2.multiply(frame, cv2.merge([shade] * 3), scale=1 / 255)
    frame[mask > 128] = warped[mask > 128]


def ease(t: float) -> float:
    return t * t * (3 - 2 * t)


def segment_frames(card: np.ndarray, n: int, size=SIZE, direction: int = 1):
    """Where the ticket is in each of `n` frames: enters, tilts while held, leaves."""
    w, h = size
    for i in range(n):
        t = i / max(1, n - 1)
        if t < 0.25:  # sliding in
            k = ease(t / 0.25)
            x = w / 2 + direction * (1 - k) * w * 0.75
            angle, tilt, scale = 18 * (1 - k) * direction, 0.12 * (1 - k), 0.8 + 0.15 * k
        elif t < 0.8:  # held by a slightly shaky hand
            k = (t - 0.25) / 0.55
            x = w / 2 + 12 * np.sin(k * 6.0)
            angle, tilt, scale = -8 * np.sin(k * 3.5) * direction, 0.10 * np.sin(k * 4.0) ** 2, 0.95
        else:  # leaving
            k = ease((t - 0.8) / 0.2)
            x = w / 2 - direction * k * w * 0.8
            angle, tilt, scale = -12 * k * direction, 0.1 * k, 0.95 - 0.1 * k
        y = h / 2 + 8 * np.cos(t * 7)
        yield (x, y), scale * min(1.0, (h * 0.9) / card.shape[0]), angle, tilt


def render_video(path: str | Path, codes=DEMO_CODES, *, fps: int = FPS, size=SIZE,
                 seconds_per_ticket: float = 2.4, gap_s: float = 0.8, seed: int = 7) -> Path:
    """Write an mp4v video of `codes` held up one after the other; returns its path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"mp4v"), fps, size)
    if not writer.isOpened():
        raise RuntimeError(f"OpenCV cannot write {path} with the mp4v codec")
    background = desk_background(size, seed)
    rng = np.random.default_rng(seed)

    def write(frame):
        noise = rng.integers(-2, 3, frame.shape, dtype=np.int16)  # a cheap webcam's sensor noise
        writer.write(np.clip(frame + noise, 0, 255).astype(np.uint8))

    try:
        for _ in range(int(gap_s * fps)):
            write(background.copy())
        for number, code in enumerate(codes):
            label = "Demo ticket" if code.startswith("KIOSK-DEMO") else "Other event"
            card = ticket_card(code, label)
            for centre, scale, angle, tilt in segment_frames(card, int(seconds_per_ticket * fps), size,
                                                             direction=1 if number % 2 == 0 else -1):
                frame = background.copy()
                place(frame, card, centre, scale, angle, tilt)
                write(frame)
            for _ in range(int(gap_s * fps)):
                write(background.copy())
    finally:
        writer.release()
    return path


if __name__ == "__main__":
    out = render_video(sys.argv[1] if len(sys.argv) > 1 else OUTPUT)
    print(f"wrote {out} ({out.stat().st_size / 1e6:.2f} MB)")
