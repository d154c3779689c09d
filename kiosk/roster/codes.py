"""Ticket-code sanity: spot codes that Excel has mangled, so a broken roster is never imported.

Excel keeps 15 significant digits of a number: a 19-25 digit Eventbrite barcode opened and saved
in Excel becomes `7.52327E+23` or `752327237937711000000000`, and a code with a leading zero loses
it. Such codes can never match a scanned ticket, so the whole import is refused with a message
telling the organizer how to get a clean file.

The app's own attendance export (its header: kiosk/formula_guard.py) is not checked: it holds the
codes the app has, and a genuine code such as `0E0` or `1E5` must import again from it.
"""

from __future__ import annotations

import re
from collections import Counter

from kiosk.errors import ImportRefused
from kiosk.roster.words import WORDS
from kiosk.wording import Message

#: Platforms whose all-digit codes never end in "000" (Eventbrite's end in a 3-digit sequence, 001...).
_NEVER_TRAILING_ZEROS = {"eventbrite"}

_SCIENTIFIC = re.compile(r"^[+-]?\d+(?:[.,]\d+)?[eE][+-]?\d+$")

EXCEL_SIGNIFICANT_DIGITS = 15


def mangled_reason(code: str, platform: str = "") -> str:
    """Why `code` looks damaged by Excel, or "" if it looks fine."""
    if not code:
        return ""
    first = code[0]
    if (first.isdigit() or first in "+-") and ("E" in code or "e" in code) and _SCIENTIFIC.match(code):
        return "is in scientific notation"
    if code.isdigit() and code.isascii() and len(code) > EXCEL_SIGNIFICANT_DIGITS:
        tail = code[EXCEL_SIGNIFICANT_DIGITS:]
        if tail.strip("0") == "" and (platform in _NEVER_TRAILING_ZEROS or len(tail) >= 3):
            return "has had its last digits replaced by zeros"
    return ""


def check_codes(codes: list[tuple[int, str]], *, name: str, column: str, platform: str = "") -> None:
    """Refuse the import if the code column shows signs of an Excel round trip.

    `codes` holds (line, code) for the rows that have a code, in file order (see CodeCheck)."""
    check = CodeCheck()
    for line, code in codes:
        check.add(line, code)
    check.verdict(name=name, column=column, platform=platform)


class CodeCheck:
    """The Excel check over a whole code column, fed one code at a time (a 500,000-row import keeps
    counts and the first suspicious codes, never the column).

    A single scientific-notation code or a long code zero-filled after the 15th digit is proof
    enough; 16-17 digit codes ending in zeros and lost leading zeros are judged over the whole
    column. `add` runs once per row, so it avoids regexes and calls for the usual code."""

    def __init__(self):
        self.total = 0
        self.scientific: tuple[int, str] | None = None
        self.digits = 0
        self.lengths: dict[int, int] = {}                 # digit codes per length, in order of first sight
        self.first_of_length: dict[int, tuple[int, str]] = {}
        self.lengths_not_zero_led: set[int] = set()
        self.long = 0                                     # digit codes longer than Excel keeps
        self.zero_tailed = 0                              # ... whose digits after the 15th are zeros
        self.first_zero_tailed: tuple[int, str] | None = None
        self.first_far_zero_tailed: tuple[int, str] | None = None   # 3+ zeros: Excel beyond doubt

    def add(self, line: int, code: str) -> None:
        self.add_many([(line, code)])

    def add_many(self, pairs: list[tuple[int, str]]) -> None:
        """(line, code) of the next rows with a code, in file order."""
        self.total += len(pairs)
        if self.scientific is None:
            self.scientific = next((pair for pair in pairs if ("E" in pair[1] or "e" in pair[1])
                                    and pair[1][0] in "0123456789+-" and _SCIENTIFIC.match(pair[1])), None)
        digits = [pair for pair in pairs if pair[1].isdigit() and pair[1].isascii()]
        if not digits:
            return
        self.digits += len(digits)
        for n, count in Counter(len(code) for _, code in digits).items():
            if n in self.lengths:
                self.lengths[n] += count
            else:
                self.lengths[n] = count
                self.first_of_length[n] = next(pair for pair in digits if len(pair[1]) == n)
        self.lengths_not_zero_led.update({len(code) for _, code in digits if code[0] != "0"})
        limit = EXCEL_SIGNIFICANT_DIGITS
        long_codes = [pair for pair in digits if len(pair[1]) > limit]
        self.long += len(long_codes)
        zero_tailed = [pair for pair in long_codes if pair[1][-1] == "0" and not pair[1][limit:].strip("0")]
        if zero_tailed:
            self.zero_tailed += len(zero_tailed)
            if self.first_zero_tailed is None:
                self.first_zero_tailed = zero_tailed[0]
            if self.first_far_zero_tailed is None:
                self.first_far_zero_tailed = next((pair for pair in zero_tailed if len(pair[1]) - limit >= 3), None)

    def verdict(self, *, name: str, column: str, platform: str = "") -> None:
        """Raise ImportRefused naming the first code that shows the damage, if any does."""
        if self.scientific is not None:
            _refuse(name, *self.scientific, column=column, reason=WORDS("code_scientific"))
        first_zero = self.first_zero_tailed if platform in _NEVER_TRAILING_ZEROS else self.first_far_zero_tailed
        if first_zero is not None:
            _refuse(name, *first_zero, column=column, reason=WORDS("code_zeros"))
        if not self.digits:
            return
        # 16-17 digit codes that all end in zeros: one could be chance, three in a column is Excel.
        if self.zero_tailed >= 3 and self.zero_tailed == self.long and self.first_zero_tailed is not None:
            _refuse(name, *self.first_zero_tailed, column=column, reason=WORDS("code_zeros"))
        # Lost leading zeros: most codes have length L and all start with "0"; a shorter one lost its zero.
        if self.digits >= 3 and self.digits * 10 >= self.total * 9:
            common = max(self.lengths, key=self.lengths.__getitem__)      # the first of the most frequent
            if common >= 8 and self.lengths[common] >= 2 and common not in self.lengths_not_zero_led:
                shorter = [self.first_of_length[n] for n in self.lengths if n < common]
                if shorter:
                    line, code = min(shorter)
                    _refuse(name, line, code, column=column,
                            reason=WORDS("code_leading_zero", digits=common))


def _refuse(name: str, line: int, code: str, *, column: str, reason: Message) -> None:
    raise ImportRefused(WORDS("excel_code", name=name, line=line, column=column, code=code, reason=reason))
