//! Untrusted text — server replies, configuration values, file names, data — made safe to
//! print (as fd's `sanitize.rs`): what a terminal would act on, or what hides text, is shown as
//! an escape rather than passed through.
//!
//! * C0 controls (newlines and tabs too), DEL and C1 (which begin escape sequences, OSC 8
//!   links and title changes just as ESC does);
//! * the bidirectional controls, which make text read otherwise than it is;
//! * invisible format characters: zero-width spaces and joiners, the word joiner and invisible
//!   operators, U+FEFF, the soft hyphen, the Mongolian vowel separator, interlinear
//!   annotations, Hangul fillers, and the tag characters (U+E0000–U+E007F), which can carry a
//!   whole hidden text.

use std::borrow::Cow;

/// The bidirectional controls.
pub(crate) fn is_bidi(c: char) -> bool {
    matches!(
        c,
        '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
    )
}

/// Characters that take no room and show nothing (Unicode's format characters, and letters
/// drawn as blanks), the bidirectional controls among them.
pub(crate) fn is_invisible(c: char) -> bool {
    is_bidi(c)
        || matches!(
            c,
            '\u{00ad}'
                | '\u{034f}'
                | '\u{115f}'
                | '\u{1160}'
                | '\u{17b4}'
                | '\u{17b5}'
                | '\u{180b}'..='\u{180f}'
                | '\u{200b}'..='\u{200d}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{2060}'..='\u{2064}'
                | '\u{206a}'..='\u{206f}'
                | '\u{3164}'
                | '\u{fe00}'..='\u{fe0f}'
                | '\u{feff}'
                | '\u{ffa0}'
                | '\u{fff9}'..='\u{fffb}'
                | '\u{1bca0}'..='\u{1bca3}'
                | '\u{1d173}'..='\u{1d17a}'
                | '\u{e0000}'..='\u{e007f}'
                | '\u{e0100}'..='\u{e01ef}'
        )
}

/// True for what is not printed as it is: controls and invisible characters.
pub(crate) fn is_unsafe(c: char) -> bool {
    c.is_control() || is_invisible(c)
}

/// `text` made safe to print: every control character shown as an escape (`\u{1b}`, `\n`),
/// so `ESC [31m`, OSC 8 links and title sequences come out as visible text and a line ends
/// only where the client ends it; every invisible character shown as `\u{200b}`.
pub(crate) fn neutralise(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if c.is_control() {
            out.extend(c.escape_default());
        } else if is_unsafe(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// JSON text with what serde_json leaves raw (DEL, C1, the invisible characters) written as
/// `\uXXXX` escapes (a surrogate pair beyond U+FFFF): the same document, nothing a terminal
/// acts on or hides. Such characters occur in JSON only inside strings, where the escape is
/// valid.
pub(crate) fn neutralise_json(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| c != '\n' && is_unsafe(c)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if c != '\n' && is_unsafe(c) {
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{unit:04x}"));
            }
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// One character of each class the escaping covers, named; the tests feed each through
/// every door of the terminal.
#[cfg(test)]
pub(crate) const CLASSES: &[(&str, char)] = &[
    ("C0", '\u{1b}'),
    ("newline", '\n'),
    ("carriage return", '\r'),
    ("DEL", '\u{7f}'),
    ("C1", '\u{9b}'),
    ("bidi override", '\u{202e}'),
    ("bidi isolate", '\u{2066}'),
    ("zero-width space", '\u{200b}'),
    ("zero-width joiner", '\u{200d}'),
    ("word joiner", '\u{2060}'),
    ("byte order mark", '\u{feff}'),
    ("soft hyphen", '\u{00ad}'),
    ("tag", '\u{e0041}'),
    ("cancel tag", '\u{e007f}'),
    ("Hangul filler", '\u{3164}'),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_class_is_shown_as_an_escape() {
        for &(class, c) in CLASSES {
            let shown = neutralise(&format!("a{c}b")).into_owned();
            assert!(!shown.contains(c), "{class}: {shown:?}");
            assert!(shown.starts_with('a') && shown.ends_with('b'), "{class}");
            let quoted = serde_json::to_string(&format!("a{c}b")).unwrap();
            let json = neutralise_json(&quoted);
            let back: String = serde_json::from_str(&json).unwrap();
            assert_eq!(back, format!("a{c}b"), "{class}: JSON keeps the text");
            assert!(!json.contains(c), "{class}: {json:?}");
        }
        assert_eq!(neutralise("plain élan 東京 ✓"), "plain élan 東京 ✓");
    }
}
