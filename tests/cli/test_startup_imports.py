"""Commands that do not scan start without OpenCV, numpy or Qt: `kiosk stats` on a laptop at the
door answers in a fraction of a second, and a Raspberry Pi running `kiosk scan` from a keyboard
scanner never loads a camera stack it does not use."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("cv2", "numpy", "PySide6")    # zxing-cpp is the badges' QR encoder too

CHILD = r'''
import io, json, sys
from contextlib import redirect_stdout, redirect_stderr
from kiosk.cli import main
db, out = sys.argv[1], sys.argv[2]
commands = [
    ["demo"], ["stats"], ["stats", "--json"], ["roster"], ["roster", "--search", "amara"],
    ["checkin", "KIOSK-DEMO-0001"], ["undo", "KIOSK-DEMO-0001", "--reason", "test"],
    ["export", "--out", out + "/a.csv"], ["report", "--out", out + "/r.pdf"], ["settings", "list"],
    ["print", "--list"], ["sync", "--status"], ["backup", "--list"], ["scan"], ["badges", "--out", out + "/b.pdf"],
    # last: openpyxl imports numpy whenever it is installed (to know numpy's number types)
    ["export", "--format", "xlsx", "--out", out + "/a.xlsx"],
]
loaded = {}
sys.stdin = io.StringIO("KIOSK-DEMO-0002\n")
for command in commands:
    with redirect_stdout(io.StringIO()), redirect_stderr(io.StringIO()):
        main([command[0], "--db", db, *command[1:]])
    loaded[" ".join(command)] = sorted({m.split(".")[0] for m in sys.modules} & set(sys.argv[3:]))
print(json.dumps(loaded))
'''


def test_commands_that_do_not_scan_load_no_camera_stack(tmp_path):
    out = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path / "event.sqlite"), str(tmp_path), *HEAVY],
                         capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    loaded = json.loads(out.stdout.strip().splitlines()[-1])
    xlsx = loaded.pop(next(c for c in loaded if "xlsx" in c))
    assert {command: mods for command, mods in loaded.items() if mods} == {}
    assert "cv2" not in xlsx and "PySide6" not in xlsx


def test_decoding_still_loads_the_decoder(tmp_path):
    probe = "import sys; from kiosk.cli import main; main(['decode', sys.argv[1]]); print('cv2' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", probe, str(ROOT / "resources" / "demo" / "demo-tickets.mp4")],
                         capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert out.stdout.strip().splitlines()[-1] == "True"
