-- What each send was (a code, or a disable confirmation e-mail: each kind has its own limit),
-- and when a throttle row last changed (rows that went quiet are pruned).
ALTER TABLE code_sends ADD COLUMN kind TEXT NOT NULL DEFAULT 'code';
DROP INDEX code_sends_account;
CREATE INDEX code_sends_account ON code_sends(account_id, kind, sent_at);
ALTER TABLE throttles ADD COLUMN updated_at INTEGER;
