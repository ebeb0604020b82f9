//! What a command prints on stdout: tables for people, json, yaml, csv,
//! value and ndjson for programs; column selection; colour only on a
//! terminal. Messages and progress go to stderr, never here.

mod csv;
mod table;
mod yaml;

use serde_json::{Map, Value};

use crate::errors::{CliError, CliResult};

/// The `--output-format` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Boxed tables (the default).
    Table,
    /// Indented JSON, the raw answer.
    Json,
    /// YAML.
    Yaml,
    /// Comma-separated values with a header row.
    Csv,
    /// Values only, space-separated, one row per line (for shell scripts).
    Value,
    /// One compact JSON document per line (per list item).
    Ndjson,
}

/// What a command produced.
#[derive(Debug, Clone)]
pub enum Data {
    /// A list of records with the columns shown by default in a table.
    List {
        /// The records (JSON objects).
        items: Vec<Value>,
        /// The default table columns (empty: every key).
        columns: Vec<&'static str>,
    },
    /// One record.
    Object(Value),
    /// One value: printed bare in table and value formats (for scripts),
    /// as `{key: value}` in the structured formats.
    Scalar {
        /// The name of the value.
        key: String,
        /// The value.
        value: String,
    },
    /// Nothing to print on stdout.
    None,
}

impl Data {
    /// A list with default columns.
    pub fn list(items: Vec<Value>, columns: &[&'static str]) -> Data {
        Data::List {
            items,
            columns: columns.to_vec(),
        }
    }

    /// One record from anything serializable.
    pub fn object(value: impl serde::Serialize) -> CliResult<Data> {
        Ok(Data::Object(to_value(value)?))
    }
}

/// Serializes into a JSON value.
pub fn to_value(value: impl serde::Serialize) -> CliResult<Value> {
    serde_json::to_value(value).map_err(|e| CliError::api(format!("cannot show the answer: {e}")))
}

/// How to print.
#[derive(Debug, Clone)]
pub struct Printer {
    /// The format.
    pub format: Format,
    /// `--columns`: only these, in this order.
    pub columns: Option<Vec<String>>,
    /// Whether to use ANSI colour (only when stdout is a terminal).
    pub color: bool,
    /// `--sort-column` and whether descending.
    pub sort: Option<(String, bool)>,
}

impl Printer {
    /// Renders `data` as text for stdout.
    pub fn render(&self, data: &Data) -> String {
        match data {
            Data::None => String::new(),
            Data::Scalar { key, value } => match self.format {
                Format::Table | Format::Value => format!("{value}\n"),
                _ => {
                    let mut map = Map::new();
                    map.insert(key.clone(), Value::String(value.clone()));
                    Printer {
                        columns: None,
                        ..self.clone()
                    }
                    .render(&Data::Object(Value::Object(map)))
                }
            },
            Data::List { items, columns } => {
                let sorted;
                let items = match &self.sort {
                    Some((column, descending)) => {
                        sorted = sort_items(items, column, *descending);
                        &sorted
                    }
                    None => items,
                };
                let cols = self.list_columns(items, columns);
                match self.format {
                    Format::Table => table::list(items, &cols, self.color),
                    Format::Json => json(&Value::Array(self.select_all(items))),
                    Format::Yaml => yaml::render(&Value::Array(self.select_all(items))),
                    Format::Ndjson => self
                        .select_all(items)
                        .iter()
                        .map(|v| format!("{v}\n"))
                        .collect(),
                    Format::Csv => csv::render(items, &cols),
                    Format::Value => value_rows(items, &cols),
                }
            }
            Data::Object(value) => {
                let selected = self.select(value);
                match self.format {
                    Format::Table => table::object(&selected, self.color),
                    Format::Json => json(&selected),
                    Format::Yaml => yaml::render(&selected),
                    Format::Ndjson => format!("{selected}\n"),
                    Format::Csv | Format::Value => {
                        let cols = object_keys(&selected);
                        let items = [selected];
                        if self.format == Format::Csv {
                            csv::render(&items, &cols)
                        } else {
                            value_rows(&items, &cols)
                        }
                    }
                }
            }
        }
    }

