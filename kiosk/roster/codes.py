"""Ticket-code sanity: spot codes that Excel has mangled, so a broken roster is never imported.

Excel keeps 15 significant digits of a number: a 19-25 digit Eventbrite barcode opened and saved
in Excel becomes `7.52327E+23` or `752327237937711000000000`, and a code with a leading zero loses
it. Such codes can never match a scanned ticket, so the whole import is refused with a message
telling the organizer how to get a clean file.
"""

from __future__ import annotations

import re

from kiosk.errors import ImportRefused

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
        if tail.strip("0") == "":
            if platform in _NEVER_TRAILING_ZEROS or len(tail) >= 3:
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
    by_length: dict[int, list] = {}   # length -> [count, all start with "0", first line, first code]
    zero_tailed: list[tuple[int, str]] = []
    long_codes = digit_codes = 0
    for line, code in codes:
        if code.isdigit() and code.isascii():
            size = len(code)
            digit_codes += 1
            entry = by_length.get(size)
            if entry is None:
                by_length[size] = [1, code[0] == "0", line, code]
            else:
                entry[0] += 1
                if code[0] != "0":
                    entry[1] = False
            if size > limit:
                long_codes += 1
                if not code[limit:].strip("0"):
                    if strict or size - limit >= 3:
                        _refuse(name, line, column, code, "has had its last digits replaced by zeros")
                    zero_tailed.append((line, code))
        elif ("E" in code or "e" in code) and code[0] in "0123456789+-" and _SCIENTIFIC.match(code):
            _refuse(name, line, column, code, "is in scientific notation")
    # 16-17 digit codes that all end in zeros: one could be chance, three in a column is Excel.
    if len(zero_tailed) >= 3 and len(zero_tailed) == long_codes:
        line, code = zero_tailed[0]
        _refuse(name, line, column, code, "has had its last digits replaced by zeros")
    # Lost leading zeros: most codes have length L and all start with "0"; a shorter one lost its zero.
    if digit_codes >= 3 and digit_codes * 10 >= len(codes) * 9:
        common = max(by_length, key=lambda size: by_length[size][0])
        count, zero_start = by_length[common][:2]
        if common >= 8 and count >= 2 and zero_start:
            shorter = [entry for size, entry in by_length.items() if size < common]
            if shorter:
                line, code = min((entry[2], entry[3]) for entry in shorter)
                _refuse(name, line, column, code,
                        f"has lost its leading zero (the other codes have {common} digits and start with 0)")


def _refuse(name: str, line: int, column: str, code: str, reason: str) -> None:
    raise ImportRefused(
        f"{name}, line {line}, column {column!r}: the ticket code {code!r} {reason}, which happens when "
        "the export is opened and saved in Excel (or the code was stored as a number). Codes like this "
        "cannot match any ticket, so nothing "
        "was imported. Download the export again from the registration platform and import it without "
        "opening it in Excel (or import the .xlsx download instead).")
