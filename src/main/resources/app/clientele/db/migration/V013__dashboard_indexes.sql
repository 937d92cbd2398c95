-- Indexes for the dashboard (issue 7). Portable SQL (H2 and PostgreSQL).

-- Clients added per month over the last two years: a range of this index instead of every entry of
-- client_by_last_contact, whose created_at comes after the last contact.
CREATE INDEX client_by_created ON client (archived, created_at);

-- The latest at-risk scores: the range of scores 1 and 2 alone, not every client's entry in
-- client_for_insights (which puts relationship, segment and customer type before the score).
CREATE INDEX client_by_last_score ON client (archived, last_satisfaction, last_satisfaction_at);
