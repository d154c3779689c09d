"""What the desk's list and lines show on a 1366- or 1280-pixel laptop, in English and French, with
a pretix roster: 32-character ticket secrets, two ticket types that start alike, someone not admitted,
a long event name. Each thing a volunteer reads is whole: the ticket type (D3), today's state (D3),
the "Chosen:" line (D19), the event's day in the status bar (D27); the walk-in form names the button
it says to press (D21)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from kiosk.ui import dialogs, i18n
from kiosk.ui.desk.roster_model import RosterModel
from tests.ui.conftest import event_days

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SECRETS = ["5dge7sk9484fy428hc5nw3jfm7wj75re", "yv47zy9zxhcabexn9dp5rubxaxuyhsja", "trua378crmwtwtgzjrtu4st9hzt7798j",
           "b97kgnfampcsjtxght3acj5cepvbpakk", "qzvv2xq6hy2x773xzv6hyfxdrqmjxzd7"]
PEOPLE = [("Björn", "Åberg", "Centraide", "Formation 3 jours – Tarif OBNL", "paid"),
          ("Thérèse", "Beaulieu", "Banque alimentaire de Montréal", "Formation 3 jours – Plein tarif", "paid"),
          ("Inès", "Bélanger", "Croix-Rouge canadienne", "Formateur·rice – Tarif OBNL", "paid"),
          ("Raphaël", "Boucher", "Centraide", "Formateur·rice – Plein tarif", "cancelled"),
          ("Jean-François", "Roy", "Hydro-Québec", "Formateur·rice – Tarif OBNL", "paid")]


@pytest.fixture(params=["en", "fr"])
def language(request, qapp):
    i18n.install_translator(qapp, request.param)
    yield request.param
    i18n.install_translator(qapp, "en")


@pytest.fixture
def pretix_desk(open_desk, db_path, qtbot, language):
    from kiosk.roster import attendees
    from kiosk.store import open_event_db

    with open_event_db(db_path) as db:
        db.set_event("Community Leadership Training 2026", event_days(), "America/Toronto")
        with db.write() as conn:
            for code, (first, last, org, ticket, status) in zip(SECRETS, PEOPLE):
                attendees.insert(conn, {"code": code, "first_name": first, "last_name": last, "organization": org,
                                        "full_name": f"{first} {last}", "ticket_type": ticket,
                                        "status": "active" if status == "paid" else "cancelled"})
    window = open_desk(db_path)
    qtbot.waitUntil(lambda: window.model.rowCount() == len(PEOPLE))
    return window


def sized(window, width: int, height: int = 700):
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(width, height)
    QApplication.processEvents()
    return window


def whole_in_column(window, column: int) -> list[str]:
    """The cells of `column` that the list shows cut."""
    header, metrics = window.table.horizontalHeader(), window.table.fontMetrics()
    cut = []
    for row in range(window.model.rowCount()):
        text = window.model.data(window.model.index(row, column)) or ""
        if metrics.horizontalAdvance(text) + 8 > header.sectionSize(column):
            cut.append(text)
    return cut


def shown_cells(window, column: int) -> set[str]:
    """What the list shows of each cell of `column` (shortened in its middle when it does not fit)."""
    header, metrics = window.table.horizontalHeader(), window.table.fontMetrics()
    return {metrics.elidedText(window.model.data(window.model.index(row, column)) or "", Qt.TextElideMode.ElideMiddle,
                               header.sectionSize(column) - 8) for row in range(window.model.rowCount())}


@pytest.mark.parametrize("width", [1366, 1280])
def test_ticket_types_and_todays_state_are_whole_and_a_secret_gives_way(pretix_desk, width):
    sized(pretix_desk, width)
    if width == 1366:
        assert whole_in_column(pretix_desk, RosterModel.TICKET) == []  # "Formation 3 jours" vs "Formateur·rice"
    assert len(shown_cells(pretix_desk, RosterModel.TICKET)) == len({p[3] for p in PEOPLE})   # told apart
    assert whole_in_column(pretix_desk, RosterModel.TODAY) == []      # "✖ not admitted" whole
    header = pretix_desk.table.horizontalHeader()
    assert header.sectionSize(RosterModel.CODE) <= 240                # a 32-character secret: shortened
    assert header.sectionSize(RosterModel.NAME) >= 190


def test_the_chosen_line_is_whole_at_1366(pretix_desk, qtbot):
    window = sized(pretix_desk, 1366)
    window.searcher.select_row(0)
    qtbot.waitUntil(lambda: window.chosen.status is not None)
    line = window.ui.chosen
    text = line.text()
    short = next(w.strip("()") for w in text.split() if w.startswith("(" + SECRETS[0][:6]))
    assert SECRETS[0] not in text and short.endswith(SECRETS[0][-6:])   # the secret, shortened in its middle
    QApplication.processEvents()
    # whole: on one line, or on two when the first is full, and the label is as tall as its lines
    assert line.height() >= line.heightForWidth(line.width()) and "…" not in text.replace(short, ""), text


def test_the_event_and_its_day_are_whole_in_the_status_bar_at_1280(pretix_desk, language):
    from kiosk.clock import format_day

    window = sized(pretix_desk, 1280)
    window.status.set_printer("Badges: 0 waiting, 14 printed")
    QApplication.processEvents()
    label = window.status.event_label
    assert format_day(event_days()[0], language) in label.text()
    assert label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width(), label.text()
    window.status.showMessage("Saved the correction for Bo Kim.")
    QApplication.processEvents()
    printer = window.status.printer
    assert printer.fontMetrics().horizontalAdvance(printer.text()) <= printer.contentsRect().width()
    assert window.status.message.width() >= window.status.message.fontMetrics().horizontalAdvance(
        "Saved the correction for Bo Kim.")


def test_the_walk_in_form_names_the_button_it_says_to_press(pretix_desk):
    form = pretix_desk.open_walk_in()
    button = form.buttons.button(QDialogButtonBox.StandardButton.Ok).text().replace("&", "")
    assert button in form.intro.text() and "OK" not in form.intro.text()
    dialogs.close_all()

