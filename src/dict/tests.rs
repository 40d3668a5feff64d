use super::*;

const H: &str = "abbreviation\texpansion\tentity\tdomain\tlong_form\tcues\tvariants\n";

fn err(text: &str) -> String {
    Dictionary::parse("t.tsv", text)
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default()
}

#[test]
fn builtin_dictionaries_parse() {
    for &(name, text) in builtin::FILES {
        if let Err(e) = Dictionary::parse(name, text) {
            panic!("{e}");
        }
    }
    assert!(Dictionary::builtin().senses().len() >= 600);
}

/// A typo in a closed-set column of a lexicon is an error at its line and column.
#[test]
fn closed_set_typos_say_where() {
    let lex = |row: &str| {
        Dictionary::parse("l.tsv", &format!("form\tkind\tcanonical\tinfo\n{row}\n"))
            .map(|d| d.len())
            .map_err(|e| e.to_string())
    };
    assert_eq!(lex("UBND\torg_head\t\tcomplement=level|name"), Ok(1));
    assert_eq!(
        lex("UBND\torg_head\t\tcomplement=levle"),
        Err(
            "l.tsv:2:16: complement=\"levle\": expected level, committee or name, joined by |: \
             \"complement=levle\""
                .into()
        )
    );
    let e = lex("Hà Giang\tplace\t\tlevel=tinh;rank=1").unwrap_err();
    assert!(
        e.starts_with("l.tsv:2:17: level=\"tinh\": expected one of"),
        "{e}"
    );
    let e = lex("Sở\torg_head\t\tcomplment=name").unwrap_err();
    assert!(
        e.starts_with("l.tsv:2:14: unknown info key \"complment\""),
        "{e}"
    );
    let e = lex("Hà Giang\tplace\t\trank=7").unwrap_err();
    assert!(e.contains("expected ranks 0 to 4"), "{e}");
    let e = lex("Hà Giang\tplace\t\trank=1;rank=2").unwrap_err();
    assert_eq!(
        e,
        "l.tsv:2:17: info key \"rank\" given twice: \"rank=1;rank=2\""
    );
    let e = lex("khu\tlevel\t\trank=4").unwrap_err();
    assert!(
        e.starts_with("l.tsv:2:12: a level entry needs level=, one of quốc gia,"),
        "{e}"
    );
}

/// What a row says is kept as its type: no recognizer reads a column's string.
#[test]
fn info_is_typed() {
    let d = Dictionary::parse(
        "l.tsv",
        "form\tkind\tcanonical\tinfo\n\
         TP.\tlevel\tthành phố\tlevel=thành phố;rank=1|2\n\
         Sở\torg_head\t\tcomplement=name\n\
         Đại tá\trank\t\ttier=cấp tá;force=QĐND,CAND\n\
         Lãnh Ngọc\tplace\t\tlevel=xã;rank=3;became=xã Tiên Lãnh, Đà Nẵng\n",
    )
    .unwrap_or_default();
    let info: Vec<&Info> = d.entries().iter().map(|e| &e.info).collect();
    assert_eq!(info.len(), 4);
    assert_eq!(info[0].level, Some(Level::ThanhPho));
    assert_eq!(info[0].ranks, Ranks::PROVINCE | Ranks::DISTRICT);
    assert_eq!(info[1].complement, Complement::NAME);
    assert_eq!(info[2].tier, Some(Tier::Field));
    assert_eq!(info[2].force, Force::ARMY | Force::POLICE);
    assert_eq!(info[3].became.as_deref(), Some("xã Tiên Lãnh, Đà Nẵng"));
    // The order of the keys does not make another entry.
    let a = Dictionary::parse(
        "a",
        "form\tkind\tcanonical\tinfo\nX\tplace\t\tlevel=xã;rank=3\n",
    );
    let b = Dictionary::parse(
        "b",
        "form\tkind\tcanonical\tinfo\nX\tplace\t\trank=3;level=xã\n",
    );
    assert_eq!(
        a.map(|d| d.entries()[0].info.clone()).ok(),
        b.map(|d| d.entries()[0].info.clone()).ok()
    );
}

