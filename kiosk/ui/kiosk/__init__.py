"""The self-scan kiosk's parts: its look, its screens and its check-in outcomes (see kiosk_window.py)."""
