-- The VPN's MFA gateway (GET /otp/user-status-totp.php, POST /otp/enable-vpn-result.php, GET
-- /otp/shut-totp.php, GET /otp/user-status-log.php): whether it is open for an account and
-- since when (its MFA is the account's factor, so a gateway opened before the factor was last
-- enabled counts as closed), and each account's log of what happened at the gateway, which
-- user-status-log.php returns. The log keeps an account's newest entries only (the service
-- trims it), and holds no code or password.
CREATE TABLE vpn_gateway (
    account_id INTEGER PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
    open       INTEGER NOT NULL,
    since      INTEGER NOT NULL
);
CREATE TABLE vpn_log (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    at         INTEGER NOT NULL,
    line       TEXT NOT NULL
);
CREATE INDEX vpn_log_account ON vpn_log(account_id, at);
-- An account deleted outside the server (sqlite3, where foreign keys are off by default) takes
-- its gateway state and log with it.
CREATE TRIGGER accounts_delete_vpn AFTER DELETE ON accounts
BEGIN
    DELETE FROM vpn_gateway WHERE account_id = OLD.id;
    DELETE FROM vpn_log WHERE account_id = OLD.id;
END;
