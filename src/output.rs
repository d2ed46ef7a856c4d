//! Data as a table, JSON or YAML, for [`Terminal::print`](crate::terminal::Terminal::print):
//! one document per command. Strings from the server or from data keep their value in JSON
//! and YAML (escaped as those formats escape) and are neutralised in a table.

use serde::Serialize;
use serde_json::Value;

use crate::sanitize::{is_invisible, neutralise, neutralise_json};
use crate::table::View;

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum OutputFormat {
    Table,
    Json,
    Yaml,
    /// One JSON document a line (a list's items each on its own line)
    Ndjson,
    /// A table, as in the Python vss-cli
    Auto,
}

/// A concrete output format (`auto` resolved).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    Table,
    Json,
    Yaml,
    /// One JSON document a line: a list's items each on its own.
    Ndjson,
}

impl Format {
    /// Resolves `auto`: a table, as in the Python vss-cli, on a terminal or not.
    pub(crate) fn resolve(choice: OutputFormat) -> Format {
        match choice {
            OutputFormat::Table | OutputFormat::Auto => Format::Table,
            OutputFormat::Json => Format::Json,
            OutputFormat::Yaml => Format::Yaml,
            OutputFormat::Ndjson => Format::Ndjson,
        }
    }
}

/// Renders `value` (a struct or map) in `format`.
#[cfg(test)]
pub(crate) fn render<T: Serialize>(format: Format, value: &T) -> String {
    render_with(format, &View::default(), value)
}

/// Renders `value` in `format`, sorted and, for a table, shaped as `view` says.
pub(crate) fn render_with<T: Serialize>(format: Format, view: &View, value: &T) -> String {
    let value = view.sorted(serde_json::to_value(value).unwrap_or(Value::Null));
    match format {
        Format::Ndjson => {
            let items = match value {
                Value::Array(items) => items,
                one => vec![one],
            };
            items
                .iter()
                .map(|v| {
                    let line = serde_json::to_string(v).unwrap_or_default();
                    format!("{}\n", neutralise_json(&line))
                })
                .collect()
        }
        Format::Table if view.table(&value).is_some() => view.table(&value).unwrap_or_default(),
        Format::Json => {
            let mut s = neutralise_json(&serde_json::to_string_pretty(&value).unwrap_or_default())
                .into_owned();
            s.push('\n');
            s
        }
        // YAML writes every control character as an escape in a double-quoted string, but
        // leaves the bidirectional overrides raw: those (only) are shown as escapes.
        Format::Yaml => serde_saphyr::to_string(&show_invisible(value)).unwrap_or_default(),
        Format::Table => table(&value),
    }
}

/// `value` with the invisible characters in its strings (keys too) shown as escapes (YAML
/// escapes the controls itself).
fn show_invisible(value: Value) -> Value {
    let shown = |s: String| -> String {
        if !s.chars().any(is_invisible) {
            return s;
        }
        s.chars()
            .map(|c| {
                if is_invisible(c) {
                    c.escape_unicode().to_string()
                } else {
                    c.to_string()
                }
            })
            .collect()
    };
    match value {
        Value::String(s) => Value::String(shown(s)),
        Value::Array(items) => Value::Array(items.into_iter().map(show_invisible).collect()),
        Value::Object(map) => Value::Object(
            map.into_iter()
                .map(|(k, v)| (shown(k), show_invisible(v)))
                .collect(),
        ),
        other => other,
    }
}

/// A timestamp as RFC 3339 in UTC (`2026-01-02T03:04:05Z`), from RFC 3339 with any offset,
/// or read as UTC from the other forms servers write; anything else unchanged.
pub(crate) fn rfc3339(raw: &str) -> String {
    use chrono::{DateTime, NaiveDateTime, SecondsFormat, Utc};
    if let Ok(t) = DateTime::parse_from_rfc3339(raw) {
        return t
            .with_timezone(&Utc)
            .to_rfc3339_opts(SecondsFormat::AutoSi, true);
    }
    ["%Y-%m-%d %H:%M:%S%.f", "%Y-%m-%dT%H:%M:%S%.f"]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(raw.trim(), f).ok())
        .map(|t| t.and_utc().to_rfc3339_opts(SecondsFormat::AutoSi, true))
        .or_else(|| {
            DateTime::parse_from_rfc2822(raw).ok().map(|t| {
                t.with_timezone(&Utc)
                    .to_rfc3339_opts(SecondsFormat::Secs, true)
            })
        })
        .unwrap_or_else(|| raw.to_owned())
}

/// A Unix time as RFC 3339.
pub(crate) fn unix_rfc3339(secs: i64) -> Option<String> {
    chrono::DateTime::from_timestamp(secs, 0)
        .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
}

/// One table cell: text as it is, neutralised; a list or record inside as JSON, neutralised
/// too (JSON escapes only what it must: DEL, C1 and the invisible characters stay raw).
fn scalar(v: &Value) -> String {
    match v {
        Value::Null => "-".into(),
        Value::String(s) => neutralise(s).into_owned(),
        other => neutralise_json(&other.to_string()).into_owned(),
    }
}

