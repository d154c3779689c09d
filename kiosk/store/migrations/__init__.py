"""The event database's schema as numbered migrations; `PRAGMA user_version` says which have run.

`MIGRATIONS` is the one ordered list: migration N is `MIGRATIONS[N - 1]`, its SQL in the module
`mNN_<what it does>.py` beside this one. A schema change is a new module and a new entry at the
end, never an edit of an old one (a file that ran it keeps what it made). kiosk/store/migrate.py
runs the ones a file has not run yet.

Check-ins, their annulments and scan attempts are append-only facts: rows are inserted, never
updated or deleted (a trigger refuses it). Every fact and attendee carries a `uid` so that stations
sharing a hub can exchange them without clashing ids.
"""

from kiosk.store.migrations import (
    m01_first_schema, m02_hub_sync, m03_settings_apart_from_state, m04_status_answers, m05_badge_decisions,
    m06_flat_at_scale, m07_badges_across_stations, m08_guest_of)

MIGRATIONS: list[str] = [
    m01_first_schema.SQL,
    m02_hub_sync.SQL,
    m03_settings_apart_from_state.SQL,
    m04_status_answers.SQL,
    m05_badge_decisions.SQL,
    m06_flat_at_scale.SQL,
    m07_badges_across_stations.SQL,
    m08_guest_of.SQL,
]
