//! The [`Annotator`]: normalize → match → recognize → resolve.

use std::path::Path;
use std::sync::{Arc, LazyLock};

use memchr::memmem;

use crate::dict::Dictionary;
use crate::error::Result;
use crate::matcher::{Layer, Matcher};
use crate::normalize::NormalizedText;
use crate::normalize::Normalizer;
use crate::normalize::table::Syllables;
use crate::normalize::writing::Writing;
use crate::recognize::{self, Doc, Found, KindSet};
use crate::resolve::{materialize, resolve, resolve_raw};
use crate::span::{Annotation, Kind};
use crate::stream::{CHUNK_MAX, CHUNK_TARGET};

/// Reads Vietnamese text and says what is in it.
///
/// Cheap to clone and share between threads: clones share one compiled dictionary.
///
/// ```
/// use nhan::{Annotator, Kind};
///
/// let input = "Đại tá Phan Huy Ngọc, Giám đốc Công an tỉnh";
/// let a = Annotator::new().annotate(input);
/// let person = a.of_kind(Kind::Person).next().unwrap();
/// assert_eq!(&input[person.start..person.end], "Phan Huy Ngọc");
/// ```
#[derive(Debug, Clone)]
pub struct Annotator {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    normalizer: Normalizer,
    matcher: Matcher,
    reference_date: Option<(i32, u32, u32)>,
    writing: Writing,
}

/// The annotator with the built-in dictionaries. They are part of the crate and a test
/// compiles them (`annotator_builds_from_the_builtins`); there is no fallback to an empty
/// matcher, which would annotate nothing without a word.
static BUILTIN: LazyLock<Annotator> = LazyLock::new(|| match AnnotatorBuilder::default().build() {
    Ok(a) => a,
    Err(e) => panic!("nhan's built-in dictionaries do not compile: {e}"),
});

impl Default for Annotator {
    fn default() -> Self {
        Self::new()
    }
}

impl Annotator {
    /// The annotator with the built-in dictionaries, built once per process.
    pub fn new() -> Self {
        BUILTIN.clone()
    }

    /// Starts configuring an annotator.
    pub fn builder() -> AnnotatorBuilder {
        AnnotatorBuilder::default()
    }

    /// Annotates one document. Offsets in the result are byte offsets into `input`.
    ///
    /// A document of 2 GiB or more (offsets inside one pass are 32-bit) is
    /// annotated in pieces cut as [`Annotator::annotate_reader`] cuts a stream, and the pieces'
    /// spans joined: nothing is left out, but no relation joins two pieces.
    pub fn annotate(&self, input: &str) -> Annotation {
        self.annotate_for(input, None, KindSet::ALL, Writing::Auto)
    }

    /// [`Annotator::annotate`] with a reference date for this call only (`None`: the
    /// annotator's own), running only the recognizers that spans of the `wanted` kinds
    /// need, with `writing` for this call ([`Writing::Auto`]: the annotator's own). The hook
    /// behind [`Annotator::annotate_with`].
    pub(crate) fn annotate_for(
        &self,
        input: &str,
        reference_date: Option<(i32, u32, u32)>,
        wanted: KindSet,
        writing: Writing,
    ) -> Annotation {
        let call = Call {
            reference_date,
            wanted,
            writing,
        };
        if input.len() >= ONE_PASS_MAX {
            return self.annotate_in_pieces(input, call, CHUNK_TARGET, CHUNK_MAX);
        }
        self.pipeline(input, call, |text, _, found| resolve(input, text, found))
    }

