//! What the storage commands do differently when the cloud's object store
//! is OpenStack Swift rather than Pithos+ ([`Store::swift`]).
//!
//! `cloud-pithos` speaks Swift through the same calls (its Swift mode) and
//! refuses what only Pithos+ has. The commands refuse those options even
//! earlier, before any request, with a hint of what to do on Swift, and
//! also the options Swift would silently ignore (listing filters by
//! sharing, metadata or date, which would list everything). A container's
//! size limit is Swift's `X-Container-Meta-Quota-Bytes`, and `--if-*`
//! conditions are checked with a HEAD
//! (`PithosClient::check_object_conditions`), which Swift honours.

use super::pithos::Store;
use crate::errors::{CliError, CliResult};

/// The container metadata key of Swift's container quota middleware (the
/// size limit in bytes): `X-Container-Meta-Quota-Bytes`.
pub const QUOTA_BYTES: &str = "quota-bytes";

/// The usage error of a Pithos+ feature asked of a Swift cloud.
pub fn lacks(cloud: &str, what: &str, hint: &str) -> CliError {
    CliError::usage(format!(
        "Cloud \"{cloud}\" stores files in OpenStack Swift, which has no {what}: a Pithos+ feature"
    ))
    .hint(hint.to_owned())
    .hint("Nothing was sent; run the command without that option")
}

impl Store {
    /// Refuses a Pithos+ feature on a Swift cloud when `asked`: `what`
    /// names it for the message ("object sharing"), `hint` says what to do
    /// instead.
    pub fn pithos_only(&self, asked: bool, what: &str, hint: &str) -> CliResult {
        if asked && self.swift {
            return Err(lacks(&self.cloud.name, what, hint));
        }
        Ok(())
    }

    /// Refuses a Swift-only option on a Pithos+ cloud when `asked`.
    pub fn swift_only(&self, asked: bool, what: &str, hint: &str) -> CliResult {
        if asked && !self.swift {
            return Err(CliError::usage(format!(
                "{what} is for OpenStack Swift; cloud \"{}\" stores files in Pithos+",
                self.cloud.name
            ))
            .hint(hint.to_owned())
            .hint("Nothing was sent; run the command without that option"));
        }
        Ok(())
    }
}
