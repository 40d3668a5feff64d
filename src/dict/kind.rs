//! What a lexicon entry is ([`LexKind`]), and sets of kinds as bits ([`KindSet`]).

use bitflags::bitflags;

/// Defines [`LexKind`] with its file names and its bit in [`KindSet`] in one list.
macro_rules! kinds {
    ($($(#[$doc:meta])* $variant:ident = $text:literal, $bit:ident;)+) => {
        /// What a lexicon entry is (the `kind` column).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum LexKind {
            $($(#[$doc])* $variant,)+
        }

        impl LexKind {
            /// Every kind.
            pub const ALL: &'static [LexKind] = &[$(LexKind::$variant,)+];

            /// The kind as the files write it: `surname`, `org_head`, ...
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(LexKind::$variant => $text,)+
                }
            }

            /// The kind a file writes as `s`.
            pub fn parse(s: &str) -> Option<LexKind> {
                match s {
                    $($text => Some(LexKind::$variant),)+
                    _ => None,
                }
            }

            /// The set holding this kind alone.
            pub const fn set(self) -> KindSet {
                match self {
                    $(LexKind::$variant => KindSet::$bit,)+
                }
            }
        }

        bitflags! {
            /// A set of [`LexKind`]s, a bit each: which kinds a syllable starts or holds,
            /// which kinds of hits start at a position.
            #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
            pub struct KindSet: u32 {
                $(#[doc = concat!("`", $text, "`")] const $bit = 1 << (LexKind::$variant as u32);)+
            }
        }
    };
}

kinds! {
    /// A family name: `Nguyễn`, `Chúng`, `Tôn Thất`.
    Surname = "surname", SURNAME;
    /// An office role that starts a title: `Phó Chủ tịch`.
    Role = "role", ROLE;
    /// A word extending a role: `Thường trực`.
    Qualifier = "qualifier", QUALIFIER;
    /// The start of an organization name that needs a complement: `UBND`, `Công an`, `Sở`.
    OrgHead = "org_head", ORG_HEAD;
    /// A complete organization name: `Tỉnh ủy`, `Bộ Công an`.
    Org = "org", ORG;
    /// A party committee: `Tỉnh ủy`, `Huyện ủy`, `Trung ương`.
    Committee = "committee", COMMITTEE;
    /// An administrative level word: `tỉnh`, `huyện`, `TP.`.
    Level = "level", LEVEL;
    /// A military or police rank.
    Rank = "rank", RANK;
    /// A form of address: `đồng chí`, `ông`.
    Honorific = "honorific", HONORIFIC;
    /// An administrative unit's name: `Hà Giang`.
    Place = "place", PLACE;
    /// A capitalised word that is never a name: `Các`, `Toàn`.
    NotName = "not_name", NOT_NAME;
    /// A commune, ward or township from before the 2025 merger, with the unit it `became`:
    /// looked up after a level word, never searched for.
    FormerCommune = "former_commune", FORMER_COMMUNE;
    /// A Vietnamese syllable (`dictionaries/syllables.tsv`): a capitalised word that is none
    /// (`Merkel`, `Zheng`) is foreign.
    Syllable = "syllable", SYLLABLE;
    /// A two-syllable Vietnamese given name: `Lan Khuê`, `Đức Phúc`.
    GivenName = "given_name", GIVEN_NAME;
    /// A given name that opens a foreign name, or a romanised East Asian family name:
    /// `Angela`, `Park`, `Xi`.
    ForeignName = "foreign_name", FOREIGN_NAME;
    /// A word for a person written before a name without being a form of address:
    /// `bị cáo`, `cầu thủ`.
    PersonWord = "person_word", PERSON_WORD;
    /// A word for what a place, road, school, firm or event is: the capitalised words after
    /// it name that, not a person (`đường`, `trường`, `công ty`).
    TypeWord = "type_word", TYPE_WORD;
    /// A word for a natural or built feature after which a one-word name that is also a
    /// surname is a place: `sông Lô`, `đảo Phú`.
    FeatureWord = "feature_word", FEATURE_WORD;
    /// A verb of saying or thinking that follows a speaker: `cho biết`, `nói`.
    Saying = "saying", SAYING;
    /// A word that never stands in a person's name: `của`, `và`, `được`.
    NotInName = "not_in_name", NOT_IN_NAME;
    /// A lower-case word that never goes on a body's name: `đã`, `cho`, `nói`.
    NotInBodyName = "not_in_body_name", NOT_IN_BODY_NAME;
    /// A word a written-out long form may hold without a letter in its abbreviation:
    /// `và`, `của`.
    LinkWord = "link_word", LINK_WORD;
    /// What opens a byline before the writer's name: `Tin, ảnh:`, `Theo`.
    Byline = "byline", BYLINE;
    /// A word after which a country's name means its people, language or money, not the
    /// place: `người`, `tiếng`, `đô la`.
    NotPlaceBefore = "not_place_before", NOT_PLACE_BEFORE;
    /// A word joining two parts of one name or two coordinated offices: `và`.
    Conjunction = "conjunction", CONJUNCTION;
    /// A word after which a lower-case role is an office: `nguyên`, `cựu`, `chức danh`.
    OfficeCue = "office_cue", OFFICE_CUE;
    /// A two-syllable common word that is no part of a person's name: `thanh niên`,
    /// `vi phạm` (read where case says nothing: capitals, headlines).
    CommonWord = "common_word", COMMON_WORD;
    /// A syllable that stands second in many names, after the surname: `Văn`, `Thị`, `Hữu`.
    MiddleName = "middle_name", MIDDLE_NAME;
    /// A word for a member of an assembly rather than an office: `đại biểu`. A lower-case
    /// role holding it (`đại biểu` in `Đại hội đại biểu`) is an office only where the text
    /// says so.
    MemberWord = "member_word", MEMBER_WORD;
}

impl LexKind {
    /// The kind's bit position in a [`KindSet`] (0 to 31).
    pub(crate) const fn index(self) -> u32 {
        self as u32
    }
}

impl KindSet {
    /// Does the set hold `kind`?
    #[inline]
    pub fn has(self, kind: LexKind) -> bool {
        self.intersects(kind.set())
    }
}

/// What the dictionaries hold of one syllable: the kinds with an entry that is this
/// syllable alone, that starts with it (alone included), that holds it anywhere.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Members {
    pub(crate) whole: KindSet,
    pub(crate) starts: KindSet,
    pub(crate) holds: KindSet,
}

impl Members {
    pub(crate) fn add(&mut self, kind: LexKind, first: bool, alone: bool) {
        let k = kind.set();
        self.holds |= k;
        if first {
            self.starts |= k;
        }
        if alone {
            self.whole |= k;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_bits_round_trip() {
        let mut all = KindSet::empty();
        for &k in LexKind::ALL {
            assert_eq!(LexKind::parse(k.as_str()), Some(k));
            assert_eq!(k.set().bits(), 1 << k.index());
            assert!(!all.has(k), "{k:?} shares a bit");
            all |= k.set();
        }
        assert!(
            LexKind::ALL.len() <= 30,
            "HitKinds keeps two bits below the kinds"
        );
    }
}
