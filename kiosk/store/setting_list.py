"""Every setting the app knows, declared once: kind, default, what is allowed, scope, group, help.

To add one, add a `Setting(...)` below (CONTRIBUTING.md says how); kiosk/store/settings.py reads and
writes them, `kiosk settings list` and the settings window show them, the sync shares those of the
event's scope. Runtime state (scope "state") is declared only so that it is refused by name.
"""

from __future__ import annotations

import re

from kiosk.scan.wedge import AZERTY_MODES
from kiosk.store.setting_kinds import GROUPS, KINDS, REGISTRY_DOMAIN, SCOPES, Setting, shown_value
from kiosk.store.words import WORDS
from kiosk.wording import Catalogue, Message

# -- checks of text and map values ----------------------------------------------------------------

_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")


def _check_station_name(value: str) -> Message | None:
    if not value:
        return WORDS("why_empty")
    if len(value) > 60:
        return WORDS("why_longer_than", most=60)
    return None


def _check_stock(value: str) -> Message | None:
    from kiosk.badges.stocks import catalogue

    if value in catalogue() or value.lower().endswith(".json"):
        return None
    return WORDS("why_no_stock", name=value)


def _check_template(value: str) -> Message | None:
    if value in BUILT_IN_TEMPLATES or value.lower().endswith(".json"):
        return None
    return WORDS("why_no_template", name=value)


def _check_badge_templates(value: dict) -> Message | None:
    for ticket_type, template in value.items():
        if not ticket_type.strip():
            return WORDS("why_empty_ticket_type")
        if not isinstance(template, str) or not template.strip():
            return WORDS("why_not_a_template", ticket_type=ticket_type, value=shown_value(template))
        problem = _check_template(template)
        if problem:
            return WORDS("why_for_ticket_type", ticket_type=ticket_type, problem=problem)
    return None


def _check_ticket_type_days(value: dict) -> Message | None:
    for ticket_type, days in value.items():
        if not isinstance(days, list) or not days:
            return WORDS("why_not_days", ticket_type=ticket_type, value=shown_value(days))
        for day in days:
            if isinstance(day, bool) or not (isinstance(day, int) and 1 <= day <= 366
                                             or isinstance(day, str) and _ISO_DATE.match(day)):
                return WORDS("why_not_a_day", ticket_type=ticket_type, value=shown_value(day))
    return None


def _check_badge_roles(value: dict) -> Message | None:
    for ticket_type, role in value.items():
        if isinstance(role, str) and role.strip():
            if role.startswith("#") and not _COLOUR.match(role):
                return WORDS("why_not_a_colour", ticket_type=ticket_type, value=role)
            continue
        if isinstance(role, dict):
            continue
        return WORDS("why_maps_to", ticket_type=ticket_type, value=shown_value(role))
    return None


def _check_hub(value: str) -> Message | None:
    if not value or value.startswith(("postgresql://", "postgres://")) or "=" in value:
        return None
    return WORDS("why_not_postgres")


def _check_pin(value: str) -> Message | None:
    if not value.isdigit() or not 4 <= len(value) <= 12:
        return WORDS("why_not_pin")
    return None


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
BUILT_IN_TEMPLATES = ("default", "fold")
PRINT_ON_CHECKIN = ("auto", "ask", "off")
PRINTER_BACKENDS = ("auto", "cups", "qt", "folder")
LANGUAGES = ("en", "fr")
#: Each language in its own name, whatever the reader's.
LANGUAGE_LABELS = {"en": ("English", "English"), "fr": ("Français", "Français")}


# -- the settings ---------------------------------------------------------------------------------

def _declare(*settings: Setting) -> dict[str, Setting]:
    table: dict[str, Setting] = {}
    for s in settings:
        assert s.kind in KINDS and s.scope in SCOPES and s.group in GROUPS, s
        assert s.key not in table, s.key
        assert s.scope == "state" or (s.help_en and s.help_fr), s.key
        assert s.kind != "choice" or all(s.labels.get(c) and all(s.labels[c]) for c in s.choices), s.key
        table[s.key] = s
    return table


