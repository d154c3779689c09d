"""A headless station: payloads in, verdicts out, through the desk's own rules (`kiosk scan`).

A USB scanner plugged into a terminal, a Raspberry Pi at a side door or a script feeds one payload
per line. Each line is read as the desk reads a keyboard-wedge scan (the event's `wedge_prefix`,
`wedge_suffix` and `wedge_azerty` settings apply) and checked in with `kiosk.checkin.check_in`:
the same verdicts, every attempt recorded, the check-in committed (synchronous=FULL) before the
verdict is given. Empty lines are not scans and are ignored.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from kiosk.checkin import CheckinResult, check_in, resolve
from kiosk.scan.wedge import WedgeSettings, clean_payload
from kiosk.store import settings
from kiosk.store.database import EventDB


@dataclass
class HeadlessStation:
    db: EventDB
    station: str
    wedge: WedgeSettings = field(init=False)
    verdicts: Counter = field(default_factory=Counter)

    def __post_init__(self) -> None:
        self.wedge = WedgeSettings.from_settings(settings.values(self.db).get)   # as the desk reads them

    @classmethod
    def open(cls, db: EventDB, station: str | None = None) -> "HeadlessStation":
        return cls(db, station or str(settings.get(db, "station_name") or "desk"))

    def payload_of(self, line: str) -> str:
        """The payload a line stands for ("" when it is no scan at all: an empty line)."""
        typed = line.rstrip("\r\n")
        if not typed.strip():
            return ""
        return clean_payload(typed, self.wedge, lambda code: resolve(self.db, code)[0] is not None)

    def answer(self, payload: str) -> CheckinResult:
        """Check one payload in; the verdict is durable when this returns."""
        result = check_in(self.db, payload, station=self.station, method="scan")
        self.verdicts[result.verdict] += 1
        return result
