//! Serde for [`Secret`]: the secret is written and read as a plain string.
//!
//! Serializing is an explicit act (the token cache on disk, a JSON answer the
//! user asked for); `Debug` and logs still never show the value.

use cloud_core::credentials::Secret;
use serde::{Deserialize, Deserializer, Serializer};

pub(crate) fn serialize<S: Serializer>(secret: &Secret, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(secret.expose())
}

pub(crate) fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Secret, D::Error> {
    String::deserialize(deserializer).map(Secret::new)
}
