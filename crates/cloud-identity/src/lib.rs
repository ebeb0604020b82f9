//! Astakos (the Keystone v2.0 dialect of Synnefo) and Keystone v3 identity: tokens, the service catalog, user catalogs, quotas, projects, memberships and commissions.
//!
//! This crate is part of the workspace layout and is filled by its own
//! milestone; see `DESIGN.md` in the project documentation for what it will hold.
