//! kamaki's INI dialect (Python ConfigParser), read and written without
//! losing anything: comments, blank lines, the order of sections and
//! options, and the spelling of lines not touched are kept byte for byte.
//!
//! Sections are `[global]`, `[cloud "NAME"]` or any other `[name]`; options
//! are `key = value` or `key: value` (names case-insensitive); an indented
//! line continues the value above; `#` and `;` start comments.

use std::fmt;

/// One line of the file, as read.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Line {
    /// Blank or comment: kept as is.
    Other(String),
    /// `[name]`; `name` is the text between the brackets, trimmed.
    Section { raw: String, name: String },
    /// `key = value` (possibly continued on following indented lines).
    Entry {
        raw: String,
        key: String,
        value: String,
    },
    /// An indented continuation of the entry above.
    Continuation(String),
}

/// Why a file could not be read: the line number (1-based) and the cause.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// 1-based line number.
    pub line: usize,
    /// What is wrong with it.
    pub message: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

/// An INI document that remembers its text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Document {
    lines: Vec<Line>,
}

/// Where an option was found: the section name and 1-based line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// The option's value (continuations joined with `\n`).
    pub value: String,
    /// 1-based line of the option.
    pub line: usize,
}

impl Document {
    /// Parses a file's text.
    pub fn parse(text: &str) -> Result<Document, ParseError> {
        let mut lines = Vec::new();
        let mut in_section = false;
        let mut last_was_entry = false;
        for (index, raw) in text.lines().enumerate() {
            let number = index + 1;
            let trimmed = raw.trim();
            if trimmed.is_empty() || trimmed.starts_with('#') || trimmed.starts_with(';') {
                lines.push(Line::Other(raw.to_owned()));
                // ConfigParser ends a multi-line value at a blank line.
                if trimmed.is_empty() {
                    last_was_entry = false;
                }
                continue;
            }
            if raw.starts_with([' ', '\t']) && last_was_entry {
                lines.push(Line::Continuation(raw.to_owned()));
                continue;
            }
            if let Some(rest) = trimmed.strip_prefix('[') {
                let Some(name) = rest.strip_suffix(']') else {
                    return Err(ParseError {
                        line: number,
                        message: format!("section header `{trimmed}` has no closing `]`"),
                    });
                };
                lines.push(Line::Section {
                    raw: raw.to_owned(),
                    name: name.trim().to_owned(),
                });
                in_section = true;
                last_was_entry = false;
                continue;
            }
            let split = match (trimmed.find('='), trimmed.find(':')) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            let Some(at) = split else {
                return Err(ParseError {
                    line: number,
                    message: format!("`{trimmed}` is neither `[section]` nor `option = value`"),
                });
            };
            if !in_section {
                return Err(ParseError {
                    line: number,
                    message: "an option before any [section] header".to_owned(),
                });
            }
            let key = trimmed[..at].trim();
            if key.is_empty() {
                return Err(ParseError {
                    line: number,
                    message: "an option with no name".to_owned(),
                });
            }
            lines.push(Line::Entry {
                raw: raw.to_owned(),
                key: key.to_ascii_lowercase(),
                value: trimmed[at + 1..].trim().to_owned(),
            });
            last_was_entry = true;
        }
        Ok(Document { lines })
    }

    /// The section names, in file order (duplicates once).
    pub fn sections(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for line in &self.lines {
            if let Line::Section { name, .. } = line
                && !out.contains(name)
            {
                out.push(name.clone());
            }
        }
        out
    }

    /// The options of a section in file order, with their values and lines.
    /// A repeated option keeps its last value (as ConfigParser in non-strict mode).
    pub fn options(&self, section: &str) -> Vec<(String, Found)> {
        let mut out: Vec<(String, Found)> = Vec::new();
        let mut current: Option<&str> = None;
        let mut last: Option<usize> = None;
        for (index, line) in self.lines.iter().enumerate() {
            match line {
                Line::Section { name, .. } => {
                    current = Some(name);
                    last = None;
                }
                Line::Entry { key, value, .. } if current == Some(section) => {
                    let found = Found {
                        value: value.clone(),
                        line: index + 1,
                    };
                    if let Some(pos) = out.iter().position(|(k, _)| k == key) {
                        out[pos].1 = found;
                        last = Some(pos);
                    } else {
                        out.push((key.clone(), found));
                        last = Some(out.len() - 1);
                    }
                }
                Line::Continuation(raw) if current == Some(section) => {
                    if let Some(pos) = last {
                        let value = &mut out[pos].1.value;
                        if !value.is_empty() {
                            value.push('\n');
                        }
                        value.push_str(raw.trim());
                    }
                }
                _ => {}
            }
        }
        out
    }

    /// One option of a section.
    pub fn get(&self, section: &str, key: &str) -> Option<Found> {
        let key = key.to_ascii_lowercase();
        self.options(section)
            .into_iter()
            .find(|(k, _)| *k == key)
            .map(|(_, found)| found)
    }

    /// Line ranges `[start, end)` of every block of `section` (header included).
    fn blocks(&self, section: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut start: Option<usize> = None;
        for (index, line) in self.lines.iter().enumerate() {
            if let Line::Section { name, .. } = line {
                if let Some(s) = start.take() {
                    out.push((s, index));
                }
                if name == section {
                    start = Some(index);
                }
            }
        }
        if let Some(s) = start {
            out.push((s, self.lines.len()));
        }
        out
    }

