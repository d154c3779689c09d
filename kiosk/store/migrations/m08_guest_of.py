"""Migration 8: `guest_of` for a ticket whose holder is not named yet; a failed badge job's words.

A ticket whose holder is not named yet (Eventbrite "Info Requested") keeps its buyer's name
as data, `guest_of`, worded where it is shown ("Guest of Jane Doe" at an English desk,
"Personne invitée par Jane Doe" at a French one, on a badge in the event's language) instead
of an English full name; rows an older version stored as "Guest of <buyer>" are converted
(the one place that reads those English words). `guest_of` joins the columns to push.
A failed badge job keeps its problem's code and parameters (`last_error_words`, JSON) beside
the English `last_error`, so that the print queue says it in its window's language.
"""

SQL = """
    ALTER TABLE attendees ADD COLUMN guest_of TEXT NOT NULL DEFAULT '';
    ALTER TABLE print_jobs ADD COLUMN last_error_words TEXT;
    DROP TRIGGER attendees_sync_rev;
    CREATE TRIGGER attendees_sync_rev AFTER UPDATE OF uid, source_id, source_key, code, first_name, last_name,
        full_name, email, organization, ticket_type, status, pronouns, notes, walk_in, imported, edited,
        missing_from_source, details_missing, guest_of ON attendees WHEN NEW.sync_rev = OLD.sync_rev
        BEGIN UPDATE attendees SET sync_rev = OLD.sync_rev + 1 WHERE id = NEW.id; END;
    UPDATE attendees SET guest_of = substr(full_name, 10), full_name = ''
        WHERE details_missing = 1 AND first_name = '' AND last_name = '' AND full_name LIKE 'Guest of %';
    UPDATE attendees SET full_name = ''
        WHERE details_missing = 1 AND first_name = '' AND last_name = '' AND (full_name = 'Guest'
              OR full_name LIKE 'Guest (order %)');
    """
