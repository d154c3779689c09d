"""A real CUPS server with a cups-pdf queue for the tests: started if it is not running, removed after."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest

QUEUE = "kiosk-test-pdf"
PPD = "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd"


def _running() -> bool:
    cp = subprocess.run(["lpstat", "-r"], capture_output=True, text=True)
    return "scheduler is running" in cp.stdout and "not" not in cp.stdout


def output_folder() -> Path:
    """Where cups-pdf writes: its `Out` setting with ${HOME} of the submitting user."""
    out = "${HOME}/PDF"
    conf = Path("/etc/cups/cups-pdf.conf")
    if conf.is_file():
        m = re.search(r"^Out\s+(\S+)", conf.read_text(errors="replace"), re.M)
        if m:
            out = m.group(1)
    return Path(out.replace("${HOME}", str(Path.home())))


def wait_for_output(job_ref: str, timeout: float = 30.0) -> Path:
    """The PDF cups-pdf wrote for a request id like kiosk-test-pdf-12."""
    number = job_ref.rsplit("-", 1)[-1]
    folder = output_folder()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = [p for p in folder.glob(f"*job_{number}.pdf")] if folder.is_dir() else []
        if found and found[0].stat().st_size > 0:
            time.sleep(0.2)  # let cups-pdf finish writing
            return found[0]
        time.sleep(0.2)
    raise AssertionError(f"cups-pdf wrote nothing for {job_ref} into {folder} within {timeout} s")


def cups_fixture():
    missing = [tool for tool in ("cupsd", "lp", "lpadmin", "lpstat", "cupsenable", "cupsdisable")
               if not (shutil.which(tool) or Path("/usr/sbin", tool).exists())]
    if missing:
        pytest.skip(f"CUPS is not installed (missing {', '.join(missing)}); install cups, cups-client and cups-pdf")
    if not Path("/usr/lib/cups/backend/cups-pdf").exists():
        pytest.skip("cups-pdf is not installed (apt package printer-driver-cups-pdf)")
    started = None
    if not _running():
        if os.geteuid() != 0:
            pytest.skip("CUPS is not running and these tests are not root, so they cannot start it")
        cupsd = shutil.which("cupsd") or "/usr/sbin/cupsd"
        started = subprocess.Popen([cupsd, "-f"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while not _running():
            if time.monotonic() > deadline or started.poll() is not None:
                started.terminate()
                pytest.skip("cupsd did not start")
            time.sleep(0.1)
    lpadmin = shutil.which("lpadmin") or "/usr/sbin/lpadmin"
    cp = subprocess.run([lpadmin, "-p", QUEUE, "-v", "cups-pdf:/", "-m", PPD, "-E"], capture_output=True, text=True)
    if cp.returncode != 0:
        if started:
            started.terminate()
            started.wait(10)
        pytest.skip(f"could not add the cups-pdf queue: {cp.stderr.strip()}")
    try:
        yield QUEUE
    finally:
        subprocess.run([shutil.which("cupsenable") or "/usr/sbin/cupsenable", QUEUE], capture_output=True)
        subprocess.run([lpadmin, "-x", QUEUE], capture_output=True)
        if started:
            started.terminate()
            try:
                started.wait(10)
            except subprocess.TimeoutExpired:
                started.kill()
