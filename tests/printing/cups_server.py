"""A CUPS server of the tests' own, with a cups-pdf queue writing into a folder of its own.

As root (CI), `cups_fixture` starts a private cupsd: its own port on loopback, its own
configuration, spool, cache, state and logs in a temporary folder, and a cups-pdf instance whose
output folder is in there too (cups-pdf reads one configuration file per instance from /etc/cups:
`cups-pdf-<instance>.conf`, written for the session and removed after). The client tools and the
app reach it through `CUPS_SERVER`, set while the fixture lives. So suites that run side by side
(several engineers' runs, a system CUPS, a benchmark) never share a queue, a stopped printer, a
job number or a PDF folder.

Not as root, cupsd cannot run the cups-pdf backend: the running system CUPS is used with a queue
of its own name (PDFs in cups-pdf's usual folder, found by job number), or the tests are skipped.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

QUEUE = "kiosk-test-pdf"
PPD = "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd"
CUPS_PDF_CONF = Path("/etc/cups")

#: Where the current fixture's cups-pdf writes (set by cups_fixture).
_output: Path | None = None


def _tool(name: str) -> str:
    return shutil.which(name) or str(Path("/usr/sbin", name))


def _running() -> bool:
    cp = subprocess.run([_tool("lpstat"), "-r"], capture_output=True, text=True, env={**os.environ, "LC_ALL": "C"})
    return "scheduler is running" in cp.stdout and "not" not in cp.stdout


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def output_folder() -> Path:
    """Where the system's cups-pdf writes: its `Out` setting with ${HOME} of the submitting user."""
    out = "${HOME}/PDF"
    conf = CUPS_PDF_CONF / "cups-pdf.conf"
    if conf.is_file():
        m = re.search(r"^Out\s+(\S+)", conf.read_text(errors="replace"), re.M)
        if m:
            out = m.group(1)
    return Path(out.replace("${HOME}", str(Path.home())))


def wait_for_output(job_ref: str, timeout: float = 30.0) -> Path:
    """The PDF cups-pdf wrote for a request id like kiosk-test-pdf-12."""
    number = job_ref.rsplit("-", 1)[-1]
    folder = _output or output_folder()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = [p for p in folder.glob(f"*job_{number}.pdf")] if folder.is_dir() else []
        if found and found[0].stat().st_size > 0:
            time.sleep(0.2)  # let cups-pdf finish writing
            return found[0]
        time.sleep(0.2)
    raise AssertionError(f"cups-pdf wrote nothing for {job_ref} into {folder} within {timeout} s")


class PrivateCups:
    """cupsd on 127.0.0.1:<free port> with everything it writes in one temporary folder."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="kiosk-cups-"))
        self.port = _free_port()
        self.instance = f"kiosktest{os.getpid()}x{self.port}"
        self.out = self.root / "pdf"
        self.instance_conf = CUPS_PDF_CONF / f"cups-pdf-{self.instance}.conf"
        self.proc: subprocess.Popen | None = None

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def _write_config(self) -> None:
        r = self.root
        os.chmod(r, 0o755)
        for sub in ("conf", "conf/ppd", "conf/ssl", "cache", "state", "logs", "pdf"):
            (r / sub).mkdir(parents=True, exist_ok=True)
        spool, temp = r / "spool", r / "spool" / "tmp"
        temp.mkdir(parents=True)
        try:                      # cupsd's filters run as its group (lp on Debian and Fedora)
            shutil.chown(spool, group="lp")
            shutil.chown(temp, group="lp")
        except LookupError:
            pass
        os.chmod(spool, 0o710)
        os.chmod(temp, 0o1770)
        (r / "conf" / "cupsd.conf").write_text(
            f"Listen 127.0.0.1:{self.port}\nLogLevel warn\nWebInterface No\nBrowsing Off\n"
            "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
            "<Location /admin>\n  Order allow,deny\n  Allow all\n</Location>\n"
            "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n")
        (r / "conf" / "cups-files.conf").write_text(
            f"ServerRoot {r}/conf\nServerKeychain {r}/conf/ssl\nRequestRoot {spool}\nTempDir {temp}\n"
            f"CacheDir {r}/cache\nStateDir {r}/state\nPrintcap {r}/state/printcap\nAccessLog {r}/logs/access_log\n"
            f"ErrorLog {r}/logs/error_log\nPageLog {r}/logs/page_log\nFileDevice No\n")
        self.instance_conf.write_text(f"Out {self.out}\n")

    def start(self) -> None:
        self._write_config()
        conf = self.root / "conf"
        self.proc = subprocess.Popen([_tool("cupsd"), "-f", "-c", str(conf / "cupsd.conf"), "-s",
                                      str(conf / "cups-files.conf")], stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 20
        while not _running():
            if time.monotonic() > deadline or self.proc.poll() is not None:
                log = (self.root / "logs" / "error_log")
                detail = log.read_text(errors="replace")[-500:] if log.exists() else ""
                self.stop()
                pytest.skip(f"the tests' own cupsd did not start: {detail}")
            time.sleep(0.1)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        self.instance_conf.unlink(missing_ok=True)
        shutil.rmtree(self.root, ignore_errors=True)


def _add_queue(name: str, uri: str) -> subprocess.CompletedProcess:
    return subprocess.run([_tool("lpadmin"), "-p", name, "-v", uri, "-m", PPD, "-E"], capture_output=True, text=True)


def cups_fixture():
    """Yield the name of a cups-pdf queue on a CUPS server of the tests' own (see the module docstring)."""
    global _output
    missing = [tool for tool in ("cupsd", "lp", "lpadmin", "lpstat", "cupsenable", "cupsdisable")
               if not (shutil.which(tool) or Path("/usr/sbin", tool).exists())]
    if missing:
        pytest.skip(f"CUPS is not installed (missing {', '.join(missing)}); install cups, cups-client and cups-pdf")
    if not Path("/usr/lib/cups/backend/cups-pdf").exists():
        pytest.skip("cups-pdf is not installed (apt package printer-driver-cups-pdf)")
    if os.geteuid() != 0:
        yield from _system_queue()
        return
    server = PrivateCups()
    before = os.environ.get("CUPS_SERVER")
    os.environ["CUPS_SERVER"] = server.address
    try:
        server.start()
        added = _add_queue(QUEUE, f"cups-pdf:/{server.instance}")
        if added.returncode != 0:
            pytest.skip(f"could not add the cups-pdf queue: {added.stderr.strip()}")
        _output = server.out
        yield QUEUE
    finally:
        _output = None
        server.stop()
        if before is None:
            os.environ.pop("CUPS_SERVER", None)
        else:
            os.environ["CUPS_SERVER"] = before


def _system_queue():
    """Not root: a queue of this run's own name on the running system CUPS."""
    if not _running():
        pytest.skip("CUPS is not running and these tests are not root, so they cannot start one of their own")
    name = f"{QUEUE}-{os.getpid()}"
    added = _add_queue(name, "cups-pdf:/")
    if added.returncode != 0:
        pytest.skip(f"could not add the cups-pdf queue: {added.stderr.strip()}")
    try:
        yield name
    finally:
        subprocess.run([_tool("cupsenable"), name], capture_output=True)
        subprocess.run([_tool("lpadmin"), "-x", name], capture_output=True)
