//! A local Synnefo-compatible cloud: the server every test talks to, the benchmark target, and the built-in `local` cloud of `kamaki`.
//!
//! This crate is part of the workspace layout and is filled by its own
//! milestone; see `DESIGN.md` in the project documentation for what it will hold.
