"""The Qt printer backend: any printer the system knows (Windows, macOS, Linux), no dialog.

Qt cannot print a PDF file as such, so each page is rasterised with QtPdf at the printer's
resolution (300 dpi by default, plenty for badges) and painted full-page onto a `QPrinter` whose
paper is exactly the stock's page. Importing this module registers the backend as "qt", so the
core's print queue can use it while the core itself never imports Qt, with the system's default
printer as Qt sees it for the `auto` choice (kiosk/printing/backends.py `resolve`).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from kiosk.badges.stocks import Stock
from kiosk.printing.backends import PrinterBackend, PrinterUnavailable, register_backend

log = logging.getLogger(__name__)


def printer_names() -> list[str]:
    return list(QPrinterInfo.availablePrinterNames())


class QtPrinterBackend(PrinterBackend):
    name = "qt"

    def __init__(self, printer_name: str = "", *, dpi: int = 300, output_file: str = ""):
        self.printer_name = printer_name
        self.dpi = dpi
        self.output_file = output_file  # print into a PDF file instead (tests, "print to file")

    def describe(self) -> str:
        return f"system printer {self.printer_name or '(default)'}"

    def check(self) -> None:
        if self.output_file:
            return
        names = printer_names()
        if not self.printer_name:
            if not QPrinterInfo.defaultPrinterName():
                raise PrinterUnavailable("No printer is chosen and the system has no default printer: choose one in "
                                         "the printing settings (printer_name).")
            return
        if self.printer_name not in names:
            known = ", ".join(names) or "none"
            raise PrinterUnavailable(f"The system has no printer called {self.printer_name!r} (it knows: {known}). "
                                     "Check it is installed and switched on, or choose another in the printing settings.")
        if QPrinterInfo.printerInfo(self.printer_name).state() == QPrinter.PrinterState.Error:
            raise PrinterUnavailable(f"The printer {self.printer_name} reports an error: check it is on, has labels and no "
                                     "jam. Badges wait in the queue.")

    def submit(self, pdf: bytes, *, stock: Stock, title: str) -> str:
        self.check()
        doc = QPdfDocument()
        buf = QBuffer()
        buf.setData(QByteArray(pdf))
        buf.open(QIODevice.OpenModeFlag.ReadOnly)
        doc.load(buf)
        if doc.status() != QPdfDocument.Status.Ready or doc.pageCount() < 1:
            raise PrinterUnavailable(f"The badge PDF could not be opened for printing ({doc.error()}).")
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if self.output_file:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(self.output_file)
        elif self.printer_name:
            printer.setPrinterName(self.printer_name)
        printer.setDocName(title)
        printer.setResolution(self.dpi)
        printer.setFullPage(True)
        size = QPageSize(QSizeF(stock.page_w, stock.page_h), QPageSize.Unit.Point, "badge",
                         QPageSize.SizeMatchPolicy.ExactMatch)
        orientation = QPageLayout.Orientation.Portrait
        if not printer.setPageLayout(QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0))):
            log.warning("printer %s refused the page size %s", self.printer_name, size.name())
        painter = QPainter()
        if not painter.begin(printer):
            raise PrinterUnavailable(f"The printer {self.printer_name or '(default)'} could not start the job: "
                                     "check it is on and reachable. The badge stays queued.")
        try:
            for index in range(doc.pageCount()):
                if index:
                    printer.newPage()
                target = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
                image = doc.render(index, QSize(target.width(), target.height()))
                painter.drawImage(target, image)
        finally:
            painter.end()
        doc.close()
        log.info("badge %r sent to %s", title, self.describe())
        return f"{self.printer_name or self.output_file or 'default'}: {title}"


def default_printer_name() -> str | None:
    """The system's default printer as Qt knows it (Windows, macOS; CUPS's default on Linux), or None."""
    return QPrinterInfo.defaultPrinterName() or None


# "auto" printing (the default) finds the system's default printer through Qt where CUPS has none
register_backend("qt", lambda settings: QtPrinterBackend(settings.printer_name), default_printer=default_printer_name)
