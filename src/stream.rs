//! Annotating input too large to hold at once, and many documents in parallel.

use std::io::Read;

use crate::annotate::Annotator;
use crate::error::{Error, Result};
use crate::options::Options;
use crate::span::Annotation;

/// Size a chunk grows to before it is cut at a paragraph or sentence boundary.
pub const CHUNK_TARGET: usize = 1 << 20;
/// Largest chunk: a text with no boundary at all is cut at a space, else anywhere
/// between characters, once it reaches this size.
pub const CHUNK_MAX: usize = 8 << 20;

/// One piece of a stream, annotated. Span offsets count from the start of the stream, and
/// span ids are numbered across the whole stream: the first span of a chunk has the id that
/// follows the last span of the chunk before, and relations use those ids. A stream is one
/// document with one id space (the [guide](crate::guide), Relations); concatenating the chunks' spans
/// gives `spans[i].id == i`. Character and UTF-16 offsets, when asked for, also count
/// from the start of the stream.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Chunk {
    /// Byte offset of the chunk in the stream.
    pub offset: usize,
    /// Length of the chunk in bytes.
    pub len: usize,
    /// The chunk's text: `text[s.start - offset..s.end - offset]` is a span's text.
    pub text: String,
    /// What was found in it, with offsets into the whole stream.
    pub annotation: Annotation,
}

/// Iterator over the annotated chunks of a reader; see [`Annotator::annotate_reader`].
///
/// Memory stays below about `2 × CHUNK_MAX` for the text plus one chunk's annotation,
/// whatever the size of the input.
#[derive(Debug)]
pub struct ChunkIter<R> {
    annotator: Annotator,
    reader: R,
    buf: Vec<u8>,
    offset: usize,
    eof: bool,
    failed: bool,
    source_name: String,
    /// The id of the next span: the number of spans in the chunks already returned.
    next_id: usize,
    options: Options,
    /// Characters and UTF-16 units in the chunks already returned (counted when asked).
    chars_before: usize,
    utf16_before: usize,
}

impl<R: Read> ChunkIter<R> {
    /// Reads until the buffer holds `CHUNK_TARGET` bytes or the input ends.
    fn fill(&mut self) -> Result<()> {
        while !self.eof && self.buf.len() < CHUNK_TARGET {
            self.read_block()?;
        }
        Ok(())
    }

    /// Reads one block into the buffer; sets `eof` at the end of the input.
    fn read_block(&mut self) -> Result<()> {
        let mut block = [0u8; 64 * 1024];
        match self.reader.read(&mut block) {
            Ok(0) => self.eof = true,
            Ok(n) => self.buf.extend_from_slice(&block[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(source) => {
                return Err(Error::Io {
                    path: self.source_name.clone().into(),
                    source,
                });
            }
        }
        Ok(())
    }

    /// Where to cut `buf`: after the last paragraph break, else line break, else sentence
    /// end, else space; past `CHUNK_MAX` without any, at a char boundary.
    fn cut(&mut self) -> Result<usize> {
        // Bytes before this hold no boundary: each byte is searched once however long the
        // line, so a line without breaks stays linear.
        let mut searched: usize = 0;
        let mut space = None;
        loop {
            self.fill()?;
            if self.eof {
                return Ok(self.buf.len());
            }
            let from = searched.saturating_sub(1);
            let b = &self.buf[from..];
            let found = rfind(b, b"\n\n")
                .map(|i| i + 2)
                .or_else(|| rfind(b, b"\n").map(|i| i + 1))
                .or_else(|| rfind(b, b". ").map(|i| i + 2));
            if let Some(i) = found {
                return Ok(from + i);
            }
            space = rfind(b, b" ").map(|i| from + i + 1).or(space);
            searched = self.buf.len();
            let b = &self.buf;
            if b.len() >= CHUNK_MAX {
                if let Some(i) = space {
                    return Ok(i);
                }
                // No boundary at all: cut before the last char start.
                let mut i = b.len();
                while i > 0 && (b[i - 1] & 0xC0) == 0x80 {
                    i -= 1;
                }
                return Ok(i.saturating_sub(1).max(1));
            }
            // Keep reading past the target until a boundary shows up.
            self.read_block()?;
        }
    }
}

fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    memchr::memmem::rfind(hay, needle)
}

impl<R: Read> Iterator for ChunkIter<R> {
    type Item = Result<Chunk>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed {
            return None;
        }
        let cut = match self.cut() {
            Ok(c) => c,
            Err(e) => {
                self.failed = true;
                return Some(Err(e));
            }
        };
        if cut == 0 {
            return None;
        }
        let rest = self.buf.split_off(cut);
        let bytes = std::mem::replace(&mut self.buf, rest);
        let offset = self.offset;
        self.offset += bytes.len();
        let text = match String::from_utf8(bytes) {
            Ok(t) => t,
            Err(e) => {
                let e = e.utf8_error();
                self.failed = true;
                return Some(Err(Error::InvalidUtf8 {
                    source_name: self.source_name.clone(),
                    offset: offset + e.valid_up_to(),
                }));
            }
        };
        let mut annotation = self.annotator.annotate_with(&text, &self.options);
        let first_id = self.next_id;
        let (chars, utf16) = (self.chars_before, self.utf16_before);
        for s in &mut annotation.spans {
            s.start += offset;
            s.end += offset;
            s.id += first_id;
            for (at, base) in [
                (&mut s.start_char, chars),
                (&mut s.end_char, chars),
                (&mut s.start_utf16, utf16),
                (&mut s.end_utf16, utf16),
            ] {
                if let Some(at) = at {
                    *at += base;
                }
            }
        }
        if self.options.wants_char_offsets() {
            self.chars_before += text.chars().count();
        }
        if self.options.wants_utf16_offsets() {
            self.utf16_before += text.encode_utf16().count();
        }
        for r in &mut annotation.relations {
            r.head += first_id;
            r.tail += first_id;
        }
        for p in &mut annotation.writing.parts {
            p.start += offset;
            p.end += offset;
        }
        self.next_id += annotation.spans.len();
        Some(Ok(Chunk {
            offset,
            len: text.len(),
            text,
            annotation,
        }))
    }
}

