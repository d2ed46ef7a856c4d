//! Data on stdout as a table, JSON or YAML.

use std::io::Write;

use serde::Serialize;
use serde_json::Value;

use crate::cli::OutputFormat;
use crate::error::{Error, Result};

/// A concrete output format (`auto` resolved).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    Table,
    Json,
    Yaml,
}

impl Format {
    /// Resolves `auto`: a table on a terminal, JSON when piped.
    pub(crate) fn resolve(choice: OutputFormat, stdout_tty: bool) -> Format {
        match choice {
            OutputFormat::Table => Format::Table,
            OutputFormat::Json => Format::Json,
            OutputFormat::Yaml => Format::Yaml,
            OutputFormat::Auto if stdout_tty => Format::Table,
            OutputFormat::Auto => Format::Json,
        }
    }
}

/// Renders `value` (a struct or map) in `format`.
pub(crate) fn render<T: Serialize>(format: Format, value: &T) -> String {
    let value = serde_json::to_value(value).unwrap_or(Value::Null);
    match format {
        Format::Json => {
            let mut s = serde_json::to_string_pretty(&value).unwrap_or_default();
            s.push('\n');
            s
        }
        Format::Yaml => serde_saphyr::to_string(&value).unwrap_or_default(),
        Format::Table => table(&value),
    }
}

/// Writes `value` to stdout in `format`.
pub(crate) fn print<T: Serialize>(format: Format, value: &T) -> Result<()> {
    write_stdout(render(format, value).as_bytes())
}

/// Writes data to stdout. A reader that went away (`vss-cli ... | head`) is not an error.
pub(crate) fn write_stdout(bytes: &[u8]) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Error::file(format!("cannot write to standard output: {e}"))),
        Ok(()) => Ok(()),
    }
}

fn scalar(v: &Value) -> String {
    match v {
        Value::Null => "-".into(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn flatten(prefix: &str, v: &Value, rows: &mut Vec<(String, String)>) {
    match v {
        Value::Object(map) => {
            for (k, v) in map {
                let key = if prefix.is_empty() {
                    k.clone()
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
    let mut grid: Vec<Vec<String>> = vec![keys.iter().map(|k| k.to_uppercase()).collect()];
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
    fn auto_depends_on_the_terminal() {
        assert_eq!(Format::resolve(OutputFormat::Auto, true), Format::Table);
        assert_eq!(Format::resolve(OutputFormat::Auto, false), Format::Json);
    }
}
