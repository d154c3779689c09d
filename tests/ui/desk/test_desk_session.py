"""What a desk did since it opened (kiosk/ui/desk/session.py), without a widget."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Result:
    verdict: str
    attendee: dict | None
    event_day: str = "2026-07-08"

    @property
    def admitted(self) -> bool:
        return self.verdict in ("ok", "attention")


def person(n: int, name: str = "") -> dict:
    return {"id": n, "full_name": name or f"Person {n}"}


def test_ctrl_z_undoes_this_desk_s_last_check_in_that_still_stands():
    from kiosk.ui.desk.session import DeskSession

    s = DeskSession()
    for r in (Result("ok", person(1)), Result("unknown", None), Result("attention", person(2)),
              Result("already", person(1))):
        s.begin("scan")
        s.answered(r)
    assert [r.attendee["id"] for r in s.admitted] == [1, 2]   # refused and "already" are not undoable
    assert s.last_admitted().attendee["id"] == 2
    s.undone(2)
    assert s.last_admitted().attendee["id"] == 1
    s.undone(1)
    assert s.last_admitted() is None


def test_saving_shows_only_while_a_write_is_on_its_way_even_when_it_fails():
    from kiosk.ui.desk.session import DeskSession

    s = DeskSession()
    s.begin("Amara")
    s.begin("Bo")
    assert s.saving() and s.pending_label == "Bo"
    s.answered(Result("ok", person(1)))
    assert s.saving()
    s.failed()                                   # a check-in that could not be saved still ends the wait
    assert not s.saving()
    s.failed()
    assert s.pending == 0


def test_the_search_box_is_cleared_only_for_the_person_chosen_there():
    from kiosk.ui.desk.session import DeskSession

    s = DeskSession()
    s.begin("Amara", from_search=1)
    assert s.answered(Result("ok", person(1))) is True
    s.begin("scan")
    assert s.answered(Result("ok", person(2))) is False     # a scan arrived meanwhile: the typing stays
    s.begin("Bo", from_search=3)
    assert s.answered(Result("cancelled", person(3))) is False


def test_a_correction_renames_the_person_everywhere_in_the_session():
    from kiosk.ui.desk.session import DeskSession

    s = DeskSession()
    s.begin("scan")
    s.answered(Result("ok", person(1, "Amara Okafor")))
    s.edited(person(1, "Amarachi Okafor"))
    assert s.last_admitted().attendee["full_name"] == "Amarachi Okafor"
    assert s.last_result.attendee["full_name"] == "Amarachi Okafor"
