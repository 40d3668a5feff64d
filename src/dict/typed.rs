//! The closed sets of the dictionary columns, as enums: each value is parsed when the file
//! is read, so a typo (`entity=organisation`, `complement=levle`, `rank=5`) is an error
//! naming the source, line and column instead of a rule that silently never fires.

/// What an abbreviation's expansion names (the `entity` column).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Entity {
    Organization,
    Concept,
    Document,
    Location,
    Position,
    Person,
    Event,
    Other,
}

impl Entity {
    pub(crate) const NAMES: [&'static str; 8] = [
        "organization",
        "concept",
        "document",
        "location",
        "position",
        "person",
        "event",
        "other",
    ];

    pub(crate) fn parse(s: &str) -> Option<Entity> {
        Some(match s {
            "organization" => Entity::Organization,
            "concept" => Entity::Concept,
            "document" => Entity::Document,
            "location" => Entity::Location,
            "position" => Entity::Position,
            "person" => Entity::Person,
            "event" => Entity::Event,
            "other" => Entity::Other,
            _ => return None,
        })
    }
}

/// Administrative levels (the `level` info of level words and places).
pub(crate) const LEVELS: [&str; 32] = [
    "quốc gia",
    "vùng lãnh thổ",
    // A continent, sea or region (`châu Âu`, `miền Trung`), a federal state (`Texas`).
    "khu vực",
    "bang",
    // Type words that name a place after them as a level word does (`sông Lô`).
    "sông",
    "cảng",
    "đảo",
    "quần đảo",
    "vịnh",
    "cửa khẩu",
    "khu kinh tế",
    "đặc khu hành chính",
    "tối cao",
    "tỉnh",
    "thành phố",
    "huyện",
    "quận",
    "thị xã",
    "đặc khu",
    "xã",
    "phường",
    "thị trấn",
    "thôn",
    "bản",
    "buôn",
    "sóc",
    "làng",
    "xóm",
    "ấp",
    "khóm",
    "khu phố",
    "tổ dân phố",
];

/// What an organization head needs after it (`complement`), as bits.
pub(crate) mod complement {
    pub(crate) const LEVEL: u8 = 1;
    pub(crate) const COMMITTEE: u8 = 2;
    pub(crate) const NAME: u8 = 4;
}

/// One `key=value` of a lexicon row, typed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Info<'a> {
    /// `complement=level|name`: bits of [`complement`].
    Complement(u8),
    /// `needs=committee`.
    NeedsCommittee,
    /// `takes=org`.
    TakesOrg,
    /// `head=WORDS`: the words a role shares with its body.
    Head(&'a str),
    /// `level=...`: index into [`LEVELS`].
    Level(u8),
    /// `rank=1|2`: a bit per rank, 0 (country) to 4 (village).
    Rank(u8),
    /// `became=PROVINCE`, `province=PROVINCE`.
    Province(&'a str),
    /// `tier=...` of a military or police rank.
    Tier(&'a str),
    /// `force=QĐND,CAND`: bit 1 army, bit 2 police.
    Force(u8),
    /// `weight=NUMBER` of a surname.
    Weight(f32),
}

const TIERS: [&str; 5] = ["cấp tướng", "cấp tá", "cấp úy", "hạ sĩ quan", "binh sĩ"];

/// Parses `key=value` for an entry of kind `kind` (the file's kind name); the error says
/// what was expected.
pub(crate) fn parse_info<'a>(kind: &str, key: &str, value: &'a str) -> Result<Info<'a>, String> {
    let allowed: &[&str] = match kind {
        "org_head" => &["complement"],
        "org" => &["needs"],
        "role" => &["takes", "head"],
        "level" => &["level", "rank"],
        "place" => &["level", "rank", "became", "province"],
        "rank" => &["tier", "force"],
        "surname" => &["weight"],
        _ => &[],
    };
    if !allowed.contains(&key) {
        return Err(if allowed.is_empty() {
            format!("a {kind} entry takes no info, found {key:?}")
        } else {
            format!(
                "unknown info key {key:?} for a {kind} entry; expected one of {}",
                allowed.join(", ")
            )
        });
    }
    let bad = |expected: &str| format!("{key}={value:?}: expected {expected}");
    Ok(match key {
        "complement" => {
            let mut bits = 0;
            for part in value.split('|') {
                bits |= match part {
                    "level" => complement::LEVEL,
                    "committee" => complement::COMMITTEE,
                    "name" => complement::NAME,
                    _ => return Err(bad("level, committee or name, joined by |")),
                };
            }
            Info::Complement(bits)
        }
        "needs" if value == "committee" => Info::NeedsCommittee,
        "needs" => return Err(bad("committee")),
        "takes" if value == "org" => Info::TakesOrg,
        "takes" => return Err(bad("org")),
        "head" => Info::Head(value),
        "level" => match LEVELS.iter().position(|l| *l == value) {
            Some(i) => Info::Level(i as u8),
            None => return Err(bad(&format!("one of {}", LEVELS.join(", ")))),
        },
        "rank" => {
            let mut bits = 0u8;
            for part in value.split('|') {
                match part.parse::<u8>() {
                    Ok(r) if r <= 4 => bits |= 1 << r,
                    _ => return Err(bad("ranks 0 to 4, joined by |")),
                }
            }
            Info::Rank(bits)
        }
        "became" | "province" => Info::Province(value),
        "tier" if TIERS.contains(&value) => Info::Tier(value),
        "tier" => return Err(bad(&format!("one of {}", TIERS.join(", ")))),
        "force" => {
            let mut bits = 0;
            for part in value.split(',') {
                bits |= match part {
                    "QĐND" => 1,
                    "CAND" => 2,
                    _ => return Err(bad("QĐND, CAND or both, joined by a comma")),
                };
            }
            Info::Force(bits)
        }
        _ => match value.parse::<f32>() {
            Ok(w) if w.is_finite() && w >= 0.0 => Info::Weight(w),
            _ => return Err(bad("a number")),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closed_sets() {
        assert_eq!(
            parse_info("org_head", "complement", "name|level"),
            Ok(Info::Complement(complement::NAME | complement::LEVEL))
        );
        assert!(parse_info("org_head", "complement", "levle").is_err());
        assert!(parse_info("org_head", "complemnt", "level").is_err());
        assert_eq!(parse_info("place", "rank", "1|2"), Ok(Info::Rank(0b110)));
        assert!(parse_info("place", "rank", "5").is_err());
        assert!(parse_info("place", "level", "huyen").is_err());
        assert!(parse_info("honorific", "level", "tỉnh").is_err());
        assert_eq!(parse_info("rank", "force", "QĐND,CAND"), Ok(Info::Force(3)));
        assert_eq!(Entity::parse("location"), Some(Entity::Location));
        assert_eq!(Entity::parse("organisation"), None);
        assert!(Entity::NAMES.iter().all(|n| Entity::parse(n).is_some()));
    }
}
