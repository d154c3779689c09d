"""Printer backends and their registry: the queue hands a badge PDF to whichever is configured.

A backend has `check()` (raise `KnownError` saying what to do when the printer cannot take a job)
and `submit(pdf, stock, title)` (hand the PDF over; return the printer's job reference). The core
registers "cups" and "folder"; the Qt printer lives in `kiosk.ui.qt_printer` (it needs Qt) and
registers "qt" when the desktop app imports it, so the core stays free of Qt.
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
import time
from abc import ABC, abstractmethod
from pathlib import Path
from typing import Callable

from kiosk.badges.stocks import Stock
from kiosk.errors import KnownError
from kiosk.printing.settings import PrintSettings

log = logging.getLogger(__name__)


class PrinterUnavailable(KnownError):
    """The printer cannot take a badge now (off, paused, unknown, out of reach)."""


class PrinterBackend(ABC):
    name = "?"

    def check(self) -> None:  # noqa: B027 - a printer with nothing to check accepts every job
        """Raise `PrinterUnavailable` with what to do when a job cannot be handed over now."""

    @abstractmethod
    def submit(self, pdf: bytes, *, stock: Stock, title: str) -> str:
        """Hand one PDF over; return the printer's reference for the job."""

    def describe(self) -> str:
        return self.name


_FACTORIES: dict[str, Callable[[PrintSettings], PrinterBackend]] = {}


def register_backend(name: str, factory: Callable[[PrintSettings], PrinterBackend]) -> None:
    _FACTORIES[name] = factory


def backend_for(settings: PrintSettings) -> PrinterBackend:
    """The backend the event's settings choose."""
    factory = _FACTORIES.get(settings.printer_backend)
    if factory is None:
        if settings.printer_backend == "qt":
            raise PrinterUnavailable("The Qt printer works only inside the desktop app. From the command line, "
                                     "set printer_backend to cups (with printer_name) or folder (with print_folder).")
        raise PrinterUnavailable(f"Unknown printer backend {settings.printer_backend!r}: use cups, qt or folder.")
    return factory(settings)


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


class FolderBackend(PrinterBackend):
    """Writes each badge as a PDF into a folder: a hot folder a print server or a person picks up."""

    name = "folder"

    def __init__(self, folder: str | os.PathLike):
        self.folder = Path(folder).expanduser() if str(folder) else None

    def check(self) -> None:
        if self.folder is None:
            raise PrinterUnavailable("No print folder is set: choose one in the printing settings (print_folder).")
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise PrinterUnavailable(f"The print folder {self.folder} cannot be created ({exc.strerror}): "
                                     "plug the drive in or choose another folder.") from exc
        if not os.access(self.folder, os.W_OK):
            raise PrinterUnavailable(f"The print folder {self.folder} is not writable: choose another folder or fix its permissions.")

    def submit(self, pdf: bytes, *, stock: Stock, title: str) -> str:
        self.check()
        assert self.folder is not None
        stamp = time.strftime("%Y%m%d-%H%M%S")
        base = _UNSAFE.sub("_", title).strip("_") or "badge"
        target = self.folder / f"{stamp}-{base}.pdf"
        n = 1
        while target.exists():
            n += 1
            target = self.folder / f"{stamp}-{base}-{n}.pdf"
        try:
            fd, tmp = tempfile.mkstemp(prefix=".", suffix=".part", dir=self.folder)
            with os.fdopen(fd, "wb") as fh:
                fh.write(pdf)
            os.replace(tmp, target)
        except OSError as exc:
            raise PrinterUnavailable(f"Could not write the badge into {self.folder} ({exc.strerror}): "
                                     "check the disk has space and the folder is still there.") from exc
        log.info("badge written to %s", target)
        return str(target)

    def describe(self) -> str:
        return f"folder {self.folder}"


register_backend("folder", lambda s: FolderBackend(s.print_folder))


def _cups_factory(settings: PrintSettings) -> PrinterBackend:
    from kiosk.printing.cups import CupsBackend

    return CupsBackend(settings.printer_name)


register_backend("cups", _cups_factory)
