"""Check-in kiosk for events: the Qt-free domain core lives in this package; `kiosk.ui` presents it."""

__version__ = "0.1.0"
