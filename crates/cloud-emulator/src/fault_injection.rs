//! Seeded fault injection, for retry and resume tests.
//!
//! A spec such as `seed=7,503=0.05,drop=0.05,stall=0.01,truncate=0.05` makes
//! that fraction of requests fail in that way; the draws come from one
//! generator seeded with `seed`, so a run with the same requests in the same
//! order sees the same faults.
//!
//! | fault | what the client sees |
//! | --- | --- |
//! | `503` | `503 serviceUnavailable` with `Retry-After: <retry_after>` (default 1 s); the request is not processed |
//! | `drop` | the connection closes before any answer; the request is not processed |
//! | `stall` | the answer comes after `stall_for` (default 30 s) |
//! | `truncate` | the request is processed, the answer's body stops half-way and the connection closes |

use std::sync::{Arc, Mutex};
use std::time::Duration;

/// What goes wrong, and how often.
///
/// ```
/// let spec: cloud_emulator::fault_injection::FaultSpec = "seed=1,503=0.1,drop=0.05".parse().unwrap();
/// assert_eq!(spec.seed, 1);
/// assert!((spec.unavailable - 0.1).abs() < 1e-9);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct FaultSpec {
    /// The generator's seed.
    pub seed: u64,
    /// Fraction answered 503.
    pub unavailable: f64,
    /// Fraction whose connection is closed before answering.
    pub drop: f64,
    /// Fraction answered late.
    pub stall: f64,
    /// Fraction whose body is cut short.
    pub truncate: f64,
    /// The `Retry-After` of injected 503s, in seconds.
    pub retry_after: u64,
    /// How long a stalled answer waits.
    pub stall_for: Duration,
}

impl Default for FaultSpec {
    fn default() -> Self {
        FaultSpec {
            seed: 0,
            unavailable: 0.0,
            drop: 0.0,
            stall: 0.0,
            truncate: 0.0,
            retry_after: 1,
            stall_for: Duration::from_secs(30),
        }
    }
}

/// A spec that cannot be read.
#[derive(Debug, thiserror::Error)]
#[error(
    "bad fault spec `{item}`: {reason}; write e.g. seed=7,503=0.05,drop=0.05,stall=0.01,truncate=0.05,retry_after=1,stall_for=30"
)]
pub struct FaultSpecError {
    item: String,
    reason: &'static str,
}

impl std::str::FromStr for FaultSpec {
    type Err = FaultSpecError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let mut spec = FaultSpec::default();
        for item in text.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            let bad = |reason| FaultSpecError {
                item: item.to_owned(),
                reason,
            };
            let (key, value) = item
                .split_once('=')
                .ok_or_else(|| bad("expected key=value"))?;
            let fraction = || -> Result<f64, FaultSpecError> {
                let f: f64 = value.parse().map_err(|_| bad("not a number"))?;
                if (0.0..=1.0).contains(&f) {
                    Ok(f)
                } else {
                    Err(bad("a fraction must be between 0 and 1"))
                }
            };
            match key {
                "seed" => spec.seed = value.parse().map_err(|_| bad("not an integer"))?,
                "503" => spec.unavailable = fraction()?,
                "drop" => spec.drop = fraction()?,
                "stall" => spec.stall = fraction()?,
                "truncate" => spec.truncate = fraction()?,
                "retry_after" => {
                    spec.retry_after = value.parse().map_err(|_| bad("not an integer"))?
                }
                "stall_for" => {
                    let secs: f64 = value
                        .trim_end_matches('s')
                        .parse()
                        .map_err(|_| bad("not a number of seconds"))?;
                    spec.stall_for =
                        Duration::try_from_secs_f64(secs).map_err(|_| bad("not a duration"))?;
                }
                _ => return Err(bad("unknown key")),
            }
        }
        if spec.unavailable + spec.drop + spec.stall + spec.truncate > 1.0 {
            return Err(FaultSpecError {
                item: text.to_owned(),
                reason: "the fractions add up to more than 1",
            });
        }
        Ok(spec)
    }
}

/// The fault chosen for one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// Answer normally.
    None,
    /// Answer 503 with `Retry-After`.
    Unavailable,
    /// Close the connection without answering.
    Drop,
    /// Answer late.
    Stall,
    /// Cut the body short.
    Truncate,
}

/// Draws faults from a seeded generator; shared by every connection.
#[derive(Debug, Clone)]
pub struct FaultInjector {
    spec: FaultSpec,
    rng: Arc<Mutex<fastrand::Rng>>,
}

impl FaultInjector {
    /// An injector for this spec.
    pub fn new(spec: FaultSpec) -> Self {
        let rng = Arc::new(Mutex::new(fastrand::Rng::with_seed(spec.seed)));
        FaultInjector { spec, rng }
    }

    /// The spec.
    pub fn spec(&self) -> &FaultSpec {
        &self.spec
    }

    /// The fault for the next request.
    pub fn draw(&self) -> Fault {
        let x = match self.rng.lock() {
            Ok(mut rng) => rng.f64(),
            Err(_) => return Fault::None,
        };
        let s = &self.spec;
        let mut edge = s.unavailable;
        if x < edge {
            return Fault::Unavailable;
        }
        edge += s.drop;
        if x < edge {
            return Fault::Drop;
        }
        edge += s.stall;
        if x < edge {
            return Fault::Stall;
        }
        edge += s.truncate;
        if x < edge {
            return Fault::Truncate;
        }
        Fault::None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_draws_the_same_faults() {
        let spec: FaultSpec = "seed=42,503=0.1,drop=0.1,stall=0.05,truncate=0.1"
            .parse()
            .unwrap();
        let a: Vec<_> = {
            let i = FaultInjector::new(spec.clone());
            (0..1000).map(|_| i.draw()).collect()
        };
        let b: Vec<_> = {
            let i = FaultInjector::new(spec);
            (0..1000).map(|_| i.draw()).collect()
        };
        assert_eq!(a, b);
        let unavailable = a.iter().filter(|f| **f == Fault::Unavailable).count();
        assert!((60..140).contains(&unavailable), "{unavailable}");
    }

    #[test]
    fn bad_specs_are_explained() {
        let err = "503=2".parse::<FaultSpec>().unwrap_err().to_string();
        assert!(err.contains("between 0 and 1"), "{err}");
        assert!("bogus=1".parse::<FaultSpec>().is_err());
        assert!("503=0.6,drop=0.6".parse::<FaultSpec>().is_err());
    }
}
