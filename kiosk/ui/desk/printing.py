"""The desk's side of badge printing: its print service, what the status bar says, the print queue.

`DeskPrinting` owns the app's `PrintService` while the desk is open (kiosk/ui/print_service.py; the
kiosk opened from the desk prints through the same one). After each verdict, `after_result` queues
the badge of a person who came in (the core decides: only when the event prints on check-in) or,
when the event's `print_on_checkin` is "ask", asks the volunteer first. `print_badge(person)` is
Ctrl+P, the toolbar's Print and the print queue's "Reprint selected", one rule for all: the core's
`request_badge` decides first badge or reprint and enforces `max_reprints`; past the limit the
volunteer is asked why and who allows it, and the reprint is recorded with both. `open_queue` shows the print queue window (kiosk/ui/desk/print_queue_dialog.py), non-modal, one of
it. The status bar's printer text says how many badges wait, are printed and FAILED.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QMainWindow, QWidget

from kiosk.ui.i18n import name_of as display_name
from kiosk.ui import dialogs, i18n
from kiosk.ui.desk.print_queue_dialog import PrintQueueDialog
from kiosk.ui.desk.questions import OverrideDialog
from kiosk.ui.desk.side_panels import DeskStatusBar
from kiosk.ui.failures import job_problem
from kiosk.ui.print_service import PrintService


class DeskPrinting(QObject):
    requested = Signal(object)      # the answer of a badge request: {"job_id", "kind", "status", "attendee"}

    def __init__(self, window: QMainWindow, status: DeskStatusBar, db_path: str | Path):
        super().__init__(window)
        self.window = window
        self.status = status
        self.db_path = Path(db_path)
        self.mode = "off"                      # print_on_checkin: auto, ask, off
        self.timezone = "UTC"
        self.dialog: PrintQueueDialog | None = None
        self.service = PrintService(db_path, parent=self)
        self.service.counts_changed.connect(self._show_counts)
        self.service.job_finished.connect(self._on_job)
        self.service.problem.connect(self.status.set_printer)
        self.service.queued.connect(self._on_queued)

    def start(self, station: str) -> None:
        self.service.station = station
        self.service.start()

    def stop(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
        self.service.stop()

    # -- requests --------------------------------------------------------------------------------
    def after_result(self, result: Any) -> None:
        if not result.admitted or not result.attendee:
            return
        if self.mode == "ask":
            dialogs.confirm(self.window, self.tr("Print badge"),
                            self.tr("Print a badge for %1?").replace("%1", display_name(result.attendee)),
                            on_yes=lambda: self.service.queue_badge(result.attendee["id"], "checkin"))
        else:
            self.service.after_checkin(result)

    def print_badge(self, person: dict | None, *, parent: QWidget | None = None,
                    on_done: Callable[[dict], Any] | None = None,
                    on_error: Callable[[str], Any] | None = None) -> None:
        """Print `person`'s badge (the first one, or a reprint); past the reprint limit ask why and
        who allows it, then print with that override (or not at all)."""
        if person is None:
            return
        asker = parent or self.window
        problem = on_error or (lambda message: dialogs.problem(asker, message))

        def answered(answer: dict) -> None:
            if "limit" in answer:
                self._ask_override(person, answer["limit"], asker, on_done, problem)
                return
            self.requested.emit(answer)
            if on_done is not None:
                on_done(answer)

        self.service.request_badge(person["id"], on_done=answered, on_error=problem)

    def _ask_override(self, person: dict, limit: dict, parent: QWidget, on_done, on_error) -> None:
        dialog = OverrideDialog(limit["fr"] if i18n.current_language() == "fr" else limit["en"], parent)

        def accepted() -> None:
            def answered(answer: dict) -> None:
                self.requested.emit(answer)
                if on_done is not None:
                    on_done(answer)

            self.service.request_badge(person["id"], override=dialog.values(), on_done=answered, on_error=on_error)

        dialogs.open_dialog(dialog, on_accept=accepted)

    def open_queue(self) -> PrintQueueDialog:
        """Show the print queue (non-modal: the desk keeps scanning while it is open)."""
        if self.dialog is None:
            self.dialog = PrintQueueDialog(self.db_path, self.service, timezone=self.timezone, parent=self.window,
                                           reprint=self.print_badge)
        dialog = self.dialog
        dialog.timezone = self.timezone
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    # -- answers ---------------------------------------------------------------------------------
    @Slot(object)
    def _show_counts(self, counts: dict) -> None:
        waiting = counts.get("pending", 0) + counts.get("printing", 0)
        failed = counts.get("failed", 0)
        if not (waiting or failed or counts.get("done")):
            self.status.set_printer("")
            return
        text = self.tr("Badges: %1 waiting, %2 printed").replace("%1", i18n.count(waiting)).replace(
            "%2", i18n.count(counts.get("done", 0)))
        if failed:
            text += self.tr(", %1 FAILED (see the print queue)").replace("%1", i18n.count(failed))
        self.status.set_printer(text)

    @Slot(object)
    def _on_queued(self, person: dict) -> None:
        self.status.showMessage(self.tr("Badge queued for %1.").replace("%1", display_name(person)), 6000)

    @Slot(object)
    def _on_job(self, job: dict) -> None:
        if job.get("status") == "failed":
            self.status.showMessage(self.tr("Badge for %1 not printed: %2").replace("%1", job.get("name", ""))
                                    .replace("%2", job_problem(job)), 15000)