    /// Annotates `input` piece by piece (pieces of `target` bytes or more, cut after a
    /// paragraph break, a line break, a sentence end or a space, at most `max` bytes) and
    /// joins the pieces' annotations.
    fn annotate_in_pieces(&self, input: &str, call: Call, target: usize, max: usize) -> Annotation {
        let mut whole = Annotation::default();
        let mut writing = Vec::new();
        let mut at = 0;
        while at < input.len() {
            let end = piece_end(input, at, target, max);
            let piece = self.pipeline(&input[at..end], call, |text, _, found| {
                resolve(&input[at..end], text, found)
            });
            let first = whole.spans.len();
            whole.spans.extend(piece.spans.into_iter().map(|mut s| {
                s.id += first;
                s.start += at;
                s.end += at;
                s
            }));
            whole
                .relations
                .extend(piece.relations.into_iter().map(|mut r| {
                    r.head += first;
                    r.tail += first;
                    r
                }));
            let mut w = piece.writing;
            for p in &mut w.parts {
                p.start += at;
                p.end += at;
            }
            writing.push((at, end - at, w));
            at = end;
        }
        whole.writing =
            crate::span::Written::join(writing.iter().map(|(at, len, w)| (*at, *len, w)));
        whole
    }

    /// Normalizes `input`, detects how it is written, matches and recognizes it (with the
    /// call's reference date and writing, else the annotator's own; with the recognizers the
    /// call wants), and hands what was found to `finish`, with the document.
    fn pipeline<R>(
        &self,
        input: &str,
        call: Call,
        finish: impl FnOnce(&NormalizedText, &Doc<'_>, Found<'_>) -> R,
    ) -> R {
        let inner = &*self.inner;
        let text = self.prepare(input, call.writing);
        let mut hits = Vec::new();
        let reads = recognize::hit_kinds(call.wanted);
        inner.matcher.find_for(&text, reads, &mut hits);
        let reference_date = call.reference_date.or(inner.reference_date);
        let doc = Doc::new(&text, &hits, &inner.matcher, reference_date);
        let found = recognize::run(&doc, call.wanted);
        finish(&text, &doc, found)
    }

    /// Normalizes and matches `input`, runs the recognizers whose spans the speech form
    /// reads (abbreviations, dates, numbers), resolves them, and hands the normalized
    /// text, its syllable table and that annotation to `finish`.
    pub(crate) fn speech_view<R>(
        &self,
        input: &str,
        finish: impl FnOnce(&NormalizedText, &Syllables, &[bool], Annotation) -> R,
    ) -> R {
        const SPOKEN: KindSet = KindSet::of(&[Kind::Abbreviation, Kind::Date, Kind::Number]);
        self.pipeline(input, Call::all(SPOKEN), |text, doc, found| {
            let table = doc.table();
            // The rows of unaccented segments (none in most texts), for the words the
            // speech reader tests (`ngay` is `ngày` there).
            let rows = 0..table.len();
            let unaccented: Vec<bool> = if rows.clone().any(|r| doc.unaccented(r)) {
                rows.map(|r| doc.unaccented(r)).collect()
            } else {
                Vec::new()
            };
            finish(text, table, &unaccented, resolve(input, text, found))
        })
    }

    /// The distinct keys the matcher searches for: dictionary forms after normalization,
    /// in lower case. Most are in the automaton; keys that only a user lexicon brings are
    /// found through a table of words instead, and are listed here too.
    pub fn keys(&self) -> &[String] {
        self.inner.matcher.keys()
    }

    /// Normalizes and matches `input` without recognizing anything; returns the number of
    /// dictionary hits. For benchmarks that separate the matcher from the recognizers.
    #[doc(hidden)]
    pub fn count_hits(&self, input: &str) -> usize {
        let text = self.prepare(input, Writing::Auto);
        let mut hits = Vec::new();
        self.inner.matcher.find(&text, &mut hits);
        hits.len()
    }

    /// Runs the whole pipeline up to resolved raw spans, without making a [`Annotation`]
    /// (no strings); returns the number of spans. For benchmarks and the allocation test.
    #[doc(hidden)]
    pub fn count_spans(&self, input: &str) -> usize {
        self.pipeline(input, Call::all(KindSet::ALL), |text, _, found| {
            resolve_raw(text, &mut found.into_raw()).order.len()
        })
    }

