"""What the app opens, decided without Qt: the app's entry (kiosk/ui/app.py) asks `plan_launch` and
shows what it says.

    plan = plan_launch(db="...", demo=False, kiosk=False)
    plan.path         the event file to open
    plan.state        kiosk.events file states: missing / no_event / no_roster / ready / demo
    plan.setup        True: show the first-run setup (create an event, open a file, try the demo)
                      instead of a window on an empty or missing file
    plan.play_demo_video   only for the demo event, and only when no camera was given
    plan.refusal      a KnownError to show instead of starting (kiosk mode without a PIN)
    plan.damage       the file is damaged, empty or cut short: what is wrong and the newest good backup
                      (kiosk.store.recovery.damage_report); the app offers to restore it

Rules:
- nothing loads the demo unless asked (--demo, or the setup's "Try the demo"), and the demo goes
  into its own file (`kiosk.demo.demo_db_path()`), never into the file being opened;
- without --db, the app opens where the organizer left off: the default file when it holds an event,
  else the event opened last (the recent events) whose file still holds one;
- a missing file, or one without an event, opens the first-run setup (never the demo);
- every page of the file is checked (quick_check, about 0.1 s per 100,000 attendees): a damaged
  file is found before any window writes into it, and is never opened;
- an event with nobody registered opens normally; `plan.hint_en`/`hint_fr` say to import;
- kiosk mode without an organizer PIN is refused with how to set one (`kiosk.kiosk_mode`);
- every event file opened goes to the top of the recent events (`kiosk.recent_events`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kiosk import events
from kiosk.errors import DamagedEventFile, KnownError


@dataclass
class LaunchPlan:
    path: Path
    state: str
    setup: bool = False
    demo: bool = False
    play_demo_video: bool = False
    event: dict | None = None
    hint_en: str = ""
    hint_fr: str = ""
    refusal: KnownError | None = None
    loaded_demo: dict = field(default_factory=dict)
    damage: dict | None = None


DAMAGED = "damaged"


def plan_launch(db: str | Path | None = None, *, demo: bool = False, kiosk: bool = False,
                camera_given: bool = False) -> LaunchPlan:
    """Which file to open and how (see the module's rules). Loads the demo only when `demo`."""
    from kiosk import recent_events
    from kiosk.store.database import default_db_path

    loaded: dict = {}
    if demo:
        from kiosk.demo import demo_db_path, load_demo

        path = Path(db).expanduser() if db else demo_db_path()
        loaded = load_demo(path)
    else:
        path = Path(db).expanduser() if db else default_db_path()
    try:
        state = events.file_state(path, verify=True)
        if db is None and not demo and state["event"] is None:
            path, state = _last_event(path, state)
    except DamagedEventFile as exc:
        from kiosk.store.recovery import damage_report

        damaged = Path(str(exc.path)) if exc.path else path
        return LaunchPlan(path=damaged, state=DAMAGED, loaded_demo=loaded, damage=damage_report(damaged, exc.problem))
    plan = LaunchPlan(path=path, state=state["state"], event=state["event"], hint_en=state["hint_en"],
                      hint_fr=state["hint_fr"], loaded_demo=loaded)
    plan.setup = plan.state in (events.MISSING, events.NO_EVENT)
    plan.demo = plan.state == events.DEMO
    plan.play_demo_video = plan.demo and not camera_given
    if plan.event is not None:
        recent_events.remember(path, plan.event["name"])
    if kiosk and not plan.setup:
        from kiosk.kiosk_mode import check_can_start
        from kiosk.store import open_event_db

        with open_event_db(path, create=False) as opened:
            try:
                check_can_start(opened)
            except KnownError as exc:
                plan.refusal = exc
    return plan


def _last_event(path: Path, state: dict) -> tuple[Path, dict]:
    """The event opened last whose file still holds an event, instead of the empty default file; the
    default (`path`, `state`) when there is none. A recent file that cannot be read is passed over; a
    damaged one with a good backup, met before any healthy one, raises DamagedEventFile (the app
    offers to restore it)."""
    from kiosk import recent_events

    for entry in recent_events.recent():
        if not entry["exists"] or Path(entry["path"]) == path:
            continue
        try:
            found = events.file_state(entry["path"], verify=True)
        except DamagedEventFile:
            from kiosk.store.backup import newest_good_backup

            if newest_good_backup(Path(entry["path"])) is not None:
                raise                     # the event opened last is damaged: the app offers its backup
            continue
        except KnownError:
            continue
        if found["event"] is not None:
            return Path(found["path"]), found
    return path, state
