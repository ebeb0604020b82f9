//! Plankton (Glance v1 style) and Glance v2 image registries.
//!
//! This crate is part of the workspace layout and is filled by its own
//! milestone; see `DESIGN.md` in the project documentation for what it will hold.