#[test]
fn malformed_lines_say_where() {
    assert_eq!(
        err(&format!("{H}UBND\tỦy ban nhân dân\torganization\n")),
        "t.tsv:2:22: expected 7 tab-separated fields, found 3: \"organization\""
    );
    assert_eq!(
        err(&format!("{H}\tx\torganization\tgovernment\tyes\t\t\n")),
        "t.tsv:2:1: the abbreviation field is empty: \"\""
    );
    assert_eq!(
        err(&format!("{H}A\tB\tOrg\tgovernment\tyes\t\t\n")),
        "t.tsv:2:5: unknown entity; expected one of organization, concept, document, \
         location, position, person, event, other: \"Org\""
    );
    assert_eq!(
        err(&format!("{H}A\tB\torganization\tgovt\tyes\t\t\n")),
        "t.tsv:2:18: unknown domain; expected one of government, party, security, military, \
         law, economy, press, education, health, society, general: \"govt\""
    );
    let d = Dictionary::parse("t", &format!("{H}A\tB\tlocation\tlaw\tno\t\t\n")).ok();
    assert_eq!(
        d.map(|d| (d.senses()[0].entity, d.senses()[0].domain)),
        Some((Entity::Location, Domain::Law))
    );
    assert_eq!(
        err(&format!("{H}A\tB\torganization\tgovernment\tmaybe\t\t\n")),
        "t.tsv:2:29: expected yes or no: \"maybe\""
    );
    let e = err("form\tkind\tcanonical\tinfo\nTrần\tsurnam\t\t\n");
    assert!(
        e.starts_with("t.tsv:2:6: unknown kind; expected one of surname, role, qualifier,")
            && e.ends_with(", middle_name, member_word: \"surnam\""),
        "{e}"
    );
    assert_eq!(
        err("form\tkind\tcanonical\tinfo\nX\tplace\t\tlevel\n"),
        "t.tsv:2:10: expected key=value, found \"level\": \"level\""
    );
    assert!(err("a\tb\n").contains("unknown header"));
    assert_eq!(err(""), "t.tsv: empty input");
}

#[test]
fn conflicting_duplicates_are_reported() {
    let text = format!(
        "{H}A\tB\torganization\tgovernment\tyes\t\t\n# c\nA\tB\tconcept\tgovernment\tyes\t\t\n"
    );
    assert_eq!(
        err(&text),
        "t.tsv:4: \"A = B\" conflicts with the entry at line 2: same abbreviation and expansion with different entity, domain, long_form, cues or variants"
    );
    let same = format!(
        "{H}A\tB\torganization\tgovernment\tyes\t\t\nA\tB\torganization\tgovernment\tyes\t\t\n"
    );
    assert_eq!(
        Dictionary::parse("t", &same).map(|d| d.senses().len()).ok(),
        Some(1)
    );
}

#[test]
fn fields_are_normalized() {
    let d = Dictionary::parse(
        "t",
        &format!("{H}UB\tUỷ ban\torganization\tgovernment\tyes\tTỈNH ỦY|báo\t\n"),
    )
    .ok();
    let s = d.as_ref().map(|d| &d.senses()[0]);
    assert_eq!(s.map(|s| s.expansion.as_str()), Some("Ủy ban"));
    assert_eq!(
        s.map(|s| s.cues.clone()),
        Some(vec!["tỉnh ủy".to_owned(), "báo".to_owned()])
    );
}

#[test]
fn extend_overrides_and_prefers_new_senses() {
    let mut d = Dictionary::parse(
        "a",
        &format!("{H}BTV\tBan Thường vụ\torganization\tparty\tno\t\t\n"),
    )
    .unwrap_or_default();
    let user = Dictionary::parse("b", &format!("{H}BTV\tBộ Tư vấn\torganization\tgovernment\tno\t\t\nBTV\tBan Thường vụ\torganization\tparty\tyes\t\t\n")).unwrap_or_default();
    d.extend(user);
    let ranked: Vec<(&str, bool)> = d
        .senses_ranked()
        .iter()
        .map(|s| (s.expansion.as_str(), s.long_form))
        .collect();
    assert_eq!(ranked, vec![("Bộ Tư vấn", false), ("Ban Thường vụ", true)]);
}

