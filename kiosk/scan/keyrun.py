"""Scanner or person? The decision for a finished run of keys, made with more than speed.

A USB or Bluetooth scanner "types" its code and presses Enter; so does a volunteer typing a name
into the search box, or an attendee typing an e-mail into the kiosk's forgot-ticket form. Timing
alone cannot tell them apart: a fast typist rolls 25-40 ms between keys, and a busy machine (X under
load) delivers a person's keys late and bunched, several at once. So the decision weighs:

- timing of the run (`timing_of`): MACHINE (a scanner-perfect burst: median and trimmed mean gap
  at most 15 ms, a few late keys allowed), HUMAN (a trimmed mean of 30 ms or more), or EITHER;
- the configured prefix/suffix (`wedge_prefix`, `wedge_suffix`): when set, every scan carries them
  and a run without them is a person;
- what the text is: an existing ticket (the roster lookup), an e-mail address, a name in the roster,
  the shape of a code (digits, `_`, `/`, `:`, a URL...), or words.

Decision, in this order (`classify_run`):
    fewer characters than `wedge_min_length`      typed   "too_short"  (unless a longer tail is a ticket: below)
    Enter long after the last key                  typed   "late_enter"
    prefix/suffix configured and present           scan    "prefix"     (unless the timing is HUMAN)
    prefix/suffix configured and absent            typed   "no_prefix"
    HUMAN timing                                   typed   "slow"
    a ticket the roster knows                      scan    "ticket"
    an e-mail address                              typed   "email"
    a name (or e-mail, organisation) in the roster typed   "name"
    MACHINE timing and the shape of a code         scan    "code_shape" (an unknown ticket: the desk says so;
                                                            6+ characters, 8+ after a person's keys)
    a longer tail of a run that is not HUMAN is a  scan    "ticket"     (a key delivered very late near the
    ticket the roster knows                                             end of a burst, X under load, cut the
                                                                        fast tail short)
    anything else                                  typed   "unsure"     (the search is the safe side)

Only the characters of the machine-fast tail of a run are taken for a scan (`scan_start`): a
person's "sl" typed before a scanner burst stays in the text box, and the UI puts the box back as
it was before `RunDecision.start`.

Using it from a window (no Qt here; kiosk/ui feeds it):
    recorder = KeyRunRecorder(settings)
    run = recorder.feed(key, t)               # on every key press; a KeyRun when Enter/Tab ends one
    decision = first_look(run, settings)      # on the GUI thread: certain without the roster, or None
    decision = classify_run(run, settings, RosterLookup(db))   # else off the GUI thread
The desk and the kiosk's forgot-ticket form call the same functions.
"""

from __future__ import annotations

import logging
import re
import statistics
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, Sequence

from kiosk.scan.wedge import ENTER, WedgeSettings, clean_payload

if TYPE_CHECKING:
    from kiosk.store.database import EventDB

log = logging.getLogger(__name__)

SCAN = "scan"
TYPED = "typed"

MACHINE = "machine"
EITHER = "either"
HUMAN = "human"

#: A scanner's keys come 2-8 ms apart; with jitter and bunching the typical gap stays under this.
SCANNER_GAP_S = 0.015
#: A run whose typical gap (trimmed mean) is this slow or slower is a person, however it is bunched.
HUMAN_GAP_S = 0.030
#: The longest late delivery tolerated inside a scanner burst (X under load).
STALL_MAX_S = 0.35
#: Enter this long after the last character is a person pressing Enter.
LATE_TERMINATOR_S = 0.30
#: The shortest unknown code taken for a scan (shorter bursts go to the search: the safe side).
MIN_UNKNOWN_CODE = 6
#: ... and after a person's keys in the same run.
MIN_UNKNOWN_CODE_AFTER_TYPING = 8
#: The most characters a recorder keeps (a scanner's payload is at most a few hundred).
MAX_RUN = 512

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_CODE_SYMBOLS = set("_/:=?#&+{}[]|\\~*$%^<>;")


