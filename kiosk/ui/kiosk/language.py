"""The kiosk's language: the one it starts in, the one a person chose, and back again for the next.

The kiosk starts in `kiosk_language` (a setting; a new value applies at once). A person may switch
on the start page; once they are gone (their result went back to the start, or nobody touched the
kiosk for `RESET_MS`), the kiosk speaks its own language again. When the kiosk closes, the app's
language from before is put back (the desk keeps its own).

The first PIN (pin_setup.py) is an organizer's page, not an attendee's: while it is shown the kiosk
speaks the app's language (the organizer's `--lang fr`), and its own once the PIN is set.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from kiosk.ui import i18n

#: A language a person chose goes back to the kiosk's after this long without a touch.
RESET_MS = 45_000


class KioskLanguage(QObject):
    changed = Signal(str)          # the language now in use

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.available = i18n.available_languages()
        self.previous = i18n.current_language()     # the app's, put back when the kiosk closes
        self.current = i18n.current_language()
        self.setting: str | None = None
        self.organizer = False                       # an organizer's page is shown: the app's language
        self.timer = QTimer(self, singleShot=True, interval=RESET_MS)
        self.timer.timeout.connect(self.back_to_start)

    @property
    def start(self) -> str:
        return self.setting if self.setting in self.available else "en"

    def configure(self, setting: str) -> None:
        """The kiosk's own language (the setting): used at once when it changes."""
        if setting != self.setting:
            self.setting = setting
            if not self.organizer:
                self.use(self.start)

    def for_organizer(self, shown: bool = True) -> None:
        """An organizer's page (the first PIN) is `shown`: the language the app was started in."""
        if not shown:
            return
        self.organizer = True
        self.timer.stop()
        if self.current != self.previous:
            self.use(self.previous)

    def for_attendees(self) -> None:
        """The organizer is done: the kiosk's own language again."""
        self.organizer = False
        if self.current != self.start:
            self.use(self.start)

    def use(self, code: str) -> str:
        app = QApplication.instance()
        assert app is not None
        self.current = i18n.install_translator(app, code)
        self.changed.emit(self.current)
        return self.current

    def chosen(self, code: str) -> None:
        """A person chose `code`: back to the kiosk's own once they are gone."""
        self.use(code)
        if self.current != self.start:
            self.timer.start()

    def back_to_start(self) -> None:
        self.timer.stop()
        if self.current != self.start:
            self.use(self.start)

    def touched(self) -> None:
        if self.timer.isActive():
            self.timer.start()

    def restore_app(self) -> None:
        self.timer.stop()
        if self.previous != i18n.current_language():
            app = QApplication.instance()
            assert app is not None
            i18n.install_translator(app, self.previous)
