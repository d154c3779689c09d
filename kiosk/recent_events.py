"""The event files this person opened lately, newest first: File > Open recent and `kiosk event recent`.

A small JSON file in the per-user config folder (platformdirs; `$KIOSK_CONFIG_DIR` moves it, the
tests do), written whole under a temporary name then renamed, so a crash never leaves half a list.
The app and the command line call `remember(path, name)` whenever they open an event file.
A list that cannot be read is started afresh (it is a convenience, never a reason to fail).
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from datetime import datetime, timezone
from pathlib import Path

log = logging.getLogger(__name__)

FILE_NAME = "recent-events.json"
MAX_ENTRIES = 12


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
    try:
        data = json.loads(list_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    entries = data.get("events") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        return []
    return [e for e in entries if isinstance(e, dict) and isinstance(e.get("path"), str)]


def _write(entries: list[dict]) -> None:
    target = list_file()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".recent-", suffix=".part", dir=target.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump({"events": entries}, fh, ensure_ascii=False, indent=1)
        os.replace(tmp, target)
    except OSError as exc:   # a read-only home folder: the list is a convenience, never a failure
        log.warning("the recent events list %s could not be saved: %s", target, exc)


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
    return [{"path": e["path"], "name": str(e.get("name", "")), "opened_at": str(e.get("opened_at", "")),
             "exists": Path(e["path"]).exists()} for e in _read()[:limit]]
