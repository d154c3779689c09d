"""The kiosk's page state machine on its own, without a widget (kiosk/ui/kiosk/flow.py)."""

from __future__ import annotations

import pytest

from kiosk.ui.kiosk import flow
from kiosk.ui.kiosk.flow import FORGOT, IDLE, ORGANIZER, PIN, RESULT, SETUP, KioskFlow


def test_it_starts_idle_taking_scans():
    f = KioskFlow()
    assert f.page == IDLE and f.takes_scans() and f.may_ask_for_pin() and not f.may_leave()


@pytest.mark.parametrize("page, inactivity, returns, wedge", [
    (IDLE, False, False, True),
    (RESULT, False, True, True),        # a result goes back to the start by itself
    (FORGOT, True, False, True),        # a form the person walked away from clears itself
    (PIN, True, False, False),          # the organizer types the PIN: a scan there is dropped
    (ORGANIZER, True, False, False),
    (SETUP, False, False, False),       # the PIN is set before the kiosk starts: no scan, no time-out
])
def test_what_each_page_runs(page, inactivity, returns, wedge):
    enter = KioskFlow().go(page)
    assert (enter.page, enter.inactivity, enter.returns, enter.wedge) == (page, inactivity, returns, wedge)


def test_no_scan_and_no_second_pin_prompt_while_an_organizer_is_there():
    f = KioskFlow()
    for page in (SETUP, PIN, ORGANIZER):
        f.go(page)
        assert not f.takes_scans() and not f.may_ask_for_pin()
    for page in (IDLE, RESULT, FORGOT):
        f.go(page)
        assert f.takes_scans() and f.may_ask_for_pin()


def test_escape_leads_back_to_the_start_never_out():
    f = KioskFlow()
    assert f.on_escape() is None
    for page in (RESULT, FORGOT, PIN, ORGANIZER):
        f.go(page)
        assert f.on_escape() == IDLE
    f.go(SETUP)
    assert f.on_escape() is None            # not started: nowhere to go back to


def test_inactivity_clears_the_forms_but_waits_for_a_pin_lock_out():
    f = KioskFlow()
    f.go(FORGOT)
    assert f.on_inactive(pin_waiting=False) == IDLE
    f.go(PIN)
    assert f.on_inactive(pin_waiting=True) is None       # the countdown stays on screen
    assert f.on_inactive(pin_waiting=False) == IDLE
    f.go(RESULT)
    assert f.on_inactive(pin_waiting=False) is None      # the result's own timer takes it back


def test_only_the_organizer_page_leaves_the_kiosk_or_the_pin_setup_before_it_started():
    f = KioskFlow()
    for page in flow.PAGES:
        f.go(page)
        assert f.may_leave() == (page in (ORGANIZER, SETUP))
    with pytest.raises(ValueError):
        f.go("desk")
