//! Turning a document into a UTF-8 byte stream: checking UTF-8, detecting and decoding
//! legacy encodings piece by piece so that memory stays flat.

use std::fs::File;
use std::io::{self, Cursor, Read};
use std::path::Path;

use nhan::encoding::{self, Encoding};

use crate::args::EncodingArg;
use crate::inputs::{Body, Document, read_error};

/// Bytes read to detect an encoding.
const SAMPLE: usize = 256 * 1024;
/// Largest piece decoded at once when no line break shows up.
const PIECE_MAX: usize = 1 << 20;

const HINT: &str =
    "if it is a legacy encoding, try --encoding auto (or tcvn3, vni, viqr, viscii, cp1258)";

const NAME_IT: &str =
    "if you know the encoding, name it: --encoding tcvn3 (or vni, viqr, viscii, cp1258)";

/// A document ready to annotate: UTF-8 bytes, and the encoding it was decoded from.
pub struct Opened {
    pub reader: Box<dyn Read + Send>,
    /// The encoding `auto` chose, to report.
    pub detected: Option<Encoding>,
}

/// Opens `doc` as UTF-8 bytes; the error is the one-line message for the user.
pub fn open(doc: &Document, choice: EncodingArg) -> Result<Opened, String> {
    let name = &doc.name;
    match &doc.body {
        Body::Text(text) => Ok(Opened {
            reader: Box::new(Cursor::new(text.clone().into_bytes())),
            detected: None,
        }),
        Body::File(path) => open_file(name, path, choice),
        Body::Stdin => open_stdin(choice),
    }
}

fn open_file(name: &str, path: &Path, choice: EncodingArg) -> Result<Opened, String> {
    let file = || File::open(path).map_err(|e| format!("{name}: {}", read_error(&e)));
    let scan = scan(file()?).map_err(|e| format!("{name}: {}", read_error(&e)))?;
    if !scan.has_text {
        // Empty, or white space only: a document with no spans, in any encoding.
        return Ok(Opened {
            reader: Box::new(file()?),
            detected: None,
        });
    }
    let (encoding, detected) = match choice.encoding() {
        Some(Encoding::Utf8) => match scan.invalid_at {
            Some(at) => {
                return Err(format!("{name}: invalid UTF-8 at byte offset {at}; {HINT}"));
            }
            None => (Encoding::Utf8, None),
        },
        Some(e) => (e, None),
        None => {
            let mut sample = Vec::new();
            let mut f = file()?;
            if let Some(at) = scan.invalid_at {
                // Score the text around the first byte that is not UTF-8.
                let from = at.saturating_sub(4096);
                io::copy(&mut (&mut f).take(from), &mut io::sink())
                    .map_err(|e| format!("{name}: {}", read_error(&e)))?;
            }
            (&mut f)
                .take(SAMPLE as u64)
                .read_to_end(&mut sample)
                .map_err(|e| format!("{name}: {}", read_error(&e)))?;
            let encoding =
                detect(&sample, scan.invalid_at.is_some()).map_err(|e| format!("{name}: {e}"))?;
            (encoding, Some(encoding))
        }
    };
    let f = file()?;
    let reader: Box<dyn Read + Send> = if encoding == Encoding::Utf8 {
        Box::new(f)
    } else {
        Box::new(Decoder::new(f, encoding))
    };
    Ok(Opened { reader, detected })
}

fn open_stdin(choice: EncodingArg) -> Result<Opened, String> {
    let stdin = io::stdin();
    match choice.encoding() {
        Some(Encoding::Utf8) => Ok(Opened {
            reader: Box::new(stdin),
            detected: None,
        }),
        Some(e) => Ok(Opened {
            reader: Box::new(Decoder::new(stdin, e)),
            detected: None,
        }),
        None => {
            let mut sample = Vec::new();
            io::stdin()
                .take(SAMPLE as u64)
                .read_to_end(&mut sample)
                .map_err(|e| format!("-: {}", read_error(&e)))?;
            if sample.iter().all(u8::is_ascii_whitespace) {
                // Nothing to detect on: white space reads the same in every encoding.
                return Ok(Opened {
                    reader: Box::new(Cursor::new(sample).chain(stdin)),
                    detected: None,
                });
            }
            let invalid = std::str::from_utf8(&sample).is_err_and(|e| e.error_len().is_some());
            let encoding = detect(&sample, invalid).map_err(|e| format!("-: {e}"))?;
            let whole = Cursor::new(sample).chain(stdin);
            let reader: Box<dyn Read + Send> = if encoding == Encoding::Utf8 {
                Box::new(whole)
            } else {
                Box::new(Decoder::new(whole, encoding))
            };
            Ok(Opened {
                reader,
                detected: Some(encoding),
            })
        }
    }
}

