//! Progress bars on stderr for transfers: the transfer engine's progress
//! callback turned into `indicatif` bars, one for hashing and one for the
//! transfer. Off when stderr is not a terminal and with `-N/--no-progress-bar`.

use std::io::IsTerminal;
use std::sync::{Arc, Mutex};

use cloud_pithos::progress::{Phase, Progress, ProgressEvent};
use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};

/// The bars of one transfer (or of every file of a recursive one).
#[derive(Clone)]
pub struct Bars {
    multi: Option<MultiProgress>,
    label: Arc<Mutex<String>>,
    bars: Arc<Mutex<Vec<(Phase, ProgressBar)>>>,
}

impl Bars {
    /// Bars, unless `disabled` or stderr is not a terminal (then nothing is drawn).
    pub fn new(disabled: bool) -> Bars {
        let multi = (!disabled && std::io::stderr().is_terminal())
            .then(|| MultiProgress::with_draw_target(ProgressDrawTarget::stderr()));
        Bars {
            multi,
            label: Arc::default(),
            bars: Arc::default(),
        }
    }

    /// The engine's progress reporter, drawing on these bars; every call
    /// starts fresh bars named `label` (one file of a transfer).
    pub fn progress(&self, label: &str) -> Progress {
        let Some(multi) = self.multi.clone() else {
            return Progress::none();
        };
        if let Ok(mut l) = self.label.lock() {
            label.clone_into(&mut l);
        }
        if let Ok(mut bars) = self.bars.lock() {
            for (_, bar) in bars.drain(..) {
                bar.finish_and_clear();
            }
        }
        let bars = self.bars.clone();
        let label = self.label.clone();
        Progress::new(move |event: ProgressEvent| {
            let Ok(mut bars) = bars.lock() else {
                return;
            };
            let bar = match bars.iter().find(|(phase, _)| *phase == event.phase) {
                Some((_, bar)) => bar.clone(),
                // Nothing to hash (a resume with no local data): no bar.
                None if event.total == 0 && event.phase == Phase::Hashing => return,
                None => {
                    let name = label.lock().map(|l| l.clone()).unwrap_or_default();
                    let bar = multi.add(ProgressBar::new(event.total));
                    bar.set_style(style());
                    bar.set_prefix(match event.phase {
                        Phase::Hashing => "hashing ",
                        Phase::Transfer => "transfer",
                    });
                    bar.set_message(name);
                    bars.push((event.phase, bar.clone()));
                    bar
                }
            };
            bar.set_length(event.total);
            bar.set_position(event.done);
            if event.finished {
                bar.finish();
            }
        })
    }

    /// Clears every bar (before printing the result).
    pub fn clear(&self) {
        if let Ok(mut bars) = self.bars.lock() {
            for (_, bar) in bars.drain(..) {
                bar.finish_and_clear();
            }
        }
        if let Some(multi) = &self.multi {
            let _ = multi.clear();
        }
    }
}

fn style() -> ProgressStyle {
    ProgressStyle::with_template(
        "{prefix} {wide_bar} {bytes}/{total_bytes} {binary_bytes_per_sec} {eta} {msg}",
    )
    .unwrap_or_else(|_| ProgressStyle::default_bar())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_move_one_bar_per_phase() {
        let bars = Bars {
            multi: Some(MultiProgress::with_draw_target(ProgressDrawTarget::hidden())),
            label: Arc::default(),
            bars: Arc::default(),
        };
        let progress = bars.progress("/c/o");
        progress.start(Phase::Hashing, 100);
        progress.advance(Phase::Hashing, 100);
        progress.start(Phase::Transfer, 100);
        progress.advance(Phase::Transfer, 40);
        let shown: Vec<(Phase, u64, Option<u64>)> = bars
            .bars
            .lock()
            .map(|b| {
                b.iter()
                    .map(|(p, bar)| (*p, bar.position(), bar.length()))
                    .collect()
            })
            .unwrap_or_default();
        assert_eq!(
            shown,
            [
                (Phase::Hashing, 100, Some(100)),
                (Phase::Transfer, 40, Some(100))
            ]
        );
        bars.clear();
        assert!(bars.bars.lock().map(|b| b.is_empty()).unwrap_or(false));
        // Off a terminal (as under the test harness) nothing is drawn.
        let off = Bars::new(false);
        assert!(off.multi.is_none() || std::io::stderr().is_terminal());
    }
}
