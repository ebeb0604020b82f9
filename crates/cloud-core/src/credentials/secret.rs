//! A string that never prints.

use std::fmt;

use http::HeaderValue;

use crate::Error;

/// A secret string (token, password, key) whose `Debug` and `Display` print `***`.
///
/// ```
/// use cloud_core::credentials::Secret;
/// let s = Secret::new("hunter2");
/// assert_eq!(format!("{s:?} {s}"), "*** ***");
/// assert_eq!(s.expose(), "hunter2");
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Wraps a secret.
    ///
    /// ```
    /// let _ = cloud_core::credentials::Secret::new(String::from("t0ken"));
    /// ```
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }

    /// The secret itself, for the one place that must send it.
    ///
    /// ```
    /// assert_eq!(cloud_core::credentials::Secret::new("x").expose(), "x");
    /// ```
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// The secret as a header value marked sensitive (HTTP/2 will not index it).
    ///
    /// ```
    /// let v = cloud_core::credentials::Secret::new("abc").header_value().unwrap();
    /// assert!(v.is_sensitive());
    /// ```
    pub fn header_value(&self) -> Result<HeaderValue, Error> {
        let mut value = HeaderValue::from_str(&self.0).map_err(|_| {
            Error::config(
                "the token or key contains characters that cannot be sent in an HTTP header",
                "check that it was copied whole, without line breaks",
            )
        })?;
        value.set_sensitive(true);
        Ok(value)
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(crate::redact::MASK)
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(crate::redact::MASK)
    }
}

impl From<String> for Secret {
    fn from(value: String) -> Self {
        Secret(value)
    }
}

impl From<&str> for Secret {
    fn from(value: &str) -> Self {
        Secret(value.to_owned())
    }
}
