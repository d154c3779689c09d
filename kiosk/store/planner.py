"""What SQLite's query planner knows about the event's tables: statistics refreshed after bulk writes.

The hot queries (a scan's lookup, "is this person in today", the counter, the search's flags) are
written so that one index answers each whatever the statistics say, and tests/store/test_query_plans.py
holds them to it. Statistics still matter for the rest (reports, exports, sync): `analyze(db)` runs
a bounded ANALYZE (about a thousand rows looked at per index, so it takes milliseconds even at
500,000 attendees) after an import, a first sync, or any write of many rows.
"""

from __future__ import annotations

from kiosk.store.database import EventDB

#: Rows ANALYZE looks at per index: enough for the planner, cheap at any size.
ANALYSIS_LIMIT = 1000


def analyze(db: EventDB) -> None:
    """Refresh the planner's statistics (sqlite_stat1) in a short write transaction."""
    with db.write() as conn:
        conn.execute(f"PRAGMA analysis_limit = {ANALYSIS_LIMIT}")
        conn.execute("ANALYZE")
