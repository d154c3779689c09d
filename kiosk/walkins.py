"""Walk-ins at the desk: a person not in the roster is added (and checked in), but only after the
desk was asked about registered people they may be (kiosk/roster/lookalikes.py).

    matches = lookalikes_for(db, first_name="Jose", last_name="Nunez", email="")
    # the desk asks "Is this José Ñúñez from Centre francophone?" for each; if one is them, it
    # checks that person in instead; if none is:
    add_walk_in(db, first_name="Jose", last_name="Nunez", station="desk 1", confirm_new=True)

`add_walk_in` without `confirm_new` refuses a likely duplicate with `LikelyDuplicate`, which
names who matched (`matches`) in English and French: no path creates one silently.
"""

from __future__ import annotations

from kiosk.errors import KnownError
from kiosk.roster.lookalikes import Lookalike, find_lookalikes
from kiosk.store.database import EventDB
from kiosk.wording import Message, joined, verbatim
from kiosk.words import WORDS


class LikelyDuplicate(KnownError):
    """The walk-in may be someone registered: ask before creating anyone."""

    exit_code = 1

    def __init__(self, matches: list[Lookalike]):
        from kiosk.roster.names import display_name

        self.matches = matches
        first = matches[0].attendee
        super().__init__(WORDS("likely_duplicate", people=joined([_who(m) for m in matches]), code=first["code"],
                               name=display_name(first)))


def _who(match: Lookalike) -> Message:
    from kiosk.roster.names import display_name
    from kiosk.roster.statuses import status_words

    a = match.attendee
    org = f" ({a['organization']})" if a.get("organization") else ""
    status = joined([verbatim(""), status_words(a["status"])], ", ") if a.get("status") != "active" else ""
    return WORDS("lookalike", name=display_name(a), organization=org, code=a["code"], why=WORDS({"email": "same_email"}.get(match.why, match.why)),
                 status=status)


def lookalikes_for(db: EventDB, *, first_name: str = "", last_name: str = "", name: str = "", email: str = "",
                   limit: int = 5) -> list[Lookalike]:
    """Registered attendees the typed walk-in may be, best first (the desk asks about each)."""
    return find_lookalikes(db, name=name, first_name=first_name, last_name=last_name, email=email, limit=limit)


def add_walk_in(db: EventDB, *, first_name: str, last_name: str = "", email: str = "", organization: str = "",
                ticket_type: str = "Walk-in", pronouns: str = "", notes: str = "", station: str = "desk",
                confirm_new: bool = False, check_in: bool = True) -> dict:
    """Add a walk-in and (unless `check_in` is False) check them in; refuses a likely duplicate with
    `LikelyDuplicate` unless `confirm_new`. Returns {"attendee", "checkin" (a CheckinResult or
    None), "lookalikes" (the matches the desk confirmed are other people)}."""
    from kiosk import checkin
    from kiosk.roster import attendees

    matches = lookalikes_for(db, first_name=first_name, last_name=last_name, email=email)
    if matches and not confirm_new:
        raise LikelyDuplicate(matches)
    person = attendees.add_walk_in(db, first_name=first_name, last_name=last_name, email=email,
                                   organization=organization, ticket_type=ticket_type, pronouns=pronouns, notes=notes)
    result = checkin.check_in(db, attendee_id=person["id"], station=station, method="walk-in") if check_in else None
    return {"attendee": person, "checkin": result, "lookalikes": matches}
