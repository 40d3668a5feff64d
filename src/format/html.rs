//! One self-contained HTML page (no scripts, no network): [`page_start`] (a legend), a
//! `<section>` per document in which each span is a `<mark class="k-KIND">` nested as the
//! spans nest, with its kind, attributes and relations in a tooltip, then [`page_end`].
//! `data-start`/`data-end` hold the byte offsets.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::{self, Write};

use crate::span::{Kind, Span};

use super::{Document, Piece, Writer, notes};

/// The colour of each kind: hues spread around the wheel and lightness varied so that
/// every two kinds are at least 25 apart in CIELAB (a unit test measures it), light enough
/// for dark text.
pub const COLOURS: [(Kind, &str); 10] = [
    (Kind::Abbreviation, "#ffdf3d"),
    (Kind::LongForm, "#e7f5a3"),
    (Kind::Person, "#86bff9"),
    (Kind::Title, "#c5a3f5"),
    (Kind::Rank, "#f47bd6"),
    (Kind::Honorific, "#f28890"),
    (Kind::Organization, "#81da88"),
    (Kind::Location, "#5ae2e2"),
    (Kind::Date, "#ffb370"),
    (Kind::Number, "#d1d1d1"),
];

/// The start of the page: head, style and a legend of the kinds.
pub fn page_start() -> String {
    let mut css = String::from(
        "body{font:16px/2.1 system-ui,sans-serif;margin:2em auto;max-width:60em;padding:0 1em}\
         .doc{white-space:pre-wrap}\
         mark{border-radius:3px;padding:2px 1px;border-bottom:2px solid #0003}\
         mark mark{padding:0 1px;border-bottom:2px solid #0006}\
         mark mark mark{border-bottom-style:dotted}\
         .legend mark{margin-right:.5em}\
         h2{font-size:1em;border-top:1px solid #ccc;padding-top:.5em}",
    );
    for (kind, colour) in COLOURS {
        let _ = write!(css, "mark.k-{kind}{{background:{colour}}}");
    }
    let mut legend = String::new();
    for (kind, _) in COLOURS {
        let _ = write!(legend, "<mark class=\"k-{kind}\">{kind}</mark>");
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">\
         <title>nhan</title><style>{css}</style></head><body>\n\
         <p class=\"legend\">{legend}</p>\n"
    )
}

/// The end of the page.
pub fn page_end() -> &'static str {
    "</body></html>\n"
}

/// The HTML writer of one document's section.
#[derive(Debug)]
pub struct Html {
    name: String,
    started: bool,
}

impl Html {
    /// A writer for `doc` (its name heads the section).
    pub fn new(doc: &Document<'_>) -> Html {
        Html {
            name: doc.name.unwrap_or_default().to_owned(),
            started: false,
        }
    }

    fn start(&mut self, out: &mut String) {
        if !self.started {
            self.started = true;
            let _ = write!(
                out,
                "<section><h2>{}</h2><div class=\"doc\">",
                escape(&self.name)
            );
        }
    }
}

/// The tooltip lines of each span that has relations: `has_title → Giám đốc ...`.
fn links<'a>(spans: &'a [Span], piece: &Piece<'_>) -> HashMap<usize, Vec<String>> {
    let by_id: HashMap<usize, &'a Span> = spans.iter().map(|s| (s.id, s)).collect();
    let mut links: HashMap<usize, Vec<String>> = HashMap::new();
    for r in &piece.annotation.relations {
        if let (Some(h), Some(t)) = (by_id.get(&r.head), by_id.get(&r.tail)) {
            let kind = r.kind;
            links
                .entry(r.head)
                .or_default()
                .push(format!("{kind} → {}", t.text));
            links
                .entry(r.tail)
                .or_default()
                .push(format!("← {kind} {}", h.text));
        }
    }
    links
}

impl Writer for Html {
    fn piece(&mut self, piece: Piece<'_>, out: &mut dyn Write) -> io::Result<()> {
        let mut html = String::new();
        self.start(&mut html);
        let spans = &piece.annotation.spans;
        let links = links(spans, &piece);
        let text = piece.text;
        let mut at = 0;
        let mut open: Vec<usize> = Vec::new();
        for span in spans {
            let range = piece.local(span);
            while let Some(&end) = open.last() {
                if end > range.start {
                    break;
                }
                html.push_str(&escape(&text[at..end]));
                html.push_str("</mark>");
                at = end;
                open.pop();
            }
            html.push_str(&escape(&text[at..range.start]));
            at = range.start;
            let mut title = format!("{} #{}", span.kind, span.id);
            for (k, v) in notes(span) {
                let _ = write!(title, "\n{k}: {v}");
            }
            for link in links.get(&span.id).into_iter().flatten() {
                let _ = write!(title, "\n{link}");
            }
            let _ = write!(
                html,
                "<mark class=\"k-{}\" data-id=\"{}\" data-start=\"{}\" data-end=\"{}\" title=\"{}\">",
                span.kind,
                span.id,
                span.start,
                span.end,
                escape(&title)
            );
            open.push(range.end);
        }
        while let Some(end) = open.pop() {
            html.push_str(&escape(&text[at..end]));
            html.push_str("</mark>");
            at = end;
        }
        html.push_str(&escape(&text[at..]));
        out.write_all(html.as_bytes())
    }

    fn finish(&mut self, error: Option<&str>, out: &mut dyn Write) -> io::Result<()> {
        if !self.started && error.is_some() {
            return Ok(());
        }
        let mut html = String::new();
        self.start(&mut html);
        html.push_str("</div></section>\n");
        out.write_all(html.as_bytes())
    }
}

/// `text` with `&`, `<`, `>` and `"` written as entities.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}
