"""Every setting the app knows, declared once: kind, default, what is allowed, scope, group, help.

To add one, add a `Setting(...)` below (CONTRIBUTING.md says how); kiosk/store/settings.py reads and
writes them, `kiosk settings list` and the settings window show them, the sync shares those of the
event's scope. Runtime state (scope "state") is declared only so that it is refused by name.
"""

from __future__ import annotations

import re

from kiosk.scan.wedge import AZERTY_MODES
from kiosk.store.setting_kinds import GROUPS, KINDS, SCOPES, Setting, shown_value

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


def _check_badge_templates(value: dict) -> str | None:
    for ticket_type, template in value.items():
        if not ticket_type.strip():
            return "a ticket type is empty"
        if not isinstance(template, str) or not template.strip():
            return f"{ticket_type!r} maps to {shown_value(template)}, not a template name"
        problem = _check_template(template)
        if problem:
            return f"{ticket_type!r}: {problem}"
    return None


def _check_ticket_type_days(value: dict) -> str | None:
    for ticket_type, days in value.items():
        if not isinstance(days, list) or not days:
            return f"{ticket_type!r} maps to {shown_value(days)}, not a list of days"
        for day in days:
            if isinstance(day, bool) or not (isinstance(day, int) and 1 <= day <= 366
                                             or isinstance(day, str) and _ISO_DATE.match(day)):
                return f"{ticket_type!r} lists {shown_value(day)}, neither a day number nor a date"
    return None


def _check_badge_roles(value: dict) -> str | None:
    for ticket_type, role in value.items():
        if isinstance(role, str) and role.strip():
            if role.startswith("#") and not _COLOUR.match(role):
                return f"{ticket_type!r} maps to {role!r}, not a colour like #1d4e89"
            continue
        if isinstance(role, dict):
            continue
        return f"{ticket_type!r} maps to {shown_value(role)}"
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
PRINTER_BACKENDS = ("auto", "cups", "qt", "folder")
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
    Setting("report_language", "choice", "en", LANGUAGES, scope="event", group="event",
            help_en="The language of the event's PDF report: en (English) or fr (French).",
            help_fr="La langue du rapport PDF de l'événement : en (anglais) ou fr (français)."),
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
    Setting("badge_templates", "map", {}, scope="event", group="printing", check=_check_badge_templates,
            allowed_en='a JSON object: ticket type -> template (default, fold, or a template .json file), '
                       'e.g. {"Speaker": "fold"}',
            allowed_fr='un objet JSON : type de billet -> modèle (default, fold, ou un fichier de modèle .json), '
                       'p. ex. {"Conférencier": "fold"}',
            help_en="A badge template of its own for some ticket types; the others use badge_template.",
            help_fr="Un modèle de badge propre à certains types de billet ; les autres utilisent badge_template."),
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
    Setting("printer_backend", "choice", "auto", PRINTER_BACKENDS, scope="station", group="printing",
            help_en="How this station prints: auto (the system's default printer, else PDF files in Documents), "
                    "cups (a CUPS printer), qt (the system's printers), folder (PDF files).",
            help_fr="Comment ce poste imprime : auto (l'imprimante par défaut du système, sinon des fichiers PDF dans "
                    "Documents), cups (imprimante CUPS), qt (imprimantes du système), folder (fichiers PDF)."),
    Setting("printer_name", "text", "", scope="station", group="printing",
            help_en="The printer this station prints badges on (cups and qt); empty for the default printer.",
            help_fr="L'imprimante des badges de ce poste (cups et qt) ; vide pour l'imprimante par défaut."),
    Setting("print_folder", "path", "", scope="station", group="printing",
            help_en="The folder the folder backend writes badge PDFs into; empty for \"Check-in badges\" in Documents.",
            help_fr="Le dossier où le mode folder écrit les PDF des badges ; vide pour « Check-in badges » dans Documents."),
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