    /// Sets an option: the line is rewritten in place if the option exists
    /// (its continuation lines dropped), else added after the section's last
    /// option; a missing section is appended at the end.
    pub fn set(&mut self, section: &str, key: &str, value: &str) {
        let key = key.to_ascii_lowercase();
        let new_line = Line::Entry {
            raw: format!("{key} = {value}"),
            key: key.clone(),
            value: value.to_owned(),
        };
        let blocks = self.blocks(section);
        // The last occurrence wins on reading, so rewrite the last one.
        for &(start, end) in blocks.iter().rev() {
            if let Some(index) = (start..end)
                .rev()
                .find(|&i| matches!(&self.lines[i], Line::Entry { key: k, .. } if *k == key))
            {
                self.lines[index] = new_line;
                self.drop_continuations(index + 1);
                return;
            }
        }
        if let Some(&(start, end)) = blocks.last() {
            // After the last non-blank, non-comment line of the block.
            let mut at = start + 1;
            for i in start + 1..end {
                if matches!(self.lines[i], Line::Entry { .. } | Line::Continuation(_)) {
                    at = i + 1;
                }
            }
            self.lines.insert(at, new_line);
            return;
        }
        if let Some(Line::Other(last)) = self.lines.last() {
            if !last.trim().is_empty() {
                self.lines.push(Line::Other(String::new()));
            }
        } else if !self.lines.is_empty() {
            self.lines.push(Line::Other(String::new()));
        }
        self.lines.push(Line::Section {
            raw: format!("[{section}]"),
            name: section.to_owned(),
        });
        self.lines.push(new_line);
    }

    fn drop_continuations(&mut self, from: usize) {
        while matches!(self.lines.get(from), Some(Line::Continuation(_))) {
            self.lines.remove(from);
        }
    }

    /// Removes an option (every occurrence); true if it was there.
    pub fn delete(&mut self, section: &str, key: &str) -> bool {
        let key = key.to_ascii_lowercase();
        let mut removed = false;
        for (start, end) in self.blocks(section).into_iter().rev() {
            for i in (start..end).rev() {
                if matches!(&self.lines[i], Line::Entry { key: k, .. } if *k == key) {
                    self.drop_continuations(i + 1);
                    self.lines.remove(i);
                    removed = true;
                }
            }
        }
        removed
    }

    /// Removes a whole section (every block of it); true if it was there.
    pub fn delete_section(&mut self, section: &str) -> bool {
        let blocks = self.blocks(section);
        for &(start, end) in blocks.iter().rev() {
            self.lines.drain(start..end);
        }
        !blocks.is_empty()
    }

    /// True if the document has no lines at all.
    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// Adds a comment line at the top (used for the version header of a new file).
    pub fn prepend_comment(&mut self, comment: &str) {
        self.lines.insert(0, Line::Other(comment.to_owned()));
    }
}

impl fmt::Display for Document {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for line in &self.lines {
            let raw = match line {
                Line::Other(raw)
                | Line::Section { raw, .. }
                | Line::Entry { raw, .. }
                | Line::Continuation(raw) => raw,
            };
            writeln!(f, "{raw}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    const SAMPLE: &str = "# Kamaki configuration file v0.16\n[global]\ndefault_cloud = okeanos\nlog_file = /path/to/kamaki.log\ncolors = on\n\n[cloud \"okeanos\"]\nurl = https://accounts.okeanos.grnet.gr/identity/v2.0\ntoken = t0k3nA t0k3nB\n";

    #[test]
    fn round_trip_is_exact() {
        let doc = Document::parse(SAMPLE).unwrap();
        assert_eq!(doc.to_string(), SAMPLE);
        assert_eq!(doc.get("global", "DEFAULT_CLOUD").unwrap().value, "okeanos");
        assert_eq!(doc.get("cloud \"okeanos\"", "token").unwrap().line, 9);
    }

    #[test]
    fn set_keeps_other_lines() {
        let mut doc = Document::parse(SAMPLE).unwrap();
        doc.set("global", "colors", "off");
        doc.set("cloud \"okeanos\"", "pithos_container", "images");
        doc.set("cloud \"demo\"", "url", "http://x");
        let text = doc.to_string();
        assert!(
            text.starts_with(
                "# Kamaki configuration file v0.16\n[global]\ndefault_cloud = okeanos\n"
            )
        );
        assert!(text.contains("colors = off\n\n[cloud \"okeanos\"]"));
        assert!(text.contains("token = t0k3nA t0k3nB\npithos_container = images\n"));
        assert!(text.ends_with("\n[cloud \"demo\"]\nurl = http://x\n"));
    }

    #[test]
    fn errors_name_the_line() {
        let err = Document::parse("[global]\nthis is wrong\n").unwrap_err();
        assert_eq!(err.line, 2);
        assert_eq!(Document::parse("a = b\n").unwrap_err().line, 1);
        assert_eq!(Document::parse("[global\n").unwrap_err().line, 1);
    }

    #[test]
    fn continuation_and_delete() {
        let mut doc = Document::parse("[global]\na = one\n  two\nb = 3\n").unwrap();
        assert_eq!(doc.get("global", "a").unwrap().value, "one\ntwo");
        assert!(doc.delete("global", "a"));
        assert_eq!(doc.to_string(), "[global]\nb = 3\n");
    }
}
