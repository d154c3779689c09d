"""The organizer's windows: the first-run setup and the event form, the File menu of events, the
import wizard, the settings window, the badge-text fix; the launch that decides which of them opens.

Each window lays out and wires only: the decisions are the core's (kiosk/launch.py, kiosk/events.py,
kiosk/roster/wizard.py, kiosk/store/settings.py, kiosk/badges/overrides.py, kiosk/printing/trial.py),
run off the GUI thread through kiosk/ui/threads.py.
"""
