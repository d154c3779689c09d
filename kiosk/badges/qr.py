"""QR codes of ticket codes, as module matrices and as compact PDF path operators.

The error correction follows the ticket code's length as pretix does: H up to 32 characters, M up
to 128, else L (a longer payload at H would make modules too small to scan from a badge). zxing-cpp
encodes in C++ (about 0.2 ms a code); the pure-Python `qrcode` package is the fallback.
"""

from __future__ import annotations

import functools


def error_correction(data: str) -> str:
    n = len(data)
    return "H" if n <= 32 else "M" if n <= 128 else "L"


@functools.lru_cache(maxsize=4096)
def matrix(data: str) -> tuple[tuple[bool, ...], ...]:
    """The QR modules (True = dark), without quiet zone."""
    level = error_correction(data)
    try:
        import zxingcpp

        code = zxingcpp.create_barcode(data, zxingcpp.BarcodeFormat.QRCode, ec_level=level)
        image = code.to_image(scale=1, add_quiet_zones=False)
        import numpy as np

        dark = np.asarray(image) < 128
        return tuple(tuple(bool(v) for v in row) for row in dark)
    except (ImportError, AttributeError, TypeError):  # pragma: no cover - older zxing-cpp
        import qrcode

        levels = {"H": qrcode.constants.ERROR_CORRECT_H, "M": qrcode.constants.ERROR_CORRECT_M,
                  "L": qrcode.constants.ERROR_CORRECT_L}
        qr = qrcode.QRCode(error_correction=levels[level], border=0)
        qr.add_data(data)
        qr.make(fit=True)
        return tuple(tuple(bool(v) for v in row) for row in qr.get_matrix())


@functools.lru_cache(maxsize=4096)
def path_ops(data: str) -> tuple[int, str]:
    """(modules per side, PDF path operators in module units, origin bottom-left, y up).

    Horizontal runs of dark modules become one rectangle each, so a code is a few hundred
    operators that a printer fills in one go, with no gaps between modules.
    """
    rows = matrix(data)
    n = len(rows)
    ops = []
    for r, row in enumerate(rows):
        y = n - 1 - r
        c = 0
        while c < n:
            if row[c]:
                start = c
                while c < n and row[c]:
                    c += 1
                ops.append(f"{start} {y} {c - start} 1 re")
            else:
                c += 1
    return n, "\n".join(ops)
