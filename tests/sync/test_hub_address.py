"""A hub password is never printed or logged, whatever the address's form, and the saved address
holds none: the password goes to an owner-only pgpass file that libpq reads back."""

from __future__ import annotations

import os
from urllib.parse import quote

from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.store import settings as registry
from kiosk.sync import passwords
from kiosk.sync.url import mask_url, password_of, scrub

# Passwords people type: letters, digits and every character that breaks URLs (# space % @ / ? : &).
PASSWORD = st.text(st.sampled_from("abcXYZ0189#% @/?:&=+'\\\"!$é"), min_size=6, max_size=20).filter(
    lambda p: p.strip() == p and p.strip())


def _forms(secret: str) -> list[str]:
    encoded = quote(secret, safe="")
    return [
        f"postgresql://kiosk:{encoded}@hub.example.org:5432/event?sslmode=require",      # as it should be written
        f"postgresql://kiosk:{secret}@hub.example.org/event",                             # as it is often typed
        f"postgres://kiosk@hub.example.org/event?password={encoded}&sslmode=require",
        "host=hub.example.org user=kiosk password='" + secret.replace("\\", "\\\\").replace("'", "\\'") + "' dbname=event",
    ]


@given(PASSWORD)
@settings(max_examples=200, deadline=None)
def test_no_form_of_an_address_shows_its_password(secret):
    for address in _forms(secret):
        shown = mask_url(address)
        for form in {secret, quote(secret, safe=""), quote(secret, safe="@:")}:
            assert form not in shown, (address, shown)
        error = f'connection to "{address}" failed for password {secret}'
        assert secret not in scrub(error, address) and quote(secret, safe="") not in scrub(error, address)


def test_the_issue_passwords_with_a_hash_or_a_space():
    for address in ("postgresql://kiosk:se#cret@10.0.0.5/event", "postgresql://kiosk:se cret@10.0.0.5/event"):
        assert mask_url(address) == "postgresql://kiosk:***@10.0.0.5/event"
        assert password_of(address) in ("se#cret", "se cret")


def test_a_saved_address_keeps_no_password_and_libpq_finds_it(tmp_path, monkeypatch):
    monkeypatch.setenv("KIOSK_CONFIG_DIR", str(tmp_path / "config"))
    address = "postgresql://kiosk:p%40ss%23word@hub.example.org:5433/event?sslmode=require"
    stored = passwords.remember(address)
    assert stored == "postgresql://kiosk@hub.example.org:5433/event?sslmode=require"
    pgpass = passwords.passfile()
    assert pgpass.read_text() == "hub.example.org:5433:event:kiosk:p@ss#word\n"
    assert pgpass.stat().st_mode & 0o077 == 0 and pgpass.parent.stat().st_mode & 0o077 == 0
    assert passwords.passfile_for(stored) == pgpass
    assert passwords.passfile_for("postgresql://other@hub.example.org:5433/event") is None
    # Saved again with a new password: one line, the new one.
    passwords.remember(address.replace("p%40ss%23word", "n3w:pa\\ss"))
    assert pgpass.read_text() == "hub.example.org:5433:event:kiosk:n3w\\:pa\\\\ss\n"
    kv = passwords.remember("host=db.local user=desk password='a b' dbname=ev")
    assert kv == "host=db.local user=desk dbname=ev"
    assert "db.local:*:ev:desk:a b" in pgpass.read_text()


def test_settings_and_sync_save_keep_the_password_out_of_the_event_file(event_db, db_path, cli, tmp_path, monkeypatch):
    monkeypatch.setenv("KIOSK_CONFIG_DIR", str(tmp_path / "config"))
    result = cli("settings", "set", "sync_hub", "postgresql://kiosk:hunter2#x@10.0.0.5/event", "--db", db_path)
    assert result.code == 0 and "hunter2" not in result.stdout
    assert cli("settings", "get", "sync_hub", "--db", db_path).stdout.strip() == "postgresql://kiosk@10.0.0.5/event"
    event_db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert b"hunter2" not in db_path.read_bytes()
    assert "hunter2#x" in passwords.passfile().read_text()
    # A file saved by an older version, password inside: moved out on first use.
    with event_db.write() as conn:        # as an older version stored it
        conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('sync_hub', ?)",
                     ('"postgresql://kiosk:old-secret@10.0.0.6/event"',))
    from kiosk.sync.url import resolve_hub

    assert resolve_hub(event_db) == "postgresql://kiosk@10.0.0.6/event"
    assert registry.get(event_db, "sync_hub") == "postgresql://kiosk@10.0.0.6/event"
    assert "old-secret" in passwords.passfile().read_text()
    assert os.stat(passwords.passfile()).st_mode & 0o077 == 0
