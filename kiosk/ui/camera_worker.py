"""The camera thread: reads frames, shows a preview, decodes the newest frame, reports scans.

`CameraWorker` is a QThread. Its `run()` opens the frame source on the worker thread (a webcam must
be opened, read and released on one thread), reads frames at the source's own rate and:
- emits `preview(QImage)` at most `preview_fps` times a second (a copy: the frame buffer is reused);
- puts every frame in a one-frame mailbox (`LatestFrame`) for its decoding thread, which always
  takes the newest frame and drops the stale ones, so decoding never lags behind the camera;
- emits `payload_scanned(str)` once per ticket shown (`RecentScans` drops repeats);
- emits `status_changed(str)` for a person ("Camera ready", "Camera disconnected - reconnecting")
  and `state_changed(str)` for code ("starting", "ready", "reconnecting", "ended", "stopped").
A camera that fails is closed and opened again with growing delays, until `stop()`. The camera
reader stays its own QThread (a loop on a device, not a queue of jobs), and stops the same
cooperative way as every worker (kiosk/ui/threads.py): `stop()` sets the flag, wakes the decoding
thread and a reconnect delay, and waits for the frame in hand. It is never terminated.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Callable

import numpy as np
from PySide6.QtCore import QCoreApplication, QThread, Signal
from PySide6.QtGui import QImage

from kiosk.scan.decoder import decode_frame
from kiosk.scan.dedupe import RecentScans
from kiosk.scan.frames import FrameSource, LatestFrame, SourceEnded, SourceLost, SourceUnavailable, open_source

log = logging.getLogger(__name__)

READY, STARTING, RECONNECTING, ENDED, STOPPED = "ready", "starting", "reconnecting", "ended", "stopped"


def frame_to_qimage(frame: np.ndarray, max_width: int = 0, mirror: bool = False) -> QImage:
    """A QImage that owns its pixels (safe to send to another thread) from a BGR or gray frame."""
    import cv2

    if max_width and frame.shape[1] > max_width:
        height = round(frame.shape[0] * max_width / frame.shape[1])
        frame = cv2.resize(frame, (max_width, height), interpolation=cv2.INTER_AREA)
    if mirror:
        frame = cv2.flip(frame, 1)
    frame = np.ascontiguousarray(frame)
    h, w = frame.shape[:2]
    if frame.ndim == 2:
        image = QImage(frame.data, w, h, frame.strides[0], QImage.Format.Format_Grayscale8)
    else:
        if frame.shape[2] == 4:
            frame = np.ascontiguousarray(frame[:, :, :3])
        image = QImage(frame.data, w, h, frame.strides[0], QImage.Format.Format_BGR888)
    return image.copy()  # QImage over a numpy buffer does not own it: copy before crossing threads


class CameraWorker(QThread):
    """Reads a frame source on its own thread; see the module docstring."""

    preview = Signal(QImage)
    payload_scanned = Signal(str)
    status_changed = Signal(str)
    state_changed = Signal(str)

    def __init__(self, source: str | int | None = None, *,
                 source_factory: Callable[[], FrameSource] | None = None,
                 loop: bool = False,
                 preview_fps: float = 15.0, preview_max_width: int = 960, mirror_preview: bool = False,
                 dedupe_window_s: float = 3.0,
                 reconnect_delays: tuple[float, ...] = (0.5, 1.0, 2.0, 4.0),
                 decode: Callable[[np.ndarray], list[str]] = decode_frame,
                 parent=None):
        super().__init__(parent)
        if source_factory is None:
            if source is None:
                raise ValueError("give a source (camera index, video file, image folder) or a source_factory")
            spec = source

            def source_factory() -> FrameSource:
                return open_source(spec, loop=loop)

        self._factory = source_factory
        self.preview_interval = 1.0 / preview_fps if preview_fps > 0 else 0.0
        self.preview_max_width = preview_max_width
        self.mirror_preview = mirror_preview
        self.recent = RecentScans(dedupe_window_s)
        self.reconnect_delays = reconnect_delays
        self._decode = decode
        self._stop = threading.Event()
        self.mailbox = LatestFrame()
        self.frames_read = 0
        self.frames_decoded = 0
        self.last_error = ""
        self.state = STOPPED

    # -- control, from the GUI thread ---------------------------------------------------------
    def stop(self, timeout_ms: int = 10000) -> bool:
        """Finish the frame in hand, release the camera and end; True when the thread has ended.
        Safe to call more than once."""
        self._stop.set()
        self.mailbox.close()
        return self.wait(timeout_ms) if self.isRunning() else True

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    # -- the worker thread --------------------------------------------------------------------
    def start(self, *args) -> None:  # noqa: D401 - QThread.start, made restartable
        self._stop.clear()
        self.mailbox = LatestFrame()
        super().start(*args)

    def run(self) -> None:
        decoder = threading.Thread(target=self._decode_loop, args=(self.mailbox,), name="qr-decode", daemon=True)
        decoder.start()
        failures = 0
        was_ready = False
        self._set_state(STARTING, QCoreApplication.translate("CameraWorker", "Starting the camera..."))
        try:
            while not self._stop.is_set():
                try:
                    source = self._factory()
                except SourceUnavailable as exc:
                    self.last_error = str(exc)
                    log.info("camera not available: %s", exc)
                    if was_ready:
                        self._set_state(RECONNECTING,
                                        QCoreApplication.translate("CameraWorker", "Camera disconnected - reconnecting"))
                    else:
                        self._set_state(RECONNECTING,
                                        QCoreApplication.translate("CameraWorker", "Camera not found - retrying"))
                    self._backoff(failures)
                    failures += 1
                    continue
                except Exception as exc:  # a bug or an odd driver: keep the desk running, and say so
                    self.last_error = str(exc)
                    log.exception("opening the camera failed")
                    self._set_state(RECONNECTING,
                                    QCoreApplication.translate("CameraWorker", "Camera not found - retrying"))
                    self._backoff(failures)
                    failures += 1
                    continue
                try:
                    failures = 0
                    was_ready = True
                    self._set_state(READY, QCoreApplication.translate("CameraWorker", "Camera ready"))
                    self._read_loop(source)
                except SourceLost as exc:
                    self.last_error = str(exc)
                    log.warning("camera lost: %s", exc)
                    self._set_state(RECONNECTING,
                                    QCoreApplication.translate("CameraWorker", "Camera disconnected - reconnecting"))
                    self._backoff(failures)
                    failures += 1
                except SourceEnded:
                    self._set_state(ENDED, QCoreApplication.translate("CameraWorker", "The video has ended"))
                    break
                finally:
                    source.close()  # on this thread, where it was opened
        finally:
            self.mailbox.close()
            decoder.join(timeout=5.0)
            if self.state != ENDED:
                self._set_state(STOPPED, QCoreApplication.translate("CameraWorker", "Camera stopped"))

    def _read_loop(self, source: FrameSource) -> None:
        next_preview = 0.0
        while not self._stop.is_set():
            frame = source.read()
            self.frames_read += 1
            self.mailbox.put(frame)
            now = time.monotonic()
            if self.preview_interval == 0 or now >= next_preview:
                next_preview = now + self.preview_interval
                try:
                    self.preview.emit(frame_to_qimage(frame, self.preview_max_width, self.mirror_preview))
                except Exception:
                    log.debug("preview conversion failed", exc_info=True)

    def _decode_loop(self, mailbox: LatestFrame) -> None:
        while True:
            frame = mailbox.take()
            if frame is None or self._stop.is_set():
                return
            texts = self._decode(frame)
            self.frames_decoded += 1
            for text in self.recent.filter(texts):
                if self._stop.is_set():
                    return
                self.payload_scanned.emit(text)

    def _backoff(self, failures: int) -> None:
        delays = self.reconnect_delays or (1.0,)
        self._stop.wait(delays[min(failures, len(delays) - 1)])

    def _set_state(self, state: str, text: str) -> None:
        changed = state != self.state
        self.state = state
        if changed:
            self.state_changed.emit(state)
            self.status_changed.emit(text)
