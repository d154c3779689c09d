"""The self-scan kiosk at the door: its window (window.py, wiring), its page state machine (flow.py),
its pages and forms, its look, the keys it keeps, and what it may show of a check-in (outcome.py)."""
