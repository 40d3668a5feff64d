//! `html`: one self-contained page for the whole run (no scripts, no network). Each span
//! is a `<mark>` coloured by kind, nested as the spans nest; hovering shows its kind,
//! attributes and relations; a legend heads the page.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::io;

use nhan::stream::Chunk;
use nhan::{Kind, Span};

use super::{DocInfo, DocWriter, attributes};

const COLOURS: [(Kind, &str); 10] = [
    (Kind::Abbreviation, "#ffe08a"),
    (Kind::LongForm, "#fff3c4"),
    (Kind::Person, "#9fd3ff"),
    (Kind::Title, "#d6c6ff"),
    (Kind::Rank, "#ffc9de"),
    (Kind::Honorific, "#f5d0b5"),
    (Kind::Organization, "#b8f0c0"),
    (Kind::Location, "#a8ece6"),
    (Kind::Date, "#ffd1a6"),
    (Kind::Number, "#e0e0e0"),
];

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

pub fn page_end() -> String {
    "</body></html>\n".to_owned()
}

pub struct Html {
    name: String,
    started: bool,
}

impl Html {
    pub fn new(info: &DocInfo<'_>) -> Html {
        Html {
            name: info.name.to_owned(),
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

impl DocWriter for Html {
    fn chunk(&mut self, chunk: &Chunk, out: &mut Vec<u8>) -> io::Result<()> {
        let mut html = String::new();
        self.start(&mut html);
        let spans = &chunk.annotation.spans;
        let by_id: HashMap<usize, &Span> = spans.iter().map(|s| (s.id, s)).collect();
        let mut links: HashMap<usize, Vec<String>> = HashMap::new();
        for r in &chunk.annotation.relations {
            let kind = serde_json::to_value(r.kind)?;
            let kind = kind.as_str().unwrap_or("related").to_owned();
            if let (Some(h), Some(t)) = (by_id.get(&r.head), by_id.get(&r.tail)) {
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
        let base = chunk.offset;
        let text = chunk.text.as_str();
        let mut at = 0;
        let mut open: Vec<usize> = Vec::new();
        for span in spans {
            let (s, e) = (span.start - base, span.end - base);
            while let Some(&end) = open.last() {
                if end > s {
                    break;
                }
                html.push_str(&escape(&text[at..end]));
                html.push_str("</mark>");
                at = end;
                open.pop();
            }
            html.push_str(&escape(&text[at..s]));
            at = s;
            let mut title = format!("{} #{}", span.kind, span.id);
            for (k, v) in attributes(span) {
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
            open.push(e);
        }
        while let Some(end) = open.pop() {
            html.push_str(&escape(&text[at..end]));
            html.push_str("</mark>");
            at = end;
        }
        html.push_str(&escape(&text[at..]));
        out.extend_from_slice(html.as_bytes());
        Ok(())
    }

    fn end(&mut self, error: Option<&str>, out: &mut Vec<u8>) -> io::Result<()> {
        if !self.started && error.is_some() {
            return Ok(());
        }
        let mut html = String::new();
        self.start(&mut html);
        html.push_str("</div></section>\n");
        out.extend_from_slice(html.as_bytes());
        Ok(())
    }
}

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
