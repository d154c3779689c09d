"""The one registry of settings: every setting the app knows, declared once, read and written here.

Each `Setting` has a kind (bool, int, float, text, choice, path, map, secret), a default, what is
allowed (choices, a range, or a check), a scope and a group, and a help line in English and French.
Scopes:
    event    shared by every station of the event (travels with the file and through the hub);
    station  this laptop only (its name, printer, scanner, hub address): never synced;
    state    runtime state the app keeps (kiosk/store/state.py): declared here only so that it is
             refused, by name, wherever a setting is written (`kiosk settings set`, the hub).

    get(db, "max_reprints")                 -> 3 (typed; a stored value that fails its check is
                                               logged once and the default used)
    set_value(db, "max_reprints", 5)        validates, stores, returns what was stored;
                                            raises SettingRefused saying what is allowed
    parse("max_reprints", "5")              text (a command line, a form) -> typed value
    values(db)                              every setting, typed, defaults filled in
    version(db)                             a counter a trigger bumps at every change (local or
                                            synced): poll it to apply changes at once

Values are stored as JSON in the `settings` table of the event database. The organizer PIN (kind
"secret") is stored as a salted hash (kiosk/pin.py), never in the clear.
"""

from __future__ import annotations

import difflib
import json
import logging
import math
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable

from kiosk.errors import KnownError
from kiosk.scan.wedge import AZERTY_MODES

if TYPE_CHECKING:
    from kiosk.store.database import EventDB

log = logging.getLogger(__name__)

KINDS = ("bool", "int", "float", "text", "choice", "path", "map", "secret")
SCOPES = ("event", "station", "state")
GROUPS = ("event", "station", "printing", "kiosk", "scanner", "sync")
ORIGINS = ("local", "hub")

MAX_TEXT = 2000


class SettingRefused(KnownError):
    """A setting that does not exist, or a value it does not allow; the message says what is allowed."""


