-- Photos residents attach to appeals. Files live under the data folder
-- (photos/{id}.{ext}); this table holds what is known about them.
CREATE TABLE photos (
    id TEXT PRIMARY KEY NOT NULL,
    content_type TEXT NOT NULL,
    size BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    tracking_no TEXT REFERENCES appeals (tracking_no)
);
