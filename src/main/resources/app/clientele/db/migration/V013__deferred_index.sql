-- A bulk load into an empty H2 file (sample data) drops the plain indexes and builds them again
-- when it ends (persistence.DeferredIndexes, decision 18). Each one's definition waits here
-- meanwhile, so that the next opening of the file builds any that a crash left unbuilt.
CREATE TABLE deferred_index (
    index_name VARCHAR(200) PRIMARY KEY,
    definition VARCHAR(4000) NOT NULL
);
