-- Archive retention (issue 6): when a run's archived pack was deleted for being older than
-- CAREPOOL_PACK_RETENTION_DAYS. The run stays in the history; its pack shows as expired.
ALTER TABLE schedule_run ADD COLUMN pack_expired_at TIMESTAMP;
