-- Staff roles (issue 19): 'handler' (the console for reports and
-- mediations, every account so far) and 'reviewer' (bilingual reviewers of
-- the Tibetan and Yi, who never see a resident's case).
ALTER TABLE staff_users ADD COLUMN role TEXT NOT NULL DEFAULT 'handler';