fn flatten(prefix: &str, v: &Value, rows: &mut Vec<(String, String)>) {
    match v {
        Value::Object(map) => {
            for (k, v) in map {
                let k = neutralise(k);
                let key = if prefix.is_empty() {
                    k.into_owned()
                } else {
                    format!("{prefix}.{k}")
                };
                flatten(&key, v, rows);
            }
        }
        Value::Array(items) if items.is_empty() => rows.push((prefix.into(), "-".into())),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let key = if i == 0 {
                    prefix.to_owned()
                } else {
                    String::new()
                };
                rows.push((key, scalar(item)));
            }
        }
        other => rows.push((prefix.into(), scalar(other))),
    }
}

/// A list of records as columns under a header; anything else as field/value rows.
fn table(value: &Value) -> String {
    match value {
        Value::Array(items) if !items.is_empty() && items.iter().all(Value::is_object) => {
            columns(items)
        }
        Value::Array(items) if items.is_empty() => String::new(),
        other => fields(other),
    }
}

fn columns(items: &[Value]) -> String {
    let keys: Vec<&String> = items[0]
        .as_object()
        .map(|m| m.keys().collect())
        .unwrap_or_default();
    let mut grid: Vec<Vec<String>> =
        vec![keys.iter().map(|k| neutralise(k).to_uppercase()).collect()];
    for item in items {
        grid.push(keys.iter().map(|k| scalar(&item[k.as_str()])).collect());
    }
    let widths: Vec<usize> = (0..keys.len())
        .map(|i| grid.iter().map(|r| r[i].chars().count()).max().unwrap_or(0))
        .collect();
    let mut out = String::new();
    for row in grid {
        let line: Vec<String> = row
            .iter()
            .zip(&widths)
            .map(|(cell, w)| format!("{cell:<w$}"))
            .collect();
        out.push_str(line.join("  ").trim_end());
        out.push('\n');
    }
    out
}

/// Two aligned columns: field and value; list items continue under their field.
fn fields(value: &Value) -> String {
    let mut rows = Vec::new();
    flatten("", value, &mut rows);
    let width = rows.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
    rows.iter()
        .map(|(k, v)| format!("{k:<width$}  {v}\n"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn table_aligns_and_continues_lists() {
        let v = json!({"method": "EMAIL", "recovery_codes": ["a", "b"], "key": null});
        assert_eq!(
            render(Format::Table, &v),
            "method          EMAIL\nrecovery_codes  a\n                b\nkey             -\n"
        );
    }

    #[test]
    fn lists_of_records_become_columns() {
        let v = json!([{"name": "a", "url": "http://x"}, {"name": "bbb", "url": null}]);
        assert_eq!(
            render(Format::Table, &v),
            "NAME  URL\na     http://x\nbbb   -\n"
        );
    }

    #[test]
    fn json_and_yaml() {
        let v = json!({"state": "pending"});
        assert_eq!(render(Format::Json, &v), "{\n  \"state\": \"pending\"\n}\n");
        assert_eq!(render(Format::Yaml, &v), "state: pending\n");
    }

    #[test]
    fn tables_neutralise_cells() {
        let v = json!([{"name": "evil\x1b[31m", "url": "x\ny"}]);
        assert_eq!(
            render(Format::Table, &v),
            "NAME            URL\nevil\\u{1b}[31m  x\\ny\n"
        );
    }

    #[test]
    fn yaml_escapes_control_characters() {
        let v = json!({"m": "a\x1b[31mb\u{9b}c"});
        let text = render(Format::Yaml, &v);
        assert!(
            !text.contains('\x1b') && !text.contains('\u{9b}'),
            "{text:?}"
        );
        let back: Value = serde_saphyr::from_str(&text).unwrap();
        assert_eq!(back, v);
    }

    #[test]
    fn timestamps_become_rfc3339() {
        assert_eq!(rfc3339("2026-01-02T03:04:05Z"), "2026-01-02T03:04:05Z");
        assert_eq!(rfc3339("2026-01-02T04:04:05+01:00"), "2026-01-02T03:04:05Z");
        assert_eq!(rfc3339("2026-01-02 03:04:05"), "2026-01-02T03:04:05Z");
        assert_eq!(
            rfc3339("2026-01-02 03:04:05.250"),
            "2026-01-02T03:04:05.250Z"
        );
        assert_eq!(
            rfc3339("Fri, 02 Jan 2026 03:04:05 GMT"),
            "2026-01-02T03:04:05Z"
        );
        assert_eq!(rfc3339("soon"), "soon");
        assert_eq!(unix_rfc3339(0).unwrap(), "1970-01-01T00:00:00Z");
    }

    #[test]
    fn auto_is_a_table_as_in_the_python_tool() {
        assert_eq!(Format::resolve(OutputFormat::Auto), Format::Table);
    }

    #[test]
    fn ndjson_is_a_document_a_line() {
        let v = json!([{"a": 1}, {"a": "x\ny"}]);
        assert_eq!(render(Format::Ndjson, &v), "{\"a\":1}\n{\"a\":\"x\\ny\"}\n");
        assert_eq!(render(Format::Ndjson, &json!({"a": 1})), "{\"a\":1}\n");
    }
}
