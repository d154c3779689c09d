"""Tests of kiosk/checkin: whose ticket it is, the verdict, undo, the counts."""