    fn list_columns(&self, items: &[Value], defaults: &[&str]) -> Vec<String> {
        if let Some(cols) = &self.columns {
            return cols.clone();
        }
        if !defaults.is_empty() && self.format != Format::Csv {
            return defaults.iter().map(|c| (*c).to_owned()).collect();
        }
        let mut cols: Vec<String> = defaults.iter().map(|c| (*c).to_owned()).collect();
        for item in items {
            for key in object_keys(item) {
                if !cols.contains(&key) {
                    cols.push(key);
                }
            }
        }
        cols
    }

    fn select(&self, value: &Value) -> Value {
        match (&self.columns, value) {
            (Some(cols), Value::Object(map)) => {
                let mut out = Map::new();
                for c in cols {
                    out.insert(c.clone(), map.get(c).cloned().unwrap_or(Value::Null));
                }
                Value::Object(out)
            }
            _ => value.clone(),
        }
    }

    fn select_all(&self, items: &[Value]) -> Vec<Value> {
        items.iter().map(|v| self.select(v)).collect()
    }
}

/// The items ordered by one column: numbers by value, then text, missing last.
fn sort_items(items: &[Value], column: &str, descending: bool) -> Vec<Value> {
    let mut out = items.to_vec();
    out.sort_by(|a, b| {
        let (x, y) = (field(a, column), field(b, column));
        let order = match (x.and_then(Value::as_f64), y.and_then(Value::as_f64)) {
            (Some(x), Some(y)) => x.total_cmp(&y),
            _ => cell(x).cmp(&cell(y)),
        };
        if descending { order.reverse() } else { order }
    });
    out
}

fn object_keys(value: &Value) -> Vec<String> {
    match value {
        Value::Object(map) => map.keys().cloned().collect(),
        _ => vec!["value".to_owned()],
    }
}

/// JSON indented by four spaces, as kamaki prints it.
fn json(value: &Value) -> String {
    let mut out = Vec::new();
    let formatter = serde_json::ser::PrettyFormatter::with_indent(b"    ");
    let mut ser = serde_json::Serializer::with_formatter(&mut out, formatter);
    if serde::Serialize::serialize(value, &mut ser).is_err() {
        return format!("{value}\n");
    }
    let mut text = String::from_utf8_lossy(&out).into_owned();
    text.push('\n');
    text
}

/// A cell's text: strings bare, null empty, anything else compact JSON.
pub fn cell(value: Option<&Value>) -> String {
    match value {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    }
}

/// The field of a record (a non-object record is its own `value`).
fn field<'a>(item: &'a Value, column: &str) -> Option<&'a Value> {
    match item {
        Value::Object(map) => map.get(column),
        other if column == "value" => Some(other),
        _ => None,
    }
}

fn value_rows(items: &[Value], cols: &[String]) -> String {
    let mut out = String::new();
    for item in items {
        let row: Vec<String> = cols.iter().map(|c| cell(field(item, c))).collect();
        out.push_str(&row.join(" "));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn printer(format: Format) -> Printer {
        Printer {
            format,
            columns: None,
            color: false,
            sort: None,
        }
    }

    #[test]
    fn list_in_every_format() {
        let data = Data::list(
            vec![
                json!({"id": "1", "name": "a, b", "n": 3}),
                json!({"id": "2", "name": "c"}),
            ],
            &["id", "name"],
        );
        let table = printer(Format::Table).render(&data);
        assert!(table.contains("| id | name |"), "{table}");
        assert!(table.contains("| 1  | a, b |"), "{table}");
        let csv = printer(Format::Csv).render(&data);
        assert_eq!(csv, "id,name,n\n1,\"a, b\",3\n2,c,\n");
        assert_eq!(printer(Format::Value).render(&data), "1 a, b\n2 c\n");
        let nd = printer(Format::Ndjson).render(&data);
        assert_eq!(nd.lines().count(), 2);
        let y = printer(Format::Yaml).render(&data);
        assert!(
            y.starts_with("- id: \"1\"\n  \"n\": 3\n  name: a, b\n"),
            "{y}"
        );
    }
}
