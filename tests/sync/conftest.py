"""Fixtures for the sync tests: a real PostgreSQL server (skipped only when none is installed)
and station databases that share one event."""

from __future__ import annotations

import pytest

from tests.sync.pgserver import started_server
from kiosk.store import settings


@pytest.fixture(scope="session")
def pg_server():
    with started_server() as server:
        yield server


@pytest.fixture
def hub_url(pg_server) -> str:
    """A fresh, empty hub database (URL with the test password)."""
    return pg_server.new_database()


@pytest.fixture
def station(tmp_path):
    """Make a station: a database file of its own, with a name; `event=True` creates the event there."""
    from kiosk.store import open_event_db

    opened = []

    def make(name: str, *, event: bool = False):
        db = open_event_db(tmp_path / f"{name}.sqlite")
        settings.set_value(db, "station_name", name)
        if event:
            db.set_event("Test Training", ["2026-07-08", "2026-07-09", "2026-07-10"], "America/Toronto")
        opened.append(db)
        return db

    yield make
    for db in opened:
        db.close()