    /// Runs the pipeline up to and including `stage` and returns a count from it (bytes,
    /// rows, hits or spans), so that a benchmark can time each stage as the difference
    /// between two prefixes of the pipeline. [`Stage::Table`] is timed on its own (after
    /// normalizing): in the pipeline the recognizers build the table when they first read it.
    #[doc(hidden)]
    pub fn run_to(&self, input: &str, stage: Stage) -> usize {
        let inner = &*self.inner;
        let text = self.prepare(input, Writing::Auto);
        match stage {
            Stage::Normalize => return text.len(),
            Stage::Table => {
                let table = Syllables::new(&text);
                let lexicon = inner.matcher.lexicon();
                let mut scratch = String::new();
                let ids = table.interned(text.lowercase(), |w| lexicon.ids(w, &mut scratch));
                return ids.lower_id.len();
            }
            _ => {}
        }
        let mut hits = Vec::new();
        inner.matcher.find(&text, &mut hits);
        if stage == Stage::Match {
            return hits.len();
        }
        let doc = Doc::new(&text, &hits, &inner.matcher, inner.reference_date);
        let found = recognize::run(&doc, KindSet::ALL);
        match stage {
            Stage::Recognize => found.into_raw().spans.len(),
            Stage::Resolve => resolve_raw(&text, &mut found.into_raw()).order.len(),
            Stage::Materialize => resolve(input, &text, found).spans.len(),
            _ => resolve(input, &text, found)
                .to_json()
                .map_or(0, |json| json.len()),
        }
    }

    /// Runs the whole pipeline on `input` (JSON out) and returns the time each stage took,
    /// in [`Stage::ALL`] order. The syllable table is built right after matching here, so
    /// that its time is its own (in [`Annotator::annotate`] the recognizers build it when
    /// they first read it). For benchmarks.
    #[doc(hidden)]
    pub fn time_stages(&self, input: &str) -> [std::time::Duration; 7] {
        use std::time::Instant;
        let inner = &*self.inner;
        let mut times = [std::time::Duration::ZERO; 7];
        let mut clock = Instant::now();
        let mut lap = |stage: Stage| {
            let now = Instant::now();
            times[stage as usize] = now - clock;
            clock = now;
        };
        let text = self.prepare(input, Writing::Auto);
        lap(Stage::Normalize);
        let mut hits = Vec::new();
        inner.matcher.find(&text, &mut hits);
        lap(Stage::Match);
        let doc = Doc::new(&text, &hits, &inner.matcher, inner.reference_date);
        std::hint::black_box(doc.table().len());
        lap(Stage::Table);
        let found = recognize::run(&doc, KindSet::ALL);
        lap(Stage::Recognize);
        let mut raw = found.into_raw();
        let resolved = resolve_raw(&text, &mut raw);
        lap(Stage::Resolve);
        let annotation = materialize(input, raw, resolved);
        lap(Stage::Materialize);
        std::hint::black_box(annotation.to_json().map_or(0, |json| json.len()));
        lap(Stage::Json);
        times
    }

    /// Heap bytes held by the automaton (not counting the table of user-lexicon keys).
    pub fn automaton_bytes(&self) -> usize {
        self.inner.matcher.automaton_bytes()
    }
}

/// A stage of the pipeline, for benchmarks ([`Annotator::run_to`]).
#[doc(hidden)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// The normalized text, its alignment, the lower-case view and the way of writing.
    Normalize,
    /// The syllable table with its interned ids (after normalizing; timed alone).
    Table,
    /// The dictionary hits (after normalizing).
    Match,
    /// Every recognizer, the syllable table included (after matching).
    Recognize,
    /// The raw spans mapped to the input, crossings and overrides decided.
    Resolve,
    /// The [`Annotation`], its strings made (each shared by the spans that carry it).
    Materialize,
    /// The annotation as JSON.
    Json,
}

impl Stage {
    /// The stages in pipeline order.
    pub const ALL: [Stage; 7] = [
        Stage::Normalize,
        Stage::Table,
        Stage::Match,
        Stage::Recognize,
        Stage::Resolve,
        Stage::Materialize,
        Stage::Json,
    ];

