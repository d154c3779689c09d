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

    `codes` holds (line, code) for the rows that have a code. A single scientific-notation code
    or a long code zero-filled after the 15th digit is proof enough; 16-17 digit codes ending in
    zeros and lost leading zeros are judged over the whole column. Runs once per import over
    every code, so it avoids regexes and per-code function calls.
    """
    strict = platform in _NEVER_TRAILING_ZEROS
    limit = EXCEL_SIGNIFICANT_DIGITS
    # Scientific notation: only codes holding an E that start like a number are looked at closely.
    for line, code in [pair for pair in codes if "E" in pair[1] or "e" in pair[1]]:
        if code[0] in "0123456789+-" and _SCIENTIFIC.match(code):
            _refuse(name, line, column, code, WORDS("code_scientific"))
    digit_codes = [pair for pair in codes if pair[1].isdigit() and pair[1].isascii()]
    if not digit_codes:
        return
    # Zero-filled tails: only long codes ending in "0" are looked at closely.
    long_codes = [pair for pair in digit_codes if len(pair[1]) > limit]
    zero_tailed = [pair for pair in long_codes if pair[1][-1] == "0" and not pair[1][limit:].strip("0")]
    for line, code in zero_tailed:
        if strict or len(code) - limit >= 3:
            _refuse(name, line, column, code, WORDS("code_zeros"))
    # 16-17 digit codes that all end in zeros: one could be chance, three in a column is Excel.
    if len(zero_tailed) >= 3 and len(zero_tailed) == len(long_codes):
        line, code = zero_tailed[0]
        _refuse(name, line, column, code, WORDS("code_zeros"))
    # Lost leading zeros: most codes have length L and all start with "0"; a shorter one lost its zero.
    if len(digit_codes) >= 3 and len(digit_codes) * 10 >= len(codes) * 9:
        lengths = Counter(len(code) for _, code in digit_codes)
        common, count = lengths.most_common(1)[0]
        if common >= 8 and count >= 2 and all(code[0] == "0" for _, code in digit_codes if len(code) == common):
            shorter = [pair for pair in digit_codes if len(pair[1]) < common]
            if shorter:
                line, code = shorter[0]
                _refuse(name, line, column, code, WORDS("code_leading_zero", digits=common))


def _refuse(name: str, line: int, column: str, code: str, reason: Message) -> None:
    raise ImportRefused(WORDS("excel_code", name=name, line=line, column=column, code=code, reason=reason))
