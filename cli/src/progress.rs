//! Messages on standard error: the progress bar, notes and errors, without tearing.

use std::io::IsTerminal;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

pub struct Report {
    bar: ProgressBar,
    quiet: bool,
    failed: AtomicBool,
}

impl Report {
    /// A bar over `total` bytes when standard error is a terminal and not `quiet`.
    pub fn new(total: Option<u64>, quiet: bool) -> Report {
        let bar = if quiet || !std::io::stderr().is_terminal() {
            ProgressBar::hidden()
        } else {
            let bar = match total {
                Some(t) => ProgressBar::with_draw_target(Some(t), ProgressDrawTarget::stderr())
                    .with_style(
                        ProgressStyle::with_template(
                            "{bar:30} {binary_bytes}/{binary_total_bytes} {binary_bytes_per_sec} \
                             eta {eta} {msg}",
                        )
                        .unwrap_or_else(|_| ProgressStyle::default_bar()),
                    ),
                None => ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr())
                    .with_style(
                        ProgressStyle::with_template(
                            "{spinner} {binary_bytes} {binary_bytes_per_sec} {msg}",
                        )
                        .unwrap_or_else(|_| ProgressStyle::default_spinner()),
                    ),
            };
            bar.enable_steady_tick(Duration::from_millis(250));
            bar
        };
        Report {
            bar,
            quiet,
            failed: AtomicBool::new(false),
        }
    }

    pub fn bytes(&self, n: usize) {
        self.bar.inc(n as u64);
    }

    pub fn documents(&self, done: usize) {
        self.bar.set_message(format!("{done} documents"));
    }

    /// A note (what `auto` chose); silenced by `--quiet`.
    pub fn note(&self, message: &str) {
        if !self.quiet {
            self.bar.suspend(|| eprintln!("nhan: {message}"));
        }
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