/// The encoding of a sample; `invalid`: the input is known not to be UTF-8.
fn detect(sample: &[u8], invalid: bool) -> Result<Encoding, String> {
    // Cut at the last ASCII white space so that no character or mark is split.
    let cut = sample
        .iter()
        .rposition(|b| b.is_ascii_whitespace())
        .map_or(sample.len(), |i| i + 1);
    let sample = if sample.len() >= SAMPLE {
        &sample[..cut]
    } else {
        sample
    };
    match encoding::decode(sample) {
        Ok((_, Encoding::Utf8)) if invalid => Err(format!(
            "not UTF-8, and no legacy encoding was recognized; {NAME_IT}"
        )),
        Ok((_, e)) => Ok(e),
        Err(e) => Err(format!("{e}; {NAME_IT}")),
    }
}

/// What one pass over a file says.
struct Scan {
    invalid_at: Option<u64>,
    has_text: bool,
}

fn scan(mut f: File) -> io::Result<Scan> {
    let mut buf = vec![0u8; 1 << 20];
    let mut carry = 0;
    let mut len = 0u64;
    let mut invalid_at = None;
    let mut has_text = false;
    loop {
        let n = match f.read(&mut buf[carry..]) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        let block = &buf[..carry + n];
        has_text = has_text || block.iter().any(|b| !b.is_ascii_whitespace());
        let base = len - carry as u64;
        len += n as u64;
        if invalid_at.is_some() {
            carry = 0;
            continue;
        }
        match std::str::from_utf8(block) {
            Ok(_) => carry = 0,
            Err(e) if e.error_len().is_none() => {
                // An incomplete character at the end: keep it for the next block.
                let (valid, end) = (e.valid_up_to(), block.len());
                let keep = end - valid;
                buf.copy_within(valid..end, 0);
                carry = keep;
            }
            Err(e) => {
                invalid_at = Some(base + e.valid_up_to() as u64);
                carry = 0;
            }
        }
    }
    if carry > 0 && invalid_at.is_none() {
        invalid_at = Some(len - carry as u64);
    }
    Ok(Scan {
        invalid_at,
        has_text,
    })
}

/// Decodes a legacy encoding on the fly, a piece at a time, each piece cut after a line
/// break (or a space), where no encoding splits a letter from its marks.
pub struct Decoder<R> {
    inner: R,
    encoding: Encoding,
    pending: Vec<u8>,
    out: Vec<u8>,
    at: usize,
    eof: bool,
}

impl<R: Read> Decoder<R> {
    pub fn new(inner: R, encoding: Encoding) -> Decoder<R> {
        Decoder {
            inner,
            encoding,
            pending: Vec::new(),
            out: Vec::new(),
            at: 0,
            eof: false,
        }
    }

    /// Decodes the next piece into `out`.
    fn refill(&mut self) -> io::Result<()> {
        let mut block = [0u8; 64 * 1024];
        loop {
            let cut = if self.eof {
                self.pending.len()
            } else {
                let line = self.pending.iter().rposition(|&b| b == b'\n');
                let space = || self.pending.iter().rposition(|&b| b == b' ');
                match line.or_else(|| (self.pending.len() >= PIECE_MAX).then(space).flatten()) {
                    Some(i) => i + 1,
                    None if self.pending.len() >= PIECE_MAX => self.pending.len(),
                    None => 0,
                }
            };
            if cut > 0 || self.eof {
                let rest = self.pending.split_off(cut);
                let piece = std::mem::replace(&mut self.pending, rest);
                let text = encoding::decode_as(&piece, self.encoding)
                    .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e.to_string()))?;
                self.out = text.into_bytes();
                self.at = 0;
                return Ok(());
            }
            match self.inner.read(&mut block) {
                Ok(0) => self.eof = true,
                Ok(n) => self.pending.extend_from_slice(&block[..n]),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
    }
}

impl<R: Read> Read for Decoder<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        while self.at == self.out.len() {
            if self.eof && self.pending.is_empty() {
                return Ok(0);
            }
            self.refill()?;
        }
        let n = buf.len().min(self.out.len() - self.at);
        buf[..n].copy_from_slice(&self.out[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_tcvn3_in_pieces_like_all_at_once() {
        // "Việt Nam\n" in TCVN3, many times, so that pieces are cut.
        let line = b"Vi\xd6t Nam \xb8 ch\xd6\n".repeat(200_000);
        let whole = encoding::decode_as(&line, Encoding::Tcvn3).unwrap();
        let mut streamed = String::new();
        Decoder::new(&line[..], Encoding::Tcvn3)
            .read_to_string(&mut streamed)
            .unwrap();
        assert_eq!(streamed, whole);
        assert!(streamed.starts_with("Việt Nam"));
    }
}
