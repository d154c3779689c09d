"""QR decoding of camera frames, image files and video files.

`decode_frame(image)` is what the camera loop calls on every frame it gets to: it takes a numpy
array (BGR, BGRA or gray), never raises, and returns the texts of the QR codes it finds, exactly
as encoded (`\\r\\n` inside a code stays `\\r\\n`). It uses zxing-cpp restricted to QR codes (OpenCV
converts and resizes the frames).

Speed (measured in tests/benchmarks/test_decode.py): gray conversion first; frames of 1080p and
above are decoded at half size first. When the first pass finds nothing, rescue passes (the full
resolution of a large frame, then a light blur against sensor noise, JPEG blocks and moire) run
while a time budget lasts, so an empty frame does not cost much more than the budget.

`decode_file(path)` reads an image (also .webp) or samples a video file and returns the distinct
payloads in the order they first appear; an unreadable file raises `KnownError`.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Callable, Iterable

import cv2
import numpy as np
import zxingcpp as _zxing

from kiosk.errors import KnownError
from kiosk.scan.words import WORDS

log = logging.getLogger(__name__)

#: Frames whose short side is at least this are decoded at half size first.
HALF_SIZE_FROM = 1080
#: Rescue passes run only while the whole call has used less than this many seconds.
DEFAULT_BUDGET_S = 0.030
#: The smallest image worth looking at (a version-1 QR code is 21 modules wide).
MIN_SIDE = 21

VIDEO_SUFFIXES = {".mp4", ".m4v", ".mov", ".avi", ".mkv", ".webm", ".mpg", ".mpeg", ".wmv", ".ogv"}
#: How many frames per second of a video file `decode_file` looks at.
VIDEO_SAMPLES_PER_S = 10.0


def decode_frame(image, *, rescue: bool = True, budget_s: float = DEFAULT_BUDGET_S) -> list[str]:
    """The texts of the QR codes in `image`, in reading order, each once. Never raises.

    `image`: numpy array, gray (H, W) or colour (H, W, 3) BGR / (H, W, 4) BGRA; other dtypes are
    clipped to 0..255. `rescue`: try the extra passes when the first finds nothing, while the call
    has used less than `budget_s` seconds.
    """
    start = time.perf_counter()
    try:
        gray = to_gray(image)
        if gray is None:
            return []
        for attempt in _attempts(gray, rescue):
            texts = attempt()
            if texts:
                return texts
            if time.perf_counter() - start > budget_s:
                break
    except Exception as exc:  # noqa: BLE001 - a camera loop survives any frame; the traceback is logged once per kind
        _log_frame_failure(exc)
    return []


_frame_failures: set[str] = set()


def _log_frame_failure(exc: Exception) -> None:
    kind = f"{type(exc).__module__}.{type(exc).__qualname__}"
    if kind in _frame_failures:
        log.debug("decoding a frame failed again: %r", exc)
        return
    _frame_failures.add(kind)
    log.warning("decoding a frame failed (further %s are logged at debug level)", kind, exc_info=exc)


def to_gray(image) -> np.ndarray | None:
    """A contiguous 2-D uint8 gray image, or None when `image` is not something we can look at."""
    if image is None:
        return None
    arr = np.asarray(image)
    if arr.dtype == object or arr.size == 0:
        return None
    if arr.ndim == 3 and arr.shape[2] == 1:
        arr = arr[:, :, 0]
    if arr.ndim not in (2, 3) or (arr.ndim == 3 and arr.shape[2] not in (3, 4)):
        return None
    if min(arr.shape[0], arr.shape[1]) < MIN_SIDE:
        return None
    if arr.dtype != np.uint8:
        if arr.dtype == bool:
            arr = arr.astype(np.uint8) * 255
        elif np.issubdtype(arr.dtype, np.number) and not np.iscomplexobj(arr):
            arr = np.nan_to_num(arr.astype(np.float64), nan=0.0, posinf=255.0, neginf=0.0)
            arr = np.clip(arr, 0, 255).astype(np.uint8)
        else:
            return None
    if arr.ndim == 3:
        code = cv2.COLOR_BGR2GRAY if arr.shape[2] == 3 else cv2.COLOR_BGRA2GRAY
        arr = cv2.cvtColor(np.ascontiguousarray(arr), code)
    return np.ascontiguousarray(arr)


def _attempts(gray: np.ndarray, rescue: bool) -> Iterable[Callable[[], list[str]]]:
    """The passes to try, cheapest and most likely first."""
    big = min(gray.shape) >= HALF_SIZE_FROM
    first = cv2.resize(gray, (gray.shape[1] // 2, gray.shape[0] // 2), interpolation=cv2.INTER_AREA) if big else gray
    yield lambda: _zxing_read(first)
    if not rescue:
        return
    if big:
        yield lambda: _zxing_read(gray)
    # Sensor noise, JPEG blocks and moire break the local binarizer; a light blur removes them.
    # (A global-histogram pass rescues two more test photos but misreads one of them: left out.)
    yield lambda: _zxing_read(cv2.GaussianBlur(first, (3, 3), 0))


def _zxing_read(gray: np.ndarray, binarizer=None) -> list[str]:
    kwargs = {}
    if binarizer is not None:
        kwargs["binarizer"] = binarizer
    results = _zxing.read_barcodes(gray, formats=_zxing.BarcodeFormats(_zxing.BarcodeFormat.QRCode),
                                   text_mode=_zxing.TextMode.Plain, **kwargs)
    return _distinct(r.text for r in results if r.valid and r.text)


def _distinct(texts: Iterable[str]) -> list[str]:
    seen: list[str] = []
    for text in texts:
        if text not in seen:
            seen.append(text)
    return seen


# -- files -------------------------------------------------------------------------------------

def is_video_file(path: str | Path) -> bool:
    return Path(path).suffix.lower() in VIDEO_SUFFIXES


#: The largest image or video file `decode_file` reads.
MAX_IMAGE_BYTES = 200 * 1024 * 1024
#: At most this many frames of a video are looked at (5 minutes at VIDEO_SAMPLES_PER_S).
MAX_VIDEO_SAMPLES = 3000


def _check_file(path: Path, what: str) -> None:
    """Refuse at once what is missing, not a regular file, or too large to be a photo or video."""
    from kiosk.store.filecheck import file_kind_problem

    if not path.exists():
        raise KnownError(WORDS("no_file", path=path))
    problem = file_kind_problem(path)
    if problem:
        raise KnownError(WORDS("not_a_file", path=path, problem=problem, what=WORDS(what)))
    size = path.stat().st_size
    if size > MAX_IMAGE_BYTES:
        raise KnownError(WORDS("too_big", path=path, megabytes=f"{size / 2**20:,.0f}", most=MAX_IMAGE_BYTES // 2**20))


def _too_many_pixels(path: Path, width: int, height: int) -> KnownError:
    from kiosk.scan import MAX_IMAGE_PIXELS

    return KnownError(WORDS("too_many_pixels", path=path, width=width, height=height,
                            megapixels=f"{width * height / 1e6:,.0f}", most=f"{MAX_IMAGE_PIXELS / 1e6:,.0f}"))


def read_image(path: str | Path) -> np.ndarray:
    """An image file as a BGR (or gray) numpy array; `KnownError` when it cannot be read.

    Its size is read from its header first: a picture larger than MAX_IMAGE_PIXELS is refused
    before anything is decoded."""
    path = Path(path)
    _check_file(path, "an_image")
    image = _read_with_pillow(path)
    if image is None:
        try:
            # imdecode instead of imread: imread cannot open non-ASCII paths on Windows. OpenCV's
            # own pixel limit (set in kiosk/scan/__init__.py) bounds what it decodes.
            data = np.fromfile(str(path), dtype=np.uint8)
            if data.size:
                image = cv2.imdecode(data, cv2.IMREAD_COLOR)
        except (OSError, cv2.error, ValueError):
            image = None
    if image is None:
        raise KnownError(WORDS("not_an_image", path=path))
    return image


def _read_with_pillow(path: Path) -> np.ndarray | None:
    """Pillow reads what OpenCV refuses (tiny WebP) and says nothing on stderr about what it cannot.

    Raises KnownError for a picture too large to decode (read from its header, before decoding)."""
    import warnings

    from PIL import Image

    from kiosk.scan import MAX_IMAGE_PIXELS

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")          # our own limit is checked below
            with Image.open(path) as im:
                width, height = im.size
                if width * height > MAX_IMAGE_PIXELS:
                    raise _too_many_pixels(path, width, height)
                rgb = np.asarray(im.convert("RGB"))
        return np.ascontiguousarray(rgb[:, :, ::-1])
    except KnownError:
        raise
    except Image.DecompressionBombError:          # Pillow's own, larger limit, met while opening
        raise KnownError(WORDS("far_too_many_pixels", path=path, most=f"{MAX_IMAGE_PIXELS / 1e6:,.0f}")) from None
    except (OSError, ValueError, SyntaxError) as exc:  # not an image Pillow reads
        log.debug("Pillow cannot read %s: %r", path, exc)
        return None


def decode_file(path: str | Path) -> list[str]:
    """The distinct payloads in an image or video file, in the order they first appear."""
    path = Path(path)
    if is_video_file(path):
        return decode_video(path)
    return decode_frame(read_image(path), budget_s=1.0)


def decode_video(path: str | Path, samples_per_s: float = VIDEO_SAMPLES_PER_S) -> list[str]:
    """Look at `samples_per_s` frames of each second of a video file; the union of what they hold."""
    path = Path(path)
    _check_file(path, "a_video")
    capture = cv2.VideoCapture(str(path))
    try:
        if not capture.isOpened():
            raise KnownError(WORDS("video_unreadable", path=path))
        width, height = int(capture.get(cv2.CAP_PROP_FRAME_WIDTH) or 0), int(capture.get(cv2.CAP_PROP_FRAME_HEIGHT) or 0)
        from kiosk.scan import MAX_IMAGE_PIXELS

        if width * height > MAX_IMAGE_PIXELS:
            raise _too_many_pixels(path, width, height)
        fps = capture.get(cv2.CAP_PROP_FPS) or 0.0
        step = max(1, round(fps / samples_per_s)) if fps > 0 else 1
        found: list[str] = []
        index = 0
        frames = 0
        while True:
            if index % step == 0:
                if frames >= MAX_VIDEO_SAMPLES:
                    log.info("%s: looked at the first %d frames only", path, frames)
                    break
                ok, frame = capture.read()
                if not ok:
                    break
                frames += 1
                for text in decode_frame(frame):
                    if text not in found:
                        found.append(text)
            elif not capture.grab():
                break
            index += 1
        if frames == 0:
            raise KnownError(WORDS("video_no_frame", path=path))
        return found
    finally:
        capture.release()
