"""The two looks a line of words takes in the app's windows, beside the verdict colours
(kiosk/ui/verdicts.py): a problem (dark red, bold: the volunteer or organizer must act) and a quiet
note (slate grey). One place, so every window says "something is wrong" the same way."""

PROBLEM = "color: #b71c1c; font-weight: bold;"
MUTED = "color: #455a64;"
