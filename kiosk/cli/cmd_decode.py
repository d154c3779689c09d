"""`kiosk decode FILE...`: what QR codes a photo, screenshot or video holds (no database needed).

Useful at the desk when a ticket will not scan: decode the attendee's screenshot or a photo of the
ticket to see what the code really says. With `--json`: a list of {"file", "payloads"} (an empty
list where no QR code was found, and an "error" where the file could not be read).
"""

from __future__ import annotations

from kiosk.errors import KnownError


def add_parser(sub, common) -> None:
    p = sub.add_parser("decode", parents=[common], help="print the QR codes found in image or video files",
                       description="Print the text of every QR code found in each image (PNG, JPEG, WebP, "
                                   "...) or video file. Does not use the event database.")
    p.add_argument("files", nargs="+", metavar="FILE", help="image or video files")
    p.set_defaults(run=run)


def run(args, out) -> int:
    from kiosk.scan.decoder import decode_file      # OpenCV and numpy: only for the commands that scan

    results = []
    failed = 0
    for path in args.files:
        try:
            results.append({"file": path, "payloads": decode_file(path)})
        except KnownError as exc:
            failed += 1
            results.append({"file": path, "payloads": [], "error": str(exc)})
    if failed == len(results):
        if len(results) == 1:
            raise KnownError(results[0]["error"])
    out.emit(results, lambda: _as_text(results))
    return 1 if failed else 0


def _as_text(results: list[dict]) -> str:
    lines = []
    for item in results:
        if "error" in item:
            lines.append(item["error"])
        elif not item["payloads"]:
            lines.append(f"{item['file']}: no QR code found")
        else:
            for payload in item["payloads"]:
                lines.append(f"{item['file']}: {_printable(payload)}")
    return "\n".join(lines)


def _printable(payload: str) -> str:
    """One line per payload: line breaks and other control characters shown escaped (\\r\\n)."""
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in payload)
