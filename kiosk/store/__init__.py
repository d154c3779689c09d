"""The event database: one SQLite file per event (schema, migrations, backups, settings)."""

from kiosk.store.database import EventDB, open_event_db, default_db_path

__all__ = ["EventDB", "open_event_db", "default_db_path"]