    /// A short name for reports.
    pub fn name(self) -> &'static str {
        match self {
            Stage::Normalize => "normalize",
            Stage::Table => "table",
            Stage::Match => "match",
            Stage::Recognize => "recognize",
            Stage::Resolve => "resolve",
            Stage::Materialize => "materialize",
            Stage::Json => "json",
        }
    }
}

/// What one call asks for beyond the annotator's own settings.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Call {
    reference_date: Option<(i32, u32, u32)>,
    wanted: KindSet,
    writing: Writing,
}

impl Call {
    /// The kinds `wanted`, with the annotator's reference date and writing.
    fn all(wanted: KindSet) -> Call {
        Call {
            reference_date: None,
            wanted,
            writing: Writing::Auto,
        }
    }
}

impl Annotator {
    /// The normalized text of `input` with its writing detected (`writing` for this call;
    /// [`Writing::Auto`]: the annotator's own).
    fn prepare(&self, input: &str, writing: Writing) -> NormalizedText {
        let mut text = self.inner.normalizer.normalize(input);
        let writing = match writing {
            Writing::Auto => self.inner.writing,
            w => w,
        };
        text.detect_writing(writing);
        text
    }

    /// How the annotator reads text unless a call says otherwise ([`Writing::Auto`]
    /// unless [`AnnotatorBuilder::writing`] set it).
    pub fn writing(&self) -> Writing {
        self.inner.writing
    }
}

/// The size from which [`Annotator::annotate`] works in pieces: one pass addresses the text
/// with 32-bit offsets, and half of their range leaves room for what normalization may add.
pub(crate) const ONE_PASS_MAX: usize = (u32::MAX / 2) as usize;

/// Where the piece of `input` that starts at `at` ends: the first `target` bytes, then up to
/// the last paragraph break, else line break, else sentence end, else space before `max`
/// bytes; without any, the last char boundary before `max`.
fn piece_end(input: &str, at: usize, target: usize, max: usize) -> usize {
    if input.len() - at <= target {
        return input.len();
    }
    let mut limit = (at + max).min(input.len());
    while !input.is_char_boundary(limit) {
        limit -= 1;
    }
    let window = &input[at..limit];
    let from = target.min(window.len());
    let after = |found: Option<usize>, len: usize| found.map(|i| at + from + i + len);
    let tail = &window.as_bytes()[from..];
    after(memmem::rfind(tail, b"\n\n"), 2)
        .or_else(|| after(memchr::memrchr(b'\n', tail), 1))
        .or_else(|| after(memmem::rfind(tail, b". "), 2))
        .or_else(|| after(memchr::memrchr(b' ', tail), 1))
        .filter(|&e| e > at)
        .unwrap_or(if limit > at { limit } else { input.len() })
}

/// Configures an [`Annotator`].
#[derive(Debug, Clone)]
pub struct AnnotatorBuilder {
    builtin: bool,
    extra: Vec<Dictionary>,
    normalizer: Normalizer,
    reference_date: Option<(i32, u32, u32)>,
    writing: Writing,
}

impl Default for AnnotatorBuilder {
    fn default() -> Self {
        AnnotatorBuilder {
            builtin: true,
            extra: Vec::new(),
            normalizer: Normalizer::new(),
            reference_date: None,
            writing: Writing::Auto,
        }
    }
}

impl AnnotatorBuilder {
    /// Whether the built-in dictionaries are used (default: yes).
    pub fn builtin(mut self, on: bool) -> Self {
        self.builtin = on;
        self
    }

    /// Adds a dictionary on top of the earlier ones: its entries add to, override and
    /// extend them (see [`Dictionary::extend`]).
    pub fn dictionary(mut self, dict: Dictionary) -> Self {
        self.extra.push(dict);
        self
    }