@dataclass(frozen=True)
class KeyRun:
    """The characters typed since the last Enter/Tab (or edit key), each with its press time (s)."""

    text: str
    times: tuple[float, ...]
    end: float | None = None        # when the terminator (Enter or Tab) was pressed
    terminator: str = ENTER

    def __post_init__(self):
        if len(self.times) != len(self.text):
            raise ValueError("a KeyRun needs one time per character")


@dataclass(frozen=True)
class RunDecision:
    kind: str          # SCAN or TYPED
    payload: str       # for a scan: what to check in (prefix/suffix stripped, AZERTY undone); else ""
    start: int         # index in the run's text where the scan begins (0 for typed)
    reason: str        # why (see the module's table): for logs and tests
    timing: str        # MACHINE, EITHER or HUMAN, of the part that was judged

    @property
    def is_scan(self) -> bool:
        return self.kind == SCAN


class RunLookup(Protocol):
    """What the decision asks the roster (RosterLookup, or a fake in tests)."""

    def is_ticket(self, payload: str) -> bool: ...

    def names_someone(self, text: str) -> bool: ...


# -- timing ---------------------------------------------------------------------------------------

def gaps_of(times: Sequence[float]) -> list[float]:
    return [max(b - a, 0.0) for a, b in zip(times, times[1:])]


def allowed_stalls(n_gaps: int) -> int:
    """Late keys tolerated in a burst of `n_gaps` gaps: one, and one more per dozen keys."""
    return 1 + n_gaps // 12


def timing_of(gaps: Sequence[float], settings: WedgeSettings | None = None) -> str:
    """MACHINE, EITHER or HUMAN for the gaps between a run's keys."""
    if not gaps:
        return HUMAN
    ordered = sorted(gaps)
    k = allowed_stalls(len(ordered))
    trimmed = ordered[:-k] if len(ordered) > k else ordered[:1]
    stalls = ordered[len(trimmed):]
    mean = statistics.fmean(trimmed)
    median = statistics.median(ordered)
    human_gap = HUMAN_GAP_S
    if settings is not None and settings.max_gap_s > 0.05:
        human_gap = settings.max_gap_s   # a station with a slow scanner said so: trust its setting
    if mean >= human_gap:
        return HUMAN
    if mean <= SCANNER_GAP_S and median <= SCANNER_GAP_S and all(s <= STALL_MAX_S for s in stalls):
        return MACHINE
    return EITHER


def scan_start(run: KeyRun, settings: WedgeSettings) -> int:
    """Where the fast tail of a run begins: keys before a pause are a person's.

    Walking back from the last key, a gap up to `max_gap_s` joins the tail; a longer one (up to
    `STALL_MAX_S`) joins it only as a late delivery in the middle of a burst: fast keys on both
    sides of it, and no more of them than a burst of that length may have."""
    times = run.times
    n = len(times)
    if n == 0:
        return 0
    gaps = gaps_of(times)            # gaps[i] is the pause before key i + 1
    fast = max(settings.max_gap_s, SCANNER_GAP_S)
    start = n - 1
    stalls = 0
    while start > 0:
        gap = gaps[start - 1]
        if gap <= fast:
            start -= 1
            continue
        after = n - start                                 # keys already in the tail
        before_fast = start >= 3 and all(g <= SCANNER_GAP_S for g in gaps[start - 3:start - 1])
        after_fast = after >= 4 and all(g <= SCANNER_GAP_S for g in gaps[start:start + 3])
        if gap <= STALL_MAX_S and before_fast and after_fast and stalls < allowed_stalls(n - 1):
            stalls += 1
            start -= 1
            continue
        break
    return start


# -- what the text looks like ---------------------------------------------------------------------

def looks_like_email(text: str) -> bool:
    return bool(_EMAIL.match(text.strip())) and "://" not in text


def looks_like_code(text: str) -> bool:
    """The shape of a ticket code or of another machine-made payload, not of words a person types."""
    t = text.strip()
    if not t:
        return False
    lower = t.lower()
    if "://" in t or lower.startswith(("wifi:", "begin:", "mecard:", "mailto:", "tel:", "sms")) or t.startswith("{"):
        return True
    if any(ch.isdigit() for ch in t):
        return True
    if any(ch in _CODE_SYMBOLS for ch in t):
        return True
    if " " not in t:
        if len(t) >= 20:
            return True
        if "-" in t and not any(ch.islower() for ch in t) and len(t) >= 6:
            return True      # A-KJHGFDS (Hi.Events) rather than Jean-Luc
    return False


