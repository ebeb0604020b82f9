//! RFC 4180 CSV: a header row, then one row per record; fields quoted
//! when they hold a comma, a quote, a line break or edge spaces.

use serde_json::Value;

use super::{cell, field};

fn quote(text: &str) -> String {
    let needs =
        text.contains([',', '"', '\n', '\r']) || text.starts_with(' ') || text.ends_with(' ');
    if needs {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// The records as CSV with these columns.
pub fn render(items: &[Value], columns: &[String]) -> String {
    let mut out = String::new();
    let header: Vec<String> = columns.iter().map(|c| quote(c)).collect();
    out.push_str(&header.join(","));
    out.push('\n');
    for item in items {
        let row: Vec<String> = columns
            .iter()
            .map(|c| quote(&cell(field(item, c))))
            .collect();
        out.push_str(&row.join(","));
        out.push('\n');
    }
    out
}
