//! `kamaki file copy` and `kamaki file move`: server-side transfers (no
//! data moves, only hashmaps), across containers and accounts; with `-r`
//! everything under the source goes too (the server's `delimiter=/`).

use cloud_core::ErrorKind;
use cloud_pithos::CopyOptions;
use serde_json::json;

use super::file::{changed, is_directory_type, require_path};
use super::note;
use super::pithos::Store;
use crate::args::pithos::CopyArgs;
use crate::errors::{CliError, CliResult};
use crate::output::Data;

/// Runs `file copy` (or `file move` when `moving`).
pub async fn run(store: &Store, args: CopyArgs, moving: bool) -> CliResult<Data> {
    let verb = if moving { "move" } else { "copy" };
    let source = store.locate(&args.source)?;
    require_path(&source, verb)?;
    let mut destination = match &args.destination {
        Some(text) => store.locate(text)?,
        None => source.clone(),
    };
    if destination.path.is_empty() || destination.path.ends_with('/') {
        destination.path = format!("{}{}", destination.path, source.basename());
    }
    let src_path = source.path.trim_end_matches('/').to_owned();
    let dst_path = destination.path.trim_end_matches('/').to_owned();
    store.pithos_only(
        args.source_version.is_some(),
        "object versions (--source-version)",
        &format!("To {verb} the current object: kamaki file {verb} {source} {destination}"),
    )?;
    store.pithos_only(
        args.public,
        "publishing of single objects (--public)",
        super::file::PUBLISH_HINT,
    )?;

    let info = match store
        .at(&source)
        .get_object_info(&source.container, &src_path, args.source_version.as_deref())
        .await
    {
        Ok(info) => info,
        Err(e) => return Err(store.err(&source, e).await),
    };
    if is_directory_type(info.content_type.as_deref()) && !args.recursive {
        return Err(
            CliError::usage("Cannot transfer an application/directory object")
                .hint(format!("{source} is a directory"))
                .hint(format!("To {verb} it and everything under it, use -r")),
        );
    }
    if !args.force && destination != source {
        match store
            .at(&destination)
            .get_object_info(&destination.container, &dst_path, None)
            .await
        {
            Ok(_) => {
                let full = |l: &super::pithos::Location| {
                    let account = l.account.clone().unwrap_or_else(|| store.uuid.clone());
                    format!("pithos://{account}/{}/{}", l.container, l.path)
                };
                return Err(CliError::api("Destination object exists")
                    .hint(format!("from: {}", full(&source)))
                    .hint(format!("to:   {}", full(&destination)))
                    .hint("Use -f to transfer overwrite"));
            }
            Err(e) if e.kind() == Some(ErrorKind::NotFound) => {}
            Err(e) => return Err(store.err(&destination, e).await),
        }
    }
    let options = CopyOptions {
        source_account: Some(source.account.clone().unwrap_or_else(|| store.uuid.clone())),
        destination_account: Some(
            destination
                .account
                .clone()
                .unwrap_or_else(|| store.uuid.clone()),
        ),
        source_version: if moving {
            None
        } else {
            args.source_version.clone()
        },
        public: args.public.then_some(true),
        content_type: args.content_type.clone(),
        delimiter: args.recursive.then_some('/'),
        ..CopyOptions::default()
    };
    let client = &store.client;
    let answer = if moving {
        client
            .move_object(
                &source.container,
                &src_path,
                &destination.container,
                &dst_path,
                &options,
            )
            .await
    } else {
        client
            .copy_object(
                &source.container,
                &src_path,
                &destination.container,
                &dst_path,
                &options,
            )
            .await
    };
    let Some(version) = changed(store, &args.change, &destination, answer).await? else {
        return Ok(Data::None);
    };
    note(&format!("{verb} {source}  -->  {destination}"));
    Ok(Data::Object(json!({
        "source": source.to_string(),
        "destination": destination.to_string(),
        "version": version,
    })))
}
