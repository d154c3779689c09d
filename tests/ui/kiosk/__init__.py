"""Tests of kiosk/ui/kiosk: the self check-in kiosk window."""
