"""The roster: reading registration exports, mapping their columns, and re-syncing them into the store."""
