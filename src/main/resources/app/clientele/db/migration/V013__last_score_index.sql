-- An index for the dashboard (issue 7). Portable SQL (H2 and PostgreSQL).

-- The latest at-risk scores: the range of scores 1 and 2 alone, read and sorted, instead of every
-- active client's entry in client_for_insights (which puts relationship, segment and customer type
-- before the score).
CREATE INDEX client_by_last_score ON client (archived, last_satisfaction, last_satisfaction_at);
