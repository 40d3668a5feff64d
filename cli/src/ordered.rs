//! Output in input order while documents are annotated in parallel.
//!
//! The document whose turn it is writes straight through; the others keep their output in
//! memory until their turn, and wait for it once they hold more than a few megabytes, so
//! memory stays bounded however large a document is.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::sync::{Condvar, Mutex, MutexGuard};

/// Output a document keeps before it waits for its turn.
const HOLD: usize = 8 << 20;
/// Output of finished documents kept, in all, before their writers wait.
const HOLD_FINISHED: usize = 64 << 20;

pub struct Ordered {
    state: Mutex<State>,
    turn: Condvar,
}

struct State {
    out: Box<dyn Write + Send>,
    next: usize,
    finished: BTreeMap<usize, Vec<u8>>,
    held: usize,
    error: Option<io::Error>,
}

impl Ordered {
    pub fn new(out: Box<dyn Write + Send>) -> Ordered {
        Ordered {
            state: Mutex::new(State {
                out,
                next: 0,
                finished: BTreeMap::new(),
                held: 0,
                error: None,
            }),
            turn: Condvar::new(),
        }
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The sink of document `index` (documents are numbered from 0 in input order, and
    /// every number must be finished, even for a document that wrote nothing).
    pub fn sink(&self, index: usize) -> Sink<'_> {
        Sink {
            ordered: self,
            index,
            held: Vec::new(),
        }
    }

    /// Whether writing has failed (the reader of standard output went away): no point in
    /// annotating more.
    pub fn broken(&self) -> bool {
        self.lock().error.is_some()
    }

    /// Writes `bytes` outside any document (a page header); call before the first sink.
    pub fn write_raw(&self, bytes: &[u8]) -> io::Result<()> {
        self.lock().out.write_all(bytes)
    }

    /// Flushes and returns the first write error, if any.
    pub fn finish(&self) -> io::Result<()> {
        let mut state = self.lock();
        if let Some(e) = state.error.take() {
            return Err(e);
        }
        state.out.flush()
    }

    fn wait_for_turn(&self, index: usize) -> MutexGuard<'_, State> {
        let mut state = self.lock();
        while state.next != index {
            state = self.turn.wait(state).unwrap_or_else(|p| p.into_inner());
        }
        state
    }
}

impl State {
    fn emit(&mut self, bytes: &[u8]) {
        if self.error.is_none()
            && let Err(e) = self.out.write_all(bytes)
        {
            self.error = Some(e);
        }
    }

    /// Ends the current document and writes the finished ones that follow it.
    fn advance(&mut self) {
        self.next += 1;
        while let Some(bytes) = self.finished.remove(&self.next) {
            self.held -= bytes.len();
            self.emit(&bytes);
            self.next += 1;
        }
    }
}

/// Where one document writes.
pub struct Sink<'a> {
    ordered: &'a Ordered,
    index: usize,
    held: Vec<u8>,
}

impl Sink<'_> {
    /// Writes the output of the document (in order).
    pub fn write(&mut self, bytes: &[u8]) {
        if bytes.is_empty() {
            return;
        }
        let mut state = self.ordered.lock();
        if state.next != self.index && self.held.len() + bytes.len() > HOLD {
            drop(state);
            state = self.ordered.wait_for_turn(self.index);
        }
        if state.next == self.index {
            let held = std::mem::take(&mut self.held);
            state.emit(&held);
            state.emit(bytes);
        } else {
            self.held.extend_from_slice(bytes);
        }
    }

    /// Ends the document.
    pub fn finish(mut self) {
        let ordered = self.ordered;
        let mut state = ordered.lock();
        if state.next != self.index && state.held + self.held.len() > HOLD_FINISHED {
            drop(state);
            state = ordered.wait_for_turn(self.index);
        }
        let held = std::mem::take(&mut self.held);
        if state.next == self.index {
            state.emit(&held);
            state.advance();
        } else {
            state.held += held.len();
            state.finished.insert(self.index, held);
        }
        drop(state);
        ordered.turn.notify_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    #[derive(Clone, Default)]
    struct Shared(Arc<Mutex<Vec<u8>>>);

    impl Write for Shared {
        fn write(&mut self, b: &[u8]) -> io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(b);
            Ok(b.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn keeps_input_order_across_threads() {
        let out = Shared::default();
        let ordered = Ordered::new(Box::new(out.clone()));
        let next = std::sync::atomic::AtomicUsize::new(0);
        std::thread::scope(|s| {
            for _ in 0..4 {
                s.spawn(|| {
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                        if i >= 50 {
                            break;
                        }
                        let mut sink = ordered.sink(i);
                        // Big enough, now and then, to make a writer wait for its turn.
                        let size = if i.is_multiple_of(7) { HOLD + 10 } else { 10 };
                        sink.write(format!("<{i}>").as_bytes());
                        sink.write(&vec![b'.'; size]);
                        sink.write(format!("</{i}>").as_bytes());
                        sink.finish();
                    }
                });
            }
        });
        ordered.finish().unwrap();
        let text = String::from_utf8(out.0.lock().unwrap().clone()).unwrap();
        let mut at = 0;
        for i in 0..50 {
            let open = format!("<{i}>");
            let close = format!("</{i}>");
            assert_eq!(&text[at..at + open.len()], open);
            at = text[at..].find(&close).unwrap() + at + close.len();
        }
        assert_eq!(at, text.len());
    }
}
