"""Tests of kiosk/ui/desk: the desk window and its parts."""