impl Annotator {
    /// Annotates a stream of any size chunk by chunk. Chunks are cut after a paragraph
    /// break, else a line break, else a sentence end, so a name or office is never cut in
    /// two unless a line runs past [`CHUNK_MAX`] bytes without a space.
    ///
    /// ```
    /// let text = "UBND tỉnh họp.\n\nĐại tá Phan Huy Ngọc phát biểu.";
    /// let chunks: Vec<_> = nhan::Annotator::new()
    ///     .annotate_reader("example", text.as_bytes())
    ///     .collect::<Result<_, _>>()
    ///     .unwrap();
    /// let person = chunks.iter().flat_map(|c| &c.annotation.spans).find(|s| s.kind == nhan::Kind::Person).unwrap();
    /// assert_eq!(&text[person.start..person.end], "Phan Huy Ngọc");
    /// ```
    pub fn annotate_reader<R: Read>(&self, source_name: &str, reader: R) -> ChunkIter<R> {
        self.annotate_reader_with(source_name, reader, Options::new())
    }

    /// [`Annotator::annotate_reader`] with per-call [`Options`]. Character and UTF-16
    /// offsets count from the start of the stream.
    ///
    /// ```
    /// use nhan::{Annotator, Kind, Options};
    /// let text = "Tỉnh Hà Giang.\n\nĐại tá Phan Huy Ngọc phát biểu.";
    /// let options = Options::new().kinds([Kind::Person]).char_offsets(true);
    /// for chunk in Annotator::new().annotate_reader_with("example", text.as_bytes(), options) {
    ///     let chunk = chunk?;
    ///     for s in &chunk.annotation.spans {
    ///         assert_eq!(s.kind, Kind::Person);
    ///         let chars: String = text.chars().skip(s.start_char.unwrap()).take(13).collect();
    ///         assert_eq!(chars, "Phan Huy Ngọc");
    ///     }
    /// }
    /// # Ok::<(), nhan::Error>(())
    /// ```
    pub fn annotate_reader_with<R: Read>(
        &self,
        source_name: &str,
        reader: R,
        options: Options,
    ) -> ChunkIter<R> {
        ChunkIter {
            annotator: self.clone(),
            reader,
            buf: Vec::with_capacity(CHUNK_TARGET + 64 * 1024),
            offset: 0,
            eof: false,
            failed: false,
            source_name: source_name.to_owned(),
            next_id: 0,
            options,
            chars_before: 0,
            utf16_before: 0,
        }
    }

    /// Annotates many documents; with the `rayon` feature, on all cores.
    ///
    /// ```
    /// let out = nhan::Annotator::new().annotate_batch(&["UBND tỉnh", "HĐND huyện"]);
    /// assert_eq!(out.len(), 2);
    /// ```
    pub fn annotate_batch<S: AsRef<str> + Sync>(&self, docs: &[S]) -> Vec<Annotation> {
        #[cfg(feature = "rayon")]
        {
            use rayon::prelude::*;
            docs.par_iter().map(|d| self.annotate(d.as_ref())).collect()
        }
        #[cfg(not(feature = "rayon"))]
        {
            docs.iter().map(|d| self.annotate(d.as_ref())).collect()
        }
    }
}
