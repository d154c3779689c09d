"""Sync: several stations share a PostgreSQL hub, offline first.

Each station writes to its own SQLite file first and answers at local speed. A sync round pushes
the station's facts (check-ins, undos, scan attempts, badges printed, reprints allowed, badge
fixes) and roster changes to the hub with their original times, then pulls everyone else's, in
order, from per-table cursors. See rounds.py for the round, push.py/pull.py for the two
directions, attendee_merge.py for roster conflicts, appended.py and badge_facts.py for what
stations append, roles.py for who may do what, duplicates.py for a ticket checked in at two
stations while apart, state.py for "offline since".
"""

from kiosk.sync.duplicates import duplicate_checkins
from kiosk.sync.hub import HubUnreachable
from kiosk.sync.rounds import RoundReport, sync_round, watch
from kiosk.sync.state import station_id, sync_state
from kiosk.sync.url import mask_url

__all__ = ["HubUnreachable", "RoundReport", "duplicate_checkins", "mask_url", "station_id", "sync_round",
           "sync_state", "watch"]
