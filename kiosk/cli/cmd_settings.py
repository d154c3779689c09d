"""`kiosk settings list|get|set|unset`: the settings of the registry (kiosk/store/settings.py).

`list` shows every setting with its value, default, what it allows and its help (`--lang fr` in
French); `set` refuses an unknown name (suggesting the closest), a value of the wrong type or
outside the choices, saying what is allowed; runtime state (PIN attempts, ...) is never a setting.
Secrets show as (set), the hub address without its password.
"""

from __future__ import annotations

import json
from typing import Any

from kiosk.cli import open_db
from kiosk.errors import NotFound
from kiosk.store import settings
from kiosk.store.settings import SETTINGS, Setting

GROUP_TITLES = {
    "en": {"event": "Event", "station": "This station", "printing": "Printing and badges", "kiosk": "Kiosk",
           "scanner": "Scanner", "sync": "Sync"},
    "fr": {"event": "Événement", "station": "Ce poste", "printing": "Impression et badges", "kiosk": "Borne",
           "scanner": "Lecteur", "sync": "Synchronisation"},
}
WORDS = {
    "en": {"default": "default", "allowed": "allowed:", "default_is": "default:", "scope_event": "shared by every station",
           "scope_station": "this station only", "problems": "Stored values that are not used (fix or unset them):"},
    "fr": {"default": "par défaut", "allowed": "valeurs permises\u00a0:", "default_is": "par défaut\u00a0:",
           "scope_event": "commun à tous les postes", "scope_station": "ce poste seulement",
           "problems": "Valeurs enregistrées non utilisées (corrigez-les ou supprimez-les avec unset)\u00a0:"},
}


def add_parser(sub, common) -> None:
    p = sub.add_parser("settings", parents=[common], help="list, read or change the settings",
                       description="Settings of the event (shared by every station) and of this station.")
    p.add_argument("action", choices=["list", "get", "set", "unset"])
    p.add_argument("key", nargs="?")
    p.add_argument("value", nargs="?", help="the new value: a word, a number, true/false, or JSON for a map")
    p.add_argument("--lang", choices=["en", "fr"], default="en", help="the language of the help in `list`")
    p.set_defaults(run=run)


def _text(value: Any) -> str:
    return value if isinstance(value, str) and value else json.dumps(value, ensure_ascii=False)


def _entry(setting: Setting, value: Any, is_set: bool, lang: str) -> dict:
    return {"value": settings.shown(setting.key, value), "default": settings.shown(setting.key, setting.default),
            "set": is_set, "kind": setting.kind, "scope": setting.scope, "group": setting.group,
            "choices": list(setting.choices), "minimum": setting.minimum, "maximum": setting.maximum,
            "allowed": setting.allowed(lang), "help": setting.help(lang),
            "labels": {choice: setting.label(choice, lang) for choice in setting.choices}}


def _with_label(setting: Setting, value: Any, lang: str) -> str:
    """A value as listed: a choice with its words ("off (Never)" / "off (Jamais)")."""
    shown = '""' if value == "" else _text(value)
    if setting.kind == "choice" and isinstance(value, str) and setting.labels.get(value):
        return f"{shown} ({setting.label(value, lang)})"
    return shown


def _list(db, args, out) -> int:
    lang = args.lang
    values = settings.values(db)
    stored = settings.stored_rows(db)
    entries = {key: _entry(SETTINGS[key], value, key in stored, lang) for key, value in values.items()}
    problems = settings.problems(db)

    def text() -> str:
        words, lines = WORDS[lang], []
        for group, title in GROUP_TITLES[lang].items():
            keys = [k for k, e in entries.items() if e["group"] == group]
            if not keys:
                continue
            lines.append(f"{title}")
            separator = "\u202f; " if lang == "fr" else "; "
            for key in keys:
                e, setting = entries[key], SETTINGS[key]
                default = "" if e["set"] else f"  ({words['default']})"
                lines.append(f"  {key} = {_with_label(setting, e['value'], lang)}{default}")
                lines.append(f"      {e['help']}")
                scope = words["scope_" + e["scope"]]
                allowed = e["allowed"] if setting.kind == "choice" else f"{words['allowed']} {e['allowed']}"
                lines.append(f"      {allowed}{separator}{words['default_is']} "
                             f"{_with_label(setting, e['default'], lang)}{separator}{scope}")
            lines.append("")
        if problems:
            lines.append(words["problems"])
            lines += [f"  {key}: {why}" for key, why in problems.items()]
        return "\n".join(lines)

    out.emit({"settings": entries, "problems": problems}, text)
    return 0


def run(args, out) -> int:
    db = open_db(args)
    with db:
        if args.action == "list":
            return _list(db, args, out)
        if not args.key:
            raise NotFound(f"Name the setting, e.g. `kiosk settings {args.action} print_on_checkin` "
                           "(`kiosk settings list` shows them all).")
        key = args.key
        if args.action == "unset":
            if key not in settings.stored_rows(db):
                settings.lookup(key)          # a misspelt name is refused with the closest ones
            removed = settings.unset(db, key)
            default = SETTINGS[key].default if key in SETTINGS else None
            out.emit({key: settings.shown(key, default), "removed": removed},
                     f"{key} unset" + (f": the default {_text(settings.shown(key, default))} applies" if key in SETTINGS else ""))
            return 0
        setting = settings.lookup(key)
        if args.action == "get":
            value = settings.shown(key, settings.get(db, key))
            out.emit({key: value}, _text(value) if value != "" else "")
            return 0
        if args.value is None:
            raise NotFound(f"Give a value: `kiosk settings set {key} VALUE` ({setting.allowed()}).")
        stored = settings.set_value(db, key, settings.parse(key, args.value))
        shown = settings.shown(key, stored)
        out.emit({key: shown}, f"{key} = {_text(shown)}")
    return 0