    /// Reads and adds a dictionary file.
    pub fn dictionary_path(self, path: impl AsRef<Path>) -> Result<Self> {
        Ok(self.dictionary(Dictionary::from_path(path)?))
    }

    /// Parses and adds a dictionary given as text.
    pub fn dictionary_str(self, source_name: &str, text: &str) -> Result<Self> {
        Ok(self.dictionary(Dictionary::parse(source_name, text)?))
    }

    /// The normalizer; the same one prepares dictionary keys.
    pub fn normalizer(mut self, normalizer: Normalizer) -> Self {
        self.normalizer = normalizer;
        self
    }

    /// The date the document was written: resolves unknown years (`6/11` → that year)
    /// and `năm nay`.
    pub fn reference_date(mut self, year: i32, month: u32, day: u32) -> Self {
        self.reference_date = Some((year, month, day));
        self
    }

    /// How text is written unless a call says otherwise ([`Options::writing`](crate::Options::writing)):
    /// [`Writing::Auto`] (the default) finds out per document and per line or sentence;
    /// [`Writing::Unaccented`] reads every word without its marks; [`Writing::Accented`]
    /// reads words as written.
    ///
    /// ```
    /// use nhan::{Annotator, Kind};
    /// use nhan::normalize::writing::Writing;
    ///
    /// let input = "Ha Giang";
    /// let a = Annotator::builder().writing(Writing::Unaccented).build()?;
    /// let place = a.annotate(input).of_kind(Kind::Location).next().cloned();
    /// assert_eq!(place.map(|s| (s.start, s.end)), Some((0, input.len())));
    /// # Ok::<(), nhan::Error>(())
    /// ```
    pub fn writing(mut self, writing: Writing) -> Self {
        self.writing = writing;
        self
    }

    /// `true`: [`writing`](Self::writing)`(Writing::Unaccented)`, every word read without
    /// its marks; `false`: [`Writing::Auto`]. Kept for earlier callers: unaccented text is
    /// found without being told.
    pub fn match_unaccented(self, on: bool) -> Self {
        self.writing(if on {
            Writing::Unaccented
        } else {
            Writing::Auto
        })
    }

    /// Compiles the dictionaries.
    pub fn build(self) -> Result<Annotator> {
        // The built-in dictionary is referred to, not copied; each added one is laid on
        // top of those before it.
        let layers: Vec<Layer> = self
            .builtin
            .then(|| Layer::Builtin(Dictionary::builtin()))
            .into_iter()
            .chain(self.extra.into_iter().map(Layer::User))
            .collect();
        let matcher = Matcher::build(layers, &self.normalizer)?;
        Ok(Annotator {
            inner: Arc::new(Inner {
                normalizer: self.normalizer,
                matcher,
                reference_date: self.reference_date,
                writing: self.writing,
            }),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_document_in_pieces_keeps_every_span_with_offsets_into_the_whole() {
        let paragraph = "UBND tỉnh Hà Giang họp sáng 6/11/2020. Đại tá Phan Huy Ngọc, Giám đốc Công an tỉnh, phát biểu.\n\n";
        let input = paragraph.repeat(40);
        let a = Annotator::new();
        let one = a.annotate(paragraph);
        let whole = a.annotate_in_pieces(&input, Call::all(KindSet::ALL), 300, 1000);
        assert_eq!(whole.check(&input), Ok(()));
        assert_eq!(whole.spans.len(), one.spans.len() * 40);
        assert_eq!(whole.relations.len(), one.relations.len() * 40);
        for (i, s) in whole.spans.iter().enumerate() {
            let model = &one.spans[i % one.spans.len()];
            assert_eq!(&input[s.start..s.end], model.text);
            assert_eq!((s.start - model.start) % paragraph.len(), 0);
        }
        // A text without any break is cut between characters, never inside one.
        let solid = "Đ".repeat(700);
        let mut at = 0;
        while at < solid.len() {
            let end = piece_end(&solid, at, 300, 1001);
            assert!(end > at && solid.is_char_boundary(end));
            at = end;
        }
    }
}
