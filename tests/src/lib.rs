//! End-to-end tests that cross crate boundaries live in `tests/tests/`; this
//! library holds what they share.
