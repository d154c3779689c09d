"""Where the app writes a file a person asked for (an export, a report, badges, tickets): checked first.

Files are written to a temporary name beside the target and renamed over it, so a half-written
file never appears. A target that exists and is not a regular file must therefore be refused
before anything is written: renaming over `/dev/zero` (as root) replaces the device, over a pipe
replaces the pipe, and over a folder fails with a baffling "Device or resource busy".
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from kiosk.errors import KnownError, os_reason
from kiosk.words import WORDS


def check_target(path: str | os.PathLike, example: str = "attendance.csv") -> Path:
    """The path to write, refused (KnownError) when it is a folder, a device or a pipe."""
    path = Path(path)
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return path
    except OSError as exc:
        raise KnownError(WORDS("cannot_write", path=path, why=os_reason(exc))) from None
    if stat.S_ISDIR(mode):
        raise KnownError(WORDS("target_is_folder", path=path, example=path / example))
    if not stat.S_ISREG(mode):
        raise KnownError(WORDS("target_not_regular", path=path, example=example))
    return path


def check_folder(path: str | os.PathLike) -> Path:
    """A folder to write files into, refused when it exists as something else."""
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise KnownError(WORDS("not_a_folder", path=path))
    return path
