"""`kiosk scan`: a headless station reading one payload per line from standard input.

    kiosk scan [--station NAME] [--json]

Each line is answered at once, with the desk's rules and durability (kiosk/scan/station.py): a
line of text for a person, or with --json one JSON object per line holding at least `verdict`.
End of input (Ctrl+D) or Ctrl+C ends it cleanly, with a summary on standard error; a check-in in
progress is finished (or never happened), never half done. A problem with the database (locked,
full, damaged) is answered on that line as verdict "error" with what to do, and the next line is
tried again.
"""

from __future__ import annotations

import json
import signal
import sys

from kiosk.cli import open_db
from kiosk.errors import KnownError
from kiosk.typed_text import for_terminal


def add_parser(sub, common) -> None:
    p = sub.add_parser("scan", parents=[common], help="a headless station: check in one payload per line of standard input")
    p.add_argument("--station", default=None, help="this station's name (default: the station_name setting)")
    p.set_defaults(run=run)


class _Stopper:
    """Ctrl+C (SIGINT) or a service manager's stop (SIGTERM): while waiting for a line, stop at
    once; while a line is being answered, finish it (its verdict is printed) and stop after it."""

    def __init__(self):
        self.busy = False
        self.stop = False
        self.previous: dict = {}

    def __call__(self, _signum, _frame):
        if self.busy:
            self.stop = True
        else:
            raise KeyboardInterrupt

    def install(self) -> None:
        for sig in (signal.SIGINT, signal.SIGTERM):
            try:
                self.previous[sig] = signal.signal(sig, self)
            except ValueError:      # not the main thread (a test running the CLI in-process)
                pass

    def restore(self) -> None:
        for sig, handler in self.previous.items():
            signal.signal(sig, handler)


def _read_line(source) -> bytes | str:
    """The next line, or as much of it as can be a scan: the rest of a longer line (a file piped in
    by mistake, 1 GB without a newline) is read and dropped in pieces, never held whole."""
    from kiosk.scan.raw_text import MAX_PAYLOAD_CHARS

    limit = 4 * MAX_PAYLOAD_CHARS + 8           # a character is at most 4 bytes of UTF-8
    raw = source.readline(limit)
    if len(raw) < limit or raw[-1:] in (b"\n", "\n"):
        return raw
    while True:                                 # the payload is already too long to be a ticket
        rest = source.readline(1 << 20)
        if not rest or rest[-1:] in (b"\n", "\n"):
            return raw


def run(args, out) -> int:
    from kiosk.scan.station import HeadlessStation

    db = open_db(args)
    stream = out.stream
    source = sys.stdin.buffer if hasattr(sys.stdin, "buffer") else sys.stdin
    with db:
        station = HeadlessStation.open(db, args.station)
        if sys.stdin.isatty() and not out.as_json:
            sys.stderr.write(f"Ready: scan tickets at station {station.station}. Ctrl+D or Ctrl+C to stop.\n")
            sys.stderr.flush()
        stopper = _Stopper()
        stopper.install()
        lines = 0
        try:
            while not stopper.stop:
                raw = _read_line(source)
                if not raw:
                    break
                stopper.busy = True
                # Bytes that are not UTF-8 are kept as they were (stored escaped: kiosk/scan/raw_text.py).
                line = raw.decode("utf-8", errors="surrogateescape") if isinstance(raw, bytes) else raw
                payload = station.payload_of(line)
                if payload:
                    lines += 1
                    try:
                        result = station.answer(payload)
                    except KnownError as exc:
                        station.verdicts["error"] += 1
                        data, text = {"verdict": "error", "payload": payload, "error": str(exc)}, f"ERROR: {exc}"
                    else:
                        data, text = result.to_json(), result.message()
                    shown = json.dumps(data, ensure_ascii=False) if out.as_json else text
                    stream.write(for_terminal(shown, json=out.as_json) + "\n")
                    stream.flush()
                stopper.busy = False
        except KeyboardInterrupt:
            pass
        finally:
            stopper.restore()
        summary = ", ".join(f"{verdict} {n}" for verdict, n in sorted(station.verdicts.items())) or "nothing scanned"
        sys.stderr.write(f"kiosk scan: {lines} scan(s) at station {station.station}: {summary}.\n")
        sys.stderr.flush()
    return 0