@dataclass(frozen=True)
class Setting:
    key: str
    kind: str
    default: Any
    choices: tuple[str, ...] = ()
    scope: str = "event"
    group: str = "event"
    help_en: str = ""
    help_fr: str = ""
    minimum: float | None = None
    maximum: float | None = None
    #: never shown in full: a secret shows as (set), a hub address without its password
    secret: bool = False
    #: a further check of a text/path/map value: returns what is wrong (English) or None
    check: Callable[[Any], str | None] | None = None
    #: what `check` allows, in English and French, for messages and `kiosk settings list`
    allowed_en: str = ""
    allowed_fr: str = ""

    def help(self, lang: str = "en") -> str:
        return self.help_fr if lang == "fr" else self.help_en

    def allowed(self, lang: str = "en") -> str:
        """What this setting accepts, in words: 'one of: auto, ask, off'."""
        fr = lang == "fr"
        if self.allowed_en:
            return self.allowed_fr if fr else self.allowed_en
        if self.kind == "bool":
            return "true ou false" if fr else "true or false"
        if self.kind == "choice":
            return ("l'une des valeurs : " if fr else "one of: ") + ", ".join(self.choices)
        if self.kind in ("int", "float"):
            whole = self.kind == "int"
            noun = ("un nombre entier" if whole else "un nombre") if fr else ("a whole number" if whole else "a number")
            low, high = _number_text(self.minimum), _number_text(self.maximum)
            if low is not None and high is not None:
                return f"{noun} de {low} à {high}" if fr else f"{noun} from {low} to {high}"
            if low is not None:
                return f"{noun}, {low} ou plus" if fr else f"{noun}, {low} or more"
            return noun
        if self.kind == "map":
            return "un objet JSON" if fr else "a JSON object"
        if self.kind == "path":
            return "un chemin de fichier ou de dossier" if fr else "a file or folder path"
        if self.kind == "secret":
            return "un secret" if fr else "a secret"
        return "du texte sur une ligne" if fr else "text on one line"

    def refuse(self, why: str = "") -> SettingRefused:
        return SettingRefused(f"{self.key} must be {self.allowed()}" + (f" ({why})" if why else "") + ".")

    def validate(self, value: Any) -> Any:
        """The value in its canonical form, or `SettingRefused` saying what is allowed."""
        kind = self.kind
        if kind == "bool":
            if not isinstance(value, bool):
                raise self.refuse(f"not {_shown(value)}")
            return value
        if kind in ("int", "float"):
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise self.refuse(f"not {_shown(value)}")
            if isinstance(value, float) and not math.isfinite(value):
                raise self.refuse(f"not {_shown(value)}")
            if kind == "int":
                if isinstance(value, float) and not value.is_integer():
                    raise self.refuse(f"not {_shown(value)}")
                value = int(value)
            else:
                value = float(value)
            if (self.minimum is not None and value < self.minimum) or (self.maximum is not None and value > self.maximum):
                raise self.refuse(f"not {_shown(value)}")
            return value
        if kind == "choice":
            if isinstance(value, str):
                folded = value.strip().lower()
                for choice in self.choices:
                    if choice.lower() == folded:
                        return choice
            raise self.refuse(f"not {_shown(value)}")
        if kind in ("text", "path", "secret"):
            if not isinstance(value, str):
                raise self.refuse(f"not {_shown(value)}")
            if kind != "secret":
                value = value.strip()
            if len(value) > MAX_TEXT:
                raise self.refuse(f"{len(value)} characters; at most {MAX_TEXT}")
            if _CONTROL.search(value):
                raise self.refuse("it holds a line break or a control character")
        elif kind == "map":
            if not isinstance(value, dict) or not all(isinstance(k, str) for k in value):
                raise self.refuse(f"not {_shown(value)}")
        else:  # pragma: no cover - the declarations below are checked at import
            raise AssertionError(f"unknown kind {kind!r}")
        if self.check is not None:
            problem = self.check(value)
            if problem:
                raise self.refuse(problem)
        return value


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _number_text(number: float | None) -> str | None:
    if number is None:
        return None
    return str(int(number)) if float(number).is_integer() else str(number)


