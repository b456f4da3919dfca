-- An Idempotency-Key is the caller's own (tenant and subject), not the tenant's: a member repeating an admin's key
-- and body must run their own request under their own permissions, not get the admin's stored answer replayed.
-- Keys claimed before this migration belong to no subject and are never replayed again; they expire as usual.
ALTER TABLE idempotency_record ADD COLUMN subject VARCHAR(200) NOT NULL DEFAULT '';
ALTER TABLE idempotency_record DROP CONSTRAINT idempotency_record_pkey;
ALTER TABLE idempotency_record ADD PRIMARY KEY (tenant, subject, idempotency_key);
ALTER TABLE idempotency_record ALTER COLUMN subject DROP DEFAULT;
