-- Photos live in the database (issue 23): every instance reads every photo,
-- and a database backup holds them. Photos stored as files under the data
-- folder before this are moved in at start-up (appeal/photos.rs).
ALTER TABLE photos ADD COLUMN bytes BYTEA;
