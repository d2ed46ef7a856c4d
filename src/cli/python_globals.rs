//! The Python vss-cli's short options that clash with others of the same letter, taken as it
//! means them before the command line is parsed: `-s PATH` is its --sort-by (a global option)
//! everywhere but after `token rm`, where `-s` is --summary; after `configure mk`, `-e NAME` is
//! --endpoint-name (before it, `-e` stays the global endpoint URL).

use std::ffi::OsString;

/// `args` (the program's name first) with `-s` and `-e` spelt out where they mean the Python
/// tool's --sort-by and --endpoint-name; `command` is
/// the built command tree, which says which options take a value.
pub(crate) fn python_shorts(command: &clap::Command, args: Vec<OsString>) -> Vec<OsString> {
    let mut out = Vec::with_capacity(args.len());
    let mut words = args.into_iter();
    out.extend(words.next());
    let mut at = command;
    let mut path: Vec<String> = Vec::new();
    while let Some(word) = words.next() {
        let Some(text) = word.to_str().map(str::to_owned) else {
            out.push(word);
            continue;
        };
        // After `--`, and from the program `exec` runs on, every word is that program's.
        if text == "--" || (path == ["exec"] && !text.starts_with('-')) {
            out.push(word);
            out.extend(words.by_ref());
            break;
        }
        // `-s` is --sort-by but in `token rm`; `-e` is the endpoint's name in `configure mk`.
        let long = match (path.as_slice(), text.get(..2)) {
            ([t, r], Some("-s")) if t == "token" && r == "rm" => None,
            (_, Some("-s")) => Some("--sort-by"),
            ([c, m], Some("-e")) if c == "configure" && m == "mk" => Some("--endpoint-name"),
            _ => None,
        };
        if let Some(long) = long {
            match text[2..].trim_start_matches('=') {
                "" => {
                    out.push(long.into());
                    out.extend(words.next());
                }
                value => out.push(format!("{long}={value}").into()),
            }
            continue;
        }
        out.push(word);
        if let Some(long) = text.strip_prefix("--") {
            if !long.contains('=')
                && at
                    .get_arguments()
                    .any(|a| a.get_long() == Some(long) && a.get_action().takes_values())
            {
                out.extend(words.next());
            }
        } else if let Some(shorts) = text.strip_prefix('-').filter(|s| !s.is_empty()) {
            for (i, c) in shorts.char_indices() {
                let takes = at
                    .get_arguments()
                    .any(|a| a.get_short() == Some(c) && a.get_action().takes_values());
                if takes {
                    if i + c.len_utf8() == shorts.len() {
                        out.extend(words.next());
                    }
                    break;
                }
            }
        } else if let Some(sub) = at.find_subcommand(&text) {
            path.push(sub.get_name().to_owned());
            at = sub;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rewrite(args: &[&str]) -> Vec<String> {
        let argv = std::iter::once("vss-cli")
            .chain(args.iter().copied())
            .map(OsString::from)
            .collect();
        python_shorts(&crate::cli::command(), argv)
            .into_iter()
            .skip(1)
            .map(|w| w.into_string().unwrap())
            .collect()
    }

    #[test]
    fn dash_s_sorts_but_after_token_rm() {
        assert_eq!(
            rewrite(&["-s", "id", "token", "ls"]),
            ["--sort-by", "id", "token", "ls"]
        );
        assert_eq!(
            rewrite(&["token", "ls", "-sid"]),
            ["token", "ls", "--sort-by=id"]
        );
        assert_eq!(
            rewrite(&["-u", "-s", "token", "rm", "-s", "3"]),
            ["-u", "-s", "token", "rm", "-s", "3"]
        );
        assert_eq!(
            rewrite(&["-e", "http://h", "configure", "mk", "-e", "lab", "-r"]),
            [
                "-e",
                "http://h",
                "configure",
                "mk",
                "--endpoint-name",
                "lab",
                "-r"
            ]
        );
        assert_eq!(
            rewrite(&["exec", "--min-valid", "5m", "curl", "-s", "-e", "x"]),
            ["exec", "--min-valid", "5m", "curl", "-s", "-e", "x"]
        );
    }
}
