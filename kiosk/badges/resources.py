"""Where the badge resources live: templates, the stock catalogue and bundled fonts."""

from __future__ import annotations

import os
from pathlib import Path

#: The repository's (or the installed app's) `resources/` folder; `KIOSK_RESOURCES` overrides it.
RESOURCES = Path(os.environ.get("KIOSK_RESOURCES") or Path(__file__).resolve().parents[2] / "resources")
BADGES = RESOURCES / "badges"
TEMPLATES = BADGES / "templates"
STOCKS_FILE = BADGES / "stocks.json"
FONTS = RESOURCES / "fonts"
