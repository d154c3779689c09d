"""One clock: every stored instant shown in the event's time zone, in English or French.

Facts are stored as ISO 8601 UTC ("2026-11-29T14:41:05.120Z"); people read them in the event's
time zone, never the computer's (a laptop set to another zone shows the same times as the door).
Every time the command line prints, and every time a window shows, goes through here:

    format_instant(iso, "America/Toronto")                       "09:41"
    format_instant(iso, tz, "day", "fr")                          "samedi 29 novembre"
    format_instant(iso, tz, "day_time")                           "Saturday 29 November at 09:41"
    format_instant(iso, tz, "short_day_time", "fr")               "sam. 29 nov. 9 h 41"
    format_instant(iso, tz, "auto", today="2026-11-29")           "09:41" today, else "Fri 28 Nov 16:02"
    format_day("2026-11-29", "fr")                                "samedi 29 novembre" (an event day)
    format_days(["2026-11-29", "2026-11-30"])                     "Saturday 29 November and Sunday 30 November"
    valid_on(["2026-11-29"], "fr")                                "valable le samedi 29 novembre"

A value that is not a time comes back as it was (a message never breaks on a damaged row).
"""

from __future__ import annotations

from datetime import date, datetime, time, timezone
from typing import Iterable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

LANGUAGES = ("en", "fr")
STYLES = ("time", "day", "short_day", "date", "day_time", "short_day_time", "auto")

_DAYS = {"en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
         "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")}
_SHORT_DAYS = {"en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
               "fr": ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.")}
_MONTHS = {"en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December"),
           "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                  "novembre", "décembre")}
_SHORT_MONTHS = {"en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
                 "fr": ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
                        "déc.")}


def _lang(lang: str) -> str:
    return lang if lang in LANGUAGES else "en"


def _zone(tz_name: str) -> ZoneInfo:
    try:
        return ZoneInfo(tz_name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def to_event_time(value: str | datetime | None, tz_name: str) -> datetime | None:
    """A stored instant as an aware datetime in the event's zone; None when it is not a time."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        moment = value
    else:
        try:
            moment = datetime.fromisoformat(str(value).strip().replace("Z", "+00:00"))
        except ValueError:
            return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)     # stored naive times are UTC
    return moment.astimezone(_zone(tz_name))


def _day_number(day: int, lang: str) -> str:
    return "1er" if (lang == "fr" and day == 1) else str(day)


def _time(moment: datetime | time, lang: str) -> str:
    return f"{moment.hour} h {moment.minute:02d}" if lang == "fr" else f"{moment.hour:02d}:{moment.minute:02d}"


def format_wall_time(hhmm: str, lang: str = "en") -> str:
    """A time of day given as "13:30" (a chart's quarter hour) as the language writes it: 13:30, 13 h 30."""
    hour, _, minute = hhmm.partition(":")
    return _time(time(int(hour), int(minute or 0)), _lang(lang))


def _day(d: date, lang: str, style: str) -> str:
    if style == "short_day":
        if lang == "fr":
            return f"{_SHORT_DAYS['fr'][d.weekday()]} {_day_number(d.day, 'fr')} {_SHORT_MONTHS['fr'][d.month - 1]}"
        return f"{_SHORT_DAYS['en'][d.weekday()]} {d.day} {_SHORT_MONTHS['en'][d.month - 1]}"
    if style == "date":
        return f"{_day_number(d.day, lang)} {_MONTHS[lang][d.month - 1]} {d.year}"
    return f"{_DAYS[lang][d.weekday()]} {_day_number(d.day, lang)} {_MONTHS[lang][d.month - 1]}"


def format_instant(value: str | datetime | None, tz_name: str, style: str = "time", lang: str = "en", *,
                   today: str | None = None) -> str:
    """A stored UTC instant in the event's time zone, in words of `lang` (see the module's examples).
    `today` (an ISO date, the event's day) makes style "auto" drop the day for today's times."""
    if style not in STYLES:
        raise ValueError(f"style must be one of {STYLES}")
    lang = _lang(lang)
    moment = to_event_time(value, tz_name)
    if moment is None:
        return "" if value is None else str(value)
    if style == "auto":
        style = "time" if today and moment.date().isoformat() == today else "short_day_time"
    if style == "time":
        return _time(moment, lang)
    if style in ("day", "short_day", "date"):
        return _day(moment.date(), lang, style)
    if style == "day_time":
        return f"{_day(moment.date(), lang, 'day')} {'à' if lang == 'fr' else 'at'} {_time(moment, lang)}"
    return f"{_day(moment.date(), lang, 'short_day')} {_time(moment, lang)}"


def in_both(value: str | datetime | None, tz_name: str, style: str = "time", **kw) -> dict[str, str]:
    """{"en": ..., "fr": ...}: for --json outputs that a window words in its own language."""
    return {lang: format_instant(value, tz_name, style, lang, **kw) for lang in LANGUAGES}


def format_day(day: str | date, lang: str = "en", style: str = "day") -> str:
    """An event day (an ISO date, no time zone involved): "Saturday 29 November"."""
    try:
        d = day if isinstance(day, date) else date.fromisoformat(str(day))
    except ValueError:
        return str(day)
    return _day(d, _lang(lang), style if style in ("day", "short_day", "date") else "day")


def format_days(days: Iterable[str | date], lang: str = "en", style: str = "day") -> str:
    """Several event days joined as a sentence does: "A, B and C" / "A, B et C"."""
    lang = _lang(lang)
    words = [format_day(d, lang, style) for d in days]
    if len(words) <= 1:
        return "".join(words)
    joiner = " et " if lang == "fr" else " and "
    return ", ".join(words[:-1]) + joiner + words[-1]


def valid_on(days: Iterable[str | date], lang: str = "en") -> str:
    """What a ticket for other days says: "valid on Saturday 29 November" / "valable le samedi
    29 novembre" (several days: "valid on A and B" / "valable le A et le B"); no day at all:
    "valid on no day of this event" / "valable aucun jour de l'événement"."""
    lang = _lang(lang)
    listed = list(days)
    if not listed:
        return "valable aucun jour de l'événement" if lang == "fr" else "valid on no day of this event"
    if lang == "fr":
        words = ["le " + format_day(d, "fr") for d in listed]
        joined = words[0] if len(words) == 1 else ", ".join(words[:-1]) + " et " + words[-1]
        return "valable " + joined
    return "valid on " + format_days(listed, "en")
