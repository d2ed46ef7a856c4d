//! `vss-cli admin ...`: MFA policy and accounts, for the admin and domain-admin roles. The
//! verbs echo the administrator CLI of the seeds (`vinfra domain set --totp-mandatory`,
//! `vinfra cluster settings totp set --mandatory`, `vinfra domain user totp disable`).

pub(crate) mod audit_ls;
pub(crate) mod domain_ls;
pub(crate) mod domain_set;
pub(crate) mod settings_totp_set;
pub(crate) mod settings_totp_show;
pub(crate) mod user_alert;
pub(crate) mod user_ls;
pub(crate) mod user_set;
pub(crate) mod user_totp_disable;

use crate::cli::PageArgs;
use crate::error::Result;
use crate::terminal::Terminal;
use vss_wire::Page;

/// Fetches one page, or with `--all` every page, telling on stderr where a page is one of many.
pub(crate) fn pages<T>(
    term: &Terminal,
    args: &PageArgs,
    mut fetch: impl FnMut(Option<u32>, Option<u32>) -> Result<Page<T>>,
) -> Result<Vec<T>> {
    if !args.all {
        let page = fetch(args.page, args.per_page)?;
        let shown = page.data.len() as u64;
        if shown < page.total {
            let last = page.total.div_ceil(u64::from(page.per_page.max(1)));
            term.info(format!(
                "page {} of {last} ({} in all); more with --page {} or --all",
                page.page,
                page.total,
                page.page + 1
            ));
        }
        return Ok(page.data);
    }
    let mut all = Vec::new();
    let mut number = 1;
    loop {
        let page = fetch(Some(number), args.per_page)?;
        let done = page.data.is_empty() || (all.len() + page.data.len()) as u64 >= page.total;
        all.extend(page.data);
        if done {
            return Ok(all);
        }
        number += 1;
    }
}
