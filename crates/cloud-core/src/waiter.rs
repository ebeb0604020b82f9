//! Waiting for a resource to reach a state: poll with backoff, fail fast on a
//! failure state, give up at a deadline.
//!
//! A [`Waiter`] holds the timing (first interval, growth factor, cap,
//! timeout). [`Waiter::wait`] polls with a caller's function, asks a
//! [`Classify`] whether the state seen is done, failed or still pending, and
//! reports each poll to an optional progress callback. It never sleeps past
//! its deadline: the last poll happens at the deadline, and if the resource is
//! still pending then, the wait ends with [`Error::WaitTimeout`].
//!
//! ```
//! use std::time::Duration;
//! use cloud_core::waiter::{Waiter, by_status};
//!
//! # tokio::runtime::Builder::new_current_thread().enable_time().start_paused(true).build().unwrap().block_on(async {
//! struct Server { status: String }
//!
//! // A stand-in for GET /servers/42: BUILD twice, then ACTIVE.
//! let mut answers = vec!["ACTIVE", "BUILD", "BUILD"];
//! let server = Waiter::new()
//!     .timeout(Duration::from_secs(60))
//!     .wait(
//!         "server 42",
//!         "ACTIVE",
//!         || {
//!             let status = answers.pop().unwrap_or("ACTIVE").to_owned();
//!             async move { Ok(Server { status }) }
//!         },
//!         by_status(|s: &Server| s.status.as_str(), &["ACTIVE"], &["ERROR"]),
//!         None,
//!     )
//!     .await?;
//! assert_eq!(server.status, "ACTIVE");
//! # Ok::<(), cloud_core::Error>(())
//! # }).unwrap();
//! ```

use std::future::Future;
use std::time::Duration;

use tokio::time::Instant;

use crate::Error;

/// Where a polled resource stands relative to the target.
///
/// ```
/// use cloud_core::waiter::WaitState;
/// assert!(WaitState::Pending.is_pending());
/// assert!(!WaitState::Done.is_pending());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WaitState {
    /// Not there yet; poll again.
    Pending,
    /// The target state is reached.
    Done,
    /// A state from which the target will never be reached (`ERROR`).
    Failed,
}

impl WaitState {
    /// True for [`WaitState::Pending`].
    ///
    /// ```
    /// assert!(cloud_core::waiter::WaitState::Pending.is_pending());
    /// ```
    pub fn is_pending(self) -> bool {
        self == WaitState::Pending
    }
}

/// Tells a waiter what a polled state means, and what to call it.
///
/// Use [`by_status`] for the common "status field" case, [`classify_with`]
/// for two closures, or implement it for a type of your own.
///
/// ```
/// use cloud_core::waiter::{Classify, WaitState};
///
/// /// Waits for a volume to be attached to some server.
/// struct Attached;
/// impl Classify<Option<String>> for Attached {
///     fn classify(&self, server: &Option<String>) -> WaitState {
///         if server.is_some() { WaitState::Done } else { WaitState::Pending }
///     }
///     fn state_name(&self, server: &Option<String>) -> String {
///         match server {
///             Some(id) => format!("attached to {id}"),
///             None => "detached".to_owned(),
///         }
///     }
/// }
/// assert_eq!(Attached.state_name(&None), "detached");
/// ```
pub trait Classify<S> {
    /// Whether `state` is the target, a failure, or neither yet.
    fn classify(&self, state: &S) -> WaitState;
    /// The state's name for progress reports and errors (`BUILD`, `ERROR`).
    fn state_name(&self, state: &S) -> String;
}

/// Classifies by a status string; made by [`by_status`].
///
/// ```
/// use cloud_core::waiter::{Classify, WaitState, by_status};
/// let c = by_status(|s: &String| s.as_str(), &["ACTIVE"], &["ERROR"]);
/// assert_eq!(c.classify(&"active".to_owned()), WaitState::Done);
/// ```
#[derive(Debug, Clone)]
pub struct ByStatus<G> {
    status_of: G,
    done: Vec<String>,
    failed: Vec<String>,
}

