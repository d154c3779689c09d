"""Tell a USB/Bluetooth barcode scanner from a person typing: both arrive as key presses.

A "keyboard wedge" scanner types the code it reads, very fast, then Enter (or Tab). `WedgeDetector`
is fed one key at a time with its timestamp - `feed("K", 12.031)`, `feed(ENTER, 12.090)` - and returns
a `Burst` when the keys since the last pause came faster than a person types (every gap under
`max_gap_s`), numbered at least `min_length` characters and ended with a terminator. Anything else is
a person typing into the search box, and is left alone.

The configured `prefix`/`suffix` (some scanners are set to add one) are stripped from the payload.

AZERTY: a scanner set for a US keyboard, on a computer set to French AZERTY, presses the keys where
US digits are and the computer types `&é"'(-è_çà` instead of `1234567890` (and `a`/`q`, `z`/`w`, `m`
and punctuation move too). `unazerty(text)` undoes that, as a pure function. Whether to apply it is a
setting, because a correct scan can contain those characters too:
    "off"    never (the default);
    "digits" only when every character of the payload is one of `&é"'(-è_çà` (codes known to be all
             digits can be nothing else);
    "known"  when the payload as typed is not a known code but its un-AZERTY'd form is (the caller
             passes `is_known`; without it, as "digits");
    "always" the scanner is known to be set up for US on an AZERTY computer.
No Qt here: kiosk/ui/wedge_filter.py feeds this from the window's key events.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Callable

log = logging.getLogger(__name__)

ENTER = "Enter"
TAB = "Tab"
BACKSPACE = "Backspace"
OTHER = "Other"  # any key that is not a character: arrows, Escape, shortcuts

AZERTY_MODES = ("off", "digits", "known", "always")

# The US key a scanner presses for each character, and what a French AZERTY layout types for it.
_US_KEYS = "1234567890-=!@#$%^&*()_+qwazQWAZm;M:',<.>/?\"\\|]}"
_AZERTY_OUTPUT = "&é\"'(-è_çà)=1234567890°+azqwAZQW,m?Mù;.:/!§%*µ$£"
assert len(_US_KEYS) == len(_AZERTY_OUTPUT)
_UNAZERTY = {typed: meant for meant, typed in zip(_US_KEYS, _AZERTY_OUTPUT) if typed != meant}
assert len(set(_AZERTY_OUTPUT)) == len(_AZERTY_OUTPUT), "the AZERTY table must be one-to-one"
AZERTY_DIGITS = "&é\"'(-è_çà"


def unazerty(text: str) -> str:
    """What a US-layout scanner meant, from what an AZERTY computer typed: `&é"'(` -> `12345`."""
    return "".join(_UNAZERTY.get(ch, ch) for ch in text)


def is_azerty_digits(text: str) -> bool:
    """True when every character is one AZERTY types for a digit key (`&é"'(-è_çà`)."""
    return bool(text) and all(ch in AZERTY_DIGITS for ch in text)


@dataclass(frozen=True)
class WedgeSettings:
    """How to recognise the scanner (this station's settings, group "scanner" of the registry)."""

    min_length: int = 4
    max_gap_s: float = 0.05
    terminators: frozenset[str] = field(default_factory=lambda: frozenset({ENTER, TAB}))
    prefix: str = ""
    suffix: str = ""
    azerty: str = "off"

    @classmethod
    def from_settings(cls, get: Callable[[str], object]) -> WedgeSettings:
        """From the scanner settings (kiosk/store/settings.py, group "scanner"): `get(key)` gives
        `wedge_prefix`, `wedge_suffix`, `wedge_azerty` (a mode), `wedge_min_length`,
        `wedge_max_gap_ms`. A missing or bad value (None, a word where a number belongs) falls back
        to the default; `True`, as older versions stored `wedge_azerty`, means "known"."""
        default = cls()
        azerty = get("wedge_azerty")
        if azerty is True:
            azerty = "known"
        if azerty not in AZERTY_MODES:
            azerty = "off"

        def number(key, fallback, kind):
            value = get(key)
            if isinstance(value, bool) or not isinstance(value, (int, float, str)):
                return fallback
            try:
                value = kind(value)
            except ValueError:
                return fallback
            return value if value > 0 else fallback

        return cls(min_length=number("wedge_min_length", default.min_length, int),
                   max_gap_s=number("wedge_max_gap_ms", default.max_gap_s * 1000, float) / 1000,
                   prefix=str(get("wedge_prefix") or ""), suffix=str(get("wedge_suffix") or ""),
                   azerty=str(azerty))

    @classmethod
    def from_db(cls, db) -> WedgeSettings:
        """This station's scanner settings, from the registry."""
        from kiosk.store import settings

        return cls.from_settings(lambda key: settings.get(db, key))

    def __post_init__(self):
        if self.azerty not in AZERTY_MODES:
            raise ValueError(f"azerty must be one of {AZERTY_MODES}, not {self.azerty!r}")
        if self.min_length < 1 or self.max_gap_s <= 0:
            raise ValueError("min_length must be >= 1 and max_gap_s > 0")


@dataclass(frozen=True)
class Burst:
    """One scan typed by a scanner."""

    payload: str     # what to look up: prefix/suffix stripped, AZERTY undone when the setting says so
    typed: str       # the characters as they arrived (these reached the focused widget)
    terminator: str  # ENTER or TAB (it did not reach the widget: the filter swallows it)
    started_at: float
    ended_at: float

    @property
    def chars_per_s(self) -> float:
        span = self.ended_at - self.started_at
        return len(self.typed) / span if span > 0 else float("inf")


class WedgeDetector:
    """A state machine over (key, timestamp): finds scanner bursts, leaves human typing alone."""

    def __init__(self, settings: WedgeSettings | None = None,
                 is_known: Callable[[str], bool] | None = None):
        self.settings = settings or WedgeSettings()
        self.is_known = is_known
        self._chars: list[str] = []
        self._started = 0.0
        self._last = 0.0

    @property
    def run(self) -> str:
        """The characters typed since the last pause (a scan in progress, or a person's word)."""
        return "".join(self._chars)

    def feed(self, key: str, t: float) -> Burst | None:
        """One key press at time `t` (seconds). `key` is one character, or ENTER, TAB, BACKSPACE, OTHER."""
        if key in self.settings.terminators:
            burst = self._finish(key, t)
            self.reset()
            return burst
        if len(key) == 1 and key not in "\r\n\t\b\x1b\x7f":
            if self._chars and 0 <= t - self._last <= self.settings.max_gap_s:
                self._chars.append(key)
            else:  # after a pause: a new run starts with this key
                self._chars = [key]
                self._started = t
            self._last = t
            return None
        self.reset()  # Backspace, arrows, shortcuts: a person is at the keyboard
        return None

    def starts_run(self, key: str, t: float) -> bool:
        """Would `key` at `t` start a new run? (The UI snapshots the text box before it arrives.)"""
        if len(key) != 1 or key in self.settings.terminators:
            return False
        return not self._chars or not (0 <= t - self._last <= self.settings.max_gap_s)

    def reset(self) -> None:
        self._chars = []

    def _finish(self, terminator: str, t: float) -> Burst | None:
        s = self.settings
        if len(self._chars) < s.min_length or not (0 <= t - self._last <= s.max_gap_s):
            return None
        typed = "".join(self._chars)
        payload = clean_payload(typed, s, self.is_known)
        if not payload:
            return None
        return Burst(payload, typed, terminator, self._started, t)


def clean_payload(typed: str, settings: WedgeSettings, is_known: Callable[[str], bool] | None = None) -> str:
    """What a scanner's typed text stands for: the configured prefix and suffix stripped, AZERTY
    undone as the setting says. The desk's wedge and `kiosk scan` read scans through this."""
    payload = typed
    if settings.prefix and payload.startswith(settings.prefix):
        payload = payload[len(settings.prefix):]
    if settings.suffix and payload.endswith(settings.suffix):
        payload = payload[: -len(settings.suffix)]
    if not payload:
        return ""
    mode = settings.azerty
    if mode == "always":
        return unazerty(payload)
    if mode == "digits":
        return unazerty(payload) if is_azerty_digits(payload) else payload
    if mode == "known":
        if is_known is None:  # nothing to check against: only the unambiguous all-digits case
            return unazerty(payload) if is_azerty_digits(payload) else payload
        fixed = unazerty(payload)
        if fixed != payload and not _safe_known(is_known, payload) and _safe_known(is_known, fixed):
            return fixed
    return payload


def _safe_known(is_known: Callable[[str], bool], code: str) -> bool:
    try:
        return bool(is_known(code))
    except Exception:  # a lookup problem must not lose the scan: keep it as typed, log the traceback
        log.warning("looking up %r for the AZERTY check failed; the scan is kept as typed", code, exc_info=True)
        return False
