-- Segments can select on newsletter status (domain.NewsletterStatus: subscribed, opted out, not
-- asked); null means any, as for the other criteria.
ALTER TABLE saved_segment ADD COLUMN newsletter_status VARCHAR(16);
