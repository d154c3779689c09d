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
    is proof enough; zero-filled tails and lost leading zeros are judged over the whole column.
    """
    suspicious_short: list[tuple[int, str, str]] = []
    zero_tailed: list[tuple[int, str]] = []
    for line, code in codes:
        reason = mangled_reason(code, platform)
        if reason:
            _refuse(name, line, column, code, reason)
        if (len(code) in (EXCEL_SIGNIFICANT_DIGITS + 1, EXCEL_SIGNIFICANT_DIGITS + 2) and code.isdigit()
                and code[EXCEL_SIGNIFICANT_DIGITS:].strip("0") == ""):
            zero_tailed.append((line, code))
    digit_codes = [(line, code) for line, code in codes if code.isdigit() and code.isascii()]
    long_codes = [c for c in digit_codes if len(c[1]) > EXCEL_SIGNIFICANT_DIGITS]
    # 16-17 digit codes that all end in zeros: one could be chance, three in a column is Excel.
    if len(zero_tailed) >= 3 and len(zero_tailed) == len(long_codes):
        line, code = zero_tailed[0]
        _refuse(name, line, column, code, "has had its last digits replaced by zeros")
    # Lost leading zeros: most codes have length L and start with "0"; a shorter one lost its zero.
    if len(digit_codes) >= 3 and len(digit_codes) * 10 >= len(codes) * 9:
        lengths: dict[int, int] = {}
        for _, code in digit_codes:
            lengths[len(code)] = lengths.get(len(code), 0) + 1
        common = max(lengths, key=lengths.__getitem__)
        if common >= 8:
            full = [code for _, code in digit_codes if len(code) == common]
            if len(full) >= 2 and all(code[0] == "0" for code in full):
                for line, code in digit_codes:
                    if len(code) < common:
                        suspicious_short.append((line, code, ""))
                if suspicious_short:
                    line, code, _ = suspicious_short[0]
                    _refuse(name, line, column, code,
                            f"has lost its leading zero (the other codes have {common} digits and start with 0)")


def _refuse(name: str, line: int, column: str, code: str, reason: str) -> None:
    raise ImportRefused(
        f"{name}, line {line}, column {column!r}: the ticket code {code!r} {reason}, which happens when "
        "the export is opened and saved in Excel. Codes like this cannot match any ticket, so nothing "
        "was imported. Download the export again from the registration platform and import it without "
        "opening it in Excel (or import the .xlsx download instead).")
