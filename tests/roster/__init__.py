"""Tests of kiosk/roster: reading exports, profiles, status words, search, re-sync."""
