"""What the core says to a person, by a stable code, worded in English or French when it is shown.

The core never decides the language of a message: it says *what* happened, as a `Message` (a code
and its parameters), and whoever shows it asks for a language. A window asks for its own
(`message.text("fr")`), the command line prints English (`str(message)`), a badge uses the event's
language. Each domain keeps its wordings, English and French side by side, in ONE table:

    WORDS = Catalogue("printing", {
        "no_folder": ("No print folder is set: choose one in the printing settings.",
                      "Aucun dossier d’impression n’est choisi : choisissez-en un dans les réglages d’impression."),
    })
    raise PrinterUnavailable(WORDS("no_folder"))

A `KnownError` given a `Message` is worded by it (kiosk/errors.py); `tests/test_wording.py` walks
every place the core makes a known error and every table, and requires both languages with the same
parameters. A wording is a `str.format` template; its fields take these specs:

    {name}              the value; a Message in the same language; a list or tuple joined with ", "
    {name:q}            quoted: 'value' in English, « value » in French
    {count:n}           a number with its thousands grouped: 1,234 / 1 234
    {count:p:line|lines}  the word for that count (English: 1 is singular; French: 0 and 1 are)

French typography is applied to the French template (never to the values): the space before
: ; ! ? and inside « » becomes a no-break space, so a colon never starts a line.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

LANGUAGES = ("en", "fr")
SOURCE_LANGUAGE = "en"

#: Every catalogue by domain, filled as the domains' modules are imported (tests walk it).
CATALOGUES: dict[str, Catalogue] = {}

_NBSP, _NNBSP = "\u00a0", "\u202f"
_FRENCH_SPACES = ((re.compile(r" (?=:(?![\w/]))"), _NBSP), (re.compile(r" (?=[;!?](?!\w))"), _NNBSP),
                  (re.compile(r"« "), "«" + _NBSP), (re.compile(r" »"), _NBSP + "»"))


def french_typography(text: str) -> str:
    """No-break spaces where French puts a space: before : (a word space), before ; ! ? (a thin one),
    inside « »."""
    for pattern, space in _FRENCH_SPACES:
        text = pattern.sub(space, text)
    return text


def language_of(lang: str | None) -> str:
    """`lang` if the core has words in it, else English ("fr-CA" -> "fr", "de" -> "en")."""
    code = (lang or SOURCE_LANGUAGE).strip().lower().replace("_", "-").split("-", 1)[0]
    return code if code in LANGUAGES else SOURCE_LANGUAGE


def quoted(value: Any, lang: str = "en") -> str:
    """A value a person typed or a file holds, quoted: 'storniert' / « storniert »."""
    text = value.text(lang) if isinstance(value, Message) else str(value)
    shown = repr(text)
    if language_of(lang) == "fr":
        return f"«{_NBSP}{shown[1:-1]}{_NBSP}»"
    return shown


def number(value: Any, lang: str = "en") -> str:
    """A count with its thousands grouped: 12,345 / 12 345."""
    if not isinstance(value, int) or isinstance(value, bool):
        return str(value)
    grouped = f"{value:,}"
    return grouped.replace(",", _NNBSP) if language_of(lang) == "fr" else grouped


def plural(count: Any, one: str, many: str, lang: str = "en") -> str:
    """The word for `count`: English says "1 line", "0 lines"; French "0 ligne", "1 ligne", "2 lignes"."""
    try:
        n = abs(int(count))
    except (TypeError, ValueError):
        return many
    singular = n <= 1 if language_of(lang) == "fr" else n == 1
    return one if singular else many


class _Formatter(string.Formatter):
    def __init__(self, lang: str):
        super().__init__()
        self.lang = lang

    def format_field(self, value: Any, format_spec: str) -> str:
        if format_spec.startswith("p:"):
            one, _, many = format_spec[2:].partition("|")
            return plural(value, one, many, self.lang)
        if format_spec == "q":
            return quoted(value, self.lang)
        if format_spec == "n":
            return number(value, self.lang)
        return render(value, self.lang)


def render(value: Any, lang: str = "en") -> str:
    """A parameter as text in `lang`: a Message worded, a list joined, anything else as str()."""
    if isinstance(value, Message):
        return value.text(lang)
    if isinstance(value, (list, tuple)):
        return ", ".join(render(v, lang) for v in value)
    return str(value)


def _frozen(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_frozen(v) for v in value)
    return value


@dataclass(frozen=True)
class Message:
    """Something the core says to a person: a stable `code` ("printing.no_folder") and its parameters.

    `text(lang)` words it; `str(message)` is English (logs, the command line). Equal codes with equal
    parameters are equal messages, so they can be counted ("12 rows: admitted, 'paid'")."""

    code: str
    params: tuple[tuple[str, Any], ...] = ()

    @property
    def domain(self) -> str:
        return self.code.partition(".")[0]

    @property
    def key(self) -> str:
        return self.code.partition(".")[2]

    @property
    def values(self) -> dict[str, Any]:
        return dict(self.params)

    def text(self, lang: str = "en") -> str:
        lang = language_of(lang)
        if not self.code:                                  # said as it is in every language (verbatim)
            return render(self.values.get("text", ""), lang)
        catalogue = CATALOGUES.get(self.domain)
        if catalogue is None:
            raise KeyError(f"no catalogue for {self.code!r}")
        return catalogue.word(self.key, self.values, lang).rstrip(" ")

    def __str__(self) -> str:
        return self.text(SOURCE_LANGUAGE)

    def with_params(self, **changes: Any) -> Message:
        """The same message with some parameters changed (a refusal without its command-line hint)."""
        values = {**self.values, **{k: _frozen(v) for k, v in changes.items()}}
        return Message(self.code, tuple(values.items()))

    def in_languages(self) -> dict[str, str]:
        """{"en": ..., "fr": ...}: for --json outputs that a window words in its own language."""
        return {lang: self.text(lang) for lang in LANGUAGES}

    def to_json(self) -> dict:
        """The code, the parameters (nested messages as their own JSON) and the words in each language."""
        params = {k: (v.to_json() if isinstance(v, Message) else
                      [x.to_json() if isinstance(x, Message) else x for x in v] if isinstance(v, tuple) else v)
                  for k, v in self.params}
        return {"code": self.code, "params": params, **self.in_languages()}


def stored(message: Message) -> str:
    """A message as JSON text to keep in the database (its code and parameters, never its words)."""
    import json

    def plain(value: Any) -> Any:
        if isinstance(value, Message):
            return {"code": value.code, "params": {k: plain(v) for k, v in value.params}}
        if isinstance(value, tuple):
            return [plain(v) for v in value]
        return value if isinstance(value, (str, int, float, bool)) or value is None else str(value)

    return json.dumps(plain(message), ensure_ascii=False, sort_keys=True)


def from_stored(text: str | None) -> Message | None:
    """The message `stored` kept, or None (nothing kept, a code this version has no words for)."""
    import json

    def build(value: Any) -> Any:
        if isinstance(value, dict) and set(value) == {"code", "params"}:
            return Message(value["code"], tuple((k, build(v)) for k, v in value["params"].items()))
        if isinstance(value, list):
            return tuple(build(v) for v in value)
        return value

    if not text:
        return None
    try:
        message = build(json.loads(text))
    except (ValueError, TypeError, AttributeError):
        return None
    if not isinstance(message, Message):
        return None
    catalogue = CATALOGUES.get(message.domain)
    return message if message.code == "" or (catalogue is not None and message.key in catalogue) else None


def verbatim(text: str) -> Message:
    """Text that is the same in every language (a name, an organizer's own reason)."""
    return Message("", (("text", text),))


def joined(parts: list[Message] | tuple[Message, ...], separator: str = "; ") -> Message:
    """Several messages said one after the other, each in the reader's language."""
    return Message("wording.joined", (("parts", tuple(parts)), ("separator", separator)))


class Catalogue:
    """One domain's wordings: key -> (English, French) templates (see the module docstring)."""

    def __init__(self, domain: str, entries: Mapping[str, tuple[str, str] | Mapping[str, str]]):
        if domain in CATALOGUES:
            raise ValueError(f"the catalogue {domain!r} is declared twice")
        self.domain = domain
        self.entries: dict[str, dict[str, str]] = {}
        for key, words in entries.items():
            table = dict(zip(LANGUAGES, words)) if isinstance(words, tuple) else dict(words)
            table["fr"] = french_typography(table.get("fr", ""))
            self.entries[key] = table
        CATALOGUES[domain] = self

    def __call__(self, key: str, /, **params: Any) -> Message:
        if key not in self.entries:
            raise KeyError(f"{self.domain}.{key} has no wording")
        return Message(f"{self.domain}.{key}", tuple((k, _frozen(v)) for k, v in params.items()))

    def __contains__(self, key: str) -> bool:
        return key in self.entries

    def word(self, key: str, params: Mapping[str, Any], lang: str) -> str:
        table = self.entries[key]
        template = table.get(lang) or table[SOURCE_LANGUAGE]
        return _Formatter(lang).vformat(template, (), params)


def _join(params: Mapping[str, Any], lang: str) -> str:
    separator = str(params.get("separator", "; "))
    if lang == "fr" and separator[:1] in ";:!?":
        separator = (_NNBSP if separator[0] != ":" else _NBSP) + separator       # "a ; b" in French
    return separator.join(render(p, lang) for p in params.get("parts", ()))


class _Joined(Catalogue):
    def word(self, key: str, params: Mapping[str, Any], lang: str) -> str:
        return _join(params, lang)


_Joined("wording", {"joined": ("{parts}", "{parts}")})
