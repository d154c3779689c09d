"""The print queue, as the desk sees it: every badge job, why one failed, retry and reprint.

A non-modal window (Desk menu "Print queue…", Ctrl+Shift+P, or a click on the printer text in the
status bar) listing the newest jobs: status, attendee, code, reason, attempts, last error, time.
It reads the queue with the core's functions (kiosk/printing/queue.py) on a task with its own
connection, so a locked database never freezes the desk, and writes through the app's print
service (kiosk/ui/print_service.py), on the print worker's thread. It reloads when the print
service reports new counts and after its own actions: "Retry failed" makes every failed job due now;
"Reprint selected" prints the chosen person's badge again through the desk's one rule (the
`reprint` callable: kiosk/ui/desk/printing.py, the reprint limit and its override included). Times
are the event's (kiosk/clock.py): the time for today's jobs, the day too for older ones. Failed rows carry a stop icon and the word FAILED, never colour alone.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout)

from kiosk.clock import format_instant
from kiosk.eventdays import today
from kiosk.ui.text_styles import PROBLEM
from kiosk.ui import i18n
from kiosk.ui.print_service import PrintService
from kiosk.ui.plain_text import tooltip
from kiosk.ui.threads import run_task
from kiosk.ui.verdicts import verdict_icon
from kiosk.wording import from_stored

log = logging.getLogger(__name__)

#: How many jobs the list shows (the newest first).
LIMIT = 300
JOB_ROLE = Qt.ItemDataRole.UserRole + 1


def load_queue(db, limit: int = LIMIT) -> dict:
    """The newest jobs and the counts per status (runs on a worker)."""
    from kiosk.printing import queue

    return {"jobs": queue.list_jobs(db, limit=limit), "counts": queue.counts(db)}


class PrintQueueDialog(QDialog):
    COLUMNS = 7
    STATUS, NAME, CODE, REASON, ATTEMPTS, ERROR, TIME = range(COLUMNS)

    def __init__(self, db_path: str | Path, printing: PrintService, *, timezone: str = "UTC", parent=None,
                 reprint: Callable[..., Any] | None = None):
        super().__init__(parent)
        self.reprint = reprint
        self.db_path = Path(db_path)
        self.printing = printing
        self.timezone = timezone
        self.jobs: list[dict] = []
        self.counts: dict = {}
        self._serial = 0
        self._loading = False
        self._again = False
        self.setWindowTitle(self.tr("Print queue"))
        self.setModal(False)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.resize(980, 460)

        self.summary = QLabel()
        self.summary.setObjectName("printQueueSummary")
        self.summary.setStyleSheet("font-weight: bold;")
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setObjectName("printQueue")
        self.table.setHorizontalHeaderLabels([self.tr("Status"), self.tr("Attendee"), self.tr("Code"),
                                              self.tr("Reason"), self.tr("Attempts"), self.tr("Last error"),
                                              self.tr("Time")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.ERROR, QHeaderView.ResizeMode.Stretch)
        for column, width in ((self.STATUS, 110), (self.NAME, 180), (self.CODE, 100), (self.REASON, 110),
                              (self.ATTEMPTS, 75), (self.TIME, 130)):
            header.resizeSection(column, width)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.message = QLabel()
        self.message.setObjectName("printQueueMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry_button = QPushButton(self.tr("&Retry failed"))
        self.retry_button.setToolTip(self.tr("Fix the printer first, then try every failed badge again now."))
        self.retry_button.clicked.connect(self.retry_failed)
        self.reprint_button = QPushButton(self.tr("Re&print selected"))
        self.reprint_button.setToolTip(self.tr("Print the chosen person's badge again (a reprint)."))
        self.reprint_button.clicked.connect(self.reprint_selected)
        self.refresh_button = QPushButton(self.tr("Re&load"))
        self.refresh_button.clicked.connect(self.refresh)
        close_button = QPushButton(self.tr("Close"))
        close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.reprint_button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._update_buttons()
        printing.counts_changed.connect(self.reload_if_shown)
        self.refresh()

    # -- reading ---------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the queue on a worker; a request during a read is folded into one more read."""
        if self._loading:
            self._again = True
            return
        self._loading = True
        self._serial += 1
        run_task(load_queue, db_path=self.db_path, owner=self, on_done=self._on_loaded, on_error=self._on_load_failed,
                 what=QT_TRANSLATE_NOOP("Tasks", "reading the print queue"))

    def reload_if_shown(self, _counts=None) -> None:
        if self.isVisible():
            self.refresh()

    def _finish_load(self) -> None:
        self._loading = False
        if self._again:
            self._again = False
            self.refresh()

    def _on_load_failed(self, message: str) -> None:
        self.message.setText(self.tr("The print queue cannot be read: %1").replace("%1", message))
        self._finish_load()

    def _on_loaded(self, data: dict) -> None:
        self.jobs = data["jobs"]
        self.counts = data["counts"]
        chosen = self.selected_job()
        self.table.setRowCount(len(self.jobs))
        for row, job in enumerate(self.jobs):
            self._fill_row(row, job)
        if chosen is not None:
            for row, job in enumerate(self.jobs):
                if job["id"] == chosen["id"]:
                    self.table.selectRow(row)
                    break
        c = self.counts
        self.summary.setText(self.tr("%1 waiting, %2 printing, %3 printed, %4 failed")
                             .replace("%1", i18n.count(c.get("pending", 0))).replace("%2", i18n.count(c.get("printing", 0)))
                             .replace("%3", i18n.count(c.get("done", 0))).replace("%4", i18n.count(c.get("failed", 0))))
        self._update_buttons()
        self._finish_load()

    def _status_text(self, status: str) -> str:
        return {"pending": self.tr("waiting"), "printing": self.tr("printing"), "done": self.tr("printed"),
                "failed": self.tr("FAILED")}.get(status, status)

    def _reason_text(self, reason: str) -> str:
        return {"checkin": self.tr("check-in"), "reprint": self.tr("reprint"),
                "manual": self.tr("manual")}.get(reason, reason)

    def _fill_row(self, row: int, job: dict) -> None:
        name = i18n.name_of({**job, "code": ""})     # a guest not named yet: "Guest of <buyer>" in French too
        texts = {self.STATUS: self._status_text(job["status"]), self.NAME: name or "", self.CODE: job.get("code") or "",
                 self.REASON: self._reason_text(job.get("reason") or ""), self.ATTEMPTS: str(job.get("attempts", 0)),
                 self.ERROR: i18n.said(from_stored(job.get("last_error_words"))) or job.get("last_error") or "",
                 self.TIME: format_instant(job.get("updated_at") or job.get("created_at"), self.timezone, "auto",
                                           i18n.current_language(), today=today(self.timezone))}
        for column, text in texts.items():
            item = QTableWidgetItem(text)
            item.setData(JOB_ROLE, job)
            if column == self.ERROR and text:
                item.setToolTip(tooltip(text))
            if column == self.ATTEMPTS:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)
        status = self.table.item(row, self.STATUS)
        if status is None:
            return
        if job["status"] == "failed":
            status.setIcon(verdict_icon("problem", 18))
            font = status.font()
            font.setBold(True)
            status.setFont(font)
        elif job["status"] == "done":
            status.setIcon(verdict_icon("ok", 18))

    def selected_job(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        item = self.table.item(rows[0].row(), self.STATUS)
        return item.data(JOB_ROLE) if item is not None else None

    def _update_buttons(self) -> None:
        self.retry_button.setEnabled(bool(self.counts.get("failed")))
        self.reprint_button.setEnabled(self.selected_job() is not None)

    # -- actions ---------------------------------------------------------------------------------------
    def _refused(self, message: str) -> None:
        self.message.setStyleSheet(PROBLEM)
        self.message.setText(message)
        self.refresh()

    def _say(self, text: str) -> None:
        self.message.setStyleSheet("")
        self.message.setText(text)

    def retry_failed(self) -> None:
        def done(n: int):
            self._say(self.tr("%1 failed badge(s) put back in the queue.").replace("%1", i18n.count(n)))
            self.refresh()

        self.retry_button.setEnabled(False)
        self.printing.retry_failed(on_done=done, on_error=self._refused)

    def reprint_selected(self) -> None:
        job = self.selected_job()
        if job is None:
            self._say(self.tr("Choose a badge in the list first."))
            return
        name = job.get("full_name") or job.get("code") or ""

        def done(_answer: dict):
            self._say(self.tr("Reprint queued for %1.").replace("%1", name))
            self.refresh()

        person = {"id": job["attendee_id"], "full_name": job.get("full_name") or "", "code": job.get("code") or ""}
        if self.reprint is not None:
            self.reprint(person, parent=self, on_done=done, on_error=self._refused)
        else:
            self.printing.request_badge(job["attendee_id"], on_done=lambda a: self._without_override(a, done),
                                        on_error=self._refused)

    def _without_override(self, answer: dict, done: Callable[[dict], Any]) -> None:
        if "limit" in answer:
            self._refused(answer["limit"]["refused"]["fr" if i18n.current_language() == "fr" else "en"])
        else:
            done(answer)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._loading:
            self.refresh()
