"""The camera thread end to end: frames in, preview and scans out, reconnecting, stopping."""

from __future__ import annotations

import threading
import time

import cv2
import pytest
from PySide6.QtGui import QImage

from kiosk.scan.decoder import decode_frame
from kiosk.scan.frames import ImageFolderSource, VideoFileSource
from kiosk.ui.camera_worker import CameraWorker, frame_to_qimage
from tests.scan.make_demo_video import OUTPUT as DEMO_VIDEO
from tests.scan.make_demo_video import render_video
from tests.scan.synth import on_canvas, qr_gray


@pytest.fixture(scope="module")
def two_ticket_clip(tmp_path_factory):
    """About 1.5 s of video at 30 fps: two tickets, each held up for half a second."""
    path = tmp_path_factory.mktemp("clips") / "two.mp4"
    return render_video(path, ["KIOSK-DEMO-0002", "NOT-IN-ROSTER-999"], fps=30,
                        seconds_per_ticket=0.6, gap_s=0.15)


class Recorder:
    def __init__(self, worker: CameraWorker):
        self.payloads, self.statuses, self.states, self.previews = [], [], [], []
        worker.payload_scanned.connect(self.payloads.append)
        worker.status_changed.connect(self.statuses.append)
        worker.state_changed.connect(self.states.append)
        worker.preview.connect(self.previews.append)


@pytest.fixture
def run_worker(qtbot):
    workers = []

    def start(*args, **kwargs):
        worker = CameraWorker(*args, **kwargs)
        recorder = Recorder(worker)
        workers.append(worker)
        worker.start()
        return worker, recorder

    yield start
    for worker in workers:
        worker.stop()
        assert worker.wait(5000), "the camera thread did not stop"


def test_the_demo_video_gives_a_preview_and_the_first_ticket(run_worker, qtbot):
    worker, seen = run_worker(str(DEMO_VIDEO))
    qtbot.waitUntil(lambda: seen.payloads == ["KIOSK-DEMO-0001"], timeout=6000)
    assert "Camera ready" in seen.statuses
    assert seen.previews and isinstance(seen.previews[0], QImage)
    assert (seen.previews[0].width(), seen.previews[0].height()) == (640, 480)
    worker.stop()
    assert worker.wait(3000)
    qtbot.waitUntil(lambda: seen.statuses[-1] == "Camera stopped", timeout=1000)


def test_each_ticket_is_reported_once_and_the_end_of_the_video_is_said(run_worker, qtbot, two_ticket_clip):
    worker, seen = run_worker(str(two_ticket_clip), preview_fps=10)
    qtbot.waitUntil(lambda: "ended" in seen.states, timeout=8000)
    assert worker.wait(3000)
    qtbot.wait(50)  # let the last queued signals arrive
    assert seen.payloads == ["KIOSK-DEMO-0002", "NOT-IN-ROSTER-999"]
    assert seen.statuses[-1] == "The video has ended"
    # every frame of the 30 fps video was read; previews throttled to about 10 a second
    capture = cv2.VideoCapture(str(two_ticket_clip))
    assert worker.frames_read == int(capture.get(cv2.CAP_PROP_FRAME_COUNT)) > 40
    capture.release()
    assert len(seen.previews) <= worker.frames_read / 2


def test_a_slow_decoder_gets_the_newest_frame_and_never_a_backlog(run_worker, qtbot, two_ticket_clip):
    calls = []

    def slow_decode(frame):
        calls.append(time.monotonic())
        time.sleep(0.12)  # a very slow laptop
        return decode_frame(frame)

    worker, seen = run_worker(str(two_ticket_clip), decode=slow_decode)
    qtbot.waitUntil(lambda: "ended" in seen.states, timeout=8000)
    assert worker.wait(3000)
    assert worker.mailbox.dropped_count > worker.frames_read / 2  # stale frames were dropped...
    assert len(calls) < worker.frames_read / 3
    assert seen.payloads  # ...and the tickets were still read from fresh frames


