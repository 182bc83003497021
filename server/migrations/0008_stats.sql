-- What the public figures need (stats.rs): where an appeal came from
-- (a resident, or a grid worker on a round) and the first deadline it was
-- given, which a reopening replaces in due_at. Older appeals came from
-- residents, and their due_at is the first deadline unless reopened.
ALTER TABLE appeals ADD COLUMN source TEXT NOT NULL DEFAULT 'resident';
ALTER TABLE appeals ADD COLUMN first_due_at BIGINT;
UPDATE appeals SET first_due_at = due_at;
