"""Printing through CUPS with its command-line tools (`lp`, `lpstat`, `lpoptions`): Linux and macOS.

The badge PDF goes to `lp` on standard input with the stock's media (the driver's own size name
when its PPD lists it, else a `Custom.WxHmm` size) and no scaling, so die-cut labels stay aligned.
Before handing a job over the printer's state is read: an unknown, stopped or unreachable printer
raises `PrinterUnavailable` with what to do, and the badge waits in the queue.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import time

from kiosk.badges.stocks import Stock
from kiosk.errors import os_reason
from kiosk.printing.backends import PrinterBackend, PrinterUnavailable
from kiosk.printing.words import WORDS

log = logging.getLogger(__name__)

TIMEOUT = 15.0
_REQUEST = re.compile(r"request id is (\S+)")
_OPTIONS_TTL = 60.0


def _tool(name: str) -> str:
    found = shutil.which(name)
    if not found:
        raise PrinterUnavailable(WORDS("cups_tool_missing", tool=name))
    return found


def _run(args: list[str], *, data: bytes | None = None, timeout: float = TIMEOUT) -> subprocess.CompletedProcess:
    env = {**os.environ, "LC_ALL": "C", "LANG": "C"}   # the tools' words are read below: never translated
    try:
        return subprocess.run(args, input=data, capture_output=True, timeout=timeout, check=False, env=env)
    except subprocess.TimeoutExpired as exc:
        raise PrinterUnavailable(WORDS("cups_timeout", seconds=f"{timeout:g}", tool=args[0])) from exc
    except OSError as exc:
        raise PrinterUnavailable(WORDS("cups_cannot_run", tool=args[0], why=os_reason(exc))) from exc


def _text(cp: subprocess.CompletedProcess) -> str:
    return (cp.stdout.decode("utf-8", "replace") + cp.stderr.decode("utf-8", "replace")).strip()


def list_printers() -> list[dict]:
    """The CUPS queues and their state (`lpstat -p`), [] when CUPS is not there."""
    if not shutil.which("lpstat"):
        return []
    cp = _run([_tool("lpstat"), "-p"], timeout=5)
    printers = []
    for line in _text(cp).splitlines():
        m = re.match(r"printer (\S+) (?:is )?(.*)", line)
        if m:
            printers.append({"name": m.group(1), "state": "stopped" if "disabled" in m.group(2) else "ready",
                             "detail": m.group(2)})
    return printers


def default_printer() -> str | None:
    """The system's default printer as CUPS knows it (`lpstat -d`), or None (no CUPS, no default)."""
    if not shutil.which("lpstat"):
        return None
    try:
        cp = _run([_tool("lpstat"), "-d"], timeout=5)
    except PrinterUnavailable:
        return None
    m = re.search(r"system default destination:\s*(\S+)", _text(cp))
    return m.group(1) if m else None


class CupsBackend(PrinterBackend):
    name = "cups"

    def __init__(self, printer: str, *, timeout: float = TIMEOUT):
        self.printer = printer
        self.timeout = timeout
        self._sizes: tuple[float, set[str]] | None = None

    def describe(self) -> str:
        return f"CUPS printer {self.printer or '(none)'}"

    def check(self) -> None:
        if not self.printer:
            self.printer = default_printer() or ""
        if not self.printer:
            raise PrinterUnavailable(WORDS("cups_no_printer_chosen"))
        cp = _run([_tool("lpstat"), "-p", self.printer], timeout=min(self.timeout, 5))
        text = _text(cp)
        lower = text.lower()
        if "scheduler is not running" in lower or "bad file descriptor" in lower or "connection refused" in lower:
            raise PrinterUnavailable(WORDS("cups_not_running"))
        if cp.returncode != 0 or "invalid destination" in lower or "unknown destination" in lower or not text:
            raise PrinterUnavailable(WORDS("cups_unknown_printer", printer=self.printer))
        if "disabled" in lower:
            raise PrinterUnavailable(WORDS("cups_paused", printer=self.printer))

    def page_sizes(self) -> set[str]:
        """The PageSize names the printer's driver offers (cached for a minute)."""
        now = time.monotonic()
        if self._sizes and now - self._sizes[0] < _OPTIONS_TTL:
            return self._sizes[1]
        sizes: set[str] = set()
        if shutil.which("lpoptions"):
            cp = _run(["lpoptions", "-p", self.printer, "-l"], timeout=min(self.timeout, 5))
            for line in _text(cp).splitlines():
                if line.lower().startswith(("pagesize/", "media/")):
                    sizes.update(choice.lstrip("*") for choice in line.split(":", 1)[1].split())
        self._sizes = (now, sizes)
        return sizes

    def media_for(self, stock: Stock) -> str:
        sizes = self.page_sizes()
        if stock.cups_media and (stock.cups_media in sizes or stock.cups_media.startswith("Custom.")):
            return stock.cups_media
        return stock.custom_media()

    def submit(self, pdf: bytes, *, stock: Stock, title: str) -> str:
        self.check()
        media = self.media_for(stock)
        args = [_tool("lp"), "-d", self.printer, "-t", title[:60] or "badge", "-o", f"media={media}",
                "-o", "print-scaling=none", "-o", "fit-to-page=false", "-"]
        cp = _run(args, data=pdf, timeout=self.timeout)
        text = _text(cp)
        match = _REQUEST.search(text)
        if cp.returncode != 0 or not match:
            raise PrinterUnavailable(WORDS("cups_refused", printer=self.printer, answer=text or WORDS("no_answer")))
        log.info("badge %r sent to %s with media=%s as %s", title, self.printer, media, match.group(1))
        return match.group(1)
