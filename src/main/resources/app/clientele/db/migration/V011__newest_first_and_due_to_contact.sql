-- Indexes for opening a client with a long history and for the Today page. Portable SQL (H2 and
-- PostgreSQL).

-- A client's timeline, newest first, is the start of this index: a page reads 50 entries instead of
-- sorting the whole history. It serves everything the ascending index did, which it replaces.
CREATE INDEX interaction_participant_newest_first
    ON interaction_participant (client_id, occurred_at DESC, interaction_id DESC);
DROP INDEX interaction_participant_by_client;

-- "Due to contact" as ranges: per relationship, last contacted before a day, or never contacted and
-- added before it. The clients longest without contact are the first entries of those ranges.
CREATE INDEX client_by_last_contact ON client (archived, relationship, last_contact_at, created_at);
