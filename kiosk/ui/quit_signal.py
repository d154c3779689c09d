"""Quit cleanly when the system asks: SIGTERM (a shutdown, `systemctl stop`, `kill`) or SIGINT (Ctrl+C
in the terminal that started the app).

Python runs a signal handler only between bytecodes, and Qt's event loop is C++: a handler alone
would wait for the next mouse move. `quit_on_signals(app, quit)` makes the signal wake Qt (Python's
wake-up file descriptor, watched by a QSocketNotifier), then calls `quit()` on the GUI thread: the
app closes its window the way it would on its own (a kiosk without asking for the PIN: the system
is shutting it down), lets the check-in in hand finish and stops every worker. Not on Windows,
where these signals do not reach a windowed app.
"""

from __future__ import annotations

import logging
import signal
import socket
from typing import Callable

from PySide6.QtCore import QObject, QSocketNotifier

log = logging.getLogger(__name__)


class SignalQuitter(QObject):
    """Owns the wake-up socket pair and the notifier; `uninstall()` puts the default handlers back."""

    def __init__(self, quit: Callable[[], None], parent: QObject | None = None):
        super().__init__(parent)
        self._quit = quit
        self._asked = False
        self._read, self._write = socket.socketpair()
        self._read.setblocking(False)
        self._write.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._write.fileno())
        self._previous = {sig: signal.signal(sig, self._handler) for sig in (signal.SIGTERM, signal.SIGINT)}
        self._notifier = QSocketNotifier(self._read.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)

    def _handler(self, signum: int, _frame) -> None:
        if not self._asked:
            self._asked = True
            log.info("quitting on signal %s", signal.Signals(signum).name)
            self._quit()

    def _woken(self, *_args) -> None:
        try:
            while self._read.recv(64):
                pass
        except BlockingIOError:
            pass

    def uninstall(self) -> None:
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(self._previous_fd)
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)
        self._read.close()
        self._write.close()


def quit_on_signals(quit: Callable[[], None], parent: QObject | None = None) -> SignalQuitter | None:
    """Call `quit` on the GUI thread when SIGTERM or SIGINT arrives (None where that cannot be done)."""
    if not hasattr(signal, "SIGTERM") or not hasattr(socket, "socketpair"):
        return None
    try:
        return SignalQuitter(quit, parent)
    except (ValueError, OSError) as exc:     # not the main thread, or no socket pair on this system
        log.info("quitting on signals is not available here: %s", exc)
        return None
