"""What a setting is: its kind, scope and group, what it allows, and the check of a value.

`Setting.validate(value)` returns the value in its canonical form or raises `SettingRefused` whose
message says what is allowed ("print_on_checkin must be one of: auto, ask, off"). The settings
themselves are declared in kiosk/store/setting_list.py; kiosk/store/settings.py reads and writes them.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from typing import Any, Callable

from kiosk.errors import KnownError

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
                raise self.refuse(f"not {shown_value(value)}")
            return value
        if kind in ("int", "float"):
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise self.refuse(f"not {shown_value(value)}")
            if isinstance(value, float) and not math.isfinite(value):
                raise self.refuse(f"not {shown_value(value)}")
            if kind == "int":
                if isinstance(value, float) and not value.is_integer():
                    raise self.refuse(f"not {shown_value(value)}")
                value = int(value)
            else:
                try:
                    value = float(value)
                except OverflowError:          # an integer of hundreds of digits
                    raise self.refuse("not a number of that size") from None
            if (self.minimum is not None and value < self.minimum) or (self.maximum is not None and value > self.maximum):
                raise self.refuse(f"not {shown_value(value)}")
            return value
        if kind == "choice":
            if isinstance(value, str):
                folded = value.strip().lower()
                for choice in self.choices:
                    if choice.lower() == folded:
                        return choice
            raise self.refuse(f"not {shown_value(value)}")
        if kind in ("text", "path", "secret"):
            if not isinstance(value, str):
                raise self.refuse(f"not {shown_value(value)}")
            if kind != "secret":
                value = value.strip()
            if len(value) > MAX_TEXT:
                raise self.refuse(f"{len(value)} characters; at most {MAX_TEXT}")
            if _CONTROL.search(value):
                raise self.refuse("it holds a line break or a control character")
        elif kind == "map":
            if not isinstance(value, dict) or not all(isinstance(k, str) for k in value):
                raise self.refuse(f"not {shown_value(value)}")
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


def shown_value(value: Any) -> str:
    """A value quoted for a message, cut to 60 characters."""
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
