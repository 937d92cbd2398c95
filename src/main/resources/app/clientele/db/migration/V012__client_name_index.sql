-- Start-up puts the client list in order before it reads the first screen of rows: it reads every
-- client's id and display name. This index holds both, so that read scans a small index instead of
-- every client row with its notes and address.
CREATE INDEX client_by_name ON client (display_name);
