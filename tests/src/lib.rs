//! End-to-end tests that cross crate boundaries live in `tests/tests/`: the
//! `cloud-core` transport on the in-process emulator, and (as the commands
//! arrive) the `kamaki` binary against `cloud-emulator serve`. The `realcloud_*`
//! binaries run against real OpenStack servers ([`realcloud`]).

pub mod realcloud;
