-- Neighbours' reports of the same problem (issue 22): a report a resident
-- joined to an open one names that report's number here, and staff act on
-- the whole group at once (appeal/actions.rs). The index serves the form's
-- "already reported" lookup by village and category.
ALTER TABLE appeals ADD COLUMN joined_to TEXT;
CREATE INDEX appeals_same_problem ON appeals (village, category, created_at);
CREATE INDEX appeals_joined_to ON appeals (joined_to);
