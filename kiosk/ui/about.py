"""Help > About: which version runs, and where its files are (the log, the event).

An organizer on the phone with whoever helps them reads out the version, and finds the log file
("details are in ...") and the event's database file here, each selectable, with a button that
opens the log's folder in the system's file manager.
"""

from __future__ import annotations

import platform
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from kiosk import __version__


class AboutDialog(QDialog):
    def __init__(self, db_path: str | Path, parent: QWidget | None = None):
        super().__init__(parent)
        from kiosk.logs import log_file

        self.setWindowTitle(self.tr("About the check-in kiosk"))
        self.setMinimumWidth(560)
        self.log_path = Path(log_file())
        self.db_path = Path(db_path)
        title = QLabel(self.tr("Check-in kiosk %1").replace("%1", __version__))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(self.tr("Event check-in: the registration desk and the self-scan kiosk. Open source "
                               "(Apache-2.0)."))
        intro.setWordWrap(True)
        form = QFormLayout()
        self.fields: dict[str, QLabel] = {}
        for key, label, value in (
                ("version", self.tr("Version:"), __version__),
                ("log", self.tr("Log file:"), str(self.log_path)),
                ("event", self.tr("Event file:"), str(self.db_path)),
                ("system", self.tr("System:"), f"Python {platform.python_version()}, Qt for Python {pyside_version}, "
                                               f"{platform.system()} {platform.release()}")):
            shown = QLabel(value)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setWordWrap(True)
            form.addRow(label, shown)
            self.fields[key] = shown
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_folder = buttons.addButton(self.tr("Open the log's &folder"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_folder.clicked.connect(self._open_log_folder)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _open_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_path.parent)))
