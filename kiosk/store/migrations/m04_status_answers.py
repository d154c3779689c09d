"""Migration 4: the organizer's answers about status words, and tickets whose holder is not named yet.

The import reads status words with the organizer's own answers, remembered per source
(`kiosk import --status "Warteliste=not-admitted"`), and marks tickets whose holder is not
named yet (Eventbrite "Info Requested") for the desk to complete.
"""

SQL = """
    ALTER TABLE sources ADD COLUMN statuses TEXT NOT NULL DEFAULT '{}';   -- JSON: status key -> meaning
    ALTER TABLE attendees ADD COLUMN details_missing INTEGER NOT NULL DEFAULT 0;
    """
