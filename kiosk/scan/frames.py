"""Where camera frames come from: a webcam by index, a video file, or a folder of images.

`open_source("0")` opens camera 0, `open_source("demo.mp4")` plays a video file at its own frame
rate (optionally looping), `open_source("photos/")` shows each image of a folder in turn. Every
source has the same small interface:

    source.read() -> numpy BGR frame      # blocks until the next frame is due
    source.close()                        # call it on the thread that opened the source

`read()` raises `SourceLost` when the camera disappears (unplugged, taken by another app, the folder
is gone) - the caller closes it and opens it again later with backoff - and `SourceEnded` when a
video file or folder has been shown to the end without `loop`. Opening raises `SourceUnavailable`
(a `KnownError`). `LatestFrame` hands the newest frame from the reading thread to the decoding
thread, dropping the stale ones instead of queuing them. No Qt here: the UI wraps this in a thread.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from pathlib import Path
from typing import Callable

import cv2
import numpy as np

from kiosk.errors import KnownError
from kiosk.scan.decoder import is_video_file, read_image
from kiosk.scan.words import WORDS

log = logging.getLogger(__name__)

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".webp", ".bmp", ".tif", ".tiff"}
#: A camera that returns this many failed reads in a row is considered gone.
CAMERA_MAX_FAILED_READS = 10


class SourceUnavailable(KnownError):
    """The camera or file cannot be opened."""


class SourceLost(Exception):
    """A source that was working stopped delivering frames (camera unplugged, file removed)."""


class SourceEnded(Exception):
    """A video file or an image folder has been shown to the end (and does not loop)."""


class FrameSource:
    """Base class: one frame at a time, from the thread that opened it."""

    name = "source"
    fps: float = 30.0
    live = True  # a camera (True) or a recording / folder (False)

    def read(self) -> np.ndarray:
        raise NotImplementedError

    def close(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _quiet_opencv() -> None:
    """OpenCV prints its own warnings on stderr (a missing camera, a V4L timeout): not for users."""
    try:
        cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_ERROR)
    except AttributeError:  # a build of OpenCV without its logging module
        log.debug("OpenCV's log level cannot be set")


def _camera_backends() -> list[int]:
    """The OpenCV capture backends worth trying on this system, best first."""
    if sys.platform.startswith("win"):
        # Media Foundation is slow to open on many laptops; DirectShow first, then the default.
        return [cv2.CAP_DSHOW, cv2.CAP_MSMF, cv2.CAP_ANY]
    if sys.platform == "darwin":
        return [cv2.CAP_AVFOUNDATION, cv2.CAP_ANY]
    return [cv2.CAP_V4L2, cv2.CAP_ANY]


class CameraSource(FrameSource):
    """A webcam by index. Asks for `width` x `height` (720p by default); the camera may give less."""

    def __init__(self, index: int, *, width: int = 1280, height: int = 720,
                 max_failed_reads: int = CAMERA_MAX_FAILED_READS):
        _quiet_opencv()
        self.index = index
        self.name = f"camera {index}"
        self.max_failed_reads = max_failed_reads
        self._failed = 0
        self._capture = None
        if sys.platform.startswith("linux") and not Path(f"/dev/video{index}").exists():
            raise SourceUnavailable(WORDS("no_camera", index=index))
        for backend in _camera_backends():
            capture = cv2.VideoCapture(index, backend)
            if capture.isOpened():
                self._capture = capture
                break
            capture.release()
        if self._capture is None:
            raise SourceUnavailable(WORDS("camera_busy", index=index))
        self._capture.set(cv2.CAP_PROP_FRAME_WIDTH, width)
        self._capture.set(cv2.CAP_PROP_FRAME_HEIGHT, height)
        self._capture.set(cv2.CAP_PROP_BUFFERSIZE, 1)  # the newest frame, not one from a second ago
        self.fps = self._capture.get(cv2.CAP_PROP_FPS) or 30.0

    def read(self) -> np.ndarray:
        if self._capture is None:
            raise SourceLost(f"{self.name} is closed")
        while True:
            ok, frame = self._capture.read()
            if ok and frame is not None and frame.size:
                self._failed = 0
                return frame
            self._failed += 1
            if self._failed >= self.max_failed_reads:
                raise SourceLost(f"{self.name} stopped sending pictures")
            time.sleep(0.02)

    def close(self) -> None:
        if self._capture is not None:
            self._capture.release()
            self._capture = None


class _Pacer:
    """Hands out frames at `fps` in real time: never faster, and never piling up when late."""

    def __init__(self, fps: float, clock: Callable[[], float], sleep: Callable[[float], None]):
        self.interval = 1.0 / fps if fps > 0 else 0.0
        self._clock, self._sleep = clock, sleep
        self._next: float | None = None

    def wait(self) -> None:
        if self.interval <= 0:
            return
        now = self._clock()
        if self._next is None or now - self._next > self.interval:
            self._next = now  # first frame, or we fell behind: restart the schedule from now
        elif self._next > now:
            self._sleep(self._next - now)
        self._next += self.interval


class VideoFileSource(FrameSource):
    """A video file played at its own frame rate (`realtime`), once or in a loop."""

    live = False

    def __init__(self, path: str | Path, *, loop: bool = False, realtime: bool = True,
                 clock: Callable[[], float] = time.monotonic, sleep: Callable[[float], None] = time.sleep):
        _quiet_opencv()
        self.path = Path(path)
        self.name = self.path.name
        self.loop = loop
        if not self.path.is_file():
            raise SourceUnavailable(WORDS("no_video_file", path=self.path))
        self._capture: cv2.VideoCapture | None = cv2.VideoCapture(str(self.path))
        if not self._capture.isOpened():
            self._capture.release()
            raise SourceUnavailable(WORDS("video_cannot_open", path=self.path))
        fps = self._capture.get(cv2.CAP_PROP_FPS) or 0.0
        self.fps = fps if 1.0 <= fps <= 240.0 else 25.0
        self._pacer = _Pacer(self.fps if realtime else 0.0, clock, sleep)
        self._frames_shown = 0

    def read(self) -> np.ndarray:
        if self._capture is None:
            raise SourceLost(f"{self.name} is closed")
        ok, frame = self._capture.read()
        if not ok:
            if self._frames_shown == 0:
                raise SourceLost(f"{self.name} has no frame this computer can read")
            if not self.loop:
                raise SourceEnded(f"{self.name} has ended")
            self._capture.set(cv2.CAP_PROP_POS_FRAMES, 0)
            ok, frame = self._capture.read()
            if not ok:
                raise SourceLost(f"{self.name} cannot be read again from the start")
        self._frames_shown += 1
        self._pacer.wait()
        return frame

    def close(self) -> None:
        if self._capture is not None:
            self._capture.release()
            self._capture = None


class ImageFolderSource(FrameSource):
    """Each image of a folder (or one image file) in name order, `fps` images a second.

    The folder is listed again at each round, so photos dropped in while it runs are shown; a
    folder that disappears (USB stick pulled out) is a lost source.
    """

    live = False

    def __init__(self, path: str | Path, *, fps: float = 2.0, loop: bool = True,
                 clock: Callable[[], float] = time.monotonic, sleep: Callable[[float], None] = time.sleep):
        self.path = Path(path)
        self.name = self.path.name or str(self.path)
        self.fps = fps
        self.loop = loop
        self._pacer = _Pacer(fps, clock, sleep)
        self._queue: list[Path] = []
        self._rounds = 0
        if not self._list():
            raise SourceUnavailable(WORDS("no_images", path=self.path))

    def _list(self) -> list[Path]:
        if self.path.is_file():
            return [self.path]
        try:
            return sorted(p for p in self.path.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES and p.is_file())
        except OSError:
            return []

    def read(self) -> np.ndarray:
        if not self._queue:
            if self._rounds and not self.loop:
                raise SourceEnded(f"{self.name}: every image has been shown")
            if not self.path.exists():
                raise SourceLost(f"{self.path} is gone")
            self._queue = self._list()
            self._rounds += 1
            if not self._queue:
                raise SourceLost(f"{self.path} holds no image any more")
        path = self._queue.pop(0)
        try:
            frame = read_image(path)
        except KnownError as exc:
            if not self.path.exists():
                raise SourceLost(f"{self.path} is gone") from exc
            log.warning("skipping %s: %s", path, exc)
            frame = np.full((480, 640, 3), 255, np.uint8)
        self._pacer.wait()
        return frame


def parse_source_spec(spec: str | int | Path) -> int | Path:
    """`0` or "0" -> camera index 0; anything else -> a path."""
    if isinstance(spec, int):
        return spec
    text = str(spec).strip()
    if text.isdigit():
        return int(text)
    return Path(text).expanduser()


def open_source(spec: str | int | Path, *, loop: bool = False, realtime: bool = True,
                width: int = 1280, height: int = 720) -> FrameSource:
    """Open what `--camera` names: a camera index, a video file, an image folder or an image file."""
    target = parse_source_spec(spec)
    if isinstance(target, int):
        return CameraSource(target, width=width, height=height)
    if target.is_dir() or (target.is_file() and target.suffix.lower() in IMAGE_SUFFIXES):
        return ImageFolderSource(target)  # a folder or a still photo keeps being shown, like a camera
    if is_video_file(target) or target.is_file():
        return VideoFileSource(target, loop=loop, realtime=realtime)
    raise SourceUnavailable(WORDS("no_source", target=target))


def list_cameras(max_index: int = 5) -> list[int]:
    """The indexes of the cameras that open and deliver a frame, probing 0..max_index-1 quickly."""
    _quiet_opencv()
    found = []
    for index in range(max_index):
        if sys.platform.startswith("linux") and not os.path.exists(f"/dev/video{index}"):
            continue
        try:
            source = CameraSource(index, width=640, height=480, max_failed_reads=3)
        except SourceUnavailable:
            continue
        try:
            source.read()
            found.append(index)
        except SourceLost:
            pass
        finally:
            source.close()
    return found


class LatestFrame:
    """A one-frame mailbox between the reading thread and the decoding thread.

    `put` replaces whatever frame was waiting (counting it as dropped): the decoder always gets the
    newest frame and never works through a backlog. `take` blocks until a frame or `close()`; after
    `close()` it still hands out the frame that was waiting (the last frame of a video), then None.
    """

    def __init__(self):
        self._cond = threading.Condition()
        self._frame = None
        self._closed = False
        self.put_count = 0
        self.taken_count = 0
        self.dropped_count = 0

    def put(self, frame) -> None:
        with self._cond:
            if self._frame is not None:
                self.dropped_count += 1
            self._frame = frame
            self.put_count += 1
            self._cond.notify()

    def take(self, timeout: float | None = None):
        """The newest frame, or None when closed (or after `timeout` seconds without a frame)."""
        with self._cond:
            if not self._cond.wait_for(lambda: self._frame is not None or self._closed, timeout):
                return None
            frame, self._frame = self._frame, None
            if frame is not None:
                self.taken_count += 1
            return frame

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._cond.notify_all()

    @property
    def closed(self) -> bool:
        return self._closed
