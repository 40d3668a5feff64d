//! Adds a user dictionary on top of the built-in one: a new abbreviation, a new reading
//! of a known one, and a lexicon entry.
//!
//! ```text
//! cargo run --example user_dictionary
//! ```

use nhan::{Annotator, Kind};

const MY_ABBREVIATIONS: &str = "\
abbreviation\texpansion\tentity\tdomain\tlong_form\tcues\tvariants
BQLDA\tBan Quản lý dự án\torganization\tgovernment\tyes\t\t
";

const MY_LEXICON: &str = "\
form\tkind\tcanonical\tinfo
Nà Rại\tplace\t\tlevel=thôn;rank=4
";

fn main() -> Result<(), nhan::Error> {
    let annotator = Annotator::builder()
        .dictionary_str("my-abbreviations.tsv", MY_ABBREVIATIONS)?
        .dictionary_str("my-lexicon.tsv", MY_LEXICON)?
        .build()?;
    let input = "BQLDA thôn Nà Rại họp với UBND xã; Ban Quản lý dự án báo cáo.";
    let annotation = annotator.annotate(input);
    for s in &annotation.spans {
        let extra = s
            .expansion
            .as_deref()
            .or(s.abbreviation.as_deref())
            .or(s.level.as_deref())
            .unwrap_or("");
        println!(
            "{:<13} {:>3}..{:<3} {:<22} {}",
            s.kind.as_str(),
            s.start,
            s.end,
            &input[s.start..s.end],
            extra
        );
    }
    let found = annotation
        .of_kind(Kind::Abbreviation)
        .any(|s| s.text == "BQLDA");
    println!("user abbreviation found: {found}");
    Ok(())
}
