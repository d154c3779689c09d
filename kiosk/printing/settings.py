"""The printing settings in force, read together from the settings registry (kiosk/store/settings.py).

The keys are declared (type, default, choices, scope) in the registry: `printer_backend`,
`printer_name`, `print_folder` belong to this station; `print_on_checkin`, `max_reprints`,
`badge_stock`, `badge_template`, `badge_templates`, `badge_logo` and `badge_roles` to the event.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

from kiosk.store import settings as registry
from kiosk.store.settings import PRINT_ON_CHECKIN as ON_CHECKIN
from kiosk.store.settings import PRINTER_BACKENDS as BACKENDS

__all__ = ["PrintSettings", "BACKENDS", "ON_CHECKIN"]


@dataclass(frozen=True)
class PrintSettings:
    printer_backend: str = "auto"
    printer_name: str = ""
    print_folder: str = ""
    badge_stock: str = "badge-4x3"
    badge_template: str = "default"
    badge_templates: dict[str, str] = field(default_factory=dict)
    badge_logo: str = ""
    badge_roles: dict[str, Any] = field(default_factory=dict)
    print_on_checkin: str = "off"
    max_reprints: int = 3

    def template_for(self, ticket_type: str) -> str:
        """The template of this ticket type's badges (`badge_templates`, else `badge_template`)."""
        from kiosk.badges.templates import template_for

        return template_for(ticket_type or "", self.badge_template, self.badge_templates)

    @classmethod
    def from_db(cls, db) -> PrintSettings:
        return cls(**{f.name: registry.get(db, f.name) for f in fields(cls)})
