"""Tests of kiosk/store: the settings registry and runtime state."""