# -- the decision ---------------------------------------------------------------------------------

def first_look(run: KeyRun, settings: WedgeSettings) -> RunDecision | None:
    """The decision when no roster lookup can change it (cheap: for the GUI thread); None when the
    roster must be asked (`classify_run` with a lookup, off the GUI thread)."""
    decided, _ = _decide(run, settings, None, need_lookup_signal=True)
    return decided


def classify_run(run: KeyRun, settings: WedgeSettings, lookup: RunLookup | None = None) -> RunDecision:
    """Scan or typed, for a run that ended with Enter/Tab (see the module's table)."""
    decided, _ = _decide(run, settings, lookup, need_lookup_signal=False)
    assert decided is not None
    return decided


def _typed(reason: str, timing: str) -> RunDecision:
    return RunDecision(TYPED, "", 0, reason, timing)


def _decide(run: KeyRun, settings: WedgeSettings, lookup: RunLookup | None, *,
            need_lookup_signal: bool) -> tuple[RunDecision | None, str]:
    text = run.text
    marked = bool(settings.prefix or settings.suffix)
    start = scan_start(run, settings)
    if marked and settings.prefix:
        found = text.rfind(settings.prefix)
        if found >= 0:
            start = found           # the scan begins at its prefix, whatever the pauses say
    segment = text[start:]
    timing = _tail_timing(run, start, settings)
    if len(segment) < settings.min_length:
        if not marked and _may_hide_a_ticket(run, settings):
            if need_lookup_signal:
                return None, timing
            if lookup is not None:
                tail = _known_tail(run, settings, lookup)
                if tail is not None:
                    return tail, tail.timing
        return _typed("too_short", timing), timing
    if run.end is not None and run.times and run.end - run.times[-1] > LATE_TERMINATOR_S:
        return _typed("late_enter", timing), timing
    if marked:
        has_marks = (not settings.prefix or segment.startswith(settings.prefix)) and \
                    (not settings.suffix or segment.endswith(settings.suffix))
        if not has_marks:
            return _typed("no_prefix", timing), timing
        if timing == HUMAN:
            return _typed("slow", timing), timing
        payload = clean_payload(segment, settings, _safe(lookup.is_ticket) if lookup else None)
        if not payload:
            return _typed("no_prefix", timing), timing
        return RunDecision(SCAN, payload, start, "prefix", timing), timing
    if timing == HUMAN:
        return _typed("slow", timing), timing
    if need_lookup_signal:
        return None, timing
    payload = clean_payload(segment, settings, _safe(lookup.is_ticket) if lookup else None)
    if not payload:
        return _typed("unsure", timing), timing
    if lookup is not None and _safe(lookup.is_ticket)(payload):
        return RunDecision(SCAN, payload, start, "ticket", timing), timing
    if looks_like_email(segment) or looks_like_email(text):
        return _typed("email", timing), timing
    if lookup is not None and (_safe(lookup.names_someone)(segment) or _safe(lookup.names_someone)(text)):
        return _typed("name", timing), timing
    if timing == MACHINE and looks_like_code(payload) and _stands_alone(run, start, payload):
        return RunDecision(SCAN, payload, start, "code_shape", timing), timing
    if lookup is not None and _may_hide_a_ticket(run, settings):
        tail = _known_tail(run, settings, lookup)
        if tail is not None:
            return tail, tail.timing
    return _typed("unsure", timing), timing


#: How many characters back from Enter a known ticket is looked for (tails longer than the fast one).
LONGEST_TAIL = 64


def _may_hide_a_ticket(run: KeyRun, settings: WedgeSettings) -> bool:
    """Long enough, and not a person's pace overall (one or two late keys discounted)."""
    return len(run.text) >= settings.min_length and timing_of(gaps_of(run.times), settings) != HUMAN


