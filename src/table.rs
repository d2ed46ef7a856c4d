//! How data is shaped before it is rendered, as the Python vss-cli's global options ask:
//! `--columns NAME=path,...` picks and names fields by JSONPath, `-s/--sort-by PATH` orders a
//! list, `--table-format` draws a list in one of the Python tool's (tabulate's) formats,
//! `-n/--no-headers` drops the header row and `--columns-width N` cuts long cells. Paths are
//! written as there (`enabled`, `totp.method`, `*`, `$.a.b`); JSONPath is `serde_json_path`'s
//! (RFC 9535), the tables are drawn by `tabled`.

use std::cmp::Ordering;

use serde_json::Value;
use serde_json_path::JsonPath;
use tabled::settings::style::{HorizontalLine, Style};

use crate::sanitize::neutralise;

/// The table formats of the Python tool (tabulate's names) that are drawn here.
pub(crate) const TABLE_FORMATS: [&str; 13] = [
    "plain",
    "simple",
    "grid",
    "fancy_grid",
    "github",
    "pipe",
    "orgtbl",
    "psql",
    "rst",
    "presto",
    "pretty",
    "rounded_grid",
    "csv",
];

/// A path as the Python tool takes it (jsonpath-ng: `a.b`, `*`, `a[0]`), checked.
#[derive(Debug, Clone)]
pub(crate) struct FieldPath {
    path: JsonPath,
}

impl FieldPath {
    /// Parses `text`; a path without the leading `$` starts at the record, as in jsonpath-ng.
    pub(crate) fn parse(text: &str) -> Result<FieldPath, String> {
        let text = text.trim();
        if text.is_empty() {
            return Err("an empty path".to_owned());
        }
        let full = if text.starts_with('$') {
            text.to_owned()
        } else if text.starts_with('[') {
            format!("${text}")
        } else {
            format!("$.{text}")
        };
        JsonPath::parse(&full)
            .map(|path| FieldPath { path })
            .map_err(|e| format!("{text:?} is not a JSONPath: {e}"))
    }

    /// The values the path finds in `record`.
    fn find<'a>(&self, record: &'a Value) -> Vec<&'a Value> {
        self.path.query(record).all()
    }
}

/// `--columns NAME=path,...` (a bare NAME is its own path), as the Python tool splits it.
pub(crate) fn parse_columns(text: &str) -> Result<Vec<(String, FieldPath)>, String> {
    let mut columns = Vec::new();
    for pair in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let (name, path) = pair.split_once('=').unwrap_or((pair, pair));
        let path = FieldPath::parse(path).map_err(|e| format!("--columns: {e}"))?;
        columns.push((name.trim().to_owned(), path));
    }
    if columns.is_empty() {
        return Err("--columns: give NAME=path pairs, e.g. EN=enabled,M=method".to_owned());
    }
    Ok(columns)
}

/// A table format by its tabulate name.
pub(crate) fn parse_table_format(text: &str) -> Result<String, String> {
    let name = text.trim().to_ascii_lowercase();
    if TABLE_FORMATS.contains(&name.as_str()) {
        Ok(name)
    } else {
        Err(format!(
            "{text:?} is not a table format: use one of {}",
            TABLE_FORMATS.join(", ")
        ))
    }
}

/// How tables are shaped, resolved once from the command line, environment and configuration.
#[derive(Debug, Clone, Default)]
pub(crate) struct View {
    /// `--columns`: the fields to show and their names.
    pub(crate) columns: Option<Vec<(String, FieldPath)>>,
    /// `-s/--sort-by`: lists are ordered by the first value this finds (none last).
    pub(crate) sort_by: Option<FieldPath>,
    /// `--table-format`: a tabulate name; none keeps this program's own layout.
    pub(crate) table_format: Option<String>,
    /// `-n/--no-headers`.
    pub(crate) no_headers: bool,
    /// `--columns-width N`: cells longer than N are cut with `…` (-1 or none: never; 0: the
    /// terminal's width shared out).
    pub(crate) columns_width: Option<i64>,
    /// The terminal's width, for `--columns-width 0`.
    pub(crate) terminal_width: Option<usize>,
}

impl View {
    /// `value` sorted as `--sort-by` asks, when it is a list.
    pub(crate) fn sorted(&self, value: Value) -> Value {
        let (Some(path), Value::Array(mut items)) = (&self.sort_by, value.clone()) else {
            return value;
        };
        items.sort_by(|a, b| {
            let a = path.find(a).into_iter().next().filter(|v| !v.is_null());
            let b = path.find(b).into_iter().next().filter(|v| !v.is_null());
            match (a, b) {
                (None, None) => Ordering::Equal,
                (None, Some(_)) => Ordering::Greater,
                (Some(_), None) => Ordering::Less,
                (Some(a), Some(b)) => compare(a, b),
            }
        });
        Value::Array(items)
    }

