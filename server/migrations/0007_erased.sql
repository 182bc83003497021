-- When the personal data of a case was erased by the retention rule
-- (appeal/retention.rs); NULL while it is kept.
ALTER TABLE appeals ADD COLUMN erased_at BIGINT;
ALTER TABLE mediations ADD COLUMN erased_at BIGINT;
