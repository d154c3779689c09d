"""Sync: the PostgreSQL hub that several stations share, offline first."""