    /// The table for `value` when these options change it from the default layout, else None.
    pub(crate) fn table(&self, value: &Value) -> Option<String> {
        let records: Vec<&Value> = match value {
            Value::Array(items) if items.iter().all(Value::is_object) => items.iter().collect(),
            Value::Object(_) if self.columns.is_some() => return Some(self.single(value)),
            _ => return None,
        };
        if self.columns.is_none()
            && self.table_format.is_none()
            && !self.no_headers
            && self.columns_width.is_none_or(|w| w < 0)
        {
            return None;
        }
        if records.is_empty() {
            return Some(String::new());
        }
        let (headers, rows) = match &self.columns {
            Some(columns) => (
                columns
                    .iter()
                    .map(|(name, _)| neutralise(name).into_owned())
                    .collect(),
                records
                    .iter()
                    .map(|r| columns.iter().map(|(_, p)| cell(&p.find(r))).collect())
                    .collect(),
            ),
            None => {
                let keys: Vec<String> = records[0]
                    .as_object()
                    .map(|m| m.keys().cloned().collect())
                    .unwrap_or_default();
                (
                    keys.iter().map(|k| neutralise(k).to_uppercase()).collect(),
                    records
                        .iter()
                        .map(|r| keys.iter().map(|k| cell(&[&r[k.as_str()]])).collect())
                        .collect(),
                )
            }
        };
        Some(self.draw(headers, self.cut(rows)))
    }

    /// One record as `NAME: value` lines (the Python tool's one-record view).
    fn single(&self, record: &Value) -> String {
        let columns = self.columns.as_deref().unwrap_or_default();
        let width = columns
            .iter()
            .map(|(n, _)| n.chars().count())
            .max()
            .unwrap_or(0);
        columns
            .iter()
            .map(|(name, path)| {
                let value = cell(&path.find(record));
                format!("{:<width$}: {value}\n", neutralise(name))
                    .replace(" \n", "\n")
                    .replace(":\n", ": \n")
            })
            .collect()
    }

    /// Cells cut to `--columns-width`.
    fn cut(&self, rows: Vec<Vec<String>>) -> Vec<Vec<String>> {
        let width = match self.columns_width {
            Some(0) => {
                let n = rows.iter().map(Vec::len).min().unwrap_or(1).max(1);
                self.terminal_width.unwrap_or(80) / n
            }
            Some(w) if w > 0 => usize::try_from(w).unwrap_or(usize::MAX),
            _ => return rows,
        };
        rows.into_iter()
            .map(|row| {
                row.into_iter()
                    .map(|c| {
                        if c.chars().count() < width {
                            c
                        } else {
                            let mut short: String =
                                c.chars().take(width.saturating_sub(1)).collect();
                            short.push('…');
                            short
                        }
                    })
                    .collect()
            })
            .collect()
    }

    fn draw(&self, headers: Vec<String>, rows: Vec<Vec<String>>) -> String {
        let format = self.table_format.as_deref();
        if format == Some("csv") {
            return csv(if self.no_headers { &[][..] } else { &headers }, &rows);
        }
        if matches!(format, None | Some("plain" | "simple")) {
            return aligned(
                (!self.no_headers).then_some(headers),
                &rows,
                format == Some("simple"),
            );
        }
        let mut builder = tabled::builder::Builder::default();
        if !self.no_headers {
            builder.push_record(headers);
        }
        for row in rows {
            builder.push_record(row);
        }
        let mut table = builder.build();
        match format {
            Some("fancy_grid") => {
                table.with(Style::modern());
            }
            Some("rounded_grid") => {
                table.with(Style::modern_rounded());
            }
            Some("github" | "pipe" | "orgtbl") if self.no_headers => {
                table.with(Style::markdown().remove_horizontals());
            }
            Some("github" | "pipe" | "orgtbl") => {
                table.with(Style::markdown());
            }
            Some("psql") if self.no_headers => {
                table.with(Style::ascii().remove_horizontal());
            }
            Some("psql") => {
                let rule = HorizontalLine::inherit(Style::ascii());
                table.with(Style::ascii().remove_horizontal().horizontals([(1, rule)]));
            }
            Some("presto") => {
                table.with(Style::psql());
            }
            Some("rst") => {
                table.with(Style::re_structured_text());
            }
            // grid, pretty
            _ => {
                table.with(Style::ascii());
            }
        }
        let text = table.to_string();
        let mut out: String = text
            .lines()
            .map(|l| format!("{}\n", l.trim_end()))
            .collect();
        if out.is_empty() {
            out.push('\n');
        }
        out
    }
}

