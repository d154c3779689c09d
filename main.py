"""Open the check-in app: `python main.py [--db PATH] [--kiosk] [--camera SOURCE] [--station NAME] [--demo]`."""

import sys

from kiosk.ui.app import main

if __name__ == "__main__":
    sys.exit(main())