def _shown(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


# -- checks of text and map values ----------------------------------------------------------------

_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")


def _check_station_name(value: str) -> str | None:
    if not value:
        return "it is empty"
    if len(value) > 60:
        return "longer than 60 characters"
    return None


def _check_stock(value: str) -> str | None:
    from kiosk.badges.stocks import catalogue

    if value in catalogue() or value.lower().endswith(".json"):
        return None
    return f"no stock is called {value!r}"


def _check_template(value: str) -> str | None:
    if value in BUILT_IN_TEMPLATES or value.lower().endswith(".json"):
        return None
    return f"no template is called {value!r}"


def _check_ticket_type_days(value: dict) -> str | None:
    for ticket_type, days in value.items():
        if not isinstance(days, list) or not days:
            return f"{ticket_type!r} maps to {_shown(days)}, not a list of days"
        for day in days:
            if isinstance(day, bool) or not (isinstance(day, int) and 1 <= day <= 366
                                             or isinstance(day, str) and _ISO_DATE.match(day)):
                return f"{ticket_type!r} lists {_shown(day)}, neither a day number nor a date"
    return None


def _check_badge_roles(value: dict) -> str | None:
    for ticket_type, role in value.items():
        if isinstance(role, str) and role.strip():
            if role.startswith("#") and not _COLOUR.match(role):
                return f"{ticket_type!r} maps to {role!r}, not a colour like #1d4e89"
            continue
        if isinstance(role, dict):
            continue
        return f"{ticket_type!r} maps to {_shown(role)}"
    return None


def _check_hub(value: str) -> str | None:
    if not value or value.startswith(("postgresql://", "postgres://")) or "=" in value:
        return None
    return "not a PostgreSQL address"


def _check_pin(value: str) -> str | None:
    if not value.isdigit() or not 4 <= len(value) <= 12:
        return "it is not 4 to 12 digits"
    return None


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
BUILT_IN_TEMPLATES = ("default", "fold")
PRINT_ON_CHECKIN = ("auto", "ask", "off")
PRINTER_BACKENDS = ("cups", "qt", "folder")
LANGUAGES = ("en", "fr")


# -- the settings ---------------------------------------------------------------------------------

def _declare(*settings: Setting) -> dict[str, Setting]:
    table: dict[str, Setting] = {}
    for s in settings:
        assert s.kind in KINDS and s.scope in SCOPES and s.group in GROUPS, s
        assert s.key not in table, s.key
        assert s.scope == "state" or (s.help_en and s.help_fr), s.key
        table[s.key] = s
    return table


SETTINGS: dict[str, Setting] = _declare(
    # -- the event --------------------------------------------------------------------------------
    Setting("ticket_type_days", "map", {}, scope="event", group="event", check=_check_ticket_type_days,
            allowed_en='a JSON object: ticket type -> list of day numbers (1 = first day) or dates, '
                       'e.g. {"Day 2 pass": [2]}',
            allowed_fr='un objet JSON : type de billet -> liste de numéros de jour (1 = premier jour) ou de dates, '
                       'p. ex. {"Pass jour 2": [2]}',
            help_en="Which event days each ticket type admits; other ticket types are valid every day.",
            help_fr="Les jours de l'événement où chaque type de billet est valable ; les autres types le sont tous les jours."),
    Setting("dedupe_seconds", "float", 3.0, scope="event", group="scanner", minimum=0, maximum=60,
            help_en="A second scan of the same code within this many seconds is ignored (a ticket held up to the camera).",
            help_fr="Un même code scanné de nouveau dans ce délai (en secondes) est ignoré (billet resté devant la caméra)."),
    # -- printing and badges (the event's policy and look) -----------------------------------------
    Setting("print_on_checkin", "choice", "off", PRINT_ON_CHECKIN, scope="event", group="printing",
            help_en="Print a badge at check-in: auto (always), ask (the desk asks each time), off (print by hand).",
            help_fr="Imprimer un badge à l'enregistrement : auto (toujours), ask (le poste demande), off (à la main)."),
    Setting("max_reprints", "int", 3, scope="event", group="printing", minimum=0, maximum=99,
            help_en="How many times a person's badge may be printed again after the first.",
            help_fr="Combien de fois le badge d'une personne peut être réimprimé après le premier."),
    Setting("badge_stock", "text", "badge-4x3", scope="event", group="printing", check=_check_stock,
            allowed_en="a stock id (`kiosk badges --list-stocks`) or the path of a stock .json file",
            allowed_fr="un identifiant de support (`kiosk badges --list-stocks`) ou le chemin d'un fichier .json",
            help_en="The badge stock: label or card size and layout.",
            help_fr="Le support des badges : format de l'étiquette ou de la carte et disposition."),
    Setting("badge_template", "text", "default", scope="event", group="printing", check=_check_template,
            allowed_en="default, fold, or the path of a template .json file",
            allowed_fr="default, fold, ou le chemin d'un fichier de modèle .json",
            help_en="The badge template: what is printed where.",
            help_fr="Le modèle de badge : ce qui est imprimé, et où."),
    Setting("badge_logo", "path", "", scope="event", group="printing",
            help_en="An image printed on every badge (PNG or JPEG); empty for none.",
            help_fr="Une image imprimée sur chaque badge (PNG ou JPEG) ; vide pour aucune."),
    Setting("badge_roles", "map", {}, scope="event", group="printing", check=_check_badge_roles,
            allowed_en='a JSON object: ticket type -> colour or role of the template, '
                       'e.g. {"Trainer": "#1d4e89", "VIP": "Speaker"}',
            allowed_fr='un objet JSON : type de billet -> couleur ou rôle du modèle, '
                       'p. ex. {"Formateur": "#1d4e89", "VIP": "Speaker"}',
            help_en="The colour band of each ticket type's badges.",
            help_fr="Le bandeau de couleur des badges de chaque type de billet."),
    # -- the kiosk --------------------------------------------------------------------------------
    Setting("kiosk_pin", "secret", "", scope="event", group="kiosk", secret=True, check=_check_pin,
            allowed_en="4 to 12 digits", allowed_fr="4 à 12 chiffres",
            help_en="The organizer PIN that unlocks the kiosk and the organizer's tools (stored hashed).",
            help_fr="Le code PIN des organisateurs qui déverrouille la borne et leurs outils (stocké haché)."),
    Setting("kiosk_return_seconds", "float", 6.0, scope="event", group="kiosk", minimum=0.5, maximum=120,
            help_en="Seconds the kiosk shows a result before it returns to its start screen.",
            help_fr="Durée (en secondes) d'affichage d'un résultat avant le retour à l'écran d'accueil de la borne."),
    Setting("kiosk_language", "choice", "en", LANGUAGES, scope="event", group="kiosk",
            help_en="The language the kiosk starts in; attendees may switch it.",
            help_fr="La langue de départ de la borne ; les participants peuvent en changer."),
    Setting("forgot_ticket_enabled", "bool", False, scope="event", group="kiosk",
            help_en='Show "Forgot your ticket?" at the kiosk: an e-mail and a last name find the ticket.',
            help_fr="Afficher « Billet oublié ? » sur la borne : un courriel et un nom de famille retrouvent le billet."),
    # -- this station -----------------------------------------------------------------------------
    Setting("station_name", "text", "desk", scope="station", group="station", check=_check_station_name,
            allowed_en="a name of 1 to 60 characters", allowed_fr="un nom de 1 à 60 caractères",
            help_en="This station's name, recorded with each check-in (e.g. door A, kiosk 2).",
            help_fr="Le nom de ce poste, noté avec chaque enregistrement (p. ex. porte A, borne 2)."),
    Setting("printer_backend", "choice", "folder", PRINTER_BACKENDS, scope="station", group="printing",
            help_en="How this station prints: cups (a CUPS printer), qt (the system's printers), folder (PDF files).",
            help_fr="Comment ce poste imprime : cups (imprimante CUPS), qt (imprimantes du système), folder (fichiers PDF)."),
    Setting("printer_name", "text", "", scope="station", group="printing",
            help_en="The printer this station prints badges on (cups and qt); empty for the default printer.",
            help_fr="L'imprimante des badges de ce poste (cups et qt) ; vide pour l'imprimante par défaut."),
    Setting("print_folder", "path", "", scope="station", group="printing",
            help_en="The folder the folder backend writes badge PDFs into.",
            help_fr="Le dossier où le mode folder écrit les PDF des badges."),
    # -- this station's scanner -------------------------------------------------------------------
    Setting("wedge_prefix", "text", "", scope="station", group="scanner",
            help_en="Characters the USB scanner is set to send before each code (removed from the code).",
            help_fr="Caractères que la douchette USB envoie avant chaque code (retirés du code)."),
    Setting("wedge_suffix", "text", "", scope="station", group="scanner",
            help_en="Characters the USB scanner is set to send after each code (removed from the code).",
            help_fr="Caractères que la douchette USB envoie après chaque code (retirés du code)."),
    Setting("wedge_azerty", "choice", "off", AZERTY_MODES, scope="station", group="scanner",
            help_en="Undo a US-layout scanner on an AZERTY keyboard: off; digits (codes typed as &é\"'(); "
                    "known (when only the corrected code is a ticket); always.",
            help_fr="Corriger une douchette en disposition US sur un clavier AZERTY : off ; digits (codes tapés "
                    "&é\"'() ; known (si seul le code corrigé est un billet) ; always."),
    Setting("wedge_min_length", "int", 4, scope="station", group="scanner", minimum=1, maximum=64,
            help_en="The shortest code the USB scanner sends; shorter fast bursts are taken for typing.",
            help_fr="Le code le plus court envoyé par la douchette ; une frappe rapide plus courte est de la saisie."),
    Setting("wedge_max_gap_ms", "float", 50.0, scope="station", group="scanner", minimum=1, maximum=500,
            help_en="The longest pause (ms) between two keys of one scan; slower keys are a person typing.",
            help_fr="La pause la plus longue (ms) entre deux touches d'un scan ; plus lent, c'est une personne qui tape."),
    # -- sync -------------------------------------------------------------------------------------
    Setting("sync_hub", "text", "", scope="station", group="sync", secret=True, check=_check_hub,
            allowed_en="a PostgreSQL address, postgresql://USER@HOST:5432/DATABASE",
            allowed_fr="une adresse PostgreSQL, postgresql://UTILISATEUR@HÔTE:5432/BASE",
            help_en="The PostgreSQL hub this station syncs with; empty to work alone.",
            help_fr="Le serveur PostgreSQL avec lequel ce poste se synchronise ; vide pour travailler seul."),
    # -- runtime state (kiosk/store/state.py): never a setting ---------------------------------------
    Setting("kiosk_pin_attempts", "map", {}, scope="state", group="kiosk"),
    Setting("forgot_ticket_attempts", "map", {}, scope="state", group="kiosk"),
    Setting("purged", "map", {}, scope="state", group="event"),
    Setting("station_id", "text", "", scope="state", group="sync"),
    Setting("settings_refused", "map", {}, scope="state", group="sync"),
)


# -- reading --------------------------------------------------------------------------------------

def lookup(key: str) -> Setting:
    """The setting called `key` (event or station scope), or `SettingRefused` naming the closest ones."""
    setting = SETTINGS.get(key)
    if setting is None:
        close = difflib.get_close_matches(key, [k for k, s in SETTINGS.items() if s.scope != "state"], n=2, cutoff=0.6)
        hint = f" Did you mean {' or '.join(close)}?" if close else " `kiosk settings list` shows them all."
        raise SettingRefused(f"There is no setting called {key!r}.{hint}")
    if setting.scope == "state":
        raise SettingRefused(f"{key} is kept by the app as it runs (runtime state), not a setting: it cannot be "
                             "read or changed as one.")
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
                raise setting.refuse("not a stored secret")
            return value
        return setting.validate(value)
    except (ValueError, SettingRefused) as exc:
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
    except (TypeError, ValueError) as exc:
        raise SettingRefused(f"{setting.key} holds {_shown(raw)}, which is not JSON.") from exc
    if setting.kind == "secret":
        from kiosk.pin import is_secret_hash

        if not isinstance(value, str) or (value and not is_secret_hash(value)):
            raise SettingRefused(f"{setting.key} must be a stored secret, not {_shown(value)}.")
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
        raise SettingRefused(f"{key} belongs to one station; it does not come from the hub.")
    if setting.kind == "secret":
        if origin == "hub":
            stored = check_stored(setting, json.dumps(value))
        else:
            from kiosk.pin import hash_secret

            stored = hash_secret(setting.validate(value))
    else:
        stored = setting.validate(value)
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
        raise setting.refuse(f"not {raw!r}")
    if kind in ("int", "float"):
        try:
            number = float(raw.replace(",", ".")) if kind == "float" else int(raw)
        except ValueError:
            try:
                number = float(raw)
            except ValueError:
                raise setting.refuse(f"not {raw!r}") from None
        return setting.validate(number)
    if kind == "map":
        try:
            value = json.loads(raw)
        except ValueError:
            raise setting.refuse(f"{raw!r} is not JSON") from None
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
