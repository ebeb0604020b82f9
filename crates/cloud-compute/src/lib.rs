//! Cyclades and Nova compute: servers, flavors, compute images and volumes.
//!
//! This crate is part of the workspace layout and is filled by its own
//! milestone; see `DESIGN.md` in the project documentation for what it will hold.
