"""The event files this person opened lately, newest first: File > Open recent and `kiosk event recent`.

A small JSON file in the per-user config folder (platformdirs; `$KIOSK_CONFIG_DIR` moves it, the
tests do), written whole under a temporary name then renamed, so a crash never leaves half a list.
The app and the command line call `remember(path, name)` whenever they open an event file.
A list that cannot be read is started afresh (it is a convenience, never a reason to fail): a
damaged or deeply nested file, one larger than any list of twelve events (1 MB), a pipe or a
device in its place, an entry that is no path.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
from datetime import datetime, timezone
from pathlib import Path

log = logging.getLogger(__name__)

FILE_NAME = "recent-events.json"
MAX_ENTRIES = 12
#: Twelve entries take a few kilobytes; anything much larger is not this app's list.
MAX_FILE_BYTES = 1024 * 1024
MAX_PATH = 4096
MAX_NAME = 200


def config_dir() -> Path:
    env = os.environ.get("KIOSK_CONFIG_DIR")
    if env:
        return Path(env).expanduser()
    import platformdirs

    from kiosk.store.database import APP_NAME

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def list_file() -> Path:
    return config_dir() / FILE_NAME


def _read() -> list[dict]:
    from kiosk.store.filecheck import FileProblem, read_regular_file

    try:
        data = json.loads(read_regular_file(list_file(), MAX_FILE_BYTES).decode("utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, FileProblem, ValueError, RecursionError) as exc:
        log.info("the recent events list %s cannot be read (%s); starting it afresh", list_file(), exc)
        return []
    entries = data.get("events") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        return []
    return [{**e, "name": e["name"][:MAX_NAME] if isinstance(e.get("name"), str) else ""}
            for e in entries[:MAX_ENTRIES * 2] if isinstance(e, dict) and _usable_path(e.get("path"))]


def _usable_path(path: object) -> bool:
    return isinstance(path, str) and 0 < len(path) <= MAX_PATH and path.isprintable()


def _exists(path: str) -> bool:
    try:
        return Path(path).exists()
    except (OSError, ValueError):          # a name too long for this system
        return False


def _write(entries: list[dict]) -> None:
    target = list_file()
    tmp = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".recent-", suffix=".part", dir=target.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump({"events": entries}, fh, ensure_ascii=False, indent=1)
        os.replace(tmp, target)
    except OSError as exc:   # a read-only home folder: the list is a convenience, never a failure
        log.warning("the recent events list %s could not be saved: %s", target, exc.strerror or exc)
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def _key(path: str | Path) -> str:
    return str(Path(path).expanduser().resolve())


def remember(path: str | Path, name: str = "") -> None:
    """Put this event file first in the list (with its event's name and when it was opened)."""
    key = _key(path)
    now = datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")
    entries = [e for e in _read() if e.get("path") != key]
    entries.insert(0, {"path": key, "name": name, "opened_at": now})
    _write(entries[:MAX_ENTRIES])


def forget(path: str | Path) -> bool:
    """Take an event file off the list; True when it was on it."""
    key = _key(path)
    entries = _read()
    kept = [e for e in entries if e.get("path") != key]
    if len(kept) != len(entries):
        _write(kept)
        return True
    return False


def recent(limit: int = MAX_ENTRIES) -> list[dict]:
    """[{"path", "name", "opened_at", "exists"}], newest first."""
    return [{"path": e["path"], "name": e["name"], "opened_at": str(e.get("opened_at", ""))[:40],
             "exists": _exists(e["path"])} for e in _read()[:limit]]
