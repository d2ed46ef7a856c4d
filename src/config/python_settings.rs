//! The Python vss-cli's other general settings (its `GENERAL_SETTINGS`), which `configure set`
//! takes with the Python tool's types and keeps where the Python tool reads them; some shape
//! this program's output too, the others are for the Python tool alone.

use serde_json::{Map, Value};

/// The Python tool's type of a setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// `yes`, `true`, `t`, `1` or `y` (any case) is true, anything else false, as
    /// `str2bool` reads it.
    Bool,
    Text,
    Int,
}

/// The settings beside `default_endpoint_name`, `output`, `timeout` and `vpn_server`: name,
/// type, and what it does here (None: nothing, it is the Python tool's alone).
pub(crate) const PYTHON_SETTINGS: [(&str, Kind, Option<&str>); 11] = [
    ("check_for_messages", Kind::Bool, None),
    ("check_for_updates", Kind::Bool, None),
    ("debug", Kind::Bool, None),
    ("verbose", Kind::Bool, None),
    ("s3_server", Kind::Text, None),
    ("gpt_server", Kind::Text, None),
    // A number: its GENERAL_SETTINGS says text, but its file loader takes only a whole number
    // here and fails on the whole file otherwise.
    ("gpt_persona", Kind::Int, None),
    ("gpt_token", Kind::Text, None),
    (
        "table_format",
        Kind::Text,
        Some("the tables' format, as --table-format"),
    ),
    (
        "columns_width",
        Kind::Int,
        Some("where table cells are cut, as --columns-width"),
    ),
    ("wait_for_requests", Kind::Bool, None),
];

/// Settings whose value is a secret, never repeated in a message.
pub(crate) fn is_secret(key: &str) -> bool {
    key == "gpt_token"
}

/// Whether `key` is one of [`PYTHON_SETTINGS`].
pub(crate) fn known(key: &str) -> bool {
    PYTHON_SETTINGS.iter().any(|(k, _, _)| *k == key)
}

/// Sets `key` to `value` read as the Python tool reads it, in `general` (its own map of the
/// settings this program has no field for); `Err` says what is wrong.
pub(crate) fn set(general: &mut Map<String, Value>, key: &str, value: &str) -> Result<(), String> {
    let Some((_, kind, _)) = PYTHON_SETTINGS.iter().find(|(k, _, _)| *k == key) else {
        return Err(format!("{key:?} is not a setting of the Python vss-cli"));
    };
    let value = match kind {
        Kind::Bool => Value::Bool(matches!(
            value.trim().to_ascii_lowercase().as_str(),
            "yes" | "true" | "t" | "1" | "y"
        )),
        Kind::Text if key == "table_format" => Value::String(
            crate::table::parse_table_format(value).map_err(|e| format!("{key}: {e}"))?,
        ),
        Kind::Text => Value::String(value.to_owned()),
        Kind::Int => {
            let n: i64 = value
                .trim()
                .parse()
                .map_err(|_| format!("{key} is a whole number (the Python tool's int)"))?;
            if key == "columns_width" && n < -1 {
                return Err(format!(
                    "{key} is -1 (never cut), 0 (the terminal's width) or more"
                ));
            }
            Value::from(n)
        }
    };
    general.insert(key.to_owned(), value);
    Ok(())
}

/// What `key` does here, for `configure set`'s message.
pub(crate) fn effect(key: &str) -> Option<&'static str> {
    PYTHON_SETTINGS
        .iter()
        .find(|(k, _, _)| *k == key)
        .and_then(|(_, _, effect)| *effect)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_take_the_python_tools_types() {
        let mut general = Map::new();
        set(&mut general, "check_for_updates", "No").unwrap();
        set(&mut general, "debug", "Y").unwrap();
        set(&mut general, "columns_width", "40").unwrap();
        set(&mut general, "gpt_persona", "2").unwrap();
        assert_eq!(general["check_for_updates"], Value::Bool(false));
        assert_eq!(general["debug"], Value::Bool(true));
        assert_eq!(general["columns_width"], Value::from(40));
        assert_eq!(general["gpt_persona"], Value::from(2));
        assert!(set(&mut general, "gpt_persona", "Terse").is_err());
        assert!(set(&mut general, "columns_width", "wide").is_err());
        assert!(set(&mut general, "table_format", "fancy").is_err());
        assert!(set(&mut general, "colour", "x").is_err());
    }
}