def _known_tail(run: KeyRun, settings: WedgeSettings, lookup: RunLookup) -> RunDecision | None:
    """The longest tail of the run that is a ticket the roster knows and was not typed at a person's
    pace: X under load delivered a key of the burst very late, and the fast tail was cut short."""
    text, known = run.text, _safe(lookup.is_ticket)
    for k in range(max(len(text) - LONGEST_TAIL, 0), len(text) - settings.min_length + 1):
        tail_timing = _tail_timing(run, k, settings)
        if tail_timing == HUMAN:
            continue
        payload = clean_payload(text[k:], settings, known)
        if payload and known(payload):
            return RunDecision(SCAN, payload, k, "ticket", tail_timing)
    return None


def _stands_alone(run: KeyRun, start: int, payload: str) -> bool:
    """Enough of a burst to be an unknown ticket rather than a person's keys delivered as a block:
    at least `MIN_UNKNOWN_CODE` characters, and when the run began with other keys, a long one after
    a real pause (a busy X delivers a person's keys in blocks of two to four)."""
    if len(payload) < MIN_UNKNOWN_CODE:
        return False
    if start == 0:
        return True
    return len(run.text) - start >= MIN_UNKNOWN_CODE_AFTER_TYPING and run.times[start] - run.times[start - 1] >= 0.25


def _tail_timing(run: KeyRun, start: int, settings: WedgeSettings) -> str:
    return timing_of(gaps_of(run.times[start:]), settings)


def _safe(fn):
    def call(value: str) -> bool:
        try:
            return bool(fn(value))
        except Exception:  # noqa: BLE001 - a failed lookup must not lose the keys: log it, take the safe side
            log.warning("the roster lookup for a key run failed; the keys are taken as typed", exc_info=True)
            return False
    return call


# -- recording runs -------------------------------------------------------------------------------

class KeyRunRecorder:
    """Collects key presses into runs: everything typed since the last Enter/Tab or edit key.

    `feed(key, t)` takes one character, or ENTER/TAB (the settings' terminators), BACKSPACE or OTHER
    (arrows, shortcuts: a person editing, so the run is dropped). It returns the finished `KeyRun`
    at a terminator, else None. `length` is how many characters the current run holds (the UI keeps
    a snapshot of the text box per index, to put it back as it was before a scan's first key)."""

    def __init__(self, settings: WedgeSettings | None = None):
        self.settings = settings or WedgeSettings()
        self._chars: list[str] = []
        self._times: list[float] = []

    @property
    def length(self) -> int:
        return len(self._chars)

    def feed(self, key: str, t: float) -> KeyRun | None:
        if key in self.settings.terminators:
            if not self._chars:
                return None
            run = KeyRun("".join(self._chars), tuple(self._times), end=t, terminator=key)
            self.reset()
            return run
        if len(key) == 1 and key not in "\r\n\t\b\x1b\x7f":
            self._chars.append(key)
            self._times.append(t)
            if len(self._chars) > MAX_RUN:
                del self._chars[0], self._times[0]
            return None
        self.reset()          # BACKSPACE, OTHER: a person is editing
        return None

    def reset(self) -> None:
        self._chars, self._times = [], []


# -- the roster as the decision asks it ------------------------------------------------------------

class RosterLookup:
    """`is_ticket` and `names_someone` against an event database (two indexed or one-scan reads)."""

    def __init__(self, db: EventDB):
        self.db = db

    def is_ticket(self, payload: str) -> bool:
        from kiosk.checkin import resolve

        person, _ = resolve(self.db, payload)
        return person is not None

    def names_someone(self, text: str) -> bool:
        """Whether every word of `text` is in some attendee's name, e-mail or organisation (not code)."""
        from kiosk.roster.folding import fold

        words = fold(text).split()
        if not words:
            return False
        longest = max(words, key=len)[:200]      # a LIKE pattern over 50,000 bytes is an SQLite error
        pattern = "%" + longest.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        rows = self.db.conn.execute(
            "SELECT search_text, lower(code) FROM attendees WHERE search_text LIKE ? ESCAPE '\\' LIMIT 200",
            (pattern,)).fetchall()
        for search_text, code in rows:
            named = search_text[: -len(code)] if code and search_text.endswith(code) else search_text
            if all(w in named for w in words):
                return True
        return False
