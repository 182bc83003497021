-- Portable SQL: this file runs on SQLite and on PostgreSQL.
-- Facts about this database itself; the first start records when it was made.
CREATE TABLE portal_meta (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
