"""Small helpers shared by the sync tests and the sync benchmark."""

from __future__ import annotations

from kiosk.roster.records import ParsedExport, RosterRow


def row(key: str, line: int, **fields) -> RosterRow:
    fields.setdefault("code", key)
    fields.setdefault("full_name", f"{fields.get('first_name', '')} {fields.get('last_name', '')}".strip())
    return RosterRow(key=key, line=line, **fields)


def export(*rows: RosterRow, platform: str = "eventbrite") -> ParsedExport:
    return ParsedExport(path="export.csv", platform=platform, rows=list(rows))


def roster_export(n: int = 3, **changes) -> ParsedExport:
    """A registration export of n people (codes EB-1001...), with per-key field changes."""
    people = []
    for i in range(n):
        key = f"EB-{1001 + i}"
        fields = dict(first_name=f"Person{i}", last_name=f"Family{i}", email=f"p{i}@example.org",
                      ticket_type="Participant", organization="Org")
        fields.update(changes.get(key, {}))
        people.append(row(key, i + 2, **fields))
    return export(*people)


def checkin_rows(db) -> set[tuple]:
    return {tuple(r.values()) for r in db.query(
        "SELECT c.uid, a.uid AS attendee, c.event_day, c.at, c.station FROM checkins c JOIN attendees a ON a.id = c.attendee_id")}