/// Columns two spaces apart (this program's layout, tabulate's `plain`), with a rule of dashes
/// under the header for `simple`.
fn aligned(headers: Option<Vec<String>>, rows: &[Vec<String>], rule: bool) -> String {
    let mut grid: Vec<Vec<String>> = Vec::new();
    let headed = headers.is_some();
    grid.extend(headers);
    let n = rows.iter().chain(&grid).map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..n)
        .map(|i| {
            grid.iter()
                .chain(rows)
                .filter_map(|r| r.get(i))
                .map(|c| c.chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    if headed && rule {
        grid.push(widths.iter().map(|w| "-".repeat(*w)).collect());
    }
    grid.extend(rows.iter().cloned());
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

/// Order of values: numbers by value, text by text, else by their JSON.
fn compare(a: &Value, b: &Value) -> Ordering {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x
            .as_f64()
            .partial_cmp(&y.as_f64())
            .unwrap_or(Ordering::Equal),
        (Value::String(x), Value::String(y)) => x.cmp(y),
        (Value::Bool(x), Value::Bool(y)) => x.cmp(y),
        _ => a.to_string().cmp(&b.to_string()),
    }
}

/// What the path found, neutralised, joined with `, ` as in the Python tool.
fn cell(values: &[&Value]) -> String {
    values
        .iter()
        .map(|v| match v {
            Value::Null => "-".to_owned(),
            Value::String(s) => neutralise(s).into_owned(),
            other => neutralise(&other.to_string()).into_owned(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// tabulate's csv: every field quoted but numbers.
fn csv(headers: &[String], rows: &[Vec<String>]) -> String {
    let quote = |c: &String| {
        if !c.is_empty() && c.parse::<f64>().is_ok() {
            c.clone()
        } else {
            format!("\"{}\"", c.replace('"', "\"\""))
        }
    };
    let mut out = String::new();
    if !headers.is_empty() {
        out.push_str(&headers.iter().map(quote).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    for row in rows {
        out.push_str(&row.iter().map(quote).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn view(columns: Option<&str>, format: Option<&str>) -> View {
        View {
            columns: columns.map(|c| parse_columns(c).unwrap()),
            table_format: format.map(str::to_owned),
            ..View::default()
        }
    }

    #[test]
    fn columns_pick_and_name_fields_by_path() {
        let v = json!([{"enabled": true, "totp": {"method": "EMAIL"}}]);
        let t = view(Some("EN=enabled,M=totp.method"), None)
            .table(&v)
            .unwrap();
        assert_eq!(t, "EN    M\ntrue  EMAIL\n");
        let one = view(Some("EN=enabled,M=totp.method"), None)
            .table(&v[0])
            .unwrap();
        assert_eq!(one, "EN: true\nM : EMAIL\n");
    }

    #[test]
    fn formats_by_tabulate_name() {
        let v = json!([{"a": 1, "b": "x"}]);
        let two = json!([{"a": 1, "b": "x"}, {"a": 2, "b": "y"}]);
        assert_eq!(
            view(None, Some("psql")).table(&two).unwrap(),
            "+---+---+\n| A | B |\n+---+---+\n| 1 | x |\n| 2 | y |\n+---+---+\n"
        );
        assert_eq!(
            view(None, Some("simple")).table(&v).unwrap(),
            "A  B\n-  -\n1  x\n"
        );
        assert_eq!(
            view(None, Some("github")).table(&v).unwrap(),
            "| A | B |\n|---|---|\n| 1 | x |\n"
        );
        assert_eq!(
            view(None, Some("psql")).table(&v).unwrap(),
            "+---+---+\n| A | B |\n+---+---+\n| 1 | x |\n+---+---+\n"
        );
        for f in TABLE_FORMATS {
            assert!(view(None, Some(f)).table(&v).is_some(), "{f}");
        }
    }

    #[test]
    fn sorted_by_a_path_none_last() {
        let v = json!([{"a": {"n": 2}}, {"a": {}}, {"a": {"n": 1}}]);
        let s = View {
            sort_by: Some(FieldPath::parse("a.n").unwrap()),
            ..View::default()
        }
        .sorted(v);
        assert_eq!(s, json!([{"a": {"n": 1}}, {"a": {"n": 2}}, {"a": {}}]));
    }

    #[test]
    fn bad_paths_and_formats_are_refused() {
        assert!(parse_columns("A=[[").is_err());
        assert!(parse_table_format("nope").is_err());
        assert_eq!(parse_table_format("GRID").unwrap(), "grid");
    }
}
