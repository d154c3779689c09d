"""The hub's schema in PostgreSQL, created and migrated by the app (table `kiosk_hub_schema`).

Every row carries `seq`, taken from a per-table sequence when it is written: stations pull
"everything after the last seq I applied". Writers hold one transaction-level advisory lock
(`PUSH_LOCK`) while they write, so rows become visible in seq order and a cursor never skips a
row that commits late. Facts (check-ins, annulments, scan attempts) are keyed by their uid and
inserted with ON CONFLICT DO NOTHING, which makes every push idempotent. Attendees are versioned
rows (last writer wins by `updated_at`, then station id; desk-edited fields are merged).
"""

from __future__ import annotations

import logging

from kiosk.sync.words import WORDS

log = logging.getLogger(__name__)

#: The advisory lock every push holds for its transaction (an arbitrary constant: "kiosk hub").
PUSH_LOCK = 0x6B696F736B

MIGRATIONS: list[str] = [
    # 1: the first hub schema
    """
    CREATE TABLE hub_stations (
        station_id TEXT PRIMARY KEY,
        name TEXT NOT NULL DEFAULT '',
        first_seen TIMESTAMPTZ NOT NULL DEFAULT now(),
        last_seen TIMESTAMPTZ NOT NULL DEFAULT now()
    );
    CREATE TABLE hub_event (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL,
        days TEXT NOT NULL,
        timezone TEXT NOT NULL,
        secret TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        station_id TEXT NOT NULL,
        seq BIGSERIAL NOT NULL
    );
    CREATE TABLE hub_settings (
        key TEXT PRIMARY KEY,
        value TEXT,                                -- JSON; NULL = unset
        updated_at TEXT NOT NULL,
        station_id TEXT NOT NULL,
        seq BIGSERIAL NOT NULL
    );
    CREATE INDEX hub_settings_seq ON hub_settings(seq);
    CREATE TABLE hub_sources (
        name TEXT PRIMARY KEY,
        platform TEXT NOT NULL DEFAULT '',
        mapping TEXT NOT NULL DEFAULT '{}',
        seq BIGSERIAL NOT NULL
    );
    CREATE INDEX hub_sources_seq ON hub_sources(seq);
    CREATE TABLE hub_attendees (
        uid TEXT PRIMARY KEY,
        source TEXT,                               -- the source's name (NULL for walk-ins)
        source_key TEXT,
        code TEXT NOT NULL,
        codes TEXT NOT NULL DEFAULT '[]',          -- JSON: every string a scan may resolve to
        first_name TEXT NOT NULL DEFAULT '',
        last_name TEXT NOT NULL DEFAULT '',
        full_name TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        organization TEXT NOT NULL DEFAULT '',
        ticket_type TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'active',
        pronouns TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        walk_in BOOLEAN NOT NULL DEFAULT false,
        imported TEXT NOT NULL DEFAULT '{}',
        edited TEXT NOT NULL DEFAULT '{}',
        missing_from_source BOOLEAN NOT NULL DEFAULT false,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        station_id TEXT NOT NULL,
        seq BIGSERIAL NOT NULL,
        UNIQUE (source, source_key)
    );
    CREATE INDEX hub_attendees_seq ON hub_attendees(seq);
    -- The same registration imported at two stations while apart gets two uids: the later one
    -- becomes an alias of the first, and facts pushed for it are filed under the first.
    CREATE TABLE hub_attendee_aliases (
        uid TEXT PRIMARY KEY,
        canonical_uid TEXT NOT NULL
    );
    CREATE TABLE hub_checkins (
        uid TEXT PRIMARY KEY,
        attendee_uid TEXT NOT NULL,
        event_day TEXT NOT NULL,
        at TEXT NOT NULL,
        station TEXT NOT NULL,
        method TEXT NOT NULL,
        payload TEXT NOT NULL,
        station_id TEXT NOT NULL,
        received_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        seq BIGSERIAL NOT NULL
    );
    CREATE INDEX hub_checkins_seq ON hub_checkins(seq);
    CREATE INDEX hub_checkins_attendee_day ON hub_checkins(attendee_uid, event_day, at);
    CREATE TABLE hub_annulments (
        uid TEXT PRIMARY KEY,
        checkin_uid TEXT NOT NULL,
        reason TEXT NOT NULL,
        station TEXT NOT NULL,
        at TEXT NOT NULL,
        station_id TEXT NOT NULL,
        received_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        seq BIGSERIAL NOT NULL
    );
    CREATE INDEX hub_annulments_seq ON hub_annulments(seq);
    CREATE TABLE hub_scan_attempts (
        uid TEXT PRIMARY KEY,
        at TEXT NOT NULL,
        station TEXT NOT NULL,
        payload TEXT NOT NULL,
        verdict TEXT NOT NULL,
        attendee_uid TEXT,
        checkin_uid TEXT,
        station_id TEXT NOT NULL,
        received_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        seq BIGSERIAL NOT NULL
    );
    CREATE INDEX hub_scan_attempts_seq ON hub_scan_attempts(seq);
    """,
    # 2: stations are not trusted (see kiosk/sync/roles.py). Each station syncs with a login of its
    #    own (listed in hub_station_logins) that may read the roster and settings and append facts
    #    in its own name only. Desk edits and walk-ins made at a station travel as appended facts;
    #    print records too. Row-level security holds every table; the owner (the organizer's login)
    #    is not subject to it. Stations see a fingerprint of the signing secret, never the secret.
    """
    CREATE TABLE hub_station_logins (
        login TEXT PRIMARY KEY,                    -- the PostgreSQL role the station connects as
        name TEXT NOT NULL UNIQUE,                 -- the station's name, stamped on its facts
        created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        last_seen TIMESTAMPTZ,
        revoked_at TIMESTAMPTZ
    );
    -- sha256 of the secret's UTF-8 bytes, in hex (the secret itself is hex text).
    CREATE FUNCTION kiosk_event_key(secret TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE STRICT
        SET search_path = pg_catalog AS $$ SELECT encode(sha256(convert_to(secret, 'UTF8')), 'hex') $$;
    ALTER TABLE hub_event ADD COLUMN event_key TEXT GENERATED ALWAYS AS (kiosk_event_key(secret)) STORED;
    CREATE TABLE hub_walk_ins (
        uid TEXT PRIMARY KEY,                      -- the attendee's uid
        code TEXT NOT NULL,
        first_name TEXT NOT NULL DEFAULT '',
        last_name TEXT NOT NULL DEFAULT '',
        full_name TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        organization TEXT NOT NULL DEFAULT '',
        ticket_type TEXT NOT NULL DEFAULT '',
        pronouns TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL,
        station TEXT NOT NULL,
        station_id TEXT NOT NULL,
        received_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        seq BIGSERIAL NOT NULL
    );
    CREATE INDEX hub_walk_ins_seq ON hub_walk_ins(seq);
    CREATE TABLE hub_attendee_edits (
        uid TEXT PRIMARY KEY,
        attendee_uid TEXT NOT NULL,
        fields TEXT NOT NULL,                      -- JSON object: field -> corrected value
        at TEXT NOT NULL,
        station TEXT NOT NULL,
        station_id TEXT NOT NULL,
        received_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        seq BIGSERIAL NOT NULL
    );
    CREATE INDEX hub_attendee_edits_seq ON hub_attendee_edits(seq);
    CREATE TABLE hub_print_records (
        uid TEXT PRIMARY KEY,
        attendee_uid TEXT NOT NULL,
        reason TEXT NOT NULL,
        at TEXT NOT NULL,
        station TEXT NOT NULL,
        station_id TEXT NOT NULL,
        received_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        seq BIGSERIAL NOT NULL
    );
    CREATE INDEX hub_print_records_seq ON hub_print_records(seq);
    -- The name of the station the current login belongs to (NULL for any other login). It runs
    -- as its caller: a station's login sees its own row of hub_station_logins and no other.
    CREATE FUNCTION kiosk_station_name() RETURNS TEXT LANGUAGE sql STABLE
        SET search_path = pg_catalog, public AS
        $$ SELECT name FROM public.hub_station_logins WHERE login = current_user AND revoked_at IS NULL $$;
    -- "Last seen" for the organizer's list; runs as the hub's owner, for the session's own login only.
    CREATE FUNCTION kiosk_station_seen() RETURNS VOID LANGUAGE sql VOLATILE SECURITY DEFINER
        SET search_path = pg_catalog, public AS
        $$ UPDATE public.hub_station_logins SET last_seen = now() WHERE login = session_user AND revoked_at IS NULL $$;
    -- Every table: row-level security. Anyone granted SELECT reads every row; a fact is appended
    -- only in the name of the login that writes it. Owners are not subject to these policies.
    ALTER TABLE hub_stations ENABLE ROW LEVEL SECURITY;
    ALTER TABLE hub_event ENABLE ROW LEVEL SECURITY;
    ALTER TABLE hub_settings ENABLE ROW LEVEL SECURITY;
    ALTER TABLE hub_sources ENABLE ROW LEVEL SECURITY;
    ALTER TABLE hub_attendees ENABLE ROW LEVEL SECURITY;
    ALTER TABLE hub_attendee_aliases ENABLE ROW LEVEL SECURITY;
    ALTER TABLE hub_station_logins ENABLE ROW LEVEL SECURITY;
    ALTER TABLE hub_checkins ENABLE ROW LEVEL SECURITY;
    ALTER TABLE hub_annulments ENABLE ROW LEVEL SECURITY;
    ALTER TABLE hub_scan_attempts ENABLE ROW LEVEL SECURITY;
    ALTER TABLE hub_walk_ins ENABLE ROW LEVEL SECURITY;
    ALTER TABLE hub_attendee_edits ENABLE ROW LEVEL SECURITY;
    ALTER TABLE hub_print_records ENABLE ROW LEVEL SECURITY;
    CREATE POLICY read_all ON hub_stations FOR SELECT USING (true);
    CREATE POLICY read_all ON hub_event FOR SELECT USING (true);
    CREATE POLICY read_all ON hub_settings FOR SELECT USING (true);
    CREATE POLICY read_all ON hub_sources FOR SELECT USING (true);
    CREATE POLICY read_all ON hub_attendees FOR SELECT USING (true);
    CREATE POLICY read_all ON hub_attendee_aliases FOR SELECT USING (true);
    CREATE POLICY read_all ON hub_checkins FOR SELECT USING (true);
    CREATE POLICY read_all ON hub_annulments FOR SELECT USING (true);
    CREATE POLICY read_all ON hub_scan_attempts FOR SELECT USING (true);
    CREATE POLICY read_all ON hub_walk_ins FOR SELECT USING (true);
    CREATE POLICY read_all ON hub_attendee_edits FOR SELECT USING (true);
    CREATE POLICY read_all ON hub_print_records FOR SELECT USING (true);
    CREATE POLICY read_own ON hub_station_logins FOR SELECT USING (login = current_user);
    CREATE POLICY own_name ON hub_checkins FOR INSERT
        WITH CHECK (station_id = current_user AND station = kiosk_station_name());
    CREATE POLICY own_name ON hub_annulments FOR INSERT
        WITH CHECK (station_id = current_user AND station = kiosk_station_name());
    CREATE POLICY own_name ON hub_scan_attempts FOR INSERT
        WITH CHECK (station_id = current_user AND station = kiosk_station_name());
    CREATE POLICY own_name ON hub_print_records FOR INSERT
        WITH CHECK (station_id = current_user AND station = kiosk_station_name());
    CREATE POLICY own_name ON hub_walk_ins FOR INSERT
        WITH CHECK (station_id = current_user AND station = kiosk_station_name());
    -- A station corrects how a person is named and reached, never whether they are admitted.
    CREATE POLICY own_name ON hub_attendee_edits FOR INSERT
        WITH CHECK (station_id = current_user AND station = kiosk_station_name()
                    AND NOT EXISTS (SELECT 1 FROM jsonb_object_keys(fields::jsonb) AS k(name)
                                    WHERE k.name <> ALL (ARRAY['first_name', 'last_name', 'full_name', 'email',
                                                               'organization', 'pronouns', 'notes'])));
    """,
    # 3: what stations share about badges, and the desk's "details missing" mark (kiosk/sync/badge_facts.py).
    #    Print records are now read by every station (a reprint limit counts every station's badges);
    #    reprints allowed past the limit and badge text fixes are appended facts like the others, in
    #    the appending station's own name. Values are bounded here too: a station's login is not trusted
    #    to send only what the app would.
    """
    ALTER TABLE hub_attendees ADD COLUMN details_missing BOOLEAN NOT NULL DEFAULT false;
    -- An instant as the app writes it (UTC, ISO 8601): the latest badge fix wins by it.
    CREATE FUNCTION kiosk_is_instant(at TEXT) RETURNS BOOLEAN LANGUAGE sql IMMUTABLE STRICT
        SET search_path = pg_catalog AS
        $$ SELECT at ~ '^2[0-9]{3}-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]([.][0-9]{1,6})?Z$' $$;
    ALTER TABLE hub_print_records ADD CONSTRAINT hub_print_records_reason
        CHECK (reason IN ('checkin', 'reprint', 'manual')) NOT VALID;
    ALTER TABLE hub_print_records ADD CONSTRAINT hub_print_records_at CHECK (kiosk_is_instant(at)) NOT VALID;
    CREATE TABLE hub_print_overrides (
        uid TEXT PRIMARY KEY,
        attendee_uid TEXT NOT NULL,
        print_uid TEXT,                            -- the print job it allowed (its print record's uid)
        reason TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
        by_whom TEXT NOT NULL CHECK (length(by_whom) BETWEEN 1 AND 120),
        reprints_before INTEGER NOT NULL CHECK (reprints_before >= 0),
        max_reprints INTEGER NOT NULL CHECK (max_reprints >= 0),
        at TEXT NOT NULL CHECK (kiosk_is_instant(at)),
        station TEXT NOT NULL,
        station_id TEXT NOT NULL,
        received_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        seq BIGSERIAL NOT NULL
    );
    CREATE INDEX hub_print_overrides_seq ON hub_print_overrides(seq);
    CREATE TABLE hub_badge_texts (
        uid TEXT PRIMARY KEY,
        attendee_uid TEXT NOT NULL,
        first_name TEXT CHECK (length(first_name) <= 200),    -- NULL: as registered
        last_name TEXT CHECK (length(last_name) <= 200),
        organization TEXT CHECK (length(organization) <= 200),
        by_whom TEXT NOT NULL CHECK (length(by_whom) BETWEEN 1 AND 200),
        at TEXT NOT NULL CHECK (kiosk_is_instant(at)),
        station TEXT NOT NULL,
        station_id TEXT NOT NULL,
        received_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        seq BIGSERIAL NOT NULL
    );
    CREATE INDEX hub_badge_texts_seq ON hub_badge_texts(seq);
    ALTER TABLE hub_print_overrides ENABLE ROW LEVEL SECURITY;
    ALTER TABLE hub_badge_texts ENABLE ROW LEVEL SECURITY;
    CREATE POLICY read_all ON hub_print_overrides FOR SELECT USING (true);
    CREATE POLICY read_all ON hub_badge_texts FOR SELECT USING (true);
    CREATE POLICY own_name ON hub_print_overrides FOR INSERT
        WITH CHECK (station_id = current_user AND station = kiosk_station_name());
    CREATE POLICY own_name ON hub_badge_texts FOR INSERT
        WITH CHECK (station_id = current_user AND station = kiosk_station_name());
    """,
    # 4: a ticket whose holder is not named yet keeps its buyer's name as data, worded where it is
    #    shown ("Guest of <buyer>" / "Personne invitée par <buyer>"), never an English full name.
    """
    ALTER TABLE hub_attendees ADD COLUMN guest_of TEXT NOT NULL DEFAULT '';
    """,
]


