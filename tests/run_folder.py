"""One temporary folder for a test run, removed when the run ends.

What the whole run shares (the log folder, the default badge folder, the config folder, the
screenshots nobody asked to keep) goes in a subfolder of it, so a run leaves nothing in /tmp: a
folder per run, never removed, filled a test machine's /tmp with thousands of them. A test's own
files go in its `tmp_path`, as usual.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

RUN_FOLDER = Path(tempfile.mkdtemp(prefix="kiosk-test-run-"))


def subfolder(name: str) -> Path:
    """`name` inside this run's folder, made if needed."""
    folder = RUN_FOLDER / name
    folder.mkdir(exist_ok=True)
    return folder


def remove() -> None:
    shutil.rmtree(RUN_FOLDER, ignore_errors=True)
