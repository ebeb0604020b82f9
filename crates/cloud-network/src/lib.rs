//! Cyclades and Neutron networking: networks, subnets, ports and floating IPs.
//!
//! This crate is part of the workspace layout and is filled by its own
//! milestone; see `DESIGN.md` in the project documentation for what it will hold.
