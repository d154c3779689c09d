"""A real X server for end-to-end tests: Xvfb on a free display, openbox as its window manager, the app
under it (tests/ui/e2e/probe_app.py), and xdotool as the keyboard, the scanner and the mouse.

    with XSession("1366x768") as x:
        app = x.start_app(["--db", path, "--station", "Desk 1"], title="Check-in desk")
        x.type("amara", per_key_ms=40)             # a person
        x.scan("EB-1005")                          # a USB scanner: 4 ms a key, then Enter
        app.wait(lambda s: s["desk"]["verdict"] == "ok")

xdotool's `--delay N` puts about N/2 ms between key presses (measured here: 8 -> 4.7 ms, 80 ->
42 ms, 200 -> 102 ms), so `per_key_ms` is doubled for it. Xvfb picks a free display itself
(-displayfd). Everything started here is stopped here, by its own process id.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[3]
TOOLS = ("Xvfb", "openbox", "xdotool", "xprop")


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


class ProbeTimeout(AssertionError):
    pass


class App:
    """The app under X, read through its probe."""

    def __init__(self, process: subprocess.Popen, log: Path):
        self.process = process
        self.log = log
        self.last: dict = {}

    def state(self) -> dict:
        assert self.process.stdin is not None and self.process.stdout is not None
        if self.process.poll() is not None:
            raise AssertionError(f"the app ended (exit {self.process.returncode}):\n{self.errors()}")
        self.process.stdin.write("state\n")
        self.process.stdin.flush()
        while True:
            line = self.process.stdout.readline()
            if not line:
                raise AssertionError(f"the app stopped answering:\n{self.errors()}")
            if line.startswith("PROBE "):
                self.last = json.loads(line[6:])
                return self.last

    def wait(self, condition: Callable[[dict], object], what: str = "", timeout: float = 10.0) -> dict:
        """Ask the app what it shows until `condition(state)` holds."""
        deadline = time.monotonic() + timeout
        while True:
            current = self.state()
            try:
                if condition(current):
                    return current
            except (KeyError, IndexError, TypeError):
                pass
            if time.monotonic() > deadline:
                raise ProbeTimeout(f"timed out waiting for {what or condition}; the app shows:\n"
                                   f"{json.dumps(current, indent=1)[:3000]}")
            time.sleep(0.05)

    def errors(self) -> str:
        return self.log.read_text(errors="replace")[-4000:] if self.log.exists() else ""

    def stop(self) -> int:
        """SIGTERM, as a shutdown does: the app closes its windows and stops its workers."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                stream.close()
        return self.process.returncode


class XSession:
    def __init__(self, size: str = "1366x768"):
        self.size = size
        self.folder = Path(tempfile.mkdtemp(prefix="kiosk-x11-"))
        self.display = ""
        self._xvfb: subprocess.Popen | None = None
        self._wm: subprocess.Popen | None = None
        self._others: list[subprocess.Popen] = []
        self.apps: list[App] = []

    # -- the server ------------------------------------------------------------------------------
    def __enter__(self) -> XSession:
        read, write = os.pipe()
        self._xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", f"{self.size}x24",
                                       "-nolisten", "tcp"], pass_fds=(write,), stdout=subprocess.DEVNULL,
                                      stderr=subprocess.DEVNULL)
        os.close(write)
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            self.__exit__(None, None, None)
            raise RuntimeError("Xvfb did not start")
        self.display = f":{number}"
        self._wm = subprocess.Popen(["openbox", "--sm-disable"], env=self.env(), stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while "window id" not in self.run("xprop", "-root", "_NET_SUPPORTING_WM_CHECK", check=False):
            if time.monotonic() > deadline:
                self.__exit__(None, None, None)     # the Xvfb started above goes too
                raise RuntimeError("openbox did not start on the test display")
            time.sleep(0.05)
        return self

    def __exit__(self, *_exc) -> None:
        for app in self.apps:
            app.stop()
        for process in (*self._others, self._wm, self._xvfb):
            if process is not None and process.poll() is None:
                process.terminate()
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait(5)
        shutil.rmtree(self.folder, ignore_errors=True)

    def env(self, **extra: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
        env.update(DISPLAY=self.display, QT_QPA_PLATFORM="xcb", **extra)
        return env

    def run(self, *args: str, check: bool = True) -> str:
        done = subprocess.run(args, env=self.env(), capture_output=True, text=True, timeout=30)
        if check and done.returncode != 0:
            raise RuntimeError(f"{' '.join(args)}: {done.stderr.strip()}")
        return done.stdout

    # -- the app ---------------------------------------------------------------------------------
    def start_app(self, argv: list[str], *, title: str) -> App:
        log = self.folder / f"app-{len(self.apps)}.log"
        env = self.env(KIOSK_SOUND="off", XDG_CONFIG_HOME=str(self.folder / "config"),
                       KIOSK_LOG_DIR=str(self.folder / "logs"), PYTHONUNBUFFERED="1")
        env.pop("KIOSK_SYNC_HUB", None)
        with log.open("w") as stderr:       # the app has its own copy; ours is closed at once
            process = subprocess.Popen([sys.executable, "-m", "tests.ui.e2e.probe_app", *argv], cwd=ROOT, env=env,
                                       stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=stderr, text=True,
                                       bufsize=1)
        app = App(process, log)
        self.apps.append(app)
        app.wait(lambda s: any(w["title"].startswith(title) for w in s["windows"]), f"the {title} window", 30)
        self.activate(title)
        return app

    def start_other_window(self, text: str = "Another program") -> None:
        """Another program's window (xmessage), to take the focus away."""
        self._others.append(subprocess.Popen(["xmessage", "-name", "other", text], env=self.env(),
                                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        self.run("xdotool", "search", "--sync", "--onlyvisible", "--classname", "other")

    def window_id(self, title: str) -> str:
        found = self.run("xdotool", "search", "--sync", "--onlyvisible", "--name", title).split()
        return found[0]

    def activate(self, title: str) -> None:
        self.run("xdotool", "windowactivate", "--sync", self.window_id(title), check=False)

    # -- keys and the mouse ------------------------------------------------------------------------
    def type(self, text: str, *, per_key_ms: int) -> None:
        """A person (40-200 ms a key) or a scanner (4 ms) typing `text`, no Enter."""
        self.run("xdotool", "type", "--delay", str(per_key_ms * 2), text)

    def key(self, *keys: str) -> None:
        self.run("xdotool", "key", "--clearmodifiers", *keys)

    def scan(self, code: str, per_key_ms: int = 4) -> None:
        """A USB scanner: the code at scanner speed and its Enter, in one burst."""
        self.run("xdotool", "type", "--delay", str(per_key_ms * 2), code + "\r")     # "\r" is Return

    def click(self, rect: list[int]) -> None:
        x, y, w, h = rect
        self.run("xdotool", "mousemove", "--sync", str(x + w // 2), str(y + h // 2), "click", "1")

    def screenshot(self, name: str) -> None:
        """With KIOSK_SCREENSHOTS=folder, the whole screen as a person sees it (ImageMagick's import)."""
        folder = os.environ.get("KIOSK_SCREENSHOTS")
        if folder and shutil.which("import"):
            self.run("import", "-display", self.display, "-window", "root", str(Path(folder) / f"x11-{name}.png"),
                     check=False)
