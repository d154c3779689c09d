"""`python -m kiosk`: the command line."""

from kiosk.cli import main

raise SystemExit(main())
