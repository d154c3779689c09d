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
from kiosk.errors import KnownError, os_reason
from kiosk.printing.settings import PrintSettings
from kiosk.printing.words import WORDS

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
_DEFAULT_FINDERS: dict[str, Callable[[], str | None]] = {}


def register_backend(name: str, factory: Callable[[PrintSettings], PrinterBackend], *,
                     default_printer: Callable[[], str | None] | None = None) -> None:
    """Make a backend available; `default_printer` tells the system's default printer through it
    (Qt's, registered by the desktop app), for the `auto` choice on systems without CUPS."""
    _FACTORIES[name] = factory
    if default_printer is not None:
        _DEFAULT_FINDERS[name] = default_printer


PRINT_FOLDER_ENV = "KIOSK_PRINT_FOLDER"
FOLDER_NAME = "Check-in badges"


def default_print_folder() -> Path:
    """Where badges go as PDF files when there is no printer: a folder in the user's Documents
    (created on first use); `$KIOSK_PRINT_FOLDER` moves it (tests, kiosks with a shared drive)."""
    env = os.environ.get(PRINT_FOLDER_ENV)
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_documents_dir()) / FOLDER_NAME


def _cups_default() -> str | None:
    from kiosk.printing.cups import default_printer

    return default_printer()


def resolve(settings: PrintSettings) -> PrintSettings:
    """The printing settings with every blank filled in from the system, as printing will use them:

    - `auto` (the default): the system's default printer through CUPS (`lpstat -d`), else through
      another registered backend that can tell one (Qt's, in the app), else PDF files in
      `default_print_folder()`;
    - `cups` or `qt` with no printer name: that system's default printer;
    - `folder` with no folder: `default_print_folder()`. Never a folder backend with no folder."""
    from dataclasses import replace

    backend, name, folder = settings.printer_backend, settings.printer_name, settings.print_folder
    if backend == "auto":
        found = _cups_default()
        if found:
            return replace(settings, printer_backend="cups", printer_name=found)
        for other, finder in _DEFAULT_FINDERS.items():
            found = _safe_default(finder)
            if found and other in _FACTORIES:
                return replace(settings, printer_backend=other, printer_name=found)
        return replace(settings, printer_backend="folder", print_folder=folder or str(default_print_folder()))
    if backend == "cups" and not name:
        return replace(settings, printer_name=_cups_default() or "")
    if backend in _DEFAULT_FINDERS and not name:
        return replace(settings, printer_name=_safe_default(_DEFAULT_FINDERS[backend]) or "")
    if backend == "folder" and not folder:
        return replace(settings, print_folder=str(default_print_folder()))
    return settings


def _safe_default(finder: Callable[[], str | None]) -> str | None:
    try:
        return finder()
    except Exception:  # noqa: BLE001 - asking a system for its default printer must not stop printing
        log.warning("asking for the system's default printer failed", exc_info=True)
        return None


def describe(settings: PrintSettings) -> dict:
    """Where badges go with these settings, for `kiosk printers` and the settings window:
    {"backend", "printer", "folder", "automatic", "en", "fr"} (a sentence in each language)."""
    concrete = resolve(settings)
    automatic = settings.printer_backend == "auto"
    backend, printer, folder = concrete.printer_backend, concrete.printer_name, concrete.print_folder
    if backend == "folder":
        words = WORDS("goes_to_folder_auto" if automatic else "goes_to_folder", folder=folder)
    elif printer:
        kind = "cups" if backend == "cups" else "system"
        default = automatic or not settings.printer_name
        words = WORDS(f"goes_to_default_{kind}" if default else f"goes_to_{kind}", printer=printer)
    else:
        words = WORDS("goes_nowhere")
    return {"backend": backend, "printer": printer, "folder": folder if backend == "folder" else "",
            "automatic": automatic, **words.in_languages()}


def backend_for(settings: PrintSettings) -> PrinterBackend:
    """The backend the event's settings choose, blanks filled in from the system (`resolve`)."""
    settings = resolve(settings)
    factory = _FACTORIES.get(settings.printer_backend)
    if factory is None:
        if settings.printer_backend == "qt":
            raise PrinterUnavailable(WORDS("qt_outside_app"))
        raise PrinterUnavailable(WORDS("unknown_backend", backend=settings.printer_backend))
    return factory(settings)


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


class FolderBackend(PrinterBackend):
    """Writes each badge as a PDF into a folder: a hot folder a print server or a person picks up."""

    name = "folder"

    def __init__(self, folder: str | os.PathLike):
        self.folder = Path(folder).expanduser() if str(folder) else None

    def check(self) -> None:
        if self.folder is None:
            raise PrinterUnavailable(WORDS("no_folder"))
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise PrinterUnavailable(WORDS("folder_not_created", folder=self.folder, why=os_reason(exc))) from exc
        if not os.access(self.folder, os.W_OK):
            raise PrinterUnavailable(WORDS("folder_not_writable", folder=self.folder))

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
            raise PrinterUnavailable(WORDS("badge_not_written", folder=self.folder, why=os_reason(exc))) from exc
        log.info("badge written to %s", target)
        return str(target)

    def describe(self) -> str:
        return f"folder {self.folder}"


register_backend("folder", lambda s: FolderBackend(s.print_folder))


def _cups_factory(settings: PrintSettings) -> PrinterBackend:
    from kiosk.printing.cups import CupsBackend

    return CupsBackend(settings.printer_name)


register_backend("cups", _cups_factory)
