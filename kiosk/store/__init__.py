"""The event database: one SQLite file per event (schema, migrations, backups, the settings registry
`kiosk.store.settings` and runtime state `kiosk.store.state`)."""

from kiosk.store.database import EventDB, open_event_db, default_db_path

__all__ = ["EventDB", "open_event_db", "default_db_path"]