def test_the_source_is_opened_and_released_on_the_worker_thread(run_worker, qtbot):
    threads = {}

    class Recording(VideoFileSource):
        def __init__(self, *a, **k):
            threads["open"] = threading.get_ident()
            super().__init__(*a, **k)

        def close(self):
            threads["close"] = threading.get_ident()
            super().close()

    worker, seen = run_worker(source_factory=lambda: Recording(DEMO_VIDEO))
    qtbot.waitUntil(lambda: "ready" in seen.states, timeout=3000)
    worker.stop()
    assert worker.wait(3000)
    assert threads["open"] == threads["close"] != threading.get_ident()


def write_ticket(folder, payload):
    cv2.imwrite(str(folder / "ticket.png"), on_canvas(qr_gray(payload, box=5), size=(480, 360)))


def test_a_camera_that_disappears_is_reported_and_reconnected(run_worker, qtbot, tmp_path):
    """An image folder on a USB stick stands in for the camera: pulled out, then plugged back."""
    stick = tmp_path / "stick"
    stick.mkdir()
    write_ticket(stick, "KIOSK-DEMO-0001")
    worker, seen = run_worker(source_factory=lambda: ImageFolderSource(stick, fps=20),
                              reconnect_delays=(0.05, 0.1))
    qtbot.waitUntil(lambda: seen.payloads == ["KIOSK-DEMO-0001"], timeout=3000)

    stick.rename(tmp_path / "pulled-out")
    qtbot.waitUntil(lambda: "Camera disconnected - reconnecting" in seen.statuses, timeout=3000)
    assert seen.states[-1] == "reconnecting"
    qtbot.wait(300)  # several failed attempts while it is away
    assert seen.states[-1] == "reconnecting"

    stick.mkdir()
    write_ticket(stick, "KIOSK-DEMO-0003")
    qtbot.waitUntil(lambda: seen.payloads == ["KIOSK-DEMO-0001", "KIOSK-DEMO-0003"], timeout=3000)
    assert seen.statuses.count("Camera ready") == 2
    assert seen.statuses.index("Camera disconnected - reconnecting") < len(seen.statuses) - 1


def test_a_missing_camera_keeps_retrying_and_still_stops_at_once(run_worker, qtbot):
    attempts = []

    def no_camera():
        from kiosk.scan.frames import CameraSource

        attempts.append(time.monotonic())
        return CameraSource(9)

    worker, seen = run_worker(source_factory=no_camera, reconnect_delays=(0.05, 0.1, 10.0))
    qtbot.waitUntil(lambda: len(attempts) >= 3, timeout=3000)
    assert seen.statuses[-1] == "Camera not found - retrying"
    assert "camera 9" in worker.last_error.lower()
    started = time.monotonic()
    worker.stop()  # while it waits 10 s before the next attempt
    assert worker.wait(2000)
    assert time.monotonic() - started < 1.0
    qtbot.waitUntil(lambda: seen.states[-1] == "stopped", timeout=1000)


def test_previews_own_their_pixels():
    frame = on_canvas(qr_gray("X-1", box=4), size=(1280, 720))
    image = frame_to_qimage(frame, max_width=640)
    frame[:] = 0  # the camera reuses its buffer
    assert (image.width(), image.height()) == (640, 360)
    assert image.pixelColor(5, 5).red() == 120
    gray = frame_to_qimage(frame[:, :, 0])
    assert gray.format() == QImage.Format.Format_Grayscale8


def test_a_french_desk_hears_its_camera_in_french(run_worker, qtbot, qapp):
    """The camera's state said "Camera ready" at a French desk: its words were hidden from lupdate."""
    from kiosk.ui import i18n

    i18n.install_translator(qapp, "fr")
    try:
        worker, seen = run_worker(str(DEMO_VIDEO))
        qtbot.waitUntil(lambda: "Caméra prête" in seen.statuses, timeout=6000)
        assert "Démarrage de la caméra…" in seen.statuses and "Camera ready" not in seen.statuses
        worker.stop()
    finally:
        i18n.install_translator(qapp, "en")
