//! Boxed text tables: a list as rows under a header, a record as
//! `Field | Value` rows.

use serde_json::Value;

use super::{cell, field};

fn width(text: &str) -> usize {
    text.chars().count()
}

fn rule(widths: &[usize]) -> String {
    let mut line = String::from("+");
    for w in widths {
        line.push_str(&"-".repeat(w + 2));
        line.push('+');
    }
    line.push('\n');
    line
}

fn row(cells: &[String], widths: &[usize], bold: bool) -> String {
    // A cell may hold several lines (nested values): print them side by side.
    let split: Vec<Vec<&str>> = cells.iter().map(|c| c.split('\n').collect()).collect();
    let height = split.iter().map(Vec::len).max().unwrap_or(1);
    let mut out = String::new();
    for line in 0..height {
        out.push('|');
        for (i, parts) in split.iter().enumerate() {
            let text = parts.get(line).copied().unwrap_or("");
            let pad = widths[i].saturating_sub(width(text));
            if bold {
                out.push_str(&format!(" \x1b[1m{text}\x1b[0m{} |", " ".repeat(pad)));
            } else {
                out.push_str(&format!(" {text}{} |", " ".repeat(pad)));
            }
        }
        out.push('\n');
    }
    out
}

fn render(header: &[String], rows: &[Vec<String>], color: bool) -> String {
    let mut widths: Vec<usize> = header.iter().map(|h| width(h)).collect();
    for r in rows {
        for (i, c) in r.iter().enumerate() {
            let w = c.split('\n').map(width).max().unwrap_or(0);
            widths[i] = widths[i].max(w);
        }
    }
    let mut out = rule(&widths);
    out.push_str(&row(header, &widths, color));
    out.push_str(&rule(&widths));
    for r in rows {
        out.push_str(&row(r, &widths, false));
    }
    out.push_str(&rule(&widths));
    out
}

/// A list of records, one row each, with these columns.
pub fn list(items: &[Value], columns: &[String], color: bool) -> String {
    let rows: Vec<Vec<String>> = items
        .iter()
        .map(|item| columns.iter().map(|c| cell(field(item, c))).collect())
        .collect();
    render(columns, &rows, color)
}

/// One record as `Field | Value` rows (nested values as indented JSON lines).
pub fn object(value: &Value, color: bool) -> String {
    let header = vec!["Field".to_owned(), "Value".to_owned()];
    let rows: Vec<Vec<String>> = match value {
        Value::Object(map) => map
            .iter()
            .map(|(k, v)| {
                let text = match v {
                    Value::Object(_) | Value::Array(_) => {
                        let compact = v.to_string();
                        if compact.chars().count() <= 60 {
                            compact
                        } else {
                            serde_json::to_string_pretty(v).unwrap_or(compact)
                        }
                    }
                    other => cell(Some(other)),
                };
                vec![k.clone(), text]
            })
            .collect(),
        other => vec![vec!["value".to_owned(), cell(Some(other))]],
    };
    render(&header, &rows, color)
}
