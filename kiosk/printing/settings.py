"""The printing settings of an event, read from the event database in one place.

Keys (event settings, JSON values): `printer_backend` (cups, qt or folder), `printer_name`,
`print_folder`, `badge_stock`, `badge_template`, `badge_logo`, `badge_roles`,
`print_on_checkin` (auto, ask or off) and `max_reprints`. Defaults come from
`kiosk.settings_keys.DEFAULTS` where it names them.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from kiosk.errors import KnownError

PRINTER_BACKEND = "printer_backend"
PRINTER_NAME = "printer_name"
PRINT_FOLDER = "print_folder"
BADGE_STOCK = "badge_stock"
BADGE_TEMPLATE = "badge_template"
BADGE_LOGO = "badge_logo"
BADGE_ROLES = "badge_roles"
PRINT_ON_CHECKIN = "print_on_checkin"
MAX_REPRINTS = "max_reprints"

BACKENDS = ("cups", "qt", "folder")
ON_CHECKIN = ("auto", "ask", "off")


@dataclass(frozen=True)
class PrintSettings:
    printer_backend: str = "folder"
    printer_name: str = ""
    print_folder: str = ""
    badge_stock: str = "badge-4x3"
    badge_template: str = "default"
    badge_logo: str = ""
    badge_roles: Any = None
    print_on_checkin: str = "off"
    max_reprints: int = 3

    @classmethod
    def from_db(cls, db) -> "PrintSettings":
        from kiosk.settings_keys import DEFAULTS

        stored = {**DEFAULTS, **db.settings()}
        values = {f.name: stored[f.name] for f in fields(cls) if f.name in stored and stored[f.name] is not None}
        settings = cls(**values)
        settings.check()
        return settings

    def check(self) -> None:
        if self.printer_backend not in BACKENDS:
            raise KnownError(f"The setting printer_backend is {self.printer_backend!r}: use one of {', '.join(BACKENDS)}.")
        if self.print_on_checkin not in ON_CHECKIN:
            raise KnownError(f"The setting print_on_checkin is {self.print_on_checkin!r}: use auto, ask or off.")
        if not isinstance(self.max_reprints, int) or self.max_reprints < 0:
            raise KnownError(f"The setting max_reprints is {self.max_reprints!r}: use a whole number, 0 or more.")
