//! Progress of transfers, reported through a callback.
//!
//! Hashing and transfer are reported separately, each as bytes done out of a
//! total, so a CLI can draw two bars. The callback is called from several
//! tasks and threads; it should be quick (an `indicatif` bar update is).

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

/// Which part of a transfer a report is about.
///
/// ```
/// assert_ne!(cloud_pithos::progress::Phase::Hashing, cloud_pithos::progress::Phase::Transfer);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Phase {
    /// Hashing local data (an upload's blocks, or a resume's local blocks).
    Hashing,
    /// Moving bytes: blocks uploaded or downloaded, or found already in place.
    Transfer,
}

/// One progress report: `done` of `total` bytes in `phase`.
///
/// ```
/// let e = cloud_pithos::progress::ProgressEvent {
///     phase: cloud_pithos::progress::Phase::Transfer, done: 5, total: 10, finished: false };
/// assert_eq!(e.done * 2, e.total);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProgressEvent {
    /// The phase.
    pub phase: Phase,
    /// Bytes done so far.
    pub done: u64,
    /// Bytes in all.
    pub total: u64,
    /// True for the phase's last report.
    pub finished: bool,
}

type Callback = Arc<dyn Fn(ProgressEvent) + Send + Sync>;

/// A cheap-to-clone progress reporter, shared by a transfer's workers.
///
/// ```
/// use std::sync::{Arc, Mutex};
/// use cloud_pithos::progress::{Phase, Progress};
/// let seen = Arc::new(Mutex::new(Vec::new()));
/// let log = seen.clone();
/// let progress = Progress::new(move |e| log.lock().unwrap().push((e.phase, e.done, e.total)));
/// progress.start(Phase::Transfer, 10);
/// progress.advance(Phase::Transfer, 4);
/// assert_eq!(seen.lock().unwrap().last(), Some(&(Phase::Transfer, 4, 10)));
/// ```
#[derive(Clone, Default)]
pub struct Progress {
    callback: Option<Callback>,
    counters: Arc<[Counter; 2]>,
}

#[derive(Default)]
struct Counter {
    done: AtomicU64,
    total: AtomicU64,
}

impl std::fmt::Debug for Progress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Progress")
            .field("reporting", &self.callback.is_some())
            .finish()
    }
}

impl Progress {
    /// A reporter that calls `callback` on every change.
    ///
    /// ```
    /// let _p = cloud_pithos::progress::Progress::new(|event| eprintln!("{event:?}"));
    /// ```
    pub fn new(callback: impl Fn(ProgressEvent) + Send + Sync + 'static) -> Self {
        Progress {
            callback: Some(Arc::new(callback)),
            counters: Arc::default(),
        }
    }

    /// A reporter that reports nothing.
    ///
    /// ```
    /// cloud_pithos::progress::Progress::none().advance(cloud_pithos::progress::Phase::Hashing, 1);
    /// ```
    pub fn none() -> Self {
        Progress::default()
    }

    fn counter(&self, phase: Phase) -> &Counter {
        &self.counters[phase as usize]
    }

    fn emit(&self, phase: Phase, finished: bool) {
        if let Some(callback) = &self.callback {
            let c = self.counter(phase);
            callback(ProgressEvent {
                phase,
                done: c.done.load(Ordering::Relaxed),
                total: c.total.load(Ordering::Relaxed),
                finished,
            });
        }
    }

    /// Starts (or restarts) a phase of `total` bytes.
    ///
    /// ```
    /// cloud_pithos::progress::Progress::none().start(cloud_pithos::progress::Phase::Transfer, 100);
    /// ```
    pub fn start(&self, phase: Phase, total: u64) {
        let c = self.counter(phase);
        c.total.store(total, Ordering::Relaxed);
        c.done.store(0, Ordering::Relaxed);
        self.emit(phase, false);
    }

    /// Adds `bytes` to what is done in `phase`.
    ///
    /// ```
    /// cloud_pithos::progress::Progress::none().advance(cloud_pithos::progress::Phase::Transfer, 100);
    /// ```
    pub fn advance(&self, phase: Phase, bytes: u64) {
        self.counter(phase).done.fetch_add(bytes, Ordering::Relaxed);
        self.emit(phase, false);
    }

    /// Takes back `bytes` counted in `phase` by an attempt that failed and
    /// is made again, so that a retry does not count its bytes twice.
    ///
    /// ```
    /// use cloud_pithos::progress::{Phase, Progress};
    /// let p = Progress::none();
    /// p.advance(Phase::Transfer, 10);
    /// p.retreat(Phase::Transfer, 4);
    /// assert_eq!(p.done(Phase::Transfer), 6);
    /// p.retreat(Phase::Transfer, 100);
    /// assert_eq!(p.done(Phase::Transfer), 0);
    /// ```
    pub fn retreat(&self, phase: Phase, bytes: u64) {
        let done = &self.counter(phase).done;
        let _ = done.fetch_update(Ordering::Relaxed, Ordering::Relaxed, |d| {
            Some(d.saturating_sub(bytes))
        });
        self.emit(phase, false);
    }

    /// Ends a phase (reported once with `finished: true`).
    ///
    /// ```
    /// cloud_pithos::progress::Progress::none().finish(cloud_pithos::progress::Phase::Hashing);
    /// ```
    pub fn finish(&self, phase: Phase) {
        self.emit(phase, true);
    }

    /// Bytes done so far in `phase`.
    ///
    /// ```
    /// use cloud_pithos::progress::{Phase, Progress};
    /// let p = Progress::none();
    /// p.advance(Phase::Hashing, 3);
    /// assert_eq!(p.done(Phase::Hashing), 3);
    /// ```
    pub fn done(&self, phase: Phase) -> u64 {
        self.counter(phase).done.load(Ordering::Relaxed)
    }
}
