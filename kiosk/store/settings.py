"""The one registry of settings: read and write every setting here, typed and checked.

    get(db, "max_reprints")                 -> 3 (typed; a stored value that fails its check is
                                               logged once and the default used)
    set_value(db, "max_reprints", 5)        validates, stores, returns what was stored;
                                            raises SettingRefused saying what is allowed
    parse("max_reprints", "5")              text (a command line, a form) -> typed value
    values(db)                              every setting, typed, defaults filled in
    version(db)                             a counter a trigger bumps at every change (local or
                                            synced): poll it to apply changes at once

`SETTINGS` (declared in kiosk/store/setting_list.py) maps each key to its `Setting`
(kiosk/store/setting_kinds.py): kind (bool, int, float, text, choice, path, map, secret), default,
choices or range, scope, group, help in English and French. Scopes:
    event    shared by every station of the event (travels with the file and through the hub);
    station  this laptop only (its name, printer, scanner, hub address): never synced;
    state    runtime state the app keeps (kiosk/store/state.py): declared only so that it is
             refused, by name, wherever a setting is written (`kiosk settings set`, the hub).

Values are stored as JSON in the `settings` table of the event database. The organizer PIN (kind
"secret") is stored as a salted hash (kiosk/pin.py), never in the clear.
"""

from __future__ import annotations

import difflib
import json
import logging
from typing import TYPE_CHECKING, Any

from kiosk.store.setting_kinds import GROUPS as GROUPS
from kiosk.store.setting_kinds import KINDS as KINDS
from kiosk.store.setting_kinds import ORIGINS, not_value, shown_value
from kiosk.store.setting_kinds import SCOPES as SCOPES
from kiosk.store.setting_kinds import Setting as Setting
from kiosk.store.setting_kinds import SettingRefused as SettingRefused
from kiosk.store.setting_list import PRINT_ON_CHECKIN as PRINT_ON_CHECKIN
from kiosk.store.setting_list import PRINTER_BACKENDS as PRINTER_BACKENDS
from kiosk.store.setting_list import SETTINGS as SETTINGS
from kiosk.store.words import WORDS

if TYPE_CHECKING:
    from kiosk.store.database import EventDB

log = logging.getLogger(__name__)


# -- reading --------------------------------------------------------------------------------------

def lookup(key: str) -> Setting:
    """The setting called `key` (event or station scope), or `SettingRefused` naming the closest ones."""
    setting = SETTINGS.get(key)
    if setting is None:
        close = difflib.get_close_matches(key, [k for k, s in SETTINGS.items() if s.scope != "state"], n=2, cutoff=0.6)
        hint = (WORDS("closest_two", a=close[0], b=close[1]) if len(close) > 1 else
                WORDS("closest_one", a=close[0]) if close else WORDS("all_settings_hint"))
        raise SettingRefused(WORDS("no_such_setting", key=key, hint=hint))
    if setting.scope == "state":
        raise SettingRefused(WORDS("runtime_state", key=key))
    return setting


def _known(key: str) -> Setting:
    """A declared setting; asking for another is a bug in the caller, not a user error."""
    setting = SETTINGS[key]
    if setting.scope == "state":
        raise KeyError(f"{key} is runtime state: read it with kiosk.store.state")
    return setting


_warned: set[tuple[str, str]] = set()


def _decoded(setting: Setting, raw: str) -> Any:
    """A stored JSON text as the setting's typed value; a bad one is logged (once) and the default used."""
    try:
        value = json.loads(raw)
        if setting.kind == "secret":
            if not isinstance(value, str):
                raise setting.refuse(WORDS("why_not_secret"))
            return value
        return setting.validate(value)
    except (ValueError, RecursionError, SettingRefused) as exc:      # RecursionError: JSON nested 50,000 deep
        if (setting.key, raw) not in _warned:
            _warned.add((setting.key, raw))
            log.warning("the stored setting %s is not valid (%s); its default %r is used", setting.key,
                        exc if isinstance(exc, SettingRefused) else "not JSON", setting.default)
        return setting.default


def get(db: EventDB, key: str) -> Any:
    """The setting's typed value: the stored one if it is valid, else its default."""
    setting = _known(key)
    row = db.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return setting.default if row is None else _decoded(setting, row[0])


def is_set(db: EventDB, key: str) -> bool:
    """Whether a value is stored for this setting (its default applies otherwise)."""
    _known(key)
    return db.conn.execute("SELECT 1 FROM settings WHERE key = ?", (key,)).fetchone() is not None


def values(db: EventDB) -> dict[str, Any]:
    """Every setting (event and station scope), typed, defaults filled in."""
    stored = {k: v for k, v in db.conn.execute("SELECT key, value FROM settings")}
    return {key: (_decoded(s, stored[key]) if key in stored else s.default)
            for key, s in SETTINGS.items() if s.scope != "state"}


