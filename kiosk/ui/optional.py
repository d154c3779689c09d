"""Importing a feature module that may be absent from a trimmed install (then its feature is hidden).

An ImportError raised *inside* the module (a real bug or a missing dependency of it) is not hidden.
"""

from __future__ import annotations

import importlib
import logging

log = logging.getLogger(__name__)


def optional_module(name: str):
    """The module, or None when it (or its package) does not exist."""
    try:
        return importlib.import_module(name)
    except ImportError as exc:
        if exc.name and name.startswith(exc.name):
            log.info("%s is not available: its feature is hidden", name)
            return None
        raise
