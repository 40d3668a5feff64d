use super::*;
use crate::dict::Dictionary;

fn dict() -> Dictionary {
    let mut d = Dictionary::parse(
        "a",
        "abbreviation\texpansion\tentity\tdomain\tlong_form\tcues\tvariants\n\
         UBND\tỦy ban nhân dân\torganization\tgovernment\tyes\t\t\n\
         KT-XH\tKinh tế - Xã hội\tconcept\teconomy\tno\t\t\n\
         HĐND\tHội đồng nhân dân\torganization\tgovernment\tyes\t\t\n\
         BCĐ\tBan Chỉ đạo\torganization\tgovernment\tyes\t\t\n",
    )
    .unwrap_or_default();
    let lex = Dictionary::parse(
        "b",
        "form\tkind\tcanonical\tinfo\nHuy\tsurname\t\t\nTrưởng Ban\trole\t\t\nHà Giang\tplace\t\t\n",
    )
    .unwrap_or_default();
    d.extend(lex);
    d
}

fn found(text: &str) -> Vec<String> {
    let n = Normalizer::new();
    let m = Matcher::build(vec![Layer::User(dict())], &n, true).ok();
    let Some(m) = m else {
        return vec!["build failed".into()];
    };
    let t = n.normalize(text);
    let mut hits = Vec::new();
    m.find(&t, &mut hits);
    hits.iter()
        .map(|h| t.as_str()[h.start..h.end].to_owned())
        .collect()
}

#[test]
fn syllable_boundaries() {
    assert_eq!(found("huyện Huy"), vec!["Huy"]);
    assert_eq!(found("UBNDX UBND."), vec!["UBND"]);
}

#[test]
fn abbreviations_as_written() {
    assert_eq!(found("Ubnd ubnd UBND"), vec!["UBND"]);
    assert_eq!(
        found("KT – XH, KTXH, KT-XH"),
        vec!["KT - XH", "KTXH", "KT-XH"]
    );
    assert_eq!(found("HĐND HÐND HDND"), vec!["HĐND", "HĐND", "HDND"]);
}

#[test]
fn long_forms_any_case_and_tone_style() {
    assert_eq!(
        found("Uỷ ban nhân dân, ỦY BAN NHÂN DÂN"),
        vec!["Ủy ban nhân dân", "ỦY BAN NHÂN DÂN"]
    );
}

#[test]
fn overlapping_keys_at_each_syllable() {
    assert_eq!(
        found("Trưởng Ban Chỉ đạo"),
        vec!["Trưởng Ban", "Ban Chỉ đạo"]
    );
}

#[test]
fn case_rules_for_names() {
    assert_eq!(found("hà giang Hà Giang huy"), vec!["Hà Giang"]);
}

#[test]
fn unaccented_text_matches_only_unaccented_keys() {
    assert_eq!(found("uy ban nhan dan"), vec!["uy ban nhan dan"]);
    assert_eq!(found("Ha Giang"), vec!["Ha Giang"]);
    assert!(found("Ủy bán nhân dân").is_empty());
}

#[test]
fn variants() {
    let v = written_forms("KT-XH", &[]);
    assert!(v.contains(&"KT - XH".to_owned()) && v.contains(&"KTXH".to_owned()));
    assert!(written_forms("HĐND", &[]).contains(&"HDND".to_owned()));
}
