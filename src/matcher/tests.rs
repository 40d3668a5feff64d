use super::keys::written_forms;
use super::*;
use crate::dict::Dictionary;
use crate::normalize::writing::Writing;

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
    found_as(text, Writing::Auto)
}

fn found_as(text: &str, writing: Writing) -> Vec<String> {
    let n = Normalizer::new();
    let m = Matcher::build(vec![Layer::User(dict())], &n).ok();
    let Some(m) = m else {
        return vec!["build failed".into()];
    };
    let mut t = n.normalize(text);
    t.detect_writing(writing);
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
fn unaccented_segments_match_folded_keys() {
    assert_eq!(found("uy ban nhan dan"), vec!["uy ban nhan dan"]);
    assert_eq!(found("Ha Giang"), vec!["Ha Giang"]);
    // Surnames and abbreviations too, with their case rules.
    assert_eq!(
        found("ong Huy, ong huy, UBND Ha Giang"),
        vec!["Huy", "UBND", "Ha Giang"]
    );
    // Accented text is read as written: `bán` is not `ban`, `Ha Giang` typed without
    // marks in it is a typo the folded keys do not read.
    assert!(found("Ủy bán nhân dân").is_empty());
    assert_eq!(
        found_as("Ha Giang", Writing::Accented),
        Vec::<String>::new()
    );
    // A document told it is unaccented reads its few accented words folded.
    assert_eq!(
        found_as("Ủy bán nhân dân", Writing::Unaccented),
        vec!["Ủy bán nhân dân"]
    );
}

#[test]
fn each_segment_is_matched_in_its_own_way() {
    let text = "Ủy ban nhân dân tỉnh Hà Giang họp bàn.\nuy ban nhan dan tinh Ha Giang hop ban\nHa Giang ban bán";
    let got = found(text);
    // Line 3 is too short to tell: it takes the document's accents (accented).
    assert_eq!(
        got,
        vec!["Ủy ban nhân dân", "Hà Giang", "uy ban nhan dan", "Ha Giang"]
    );
}

#[test]
fn variants() {
    let v = written_forms("KT-XH", &[]);
    assert!(v.contains(&"KT - XH".to_owned()) && v.contains(&"KTXH".to_owned()));
    assert!(written_forms("HĐND", &[]).contains(&"HDND".to_owned()));
}

/// The keys of a user lexicon are found through the word table, not the automaton; the
/// hits are the same as with every key in the automaton: longest first at each word, a
/// shorter key where the longer one is refused (case rules), keys of both ending at the
/// same place, keys equal to built-in ones, folded keys shared with built-in ones.
#[test]
fn user_keys_in_the_word_table_find_what_the_automaton_would() {
    let user = Dictionary::parse(
        "user.tsv",
        "form\tkind\tcanonical\tinfo\n\
         Hà Giang\tplace\t\t\n\
         Sông Lô Xanh\tplace\t\t\n\
         Ủy ban nhân dân tỉnh Hà\torg\t\t\n\
         Công ty Sông Lô\torg\t\t\n\
         Hòa Bình Mới\tplace\t\t\n\
         Hoa Binh Moi Lớn\tplace\t\t\n\
         Đặng Văn\tsurname\t\t\n\
         Bình-An\tplace\t\t\n\
         Ba Đình Xanh\tplace\t\t\n\
         (Mới) Ba\tplace\t\t\n\
         Tân\tplace\t\t\n",
    )
    .expect("user lexicon parses");
    let n = Normalizer::new();
    let build = |tail| {
        let layers = vec![
            Layer::Builtin(Dictionary::builtin()),
            Layer::User(user.clone()),
        ];
        Matcher::build_with(layers, &n, tail).expect("matcher builds")
    };
    let (table, automaton) = (build(true), build(false));
    assert!(table.split < table.keys.len() && automaton.split == automaton.keys.len());
    let texts = [
        "Ủy ban nhân dân tỉnh Hà Giang và Công ty Sông Lô Xanh họp ở Hòa Bình Mới Lớn.",
        "Đặng Văn Nam, UBND tỉnh Hà, sông lô xanh, (Mới) Ba Đình Xanh, Bình-An, Tân-Hà.",
        "uy ban nhan dan tinh Ha Giang hop o Hoa Binh Moi Lon, Dang Van Nam o Binh-An",
        "Cong ty Song Lo Xanh va UBND tinh Ha o Ba Dinh Xanh, Tan.",
    ];
    for text in texts {
        for writing in [Writing::Auto, Writing::Unaccented] {
            let mut t = n.normalize(text);
            t.detect_writing(writing);
            let (mut a, mut b) = (Vec::new(), Vec::new());
            table.find(&t, &mut a);
            automaton.find(&t, &mut b);
            assert!(!a.is_empty());
            assert_eq!(a, b, "{text}");
        }
    }
}

/// A run that reads only some classes of hits finds every hit of those classes that the
/// whole automaton finds, and none other of them, for each lexicon kind alone and for the
/// abbreviation run, in accented text, in capitals and without marks.
#[test]
fn a_pruned_search_finds_the_wanted_hits_of_the_whole_one() {
    let n = Normalizer::new();
    let Ok(m) = Matcher::build(vec![Layer::Builtin(Dictionary::builtin())], &n) else {
        panic!("the built-in dictionary builds");
    };
    let seed = include_str!("../../examples/data/seed.txt");
    let sentences = "Chủ tịch Ủy ban nhân dân tỉnh Hà Giang, ông Nguyễn Văn Sơn, dự họp với \
        Công an tỉnh và Ban Thường vụ Tỉnh ủy. TP Hà Giang, TP.HCM, Sở Tư pháp, UBND xã, \
        Đại tá Cao Văn Ca, CA TỈNH, BÍ THƯ TU, Phó Giám đốc Sở Y tế.";
    let mut wanted_sets: Vec<HitKinds> = LexKind::ALL.iter().map(|&k| HitKinds::lex(k)).collect();
    wanted_sets.push(HitKinds::ABBREVIATIONS.and(HitKinds::LONG_FORMS));
    wanted_sets.push(
        HitKinds::ABBREVIATIONS
            .and(HitKinds::LONG_FORMS)
            .and(HitKinds::lex(LexKind::Role))
            .and(HitKinds::lex(LexKind::Level))
            .and(HitKinds::lex(LexKind::Place)),
    );
    for text in [seed, sentences] {
        for writing in [Writing::Auto, Writing::Unaccented] {
            for shown in [text.to_owned(), text.to_uppercase()] {
                let mut t = n.normalize(&shown);
                t.detect_writing(writing);
                let mut whole = Vec::new();
                m.find(&t, &mut whole);
                for &wanted in &wanted_sets {
                    let mut pruned = Vec::new();
                    m.find_for(&t, wanted, &mut pruned);
                    let of = |hits: &[Hit]| -> Vec<Hit> {
                        hits.iter()
                            .filter(|h| wanted.wants(&h.target))
                            .copied()
                            .collect()
                    };
                    assert_eq!(of(&pruned), of(&whole), "{wanted:?} in {:.40}", shown);
                    assert!(pruned.len() <= whole.len());
                }
            }
        }
    }
}
