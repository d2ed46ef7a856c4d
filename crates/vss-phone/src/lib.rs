//! Phone numbers for SMS, as people type them: the North American forms the Python `vss-cli`
//! accepts (`416-555-0100`, `(416) 555-0100`, `416.555.0100`, `416 555 0100`, `4165550100`)
//! and E.164 (`+14165550100`). The client checks a number with [`to_e164`] and sends it as
//! typed, as the Python client does; the server stores what [`to_e164`] makes of it.

/// What [`to_e164`] accepts, for messages.
pub const ACCEPTED_FORMS: &str = "416-555-0100, (416) 555-0100, 416.555.0100, 416 555 0100, \
    4165550100, or E.164 with the country code, like +14165550100";

/// The E.164 form of a phone number in one of the accepted forms (surrounding whitespace
/// ignored), or `None`.
///
/// * E.164: `+`, then 8 to 15 digits, the first not 0; kept as it is.
/// * North American, as the Python tool's check takes them but matched whole: 3 digits, an
///   optional separator, 3 digits, an optional separator, 4 digits; or `(`3 digits`)`, any
///   spaces, 3 digits, an optional separator, 4 digits. A separator is `-`, `.` or one
///   space. The country code +1 is added. `1` and 10 digits with no separator (which the
///   Python tool also lets through) is read as +1 and those 10 digits.
///
/// Digits are ASCII. A 7-digit local number is refused: without its area code no text can
/// reach it.
pub fn to_e164(input: &str) -> Option<String> {
    let s = input.trim();
    if let Some(digits) = s.strip_prefix('+') {
        let ok = (8..=15).contains(&digits.len())
            && digits.bytes().all(|b| b.is_ascii_digit())
            && !digits.starts_with('0');
        return ok.then(|| s.to_owned());
    }
    if s.len() == 11 && s.starts_with('1') && s.bytes().all(|b| b.is_ascii_digit()) {
        return Some(format!("+{s}"));
    }
    north_american(s).map(|digits| format!("+1{digits}"))
}

/// The 10 digits of a North American number in one of the Python tool's forms.
fn north_american(s: &str) -> Option<String> {
    let mut rest = s;
    let mut digits = String::with_capacity(10);
    if let Some(after) = rest.strip_prefix('(') {
        let (area, after) = take_digits(after, 3)?;
        let after = after.strip_prefix(')')?;
        digits.push_str(area);
        rest = after.trim_start_matches([' ', '\t']);
    } else {
        let (area, after) = take_digits(rest, 3)?;
        digits.push_str(area);
        rest = skip_separator(after);
    }
    let (exchange, after) = take_digits(rest, 3)?;
    digits.push_str(exchange);
    let (line, after) = take_digits(skip_separator(after), 4)?;
    digits.push_str(line);
    after.is_empty().then_some(digits)
}

/// `n` ASCII digits at the start of `s`, and what follows.
fn take_digits(s: &str, n: usize) -> Option<(&str, &str)> {
    let head = s.get(..n)?;
    head.bytes()
        .all(|b| b.is_ascii_digit())
        .then(|| (head, &s[n..]))
}

/// `s` without one leading separator (`-`, `.` or a space), if it has one.
fn skip_separator(s: &str) -> &str {
    s.strip_prefix(['-', '.', ' ', '\t']).unwrap_or(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn takes_the_python_tools_forms_and_e164() {
        for typed in [
            "416-555-0100",
            "(416) 555-0100",
            "(416)555-0100",
            "(416)  555 0100",
            "416.555.0100",
            "416 555 0100",
            "4165550100",
            "416 5550100",
            "416-5550100",
            "14165550100",
            "+14165550100",
            " 416-555-0100 ",
        ] {
            assert_eq!(to_e164(typed).as_deref(), Some("+14165550100"), "{typed:?}");
        }
        assert_eq!(to_e164("+442079460000").as_deref(), Some("+442079460000"));
    }

    #[test]
    fn refuses_the_rest() {
        for typed in [
            "",
            "555-0100",
            "5550100",
            "1-416-555-0100",
            "416--555-0100",
            "(416)-555-0100",
            "416-555-01",
            "416-555-0100x",
            "abc4165550100",
            "+0123456789",
            "+1234567",
            "+1416555010012345",
            "+1 416 555 0100",
            "٤١٦-٥٥٥-٠١٠٠",
            "24165550100",
        ] {
            assert_eq!(to_e164(typed), None, "{typed:?}");
        }
    }
}