/// Classifies a state by its status string: a status in `done` is the target,
/// one in `failed` is a failure, any other is pending. Statuses compare
/// case-insensitively.
///
/// ```
/// use cloud_core::waiter::{Classify, WaitState, by_status};
///
/// struct Server { status: String }
/// let c = by_status(|s: &Server| s.status.as_str(), &["ACTIVE", "STOPPED"], &["ERROR"]);
/// let build = Server { status: "BUILD".into() };
/// assert_eq!(c.classify(&build), WaitState::Pending);
/// assert_eq!(c.state_name(&build), "BUILD");
/// assert_eq!(c.classify(&Server { status: "ERROR".into() }), WaitState::Failed);
/// ```
pub fn by_status<S, G>(status_of: G, done: &[&str], failed: &[&str]) -> ByStatus<G>
where
    G: Fn(&S) -> &str,
{
    ByStatus {
        status_of,
        done: done.iter().map(|s| (*s).to_owned()).collect(),
        failed: failed.iter().map(|s| (*s).to_owned()).collect(),
    }
}

impl<S, G> Classify<S> for ByStatus<G>
where
    G: Fn(&S) -> &str,
{
    fn classify(&self, state: &S) -> WaitState {
        let status = (self.status_of)(state);
        if self.done.iter().any(|s| s.eq_ignore_ascii_case(status)) {
            WaitState::Done
        } else if self.failed.iter().any(|s| s.eq_ignore_ascii_case(status)) {
            WaitState::Failed
        } else {
            WaitState::Pending
        }
    }

    fn state_name(&self, state: &S) -> String {
        (self.status_of)(state).to_owned()
    }
}

/// Classifies with two closures; made by [`classify_with`].
///
/// ```
/// use cloud_core::waiter::{Classify, WaitState, classify_with};
/// let c = classify_with(|n: &u32| if *n > 2 { WaitState::Done } else { WaitState::Pending }, |n: &u32| n.to_string());
/// assert_eq!(c.classify(&3), WaitState::Done);
/// ```
#[derive(Debug, Clone)]
pub struct ClassifyWith<C, N> {
    classify: C,
    name: N,
}

/// Classifies with a closure that decides and a closure that names the state.
///
/// ```
/// use cloud_core::waiter::{Classify, WaitState, classify_with};
///
/// // Waiting for a deletion: the poll answers `None` once the resource is gone.
/// let gone = classify_with(
///     |s: &Option<String>| if s.is_none() { WaitState::Done } else { WaitState::Pending },
///     |s: &Option<String>| s.clone().unwrap_or_else(|| "deleted".to_owned()),
/// );
/// assert_eq!(gone.classify(&None), WaitState::Done);
/// assert_eq!(gone.state_name(&Some("DELETING".into())), "DELETING");
/// ```
pub fn classify_with<S, C, N>(classify: C, name: N) -> ClassifyWith<C, N>
where
    C: Fn(&S) -> WaitState,
    N: Fn(&S) -> String,
{
    ClassifyWith { classify, name }
}

impl<S, C, N> Classify<S> for ClassifyWith<C, N>
where
    C: Fn(&S) -> WaitState,
    N: Fn(&S) -> String,
{
    fn classify(&self, state: &S) -> WaitState {
        (self.classify)(state)
    }

    fn state_name(&self, state: &S) -> String {
        (self.name)(state)
    }
}

/// What a progress callback learns after each poll.
///
/// ```
/// use std::time::Duration;
/// use cloud_core::waiter::WaitProgress;
///
/// fn report(p: &WaitProgress<'_, String>) -> String {
///     match p.next_poll_in {
///         Some(pause) => format!("{} is {} after {:.0} s (poll {}); next in {:.1} s",
///             p.what, p.state_name, p.elapsed.as_secs_f64(), p.polls, pause.as_secs_f64()),
///         None => format!("{} is {}", p.what, p.state_name),
///     }
/// }
/// # let _ = report;
/// ```
#[derive(Debug)]
#[non_exhaustive]
pub struct WaitProgress<'a, S> {
    /// What is waited for (`server 42`).
    pub what: &'a str,
    /// The target state (`ACTIVE`).
    pub target: &'a str,
    /// The state just polled.
    pub state: &'a S,
    /// Its name, as the classifier gives it.
    pub state_name: &'a str,
    /// What the classifier made of it.
    pub outcome: WaitState,
    /// Time since the wait began.
    pub elapsed: Duration,
    /// How many polls so far, this one included (1 on the first call).
    pub polls: u32,
    /// How long until the next poll; `None` when this was the last poll.
    pub next_poll_in: Option<Duration>,
}

