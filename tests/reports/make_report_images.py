"""Render the documentation images: docs/images/report-page1.png (the PDF report's first page) and
docs/images/report-dashboard.png (the live dashboard), from a realistic made-up three-day event.

Run: QT_QPA_PLATFORM=offscreen python tests/reports/make_report_images.py
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from kiosk import checkin  # noqa: E402
from kiosk.roster import attendees  # noqa: E402
from kiosk.store import open_event_db  # noqa: E402
from kiosk.store.database import utc_now  # noqa: E402

DAYS = ["2026-07-08", "2026-07-09", "2026-07-10"]
FIRST = ["Amara", "José", "Mei", "Sophie", "Fatima", "Priya", "Liam", "Zoë", "Chloé", "Inès", "Noah", "Hana", "Owen"]
LAST = ["Okafor", "Ñúñez", "Chen", "Tremblay", "Al-Sayed", "Sharma", "O'Connor", "Côté", "Moreau", "Kim", "Roy"]
TYPES = [("Participant", 300), ("Participant - Day 2 only", 60), ("Trainer", 24), ("Staff", 16), ("Sponsor", 20)]


def build(db_path: Path):
    rng = random.Random(2026)
    db = open_event_db(db_path)
    db.set_event("Journées du Numérique 2026", DAYS, "America/Toronto")
    ids = []
    with db.write() as conn:
        n = 0
        for ticket, count in TYPES:
            for _ in range(count):
                n += 1
                status = "active" if rng.random() > 0.04 else "cancelled"
                ids.append((attendees.insert(conn, {"code": f"EB-{n:05d}", "first_name": rng.choice(FIRST),
                                                    "last_name": rng.choice(LAST), "ticket_type": ticket,
                                                    "status": status}), f"EB-{n:05d}", ticket))
    stations = ["Door A", "Door B", "Desk"]
    for d, day in enumerate(DAYS):
        turnout = [0.86, 0.78, 0.64][d]
        for _aid, code, ticket in ids:
            if ticket == "Participant - Day 2 only" and d != 1:
                continue
            if rng.random() > turnout:
                continue
            minutes = max(7 * 60 + 30, min(12 * 60, int(rng.gauss(8 * 60 + 50, 25))))
            if rng.random() < 0.08:
                minutes = 12 * 60 + 45 + rng.randrange(60)      # after lunch
            at = f"{day}T{(minutes + 240) // 60:02d}:{minutes % 60:02d}:{rng.randrange(60):02d}Z"
            checkin.check_in(db, code, station=rng.choices(stations, [5, 4, 1])[0], at=at)
    for i in range(14):
        walk = attendees.add_walk_in(db, first_name=rng.choice(FIRST), last_name=rng.choice(LAST))
        checkin.check_in(db, walk["code"], station="Desk", at=f"{DAYS[i % 3]}T14:{10 + i:02d}:00Z")
    now = utc_now()
    with db.write() as conn:
        for aid, _code, _t in ids[:380]:
            conn.execute("INSERT INTO print_jobs (attendee_id, status, reason, station, created_at, updated_at) "
                         "VALUES (?, 'done', 'checkin', 'Desk', ?, ?)", (aid, now, now))
        for aid, _code, _t in ids[:9]:
            conn.execute("INSERT INTO print_jobs (attendee_id, status, reason, station, created_at, updated_at) "
                         "VALUES (?, 'done', 'reprint', 'Desk', ?, ?)", (aid, now, now))
    return db


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    images = ROOT / "docs" / "images"
    images.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = build(Path(tmp) / "event.sqlite")
        from kiosk.reports.report_pdf import write_report

        pdf = Path(tmp) / "report.pdf"
        write_report(db, pdf)
        subprocess.run(["pdftoppm", "-png", "-r", "80", str(pdf), str(Path(tmp) / "page")], check=True)
        for page in sorted(Path(tmp).glob("page-*.png")):
            target = images / f"report-page{int(page.stem.split('-')[-1])}.png"
            target.write_bytes(page.read_bytes())
            print(target)
        from PySide6.QtWidgets import QApplication

        from kiosk.ui.dashboard import Dashboard

        app = QApplication.instance() or QApplication([])
        board = Dashboard(db.path, day="2026-07-08", refresh_ms=0)
        board.resize(960, 540)
        board.show()
        while board.figures is None:          # read on the dashboard's own worker
            app.processEvents()
        board.grab().save(str(images / "report-dashboard.png"))
        print(images / "report-dashboard.png")
        board.stop()
        db.close()


if __name__ == "__main__":
    main()