def stored_rows(db: EventDB) -> dict[str, str]:
    """The raw JSON texts stored, by key (for the sync's comparison and for repairs)."""
    return {k: v for k, v in db.conn.execute("SELECT key, value FROM settings ORDER BY key")}


def problems(db: EventDB) -> dict[str, str]:
    """Stored rows that are not a valid setting (not JSON, wrong type, unknown key), with what is wrong.

    Such rows come from older versions; they are never used (the default applies) and
    `kiosk settings unset KEY` removes them."""
    found = {}
    for key, raw in stored_rows(db).items():
        setting = SETTINGS.get(key)
        if setting is None or setting.scope == "state":
            found[key] = "not a setting of this version"
            continue
        try:
            check_stored(setting, raw)
        except SettingRefused as exc:
            found[key] = str(exc)
    return found


def check_stored(setting: Setting, raw: str) -> Any:
    """The typed value of a stored (or received) JSON text, or `SettingRefused`."""
    try:
        value = json.loads(raw)
    except (TypeError, ValueError, RecursionError) as exc:
        raise SettingRefused(WORDS("not_json", key=setting.key, value=shown_value(raw))) from exc
    if setting.kind == "secret":
        from kiosk.pin import is_secret_hash

        if not isinstance(value, str) or (value and not is_secret_hash(value)):
            raise SettingRefused(WORDS("not_a_secret", key=setting.key, value=shown_value(value)))
        return value
    return setting.validate(value)


def version(db: EventDB) -> int:
    """A stamp that changes whenever any setting changes, here or by a sync (a trigger counts)."""
    row = db.conn.execute("SELECT n FROM settings_version WHERE id = 1").fetchone()
    return int(row[0]) if row else 0


# -- writing --------------------------------------------------------------------------------------

def set_value(db: EventDB, key: str, value: Any, *, origin: str = "local") -> Any:
    """Validate and store a setting; returns what was stored (a secret as its hash).

    `origin="hub"`: a value received from the hub, as JSON-decoded; only event settings are taken,
    and a secret must arrive already hashed."""
    if origin not in ORIGINS:
        raise ValueError(f"origin must be one of {ORIGINS}")
    setting = lookup(key)
    if origin == "hub" and setting.scope != "event":
        raise SettingRefused(WORDS("station_only", key=key))
    if setting.kind == "secret":
        if origin == "hub":
            stored = check_stored(setting, json.dumps(value))
        else:
            from kiosk.pin import hash_secret

            stored = hash_secret(setting.validate(value))
    else:
        stored = setting.validate(value)
    if key == "sync_hub" and stored:
        # The hub's password never goes into the event file (which travels): it moves to an
        # owner-only pgpass file in the per-user config folder (kiosk/sync/passwords.py).
        from kiosk.sync.passwords import remember

        stored = remember(stored)
    with db.write() as conn:
        conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                     (key, json.dumps(stored, ensure_ascii=False)))
    return stored


def unset(db: EventDB, key: str) -> bool:
    """Remove a stored value (its default applies again); any stored key, even one this version does
    not know, so that leftovers can be cleaned. True when something was removed."""
    if key in SETTINGS and SETTINGS[key].scope == "state":
        lookup(key)
    with db.write() as conn:
        return conn.execute("DELETE FROM settings WHERE key = ?", (key,)).rowcount > 0


def parse(key: str, text: str) -> Any:
    """A value typed on a command line or in a form, as the setting's type; `SettingRefused` if it is not."""
    setting = lookup(key)
    kind, raw = setting.kind, text.strip()
    if kind == "bool":
        word = raw.lower()
        if word in ("true", "yes", "on", "1", "oui", "vrai"):
            return True
        if word in ("false", "no", "off", "0", "non", "faux"):
            return False
        raise setting.refuse(not_value(raw))
    if kind in ("int", "float"):
        try:
            number = float(raw.replace(",", ".")) if kind == "float" else int(raw)
        except ValueError:
            try:
                number = float(raw)
            except ValueError:
                raise setting.refuse(not_value(raw)) from None
        return setting.validate(number)
    if kind == "map":
        try:
            value = json.loads(raw)
        except (ValueError, RecursionError):
            raise setting.refuse(WORDS("why_not_json", value=raw if len(raw) <= 60 else raw[:57] + "...")) from None
        return setting.validate(value)
    if kind == "secret":
        return setting.validate(text)
    return setting.validate(text)


def shown(key: str, value: Any) -> Any:
    """A value as it may be printed or shown: a secret as (set), a hub address without its password."""
    setting = SETTINGS.get(key)
    if setting is None or not setting.secret:
        return value
    if setting.kind == "secret":
        return "(set)" if value else "(not set)"
    from kiosk.sync.url import mask_url

    return mask_url(str(value)) if value else value
