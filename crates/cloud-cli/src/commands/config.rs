//! `kamaki config get|set|delete|list`: no cloud is contacted and the
//! local cloud is not opened, so these start in a few milliseconds.

use serde_json::{Value, json};

use super::{Ctx, note};
use crate::args::config::ConfigCmd;
use crate::config::{OptionPath, Section, Setting, masked, parse_option_path};
use crate::errors::{CliError, CliResult};
use crate::output::Data;

fn row(option: String, key: &str, setting: &Setting, explain: bool) -> Value {
    let mut row = json!({"option": option, "value": masked(key, &setting.value)});
    if explain {
        row["source"] = Value::String(setting.source.to_string());
    }
    row
}

fn cloud_rows(ctx: &Ctx<'_>, name: &str, explain: bool) -> Vec<Value> {
    let section = Section::Cloud(name.to_owned());
    ctx.config
        .section_settings(&section)
        .into_iter()
        .map(|(key, setting)| row(format!("cloud.{name}.{key}"), &key, &setting, explain))
        .collect()
}

/// Runs a `config` command.
pub fn run(ctx: &mut Ctx<'_>, cmd: ConfigCmd) -> CliResult<Data> {
    match cmd {
        ConfigCmd::Get { option } => get(ctx, &option),
        ConfigCmd::Set { option, value } => set(ctx, &option, &value),
        ConfigCmd::Delete { option, default } => delete(ctx, &option, default),
        ConfigCmd::List { explain } => Ok(list(ctx, explain)),
    }
}

fn get(ctx: &Ctx<'_>, option: &str) -> CliResult<Data> {
    let columns: &[&str] = &["option", "value"];
    match parse_option_path(option)? {
        OptionPath::Option(section, key) => match ctx.config.get(&section, &key) {
            Some(setting) => Ok(Data::Scalar {
                key: format!("{}.{key}", section.dotted()),
                value: setting.value,
            }),
            None => Err(CliError::config(format!("Option {option} is not set"))
                .hint("To see every option: kamaki config list")),
        },
        OptionPath::Cloud(name) => {
            if !ctx.config.cloud_names().contains(&name) {
                return Err(
                    CliError::config(format!("No cloud \"{name}\" is configured"))
                        .hint("To see the configured clouds: kamaki config get cloud"),
                );
            }
            Ok(Data::list(cloud_rows(ctx, &name, false), columns))
        }
        OptionPath::AllClouds => {
            let rows = ctx
                .config
                .cloud_names()
                .iter()
                .flat_map(|name| cloud_rows(ctx, name, false))
                .collect();
            Ok(Data::list(rows, columns))
        }
    }
}

fn set(ctx: &mut Ctx<'_>, option: &str, value: &str) -> CliResult<Data> {
    match parse_option_path(option)? {
        OptionPath::Option(section, key) => {
            ctx.config.set_in_file(&section, &key, value)?;
            Ok(Data::None)
        }
        OptionPath::Cloud(name) => Err(CliError::usage(format!(
            "cloud.{name} is a cloud, not an option"
        ))
        .hint(format!(
            "Set its options: kamaki config set cloud.{name}.url URL"
        ))
        .hint(format!(
            "               kamaki config set cloud.{name}.token TOKEN"
        ))),
        OptionPath::AllClouds => Err(CliError::usage("`cloud` is not an option")
            .hint("Set a cloud's option: kamaki config set cloud.NAME.url URL")),
    }
}

fn delete(ctx: &mut Ctx<'_>, option: &str, default: bool) -> CliResult<Data> {
    let path = ctx.config.path.display().to_string();
    match parse_option_path(option)? {
        OptionPath::Option(section, key) => {
            if !ctx.config.delete_in_file(&section, &key)? {
                note(&format!(
                    "kamaki: {option} is not set in {path}; nothing to delete"
                ));
            }
            if default {
                note("kamaki: defaults live in the program; they return when the option is unset");
            }
        }
        OptionPath::Cloud(name) => {
            let header = Section::Cloud(name.clone()).header();
            if ctx.config.doc.delete_section(&header) {
                crate::config::write::write_atomic(&ctx.config.path, &ctx.config.doc.to_string())?;
            } else {
                note(&format!(
                    "kamaki: no cloud \"{name}\" in {path}; nothing to delete"
                ));
            }
        }
        OptionPath::AllClouds => {
            return Err(CliError::usage("refusing to delete every cloud at once")
                .hint("Delete one: kamaki config delete cloud.NAME"));
        }
    }
    Ok(Data::None)
}

fn list(ctx: &Ctx<'_>, explain: bool) -> Data {
    let mut rows = Vec::new();
    if explain {
        rows.push(json!({
            "option": "(config file)",
            "value": ctx.config.path.display().to_string(),
            "source": format!("{}{}", ctx.config.path_source, if ctx.config.exists { "" } else { " (file does not exist yet)" }),
        }));
        match ctx.config.select_cloud(ctx.global.cloud.as_deref()) {
            Ok(selected) => rows.push(row("(cloud in use)".to_owned(), "", &selected, true)),
            Err(e) => {
                rows.push(json!({"option": "(cloud in use)", "value": "", "source": e.message}))
            }
        }
    }
    for (key, setting) in ctx.config.section_settings(&Section::Global) {
        rows.push(row(format!("global.{key}"), &key, &setting, explain));
    }
    for name in ctx.config.cloud_names() {
        rows.extend(cloud_rows(ctx, &name, explain));
    }
    for section in ctx.config.other_sections() {
        for (key, setting) in ctx.config.section_settings(&section) {
            rows.push(row(
                format!("{}.{key}", section.dotted()),
                &key,
                &setting,
                explain,
            ));
        }
    }
    let columns: &[&'static str] = if explain {
        &["option", "value", "source"]
    } else {
        &["option", "value"]
    };
    Data::list(rows, columns)
}
