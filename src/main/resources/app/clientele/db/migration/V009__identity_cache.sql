-- Identity values reserved 1,000 at a time instead of H2's 32. With WRITE_DELAY=0 (decision 4)
-- every new reservation writes the file, which made bulk inserts (imports, sample data) spend
-- half their time in those writes. A crash may skip up to 1,000 ids: ids are never shown, and gaps
-- are harmless. PostgreSQL accepts the same statements (a per-session cache there).
ALTER TABLE client ALTER COLUMN id SET CACHE 1000;
ALTER TABLE interaction ALTER COLUMN id SET CACHE 1000;
ALTER TABLE follow_up ALTER COLUMN id SET CACHE 1000;
ALTER TABLE newsletter_subscription ALTER COLUMN id SET CACHE 1000;