#[test]
fn invalid_utf8_reports_offset() {
    let e = Dictionary::from_reader("r", &b"abc\xff"[..])
        .err()
        .map(|e| e.to_string());
    assert_eq!(e.as_deref(), Some("r: invalid UTF-8 at byte offset 3"));
}

/// The built-in files are laid together without an error; an annotator compiles from them.
#[test]
fn builtin_dictionary_and_annotator_build() {
    if let Err(e) = builtin::parse() {
        panic!("{e}");
    }
    let d = Dictionary::builtin();
    for kind in [
        LexKind::Syllable,
        LexKind::GivenName,
        LexKind::ForeignName,
        LexKind::FormerCommune,
        LexKind::PersonWord,
        LexKind::TypeWord,
        LexKind::FeatureWord,
        LexKind::Saying,
        LexKind::NotInName,
        LexKind::NotInBodyName,
        LexKind::LinkWord,
        LexKind::Byline,
        LexKind::NotPlaceBefore,
        LexKind::Conjunction,
        LexKind::OfficeCue,
        LexKind::CommonWord,
        LexKind::MiddleName,
        LexKind::MemberWord,
    ] {
        assert!(d.entries().iter().any(|e| e.kind == kind), "{kind:?}");
    }
    assert!(
        d.entries()
            .iter()
            .filter(|e| e.kind == LexKind::Syllable)
            .count()
            > 9_000
    );
    let a = crate::Annotator::builder().build();
    assert!(a.is_ok_and(|a| !a.keys().is_empty()));
}

/// A word list: one column, its header the kind of every row.
#[test]
fn word_lists_parse_and_say_where() {
    let d = Dictionary::parse("l.tsv", "# verbs\nsaying\ncho biết\nnói\nnói\n");
    let forms: Vec<(String, LexKind, usize)> = d
        .map(|d| {
            d.entries()
                .iter()
                .map(|e| (e.form.clone(), e.kind, e.origin.line))
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(
        forms,
        [
            ("cho biết".to_owned(), LexKind::Saying, 3),
            ("nói".to_owned(), LexKind::Saying, 4)
        ]
    );
    // Rows are normalized as every dictionary field is.
    let d = Dictionary::parse("l.tsv", "given_name\nHoà Bình\n").ok();
    assert_eq!(
        d.map(|d| d.entries()[0].form.clone()).as_deref(),
        Some("Hòa Bình")
    );
    assert_eq!(
        err("syllable\nmột\nhai\tba\n"),
        "t.tsv:3:1: expected 1 tab-separated fields, found 2: \"hai\""
    );
    assert_eq!(
        err("syllable\n gì\n"),
        "t.tsv:2:1: field has spaces at its start or end: \" gì\""
    );
    assert!(err("sylable\nmột\n").starts_with("t.tsv:1:1: unknown header"));
    // A level word must say its level: no list of them.
    assert!(err("level\ntỉnh\n").starts_with("t.tsv:1:1: unknown header"));
}

/// Former communes are lexicon rows of their own kind, checked as any other.
#[test]
fn former_commune_rows_are_checked() {
    let row = |info: &str| {
        Dictionary::parse(
            "f.tsv",
            &format!("form\tkind\tcanonical\tinfo\nTiên Lãnh\tformer_commune\t\t{info}\n"),
        )
        .map(|d| d.entries()[0].info.clone())
        .map_err(|e| e.to_string())
    };
    let info = row("level=xã;rank=3;province=Quảng Nam;became=xã Tiên Lãnh, Đà Nẵng");
    assert_eq!(
        info.as_ref().map(|i| (i.level, i.became.as_deref())),
        Ok((Some(Level::Xa), Some("xã Tiên Lãnh, Đà Nẵng")))
    );
    assert_eq!(
        row("level=xa;rank=3").err().map(|e| e[..25].to_owned()),
        Some("f.tsv:2:27: level=\"xa\": e".to_owned())
    );
    assert!(
        row("tier=cấp tá")
            .is_err_and(|e| e.contains("unknown info key \"tier\" for a former_commune entry"))
    );
}
