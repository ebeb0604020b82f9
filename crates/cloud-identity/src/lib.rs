//! Astakos (the Keystone v2.0 dialect of Synnefo) and Keystone v3 identity:
//! tokens, the service catalog, user catalogs, quotas, projects, memberships
//! and commissions.
//!
//! * [`credentials`]: the ways to authenticate (Astakos token, Keystone v2.0
//!   password or token, Keystone v3 password, token or application
//!   credential), all run by [`credentials::TokenCredentials`], the
//!   [`cloud_core::Credentials`] that refreshes tokens before they expire and
//!   once on 401.
//! * [`AstakosClient`]: kamaki's identity client — the catalog and endpoints,
//!   the user, user catalogs, resources and quotas, projects, memberships
//!   and commissions.
//! * [`KeystoneClient`]: the Keystone v3 catalog and token information.
//! * [`CachedAstakosClient`]: several users' sessions at once, with user
//!   info, catalogs and user names cached in memory; [`DiskCache`] keeps
//!   tokens and catalogs between runs.
//! * [`models`]: the typed bodies; [`AuthToken`]: what an authentication yields.
//!
//! # Example
//!
//! kamaki's getting-started guide, in Rust:
//!
//! ```no_run
//! # async fn example() -> Result<(), cloud_core::Error> {
//! use cloud_identity::AstakosClient;
//!
//! let astakos = AstakosClient::new("https://www.example.com/astakos/identity/v2.0", "User-Token")?;
//! let cyclades_endpoint = astakos.get_endpoint_url("compute").await?;
//! let pithos_endpoint = astakos.get_endpoint_url("object-store").await?;
//! println!("{cyclades_endpoint} {pithos_endpoint}");
//! # Ok(()) }
//! ```

pub mod astakos;
pub mod cached;
pub mod credentials;
pub mod disk_cache;
pub mod keystone;
pub mod models;
mod secret_serde;
pub mod time;
pub mod token;

pub use astakos::AstakosClient;
pub use cached::CachedAstakosClient;
pub use disk_cache::DiskCache;
pub use keystone::KeystoneClient;
pub use token::{AuthToken, TokenDetails};
