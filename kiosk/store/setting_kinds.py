"""What a setting is: its kind, scope and group, what it allows, and the check of a value.

`Setting.validate(value)` returns the value in its canonical form or raises `SettingRefused` whose
message says what is allowed ("print_on_checkin must be one of: auto (Print at once), ask (Ask),
off (Never)"), in English and French (kiosk/store/words.py). A choice setting words each of its
values for people in `labels` (English, French); the help, the labels and a setting's own
`allowed_en`/`allowed_fr` are gathered into the "setting" catalogue (kiosk/store/setting_list.py), so
that a refusal names them in the reader's language. The settings themselves are declared in
kiosk/store/setting_list.py; kiosk/store/settings.py reads and writes them.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Callable

from kiosk.errors import KnownError
from kiosk.store.words import WORDS
from kiosk.wording import Message, french_typography, verbatim

KINDS = ("bool", "int", "float", "text", "choice", "path", "map", "secret")
SCOPES = ("event", "station", "state")
GROUPS = ("event", "station", "printing", "kiosk", "scanner", "sync")
ORIGINS = ("local", "hub")

MAX_TEXT = 2000
#: The catalogue of the registry's own words (help, choice labels, what a setting allows), by key.
REGISTRY_DOMAIN = "setting"


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
    #: a further check of a text/path/map value: returns what is wrong (a Message) or None
    check: Callable[[Any], Message | None] | None = None
    #: what `check` allows, in English and French, for messages and `kiosk settings list`
    allowed_en: str = ""
    allowed_fr: str = ""
    #: a choice's values in words, English and French: {"ask": ("Ask", "Demander")}
    labels: Mapping[str, tuple[str, str]] = field(default_factory=dict)

    def help(self, lang: str = "en") -> str:
        return french_typography(self.help_fr) if lang == "fr" else self.help_en

    def label(self, value: str, lang: str = "en") -> str:
        """A choice's value in words ("Print at once" / "Imprimer tout de suite"); the value itself
        when it has none."""
        words = self.labels.get(value)
        if not words:
            return value
        return words[1] if lang == "fr" and words[1] else words[0]

    def choice_words(self, value: str) -> Message:
        """The value and its words, for messages: "ask (Ask)" / "ask (Demander)"."""
        if value not in self.labels:
            return verbatim(value)
        return WORDS("choice_and_label", value=value,
                     label=Message(f"{REGISTRY_DOMAIN}.{self.key}.{value}"))

    def allowed_message(self) -> Message:
        """What this setting accepts, as a message: 'one of: auto (Print at once), ask (Ask), off (Never)'."""
        if self.allowed_en:
            return Message(f"{REGISTRY_DOMAIN}.{self.key}.allowed")     # kiosk/store/setting_list.py's words
        if self.kind == "choice":
            return WORDS("allowed_choice", choices=tuple(self.choice_words(c) for c in self.choices))
        if self.kind in ("int", "float"):
            low, high = _number_text(self.minimum), _number_text(self.maximum)
            if low is not None and high is not None:
                return WORDS(f"allowed_{self.kind}_range", low=low, high=high)
            if low is not None:
                return WORDS(f"allowed_{self.kind}_min", low=low)
            return WORDS(f"allowed_{self.kind}")
        return WORDS(f"allowed_{self.kind}")

    def allowed(self, lang: str = "en") -> str:
        """What this setting accepts, in words: 'one of: auto (Print at once), ask (Ask), off (Never)'."""
        return self.allowed_message().text(lang)

    def refuse(self, why: Message | str | None = None) -> SettingRefused:
        if why is None or why == "":
            return SettingRefused(WORDS("must_be", key=self.key, allowed=self.allowed_message()))
        return SettingRefused(WORDS("must_be_why", key=self.key, allowed=self.allowed_message(), why=why))

    def validate(self, value: Any) -> Any:
        """The value in its canonical form, or `SettingRefused` saying what is allowed."""
        kind = self.kind
        if kind == "bool":
            if not isinstance(value, bool):
                raise self.refuse(not_value(value))
            return value
        if kind in ("int", "float"):
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise self.refuse(not_value(value))
            if isinstance(value, float) and not math.isfinite(value):
                raise self.refuse(not_value(value))
            if kind == "int":
                if isinstance(value, float) and not value.is_integer():
                    raise self.refuse(not_value(value))
                value = int(value)
            else:
                try:
                    value = float(value)
                except OverflowError:          # an integer of hundreds of digits
                    raise self.refuse("not a number of that size") from None
            if (self.minimum is not None and value < self.minimum) or (self.maximum is not None and value > self.maximum):
                raise self.refuse(not_value(value))
            return value
        if kind == "choice":
            if isinstance(value, str):
                folded = value.strip().lower()
                for choice in self.choices:
                    if choice.lower() == folded:
                        return choice
            raise self.refuse(not_value(value))
        if kind in ("text", "path", "secret"):
            if not isinstance(value, str):
                raise self.refuse(not_value(value))
            if kind != "secret":
                value = value.strip()
            if len(value) > MAX_TEXT:
                raise self.refuse(WORDS("why_too_long", length=len(value), most=MAX_TEXT))
            if _CONTROL.search(value):
                raise self.refuse(WORDS("why_control"))
        elif kind == "map":
            if not isinstance(value, dict) or not all(isinstance(k, str) for k in value):
                raise self.refuse(not_value(value))
        else:  # pragma: no cover - the declarations below are checked at import
            raise AssertionError(f"unknown kind {kind!r}")
        if self.check is not None:
            problem = self.check(value)
            if problem:
                raise self.refuse(problem)
        return value


def not_value(value: Any) -> Message:
    """"not 'lots'" / "pas « lots »": the refused value, quoted and cut short."""
    if isinstance(value, str):
        return WORDS("why_not_text", value=value if len(value) <= 57 else value[:54] + "...")
    return WORDS("why_not", value=shown_value(value))


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _number_text(number: float | None) -> str | None:
    if number is None:
        return None
    return str(int(number)) if float(number).is_integer() else str(number)


def shown_value(value: Any) -> str:
    """A value quoted for a message, cut to 60 characters."""
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
