"""Frame sources (camera index, video file, image folder) and the newest-frame mailbox."""

from __future__ import annotations

import threading
import time

import cv2
import numpy as np
import pytest

from kiosk.scan.decoder import decode_frame
from kiosk.scan.frames import (CameraSource, ImageFolderSource, LatestFrame, SourceEnded, SourceLost,
                               SourceUnavailable, VideoFileSource, list_cameras, open_source,
                               parse_source_spec)
from tests.scan.make_demo_video import OUTPUT as DEMO_VIDEO
from tests.scan.synth import on_canvas, qr_gray


class FakeTime:
    """A clock and a sleep that advances it: pacing without waiting."""

    def __init__(self):
        self.now = 0.0
        self.slept = 0.0

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept += seconds
        self.now += seconds


def small_video(path, frames: int = 12, fps: int = 30):
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"mp4v"), fps, (320, 240))
    for i in range(frames):
        frame = np.full((240, 320, 3), 40 + i * 10, np.uint8)
        writer.write(frame)
    writer.release()
    return path


def ticket_png(path, payload: str):
    cv2.imwrite(str(path), on_canvas(qr_gray(payload, box=5), size=(480, 360)))
    return path


def test_source_specs():
    assert parse_source_spec("0") == 0
    assert parse_source_spec(2) == 2
    assert str(parse_source_spec("demo.mp4")) == "demo.mp4"


def test_a_video_file_plays_at_its_own_frame_rate(tmp_path):
    fake = FakeTime()
    source = VideoFileSource(small_video(tmp_path / "v.mp4", frames=12, fps=30), clock=fake.clock,
                             sleep=fake.sleep)
    count = 0
    with pytest.raises(SourceEnded):
        while True:
            source.read()
            count += 1
    source.close()
    assert count == 12
    assert fake.now == pytest.approx(11 / 30, abs=0.005)  # 12 frames span 11 intervals of 1/30 s


def test_a_late_reader_is_not_made_to_catch_up(tmp_path):
    fake = FakeTime()
    source = VideoFileSource(small_video(tmp_path / "v.mp4", frames=6, fps=10), clock=fake.clock,
                             sleep=fake.sleep)
    source.read()
    fake.now += 5.0  # the reader stalled for five seconds
    source.read()
    source.read()
    assert fake.slept == pytest.approx(0.1, abs=0.005)  # back to the normal pace, no burst, no pile-up


def test_a_looping_video_starts_again(tmp_path):
    source = VideoFileSource(small_video(tmp_path / "v.mp4", frames=5), loop=True, realtime=False)
    frames = [source.read() for _ in range(12)]
    source.close()
    assert frames[0].mean() == pytest.approx(frames[5].mean(), abs=3)  # frame 6 is frame 1 again


def test_the_demo_video_shows_tickets_through_open_source():
    source = open_source(str(DEMO_VIDEO), realtime=False)
    assert isinstance(source, VideoFileSource)
    assert source.fps == 20
    found = []
    try:
        for _ in range(80):
            for text in decode_frame(source.read()):
                if text not in found:
                    found.append(text)
    finally:
        source.close()
    assert found == ["KIOSK-DEMO-0001"]  # the first 4 seconds: the first ticket only


def test_an_image_folder_is_shown_in_name_order_and_picks_up_new_photos(tmp_path):
    ticket_png(tmp_path / "b.png", "B-CODE")
    ticket_png(tmp_path / "a.png", "A-CODE")
    source = open_source(tmp_path)
    source._pacer.interval = 0  # no waiting in this test
    assert decode_frame(source.read()) == ["A-CODE"]
    assert decode_frame(source.read()) == ["B-CODE"]
    ticket_png(tmp_path / "c.png", "C-CODE")
    assert [decode_frame(source.read()) for _ in range(3)] == [["A-CODE"], ["B-CODE"], ["C-CODE"]]


def test_an_image_folder_that_disappears_is_a_lost_source(tmp_path):
    folder = tmp_path / "stick"
    folder.mkdir()
    ticket_png(folder / "a.png", "A-CODE")
    ticket_png(folder / "b.png", "B-CODE")
    source = ImageFolderSource(folder, fps=0)
    source.read()
    folder.rename(tmp_path / "pulled-out")
    with pytest.raises(SourceLost):
        source.read()


def test_a_single_photo_keeps_being_shown(tmp_path):
    source = open_source(ticket_png(tmp_path / "t.png", "T-CODE"))
    source._pacer.interval = 0
    assert [decode_frame(source.read()) for _ in range(3)] == [["T-CODE"]] * 3


def test_a_non_looping_folder_ends(tmp_path):
    ticket_png(tmp_path / "a.png", "A-CODE")
    source = ImageFolderSource(tmp_path, fps=0, loop=False)
    source.read()
    with pytest.raises(SourceEnded):
        source.read()


def test_what_cannot_be_opened_says_what_to_do(tmp_path):
    with pytest.raises(SourceUnavailable, match="no such video file"):
        open_source(tmp_path / "nothing-here.mp4")
    with pytest.raises(SourceUnavailable, match="no such camera, video file or image folder"):
        open_source(tmp_path / "nothing-here")
    with pytest.raises(SourceUnavailable, match="no PNG, JPEG or WebP image"):
        open_source(tmp_path)  # an empty folder
    broken = tmp_path / "broken.mp4"
    broken.write_bytes(b"not a video")
    with pytest.raises(SourceUnavailable, match="cannot open this video"):
        open_source(broken)
    with pytest.raises(SourceUnavailable, match="[Cc]amera 7"):
        CameraSource(7)


def test_listing_cameras_is_quick_and_finds_only_real_ones():
    start = time.monotonic()
    cameras = list_cameras(max_index=5)
    assert time.monotonic() - start < 3.0
    assert all(isinstance(i, int) and 0 <= i < 5 for i in cameras)
    for index in cameras:  # every listed camera opens
        CameraSource(index).close()


def test_the_mailbox_keeps_only_the_newest_frame():
    box = LatestFrame()
    for i in range(5):
        box.put(i)
    assert box.take(timeout=0.1) == 4
    assert box.dropped_count == 4
    assert box.take(timeout=0.01) is None


def test_the_mailbox_wakes_a_waiting_reader_and_hands_over_the_last_frame_when_closed():
    box = LatestFrame()
    got = []
    reader = threading.Thread(target=lambda: got.append(box.take()))
    reader.start()
    box.put("frame")
    reader.join(1)
    assert got == ["frame"]
    box.put("last")
    box.close()
    assert box.take() == "last"
    assert box.take() is None  # closed and empty: does not block
