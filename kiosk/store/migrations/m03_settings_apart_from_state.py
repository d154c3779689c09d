"""Migration 3: settings apart from runtime state (kiosk/store/settings.py, kiosk/store/state.py).

One `state` table holds what the app keeps as it runs: PIN attempts, forgot-ticket
attempts, the purge mark, the station's id (all moved out of `settings`, so that no
settings edit and no hub can change them) and the sync bookkeeping (from `sync_state`).
`wedge_azerty` gets its one meaning (a mode; `true` meant "known" at the desk).
A trigger counts every change of a setting, local or synced, for `settings.version()`.
"""

SQL = """
    CREATE TABLE IF NOT EXISTS state (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL                        -- JSON
    );
    INSERT OR REPLACE INTO state (key, value) SELECT key, value FROM sync_state;
    DROP TABLE sync_state;
    INSERT OR REPLACE INTO state (key, value) SELECT key, value FROM settings
        WHERE key IN ('kiosk_pin_attempts', 'forgot_ticket_attempts', 'purged', 'station_id');
    DELETE FROM settings WHERE key IN ('kiosk_pin_attempts', 'forgot_ticket_attempts', 'purged', 'station_id');
    UPDATE settings SET value = '"known"' WHERE key = 'wedge_azerty' AND value = 'true';
    UPDATE settings SET value = '"off"' WHERE key = 'wedge_azerty' AND value IN ('false', 'null', '""');
    CREATE TABLE IF NOT EXISTS settings_version (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        n INTEGER NOT NULL
    );
    INSERT OR IGNORE INTO settings_version (id, n) VALUES (1, 0);
    CREATE TRIGGER settings_version_i AFTER INSERT ON settings
        BEGIN UPDATE settings_version SET n = n + 1 WHERE id = 1; END;
    CREATE TRIGGER settings_version_u AFTER UPDATE ON settings
        BEGIN UPDATE settings_version SET n = n + 1 WHERE id = 1; END;
    CREATE TRIGGER settings_version_d AFTER DELETE ON settings
        BEGIN UPDATE settings_version SET n = n + 1 WHERE id = 1; END;
    """
