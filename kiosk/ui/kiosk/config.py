"""What the kiosk takes from the settings registry, read from its values (no database here).

`KioskConfig.from_values(values)` gets `settings.values(db)` (kiosk/store/settings.py) as the kiosk
reads them at start and as the settings watcher hands them over after any change.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kiosk.scan.wedge import WedgeSettings


@dataclass(frozen=True)
class KioskConfig:
    return_seconds: float = 6.0          # a result shows this long, then the start screen again
    forgot_enabled: bool = False         # "Forgot your ticket?" is offered
    dedupe_seconds: float = 3.0          # the same code again within this is ignored
    language: str = "en"                 # the language the kiosk starts in
    print_on_checkin: str = "off"
    wedge: WedgeSettings = field(default_factory=WedgeSettings)

    @classmethod
    def from_values(cls, values: dict[str, Any]) -> "KioskConfig":
        default = cls()

        def number(key: str, fallback: float, lowest: float) -> float:
            value = values.get(key)
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                return fallback
            return max(float(value), lowest)

        return cls(return_seconds=number("kiosk_return_seconds", default.return_seconds, 0.2),
                   forgot_enabled=bool(values.get("forgot_ticket_enabled")),
                   dedupe_seconds=number("dedupe_seconds", default.dedupe_seconds, 0.0),
                   language=str(values.get("kiosk_language") or default.language),
                   print_on_checkin=str(values.get("print_on_checkin") or "off"),
                   wedge=WedgeSettings.from_settings(values.get))
