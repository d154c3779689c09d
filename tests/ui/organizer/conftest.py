"""Fixtures for the organizer's windows: an empty event, a place for screenshots, finding what shows."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kiosk.ui import dialogs
from tests import run_folder

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
EXPORTS = FIXTURES / "exports"
WIZARD = FIXTURES / "wizard"
# Screenshots go to the test run's folder (removed at its end) unless KIOSK_SCREENSHOTS names one
# (scripts/organizer_screenshots.py does).
SHOTS = Path(os.environ.get("KIOSK_SCREENSHOTS") or run_folder.subfolder("organizer-shots"))


def shoot(widget, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    target = SHOTS / f"{name}.png"
    assert widget.grab().save(str(target))
    return target


def shown(kind):
    found = [d for d in dialogs.shown() if isinstance(d, kind)]
    assert found, f"no {kind.__name__} is showing: {dialogs.shown()}"
    return found[-1]


def count(path, sql: str = "SELECT count(*) FROM attendees"):
    from kiosk.store import open_event_db

    with open_event_db(path) as db:
        return db.scalar(sql)


@pytest.fixture
def empty_event(db_path):
    """An event in Warsaw with nobody registered yet."""
    from kiosk.store import open_event_db

    with open_event_db(db_path) as db:
        db.set_event("Warsztaty liderów", ["2026-05-10", "2026-05-11"], "Europe/Warsaw")
    return db_path


@pytest.fixture(autouse=True)
def close_dialogs():
    yield
    dialogs.close_all()
