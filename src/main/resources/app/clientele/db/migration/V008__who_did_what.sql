-- Who made each client, interaction and follow-up, and who changed it last: the user's name as
-- Clientele knows it (chosen at first start, or the login of a shared database). Rows from before
-- this version have no names. Portable SQL (H2 and PostgreSQL).
ALTER TABLE client ADD COLUMN created_by VARCHAR(100);
ALTER TABLE client ADD COLUMN updated_by VARCHAR(100);
ALTER TABLE interaction ADD COLUMN created_by VARCHAR(100);
ALTER TABLE interaction ADD COLUMN updated_by VARCHAR(100);
ALTER TABLE follow_up ADD COLUMN created_by VARCHAR(100);
ALTER TABLE follow_up ADD COLUMN updated_by VARCHAR(100);