def _registry_words(table: dict[str, Setting]) -> Catalogue:
    """The registry's own words as the "setting" catalogue: "<key>.help", "<key>.allowed", "<key>.<choice>"."""
    def literal(text: str) -> str:
        return text.replace("{", "{{").replace("}", "}}")

    entries: dict[str, tuple[str, str]] = {}
    for s in table.values():
        if s.scope == "state":
            continue
        entries[f"{s.key}.help"] = (literal(s.help_en), literal(s.help_fr))
        if s.allowed_en:
            entries[f"{s.key}.allowed"] = (literal(s.allowed_en), literal(s.allowed_fr))
        for value, (en, fr) in s.labels.items():
            entries[f"{s.key}.{value}"] = (literal(en), literal(fr))
    return Catalogue(REGISTRY_DOMAIN, entries)


SETTINGS: dict[str, Setting] = _declare(
    # -- the event --------------------------------------------------------------------------------
    Setting("ticket_type_days", "map", {}, scope="event", group="event", check=_check_ticket_type_days,
            allowed_en='a JSON object: ticket type -> list of day numbers (1 = first day) or dates, '
                       'e.g. {"Day 2 pass": [2]}',
            allowed_fr='un objet JSON : type de billet -> liste de numéros de jour (1 = premier jour) ou de dates, '
                       'p. ex. {"Pass jour 2": [2]}',
            help_en="Which event days each ticket type admits; other ticket types are valid every day.",
            help_fr="Les jours de l’événement où chaque type de billet est valable ; les autres types le sont tous les jours."),
    Setting("report_language", "choice", "en", LANGUAGES, scope="event", group="event", labels=LANGUAGE_LABELS,
            help_en="The language of the event's PDF report.",
            help_fr="La langue du rapport PDF de l’événement."),
    Setting("dedupe_seconds", "float", 3.0, scope="event", group="scanner", minimum=0, maximum=60,
            help_en="A second scan of the same code within this many seconds is ignored (a ticket held up to the camera).",
            help_fr="Un même code scanné de nouveau dans ce délai (en secondes) est ignoré (billet resté devant la caméra)."),
    # -- printing and badges (the event's policy and look) -----------------------------------------
    Setting("print_on_checkin", "choice", "off", PRINT_ON_CHECKIN, scope="event", group="printing",
            labels={"auto": ("Print at once", "Imprimer tout de suite"), "ask": ("Ask", "Demander"),
                    "off": ("Never", "Jamais")},
            help_en="Whether the desk prints a badge when it checks someone in: at once, after asking the "
                    "volunteer, or never (badges are then printed by hand, Ctrl+P).",
            help_fr="Si le poste imprime un badge quand il enregistre quelqu’un : tout de suite, après l’avoir "
                    "demandé au bénévole, ou jamais (les badges s’impriment alors à la main, Ctrl+P)."),
    Setting("max_reprints", "int", 3, scope="event", group="printing", minimum=0, maximum=99,
            help_en="How many times a person's badge may be printed again after the first.",
            help_fr="Combien de fois le badge d’une personne peut être réimprimé après le premier."),
    Setting("badge_stock", "text", "badge-4x3", scope="event", group="printing", check=_check_stock,
            allowed_en="a stock id (`kiosk badges --list-stocks`) or the path of a stock .json file",
            allowed_fr="un identifiant de support (`kiosk badges --list-stocks`) ou le chemin d’un fichier .json",
            help_en="The badge stock: label or card size and layout.",
            help_fr="Le support des badges : format de l’étiquette ou de la carte et disposition."),
    Setting("badge_template", "text", "default", scope="event", group="printing", check=_check_template,
            allowed_en="default, fold, or the path of a template .json file",
            allowed_fr="default, fold, ou le chemin d’un fichier de modèle .json",
            help_en="The badge template: what is printed where.",
            help_fr="Le modèle de badge : ce qui est imprimé, et où."),
    Setting("badge_templates", "map", {}, scope="event", group="printing", check=_check_badge_templates,
            allowed_en='a JSON object: ticket type -> template (default, fold, or a template .json file), '
                       'e.g. {"Speaker": "fold"}',
            allowed_fr='un objet JSON : type de billet -> modèle (default, fold, ou un fichier de modèle .json), '
                       'p. ex. {"Conférencier": "fold"}',
            help_en="A badge template of its own for some ticket types; the others use the badge template.",
            help_fr="Un modèle de badge propre à certains types de billet ; les autres utilisent le modèle de badge."),
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
            help_fr="Durée (en secondes) d’affichage d’un résultat avant le retour à l’écran d’accueil de la borne."),
    Setting("kiosk_language", "choice", "en", LANGUAGES, scope="event", group="kiosk", labels=LANGUAGE_LABELS,
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
            labels={"auto": ("Automatic: the system's default printer, else PDF files",
                             "Automatique : l’imprimante par défaut du système, sinon des fichiers PDF"),
                    "cups": ("A CUPS printer (Linux, macOS)", "Une imprimante CUPS (Linux, macOS)"),
                    "qt": ("A printer of the system (any system, Windows included)",
                           "Une imprimante du système (tout système, Windows compris)"),
                    "folder": ("PDF files in a folder", "Des fichiers PDF dans un dossier")},
            help_en="How this station prints its badges. Automatic uses the system's default printer, or writes "
                    "PDF files into Documents when the computer has none.",
            help_fr="Comment ce poste imprime ses badges. En automatique, l’imprimante par défaut du système, ou "
                    "des fichiers PDF dans Documents si l’ordinateur n’en a pas."),
    Setting("printer_name", "text", "", scope="station", group="printing",
            help_en="The printer this station prints badges on; empty for the system's default printer.",
            help_fr="L’imprimante des badges de ce poste ; vide pour l’imprimante par défaut du système."),
    Setting("print_folder", "path", "", scope="station", group="printing",
            help_en="The folder badge PDF files are written into when this station prints to files; empty for "
                    "\"Check-in badges\" in Documents.",
            help_fr="Le dossier où sont écrits les PDF des badges quand ce poste imprime dans des fichiers ; vide "
                    "pour « Check-in badges » dans Documents."),
    # -- this station's scanner -------------------------------------------------------------------
    Setting("wedge_prefix", "text", "", scope="station", group="scanner",
            help_en="Characters the USB scanner is set to send before each code (removed from the code).",
            help_fr="Caractères que la douchette USB envoie avant chaque code (retirés du code)."),
    Setting("wedge_suffix", "text", "", scope="station", group="scanner",
            help_en="Characters the USB scanner is set to send after each code (removed from the code).",
            help_fr="Caractères que la douchette USB envoie après chaque code (retirés du code)."),
    Setting("wedge_azerty", "choice", "off", AZERTY_MODES, scope="station", group="scanner",
            labels={"off": ("No", "Non"), "digits": ("Yes: digits come as &é\"'(", "Oui : les chiffres arrivent en &é\"'("),
                    "known": ("Only when the corrected code is a ticket", "Seulement quand le code corrigé est un billet"),
                    "always": ("Always correct", "Toujours corriger")},
            help_en="A USB scanner set for US keys, on a computer with an AZERTY keyboard, types &é\"'( instead of "
                    "12345: whether to correct what it types.",
            help_fr="Une douchette réglée en clavier US, sur un ordinateur au clavier AZERTY, tape &é\"'( au lieu "
                    "de 12345 : faut-il corriger ce qu’elle tape ?"),
    Setting("wedge_min_length", "int", 4, scope="station", group="scanner", minimum=1, maximum=64,
            help_en="The shortest code the USB scanner sends; shorter fast bursts are taken for typing.",
            help_fr="Le code le plus court envoyé par la douchette ; une frappe rapide plus courte est de la saisie."),
    Setting("wedge_max_gap_ms", "float", 50.0, scope="station", group="scanner", minimum=1, maximum=500,
            help_en="The longest pause (ms) between two keys of one scan; slower keys are a person typing.",
            help_fr="La pause la plus longue (ms) entre deux touches d’un scan ; plus lent, c’est une personne qui tape."),
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

REGISTRY_WORDS = _registry_words(SETTINGS)
