"""QR codes of ticket codes: module matrices, and PDF image masks for badges.

The error correction follows the ticket code's length as pretix does: H up to 32 characters, M up
to 128, else L (a longer payload at H would make modules too small to scan from a badge). zxing-cpp
encodes in C++ (about 0.2 ms a code); the pure-Python `qrcode` package is the fallback. No numpy:
the modules are bytes, so printing badges never loads the scanning stack.

On a badge the code is drawn as an image mask: one bit a module, painted in the fill colour, each
module a sharp square at any size (a printer scales a mask without smoothing it). It is a tenth of
the size of the same code drawn as rectangles, which halves a batch's PDF.
"""

from __future__ import annotations

import functools
from typing import Any

#: A module is dark when its grey value is below this.
_DARK_BELOW = 128
#: Grey byte -> "0" (dark: painted by an image mask) or "1" (light: left alone).
_MASK_BITS = bytes(0x30 if v < _DARK_BELOW else 0x31 for v in range(256))


def error_correction(data: str) -> str:
    n = len(data)
    return "H" if n <= 32 else "M" if n <= 128 else "L"


@functools.lru_cache(maxsize=4096)
def modules(data: str) -> tuple[int, bytes]:
    """(modules per side, one grey byte per module row by row: 0 dark, 255 light), no quiet zone."""
    level = error_correction(data)
    try:
        import zxingcpp

        image: Any = zxingcpp.create_barcode(data, zxingcpp.BarcodeFormat.QRCode, ec_level=level) \
            .to_image(scale=1, add_quiet_zones=False)
        pixels = memoryview(image)                # a buffer of one grey byte per module
        return int(image.shape[0]), pixels.tobytes()
    except (ImportError, AttributeError, TypeError):  # pragma: no cover - older zxing-cpp
        import qrcode

        levels = {"H": qrcode.constants.ERROR_CORRECT_H, "M": qrcode.constants.ERROR_CORRECT_M,
                  "L": qrcode.constants.ERROR_CORRECT_L}
        code = qrcode.QRCode(error_correction=levels[level], border=0)
        code.add_data(data)
        code.make(fit=True)
        rows = code.get_matrix()
        return len(rows), bytes(0 if dark else 255 for row in rows for dark in row)


def matrix(data: str) -> list[list[bool]]:
    """The QR modules as rows of booleans (True = dark), without quiet zone."""
    side, grey = modules(data)
    return [[v < _DARK_BELOW for v in grey[r * side:(r + 1) * side]] for r in range(side)]


@functools.lru_cache(maxsize=4096)
def image_mask(data: str) -> tuple[int, str]:
    """(modules per side, a PDF inline image mask drawing the code in a 1 x 1 unit square).

    Bits are 0 for dark modules (painted in the current fill colour), rows padded to whole bytes,
    written in ASCII hex so that the page's content stream stays text.
    """
    side, grey = modules(data)
    row_bytes = (side + 7) // 8
    pad = b"1" * (row_bytes * 8 - side)
    packed = b"".join(int(grey[r * side:(r + 1) * side].translate(_MASK_BITS) + pad, 2).to_bytes(row_bytes, "big")
                      for r in range(side))
    return side, f"BI /W {side} /H {side} /IM true /BPC 1 /F /AHx ID {packed.hex()}> EI"
