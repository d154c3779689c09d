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
from kiosk.printing.words import WORDS

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
                raise PrinterUnavailable(WORDS("qt_no_default"))
            return
        if self.printer_name not in names:
            raise PrinterUnavailable(WORDS("qt_unknown_printer", printer=self.printer_name,
                                           known=tuple(names) or WORDS("none_known")))
        if QPrinterInfo.printerInfo(self.printer_name).state() == QPrinter.PrinterState.Error:
            raise PrinterUnavailable(WORDS("qt_printer_error", printer=self.printer_name))

    def submit(self, pdf: bytes, *, stock: Stock, title: str) -> str:
        self.check()
        doc = QPdfDocument()
        buf = QBuffer()
        buf.setData(QByteArray(pdf))
        buf.open(QIODevice.OpenModeFlag.ReadOnly)
        doc.load(buf)
        if doc.status() != QPdfDocument.Status.Ready or doc.pageCount() < 1:
            raise PrinterUnavailable(WORDS("qt_pdf_unreadable", why=str(doc.error())))
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
            raise PrinterUnavailable(WORDS("qt_cannot_start", printer=self.printer_name or WORDS("default_printer")))
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
