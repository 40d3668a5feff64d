//! Messages on standard error: the progress bar, notes and errors, without tearing.

use std::io::IsTerminal;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// The bar shows only once the work has taken this long.
const SHOW_AFTER: Duration = Duration::from_millis(700);

pub struct Report {
    bar: ProgressBar,
    /// Whether the bar may show (standard error is a terminal, not `--quiet`).
    may_show: bool,
    shown: AtomicBool,
    started: Instant,
    failed: AtomicBool,
}

impl Report {
    /// A bar over `total` bytes when standard error is a terminal and not `quiet`.
    pub fn new(total: Option<u64>, quiet: bool) -> Report {
        let may_show = !quiet && std::io::stderr().is_terminal();
        let bar = match total {
            Some(t) => ProgressBar::with_draw_target(Some(t), ProgressDrawTarget::hidden())
                .with_style(
                    ProgressStyle::with_template(
                        "{bar:30} {binary_bytes}/{binary_total_bytes} {binary_bytes_per_sec} \
                             eta {eta} {msg}",
                    )
                    .unwrap_or_else(|_| ProgressStyle::default_bar()),
                ),
            None => ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden()).with_style(
                ProgressStyle::with_template(
                    "{spinner} {binary_bytes} {binary_bytes_per_sec} {msg}",
                )
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
            ),
        };
        Report {
            bar,
            may_show,
            shown: AtomicBool::new(false),
            started: Instant::now(),
            failed: AtomicBool::new(false),
        }
    }

    pub fn bytes(&self, n: usize) {
        self.bar.inc(n as u64);
        self.show_when_slow();
    }

    pub fn documents(&self, done: usize) {
        self.bar.set_message(format!("documents: {done}"));
        self.show_when_slow();
    }

    /// Brings the bar up once the work has lasted more than a moment.
    fn show_when_slow(&self) {
        if self.may_show
            && self.started.elapsed() > SHOW_AFTER
            && !self.shown.swap(true, Ordering::SeqCst)
        {
            self.bar.set_draw_target(ProgressDrawTarget::stderr());
            self.bar.enable_steady_tick(Duration::from_millis(250));
        }
    }

    /// A note on standard error (what `auto` chose), above the bar; the caller leaves it
    /// out under `--quiet`.
    pub fn say(&self, message: &str) {
        self.bar.suspend(|| eprintln!("nhan: {message}"));
    }

    /// An error about one input; the run goes on and ends with a failure status.
    pub fn error(&self, message: &str) {
        self.failed.store(true, Ordering::SeqCst);
        self.bar.suspend(|| eprintln!("nhan: error: {message}"));
    }

    pub fn failed(&self) -> bool {
        self.failed.load(Ordering::SeqCst)
    }

    pub fn done(&self) {
        self.bar.finish_and_clear();
    }
}
