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
def matrix(data: str):
    """The QR modules as a 2-D numpy bool array (True = dark), without quiet zone."""
    import numpy as np

    level = error_correction(data)
    try:
        import zxingcpp

        code = zxingcpp.create_barcode(data, zxingcpp.BarcodeFormat.QRCode, ec_level=level)
        return np.asarray(code.to_image(scale=1, add_quiet_zones=False)) < 128
    except (ImportError, AttributeError, TypeError):  # pragma: no cover - older zxing-cpp
        import qrcode

        levels = {"H": qrcode.constants.ERROR_CORRECT_H, "M": qrcode.constants.ERROR_CORRECT_M,
                  "L": qrcode.constants.ERROR_CORRECT_L}
        qr = qrcode.QRCode(error_correction=levels[level], border=0)
        qr.add_data(data)
        qr.make(fit=True)
        return np.array(qr.get_matrix(), dtype=bool)


_RECTS: dict[int, str] = {}


@functools.lru_cache(maxsize=4096)
def path_ops(data: str) -> tuple[int, str]:
    """(modules per side, PDF path operators in module units, origin bottom-left, y up).

    Horizontal runs of dark modules become one rectangle each, so a code is a few hundred
    operators that a printer fills in one go, with no gaps between modules.
    """
    import numpy as np

    dark = matrix(data)
    n = dark.shape[0]
    padded = np.zeros((n, n + 2), dtype=np.int8)
    padded[:, 1:-1] = dark
    edges = np.diff(padded, axis=1)           # +1 where a run starts, -1 one past where it ends
    rows, starts = np.nonzero(edges == 1)
    _, ends = np.nonzero(edges == -1)          # same row-major order as the starts
    keys = ((n - 1 - rows) * 65536 + starts * 256 + (ends - starts)).tolist()
    ops = []
    for key in keys:  # the same few hundred rectangles recur from code to code: format each once
        op = _RECTS.get(key)
        if op is None:
            y, rest = divmod(key, 65536)
            x, w = divmod(rest, 256)
            op = _RECTS[key] = f"{x} {y} {w} 1 re"
        ops.append(op)
    return n, "\n".join(ops)