/// A progress callback: called once per poll. It must be `Sync` so that the
/// wait can run on any thread.
pub type ProgressFn<'a, S> = &'a (dyn Fn(&WaitProgress<'_, S>) + Sync);

/// Timing of a wait: the first pause, how fast pauses grow and up to what,
/// and when to give up.
///
/// Defaults: first pause 1 s, growing by 1.5 each time up to 10 s, giving up
/// after 300 s.
///
/// ```
/// use std::time::Duration;
/// use cloud_core::waiter::Waiter;
///
/// let waiter = Waiter::new()
///     .interval(Duration::from_secs(2))
///     .backoff(2.0)
///     .max_interval(Duration::from_secs(5))
///     .timeout(Duration::from_secs(120));
/// let pauses: Vec<u64> = waiter.schedule().take(4).map(|d| d.as_secs()).collect();
/// assert_eq!(pauses, [2, 4, 5, 5]);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Waiter {
    interval: Duration,
    max_interval: Duration,
    backoff: f64,
    timeout: Duration,
}

impl Default for Waiter {
    /// First pause 1 s, × 1.5 each time, at most 10 s; timeout 300 s.
    fn default() -> Self {
        Waiter {
            interval: Duration::from_secs(1),
            max_interval: Duration::from_secs(10),
            backoff: 1.5,
            timeout: Duration::from_secs(300),
        }
    }
}

/// The shortest pause between polls, so that a zero interval cannot spin.
const MIN_INTERVAL: Duration = Duration::from_millis(1);

impl Waiter {
    /// A waiter with the default timing.
    ///
    /// ```
    /// let first = cloud_core::waiter::Waiter::new().schedule().next();
    /// assert_eq!(first, Some(std::time::Duration::from_secs(1)));
    /// ```
    pub fn new() -> Self {
        Waiter::default()
    }

    /// The pause after the first poll (at least 1 ms).
    ///
    /// ```
    /// use std::time::Duration;
    /// let w = cloud_core::waiter::Waiter::new().interval(Duration::from_millis(500));
    /// assert_eq!(w.schedule().next(), Some(Duration::from_millis(500)));
    /// ```
    pub fn interval(mut self, interval: Duration) -> Self {
        self.interval = interval;
        self
    }

    /// The longest pause between two polls.
    ///
    /// ```
    /// use std::time::Duration;
    /// let w = cloud_core::waiter::Waiter::new().max_interval(Duration::from_secs(2));
    /// assert_eq!(w.schedule().nth(5), Some(Duration::from_secs(2)));
    /// ```
    pub fn max_interval(mut self, max_interval: Duration) -> Self {
        self.max_interval = max_interval;
        self
    }

    /// How much each pause grows over the one before; 1.0 keeps pauses
    /// constant. Values below 1.0 (or not finite) count as 1.0.
    ///
    /// ```
    /// use std::time::Duration;
    /// let w = cloud_core::waiter::Waiter::new().backoff(1.0);
    /// assert!(w.schedule().take(20).all(|d| d == Duration::from_secs(1)));
    /// ```
    pub fn backoff(mut self, factor: f64) -> Self {
        self.backoff = factor;
        self
    }

    /// How long to wait in all before giving up with [`Error::WaitTimeout`].
    ///
    /// ```
    /// use std::time::Duration;
    /// let w = cloud_core::waiter::Waiter::new().timeout(Duration::from_secs(30));
    /// # let _ = w;
    /// ```
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// The pauses between polls, in order, before the deadline cuts them short.
    ///
    /// ```
    /// use std::time::Duration;
    /// let pauses: Vec<f64> = cloud_core::waiter::Waiter::new()
    ///     .schedule().take(8).map(|d| d.as_secs_f64()).collect();
    /// assert_eq!(pauses, [1.0, 1.5, 2.25, 3.375, 5.0625, 7.59375, 10.0, 10.0]);
    /// ```
    pub fn schedule(&self) -> impl Iterator<Item = Duration> + use<> {
        let cap = self.max_interval.max(MIN_INTERVAL);
        let first = self.interval.max(MIN_INTERVAL).min(cap);
        let factor = self.factor();
        std::iter::successors(Some(first), move |pause| Some(grow(*pause, factor, cap)))
    }

    fn factor(&self) -> f64 {
        if self.backoff.is_finite() && self.backoff >= 1.0 {
            self.backoff
        } else {
            1.0
        }
    }

    /// Polls until `classify` says the state is done, and returns that state.
    ///
    /// * `what` names the resource in errors and progress (`server 42`);
    ///   `target` names the wanted state (`ACTIVE`).
    /// * `poll` fetches the current state; an error from it ends the wait and
    ///   is returned as is.
    /// * `classify` decides; a [`WaitState::Failed`] state ends the wait at
    ///   once with [`Error::WaitFailed`].
    /// * `progress`, if given, is called after every poll.
    ///
    /// Between polls the waiter sleeps along [`Waiter::schedule`], but never
    /// past the deadline: the last poll is made at the deadline, and if the
    /// state is still pending then, the wait ends with [`Error::WaitTimeout`]
    /// carrying the last state.
    ///
    /// ```
    /// use std::sync::Mutex;
    /// use std::time::Duration;
    /// use cloud_core::Error;
    /// use cloud_core::waiter::{WaitProgress, Waiter, by_status};
    ///
    /// # tokio::runtime::Builder::new_current_thread().enable_time().start_paused(true).build().unwrap().block_on(async {
    /// let seen = Mutex::new(Vec::new());
    /// let progress = |p: &WaitProgress<'_, String>| seen.lock().unwrap().push(p.state_name.to_owned());
    /// let err = Waiter::new()
    ///     .timeout(Duration::from_secs(5))
    ///     .wait(
    ///         "server 42",
    ///         "ACTIVE",
    ///         || async { Ok("BUILD".to_owned()) },
    ///         by_status(|s: &String| s.as_str(), &["ACTIVE"], &["ERROR"]),
    ///         Some(&progress),
    ///     )
    ///     .await
    ///     .unwrap_err();
    /// assert!(matches!(err, Error::WaitTimeout { .. }));
    /// assert_eq!(err.to_string(), "gave up waiting for server 42 after 5 s; it is still BUILD");
    /// // Polls at 0, 1, 2.5, 4.75 and (cut short) 5 seconds.
    /// assert_eq!(seen.lock().unwrap().len(), 5);
    /// # });
    /// ```
    pub async fn wait<S, F, Fut, C>(
        &self,
        what: &str,
        target: &str,
        mut poll: F,
        classify: C,
        progress: Option<ProgressFn<'_, S>>,
    ) -> Result<S, Error>
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = Result<S, Error>>,
        C: Classify<S>,
    {
        let start = Instant::now();
        let mut schedule = self.schedule();
        let mut polls: u32 = 0;
        loop {
            let state = poll().await?;
            polls = polls.saturating_add(1);
            let outcome = classify.classify(&state);
            let state_name = classify.state_name(&state);
            let elapsed = start.elapsed();
            let next_poll_in = match outcome {
                WaitState::Pending => {
                    let remaining = self.timeout.saturating_sub(elapsed);
                    let pause = schedule.next().unwrap_or(MIN_INTERVAL);
                    (!remaining.is_zero()).then(|| pause.min(remaining))
                }
                WaitState::Done | WaitState::Failed => None,
            };
            tracing::debug!(
                what,
                target,
                state = %state_name,
                ?outcome,
                polls,
                elapsed_ms = elapsed.as_millis() as u64,
                next_poll_ms = next_poll_in.map(|d| d.as_millis() as u64),
                "waiter polled"
            );
            if let Some(report) = progress {
                report(&WaitProgress {
                    what,
                    target,
                    state: &state,
                    state_name: &state_name,
                    outcome,
                    elapsed,
                    polls,
                    next_poll_in,
                });
            }
            match (outcome, next_poll_in) {
                (WaitState::Done, _) => return Ok(state),
                (WaitState::Failed, _) => {
                    return Err(Error::WaitFailed {
                        what: what.to_owned(),
                        state: state_name,
                        target: target.to_owned(),
                    });
                }
                (WaitState::Pending, None) => {
                    return Err(Error::WaitTimeout {
                        what: what.to_owned(),
                        last_state: state_name,
                        elapsed,
                    });
                }
                (WaitState::Pending, Some(pause)) => tokio::time::sleep(pause).await,
            }
        }
    }
}

/// The pause after `pause`: `factor` times longer, at most `cap`.
fn grow(pause: Duration, factor: f64, cap: Duration) -> Duration {
    Duration::try_from_secs_f64(pause.as_secs_f64() * factor)
        .unwrap_or(cap)
        .min(cap)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    fn status() -> ByStatus<impl Fn(&String) -> &str> {
        by_status(|s: &String| s.as_str(), &["ACTIVE"], &["ERROR"])
    }

    /// A poll function that answers the statuses in order (repeating the last)
    /// and records when each poll happened, relative to the start.
    fn scripted<'a>(
        statuses: &'a [&'a str],
        times: &'a Mutex<Vec<Duration>>,
    ) -> impl FnMut() -> std::future::Ready<Result<String, Error>> + 'a {
        let start = Instant::now();
        let mut index = 0;
        move || {
            times.lock().unwrap().push(start.elapsed());
            let status = statuses[index.min(statuses.len() - 1)];
            index += 1;
            std::future::ready(Ok(status.to_owned()))
        }
    }

    fn close(a: Duration, b: Duration) -> bool {
        a.abs_diff(b) <= Duration::from_millis(2)
    }

    #[tokio::test(start_paused = true)]
    async fn build_build_active() {
        let times = Mutex::new(Vec::new());
        let state = Waiter::new()
            .wait(
                "server 1",
                "ACTIVE",
                scripted(&["BUILD", "BUILD", "ACTIVE"], &times),
                status(),
                None,
            )
            .await
            .unwrap();
        assert_eq!(state, "ACTIVE");
        let times = times.into_inner().unwrap();
        assert_eq!(times.len(), 3);
        assert!(close(times[1], Duration::from_secs(1)), "{times:?}");
        assert!(close(times[2], Duration::from_millis(2_500)), "{times:?}");
    }

    #[tokio::test(start_paused = true)]
    async fn build_then_error_fails_at_once() {
        let times = Mutex::new(Vec::new());
        let err = Waiter::new()
            .wait(
                "server 1",
                "ACTIVE",
                scripted(&["BUILD", "ERROR", "ACTIVE"], &times),
                status(),
                None,
            )
            .await
            .unwrap_err();
        match &err {
            Error::WaitFailed {
                what,
                state,
                target,
            } => {
                assert_eq!(
                    (what.as_str(), state.as_str(), target.as_str()),
                    ("server 1", "ERROR", "ACTIVE")
                );
            }
            other => panic!("expected WaitFailed, got {other:?}"),
        }
        assert_eq!(
            err.to_string(),
            "server 1 entered state ERROR while waiting for ACTIVE"
        );
        let times = times.into_inner().unwrap();
        assert_eq!(times.len(), 2);
        assert!(close(times[1], Duration::from_secs(1)), "{times:?}");
    }

    #[tokio::test(start_paused = true)]
    async fn always_build_times_out_at_the_deadline() {
        let times = Mutex::new(Vec::new());
        let started = Instant::now();
        let err = Waiter::new()
            .wait(
                "server 1",
                "ACTIVE",
                scripted(&["BUILD"], &times),
                status(),
                None,
            )
            .await
            .unwrap_err();
        let total = started.elapsed();
        let Error::WaitTimeout {
            what,
            last_state,
            elapsed,
        } = &err
        else {
            panic!("expected WaitTimeout, got {err:?}");
        };
        assert_eq!(what, "server 1");
        assert_eq!(last_state, "BUILD");
        assert!(close(*elapsed, Duration::from_secs(300)), "{elapsed:?}");
        assert!(close(total, Duration::from_secs(300)), "{total:?}");
        assert!(err.is_timeout());
        assert_eq!(
            err.to_string(),
            "gave up waiting for server 1 after 300 s; it is still BUILD"
        );
        // The last poll is at the deadline, not past it.
        let times = times.into_inner().unwrap();
        let last = *times.last().unwrap();
        assert!(close(last, Duration::from_secs(300)), "{last:?}");
    }

    #[tokio::test(start_paused = true)]
    async fn the_last_pause_is_cut_to_the_deadline() {
        let times = Mutex::new(Vec::new());
        let err = Waiter::new()
            .interval(Duration::from_secs(4))
            .timeout(Duration::from_secs(5))
            .wait(
                "volume 7",
                "available",
                scripted(&["creating"], &times),
                status(),
                None,
            )
            .await
            .unwrap_err();
        assert!(matches!(err, Error::WaitTimeout { .. }));
        let times = times.into_inner().unwrap();
        assert_eq!(times.len(), 3, "{times:?}");
        assert!(close(times[1], Duration::from_secs(4)), "{times:?}");
        assert!(close(times[2], Duration::from_secs(5)), "{times:?}");
    }

    #[tokio::test(start_paused = true)]
    async fn zero_timeout_polls_once() {
        let times = Mutex::new(Vec::new());
        let err = Waiter::new()
            .timeout(Duration::ZERO)
            .wait(
                "server 1",
                "ACTIVE",
                scripted(&["BUILD"], &times),
                status(),
                None,
            )
            .await
            .unwrap_err();
        assert!(matches!(err, Error::WaitTimeout { .. }));
        assert_eq!(times.into_inner().unwrap().len(), 1);
        // Done on the first poll needs no time at all.
        let times = Mutex::new(Vec::new());
        let state = Waiter::new()
            .timeout(Duration::ZERO)
            .wait(
                "server 1",
                "ACTIVE",
                scripted(&["ACTIVE"], &times),
                status(),
                None,
            )
            .await
            .unwrap();
        assert_eq!(state, "ACTIVE");
    }

    #[tokio::test(start_paused = true)]
    async fn poll_errors_are_returned_as_is() {
        let mut polls = 0;
        let err = Waiter::new()
            .wait(
                "server 1",
                "ACTIVE",
                || {
                    polls += 1;
                    let answer = if polls == 1 {
                        Ok("BUILD".to_owned())
                    } else {
                        Err(Error::decode("GET /servers/1", "truncated body"))
                    };
                    async move { answer }
                },
                status(),
                None,
            )
            .await
            .unwrap_err();
        assert!(matches!(err, Error::Decode { .. }), "{err:?}");
        assert_eq!(polls, 2);
    }

    #[tokio::test(start_paused = true)]
    async fn progress_is_called_once_per_poll() {
        let times = Mutex::new(Vec::new());
        let reports = Mutex::new(Vec::new());
        let progress = |p: &WaitProgress<'_, String>| {
            assert_eq!((p.what, p.target), ("server 1", "ACTIVE"));
            assert_eq!(p.state, p.state_name);
            reports.lock().unwrap().push((
                p.polls,
                p.state_name.to_owned(),
                p.outcome,
                p.elapsed,
                p.next_poll_in,
            ));
        };
        Waiter::new()
            .wait(
                "server 1",
                "ACTIVE",
                scripted(&["BUILD", "BUILD", "BUILD", "ACTIVE"], &times),
                status(),
                Some(&progress),
            )
            .await
            .unwrap();
        let reports = reports.into_inner().unwrap();
        let polls: Vec<u32> = reports.iter().map(|r| r.0).collect();
        assert_eq!(polls, [1, 2, 3, 4]);
        let outcomes: Vec<WaitState> = reports.iter().map(|r| r.2).collect();
        assert_eq!(
            outcomes,
            [
                WaitState::Pending,
                WaitState::Pending,
                WaitState::Pending,
                WaitState::Done
            ]
        );
        assert_eq!(reports[3].1, "ACTIVE");
        let next: Vec<Option<Duration>> = reports.iter().map(|r| r.4).collect();
        assert_eq!(
            next,
            [
                Some(Duration::from_secs(1)),
                Some(Duration::from_millis(1_500)),
                Some(Duration::from_millis(2_250)),
                None
            ]
        );
        assert!(
            close(reports[3].3, Duration::from_millis(4_750)),
            "{reports:?}"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn pauses_grow_and_are_capped() {
        let times = Mutex::new(Vec::new());
        let err = Waiter::new()
            .timeout(Duration::from_secs(60))
            .wait(
                "server 1",
                "ACTIVE",
                scripted(&["BUILD"], &times),
                status(),
                None,
            )
            .await
            .unwrap_err();
        assert!(matches!(err, Error::WaitTimeout { .. }));
        let times = times.into_inner().unwrap();
        let pauses: Vec<Duration> = times.windows(2).map(|w| w[1] - w[0]).collect();
        let expected_ms = [
            1_000, 1_500, 2_250, 3_375, 5_062, 7_593, 10_000, 10_000, 10_000,
        ];
        for (pause, expected) in pauses.iter().zip(expected_ms) {
            assert!(close(*pause, Duration::from_millis(expected)), "{pauses:?}");
        }
        // Growing until the cap, then flat at the cap, and never above it;
        // only the last pause is cut short by the deadline.
        let (last, uncut) = pauses.split_last().unwrap();
        assert!(
            uncut
                .windows(2)
                .all(|w| w[1] + Duration::from_millis(2) >= w[0]),
            "{pauses:?}"
        );
        assert!(close(*last, Duration::from_millis(9_219)), "{pauses:?}");
        assert!(
            pauses.iter().all(|p| *p <= Duration::from_millis(10_002)),
            "{pauses:?}"
        );
        // 0, 1, 2.5, 4.75, 8.125, 13.1875, 20.78125, 30.78, 40.78, 50.78, then 60.
        assert_eq!(times.len(), 11, "{times:?}");
        assert!(close(*times.last().unwrap(), Duration::from_secs(60)));
    }

    #[test]
    fn the_wait_future_is_send() {
        fn assert_send<T: Send>(_: &T) {}
        let waiter = Waiter::new();
        let progress = |_: &WaitProgress<'_, String>| {};
        let wait = waiter.wait(
            "server 1",
            "ACTIVE",
            || async { Ok("ACTIVE".to_owned()) },
            status(),
            Some(&progress),
        );
        assert_send(&wait);
    }

    #[test]
    fn schedule_sanitises_its_settings() {
        let odd = Waiter::new()
            .interval(Duration::ZERO)
            .backoff(f64::NAN)
            .max_interval(Duration::ZERO);
        assert!(odd.schedule().take(5).all(|d| d == MIN_INTERVAL));
        let shrinking = Waiter::new().backoff(0.5);
        assert!(
            shrinking
                .schedule()
                .take(5)
                .all(|d| d == Duration::from_secs(1))
        );
        let above_cap = Waiter::new()
            .interval(Duration::from_secs(30))
            .max_interval(Duration::from_secs(10));
        assert_eq!(above_cap.schedule().next(), Some(Duration::from_secs(10)));
        let huge = Waiter::new().backoff(f64::MAX).max_interval(Duration::MAX);
        let pauses: Vec<Duration> = huge.schedule().take(3).collect();
        assert_eq!(
            pauses,
            [Duration::from_secs(1), Duration::MAX, Duration::MAX]
        );
    }

    #[test]
    fn by_status_and_classify_with() {
        let c = status();
        assert_eq!(c.classify(&"ACTIVE".to_owned()), WaitState::Done);
        assert_eq!(c.classify(&"error".to_owned()), WaitState::Failed);
        assert_eq!(c.classify(&"BUILD".to_owned()), WaitState::Pending);
        assert_eq!(c.state_name(&"BUILD".to_owned()), "BUILD");
        let c = classify_with(
            |n: &u8| {
                if *n == 0 {
                    WaitState::Done
                } else {
                    WaitState::Pending
                }
            },
            |n: &u8| format!("{n} left"),
        );
        assert_eq!(c.classify(&0), WaitState::Done);
        assert_eq!(c.state_name(&3), "3 left");
    }
}