def hub_version(conn) -> int:
    if conn.execute("SELECT to_regclass('kiosk_hub_schema')").fetchone()[0] is None:
        return 0
    row = conn.execute("SELECT max(version) FROM kiosk_hub_schema").fetchone()
    return int(row[0] or 0)


def ensure_schema(conn) -> int:
    """Create or migrate the hub's schema (serialised across stations); return its version.

    Only a login that owns the hub's tables (the organizer's) can migrate; a station's login is
    told to ask the organizer."""
    from kiosk.errors import KnownError

    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (PUSH_LOCK,))
        version = hub_version(conn)
        if version > len(MIGRATIONS):
            raise KnownError(WORDS("newer_hub", found=version, known=len(MIGRATIONS)))
        if version == len(MIGRATIONS):
            return version
        if version and not _may_migrate(conn):
            raise KnownError(WORDS("older_hub", found=version, known=len(MIGRATIONS)))
        conn.execute("CREATE TABLE IF NOT EXISTS kiosk_hub_schema (version INTEGER NOT NULL)")
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            conn.execute(script)
            conn.execute("INSERT INTO kiosk_hub_schema (version) VALUES (%s)", (number,))
            log.info("hub schema migrated to version %d", number)
            version = number
        _grant_new_tables(conn)
    return version


def _grant_new_tables(conn) -> None:
    """After a migration by the organizer's login: the stations' logins get their privileges on
    the tables it added (roles.grant_stations), when the hub has station logins."""
    import psycopg

    from kiosk.sync.roles import grant_stations

    try:
        with conn.transaction():          # a savepoint: without CREATEROLE-like rights, the migration stands
            if grant_stations(conn):
                log.info("the stations' privileges were given again for hub schema %d", len(MIGRATIONS))
    except psycopg.errors.InsufficientPrivilege as exc:
        log.warning("the hub was migrated but its stations' privileges could not be renewed (%s): run "
                    "`kiosk hub init --hub ADMIN_URL` with the login that owns the hub", exc)


def _may_migrate(conn) -> bool:
    """Whether this login owns the hub's tables (or is a superuser)."""
    return bool(conn.execute(
        "SELECT pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = 'kiosk_hub_schema'::regclass), "
        "'USAGE') OR (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)").fetchone()[0])
