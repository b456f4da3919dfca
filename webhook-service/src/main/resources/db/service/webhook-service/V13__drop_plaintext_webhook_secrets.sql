-- Every secret is sealed by now (migration 12): no plaintext column is left to read.
ALTER TABLE webhook_subscription DROP COLUMN plaintext_secret;
ALTER TABLE webhook_subscription ALTER COLUMN sealed_secret SET NOT NULL;
