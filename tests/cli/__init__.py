"""Tests of the `kiosk` command line as a person or a script sees it."""
