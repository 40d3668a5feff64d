//! The closed sets of the dictionary columns, as types. Each value is parsed when the file
//! is read and stored as its type, so a typo (`entity=organisation`, `complement=levle`,
//! `rank=5`) is an error naming the source, line and column instead of a rule that silently
//! never fires, and no recognizer compares a column's string.

use std::fmt;
use std::hash::{Hash, Hasher};

use bitflags::bitflags;

/// A closed set of values written as strings in a dictionary file: the enum, its names in
/// the file, `parse` and `as_str`.
macro_rules! closed_set {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $text:literal,)+ }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum $name {
            $($(#[$vdoc])* $variant,)+
        }

        impl $name {
            /// Every value, in the order the documentation lists them.
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// The value as the dictionary files write it.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)+
                }
            }

            /// The value a file writes as `s`, if it is one.
            pub fn parse(s: &str) -> Option<$name> {
                match s {
                    $($text => Some($name::$variant),)+
                    _ => None,
                }
            }

            /// The names the files may write, joined by `, ` (for error messages).
            pub(crate) fn expected() -> String {
                Self::ALL.iter().map(|v| v.as_str()).collect::<Vec<_>>().join(", ")
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        /// As the files write it: `"organization"`.
        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        /// One of the names the files may write; any other is an error that lists them.
        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
                $name::parse(&s).ok_or_else(|| {
                    serde::de::Error::custom(format!(
                        "unknown {} `{s}`: expected one of {}",
                        stringify!($name).to_lowercase(),
                        $name::expected()
                    ))
                })
            }
        }
    };
}

closed_set! {
    /// What an abbreviation's expansion names (the `entity` column).
    Entity {
        /// Bodies, units, firms, newspapers.
        Organization = "organization",
        /// Fields, policies, named terms.
        Concept = "concept",
        /// Document types, codes, laws, treaties.
        Document = "document",
        /// Places.
        Location = "location",
        /// An office held in a body: `Chủ tịch`.
        Position = "position",
        /// A kind of person or a personal title: `phóng viên`, `NSND`.
        Person = "person",
        /// Congresses, conferences, accidents.
        Event = "event",
        /// Anything else.
        Other = "other",
    }
}

closed_set! {
    /// The field an abbreviation belongs to (the `domain` column).
    Domain {
        /// The state.
        Government = "government",
        /// The Party.
        Party = "party",
        /// Police and security.
        Security = "security",
        /// The armed forces.
        Military = "military",
        /// Law and documents.
        Law = "law",
        /// Economy, finance, business.
        Economy = "economy",
        /// Press and media.
        Press = "press",
        /// Education and science.
        Education = "education",
        /// Health.
        Health = "health",
        /// Society, labour, culture.
        Society = "society",
        /// Everything else.
        General = "general",
    }
}

closed_set! {
    /// An administrative level, or a kind of place a type word names (the `level` info of
    /// level words and places). Variants are the Vietnamese words without marks.
    Level {
        /// `quốc gia`: a country.
        QuocGia = "quốc gia",
        /// `vùng lãnh thổ`: a territory.
        VungLanhTho = "vùng lãnh thổ",
        /// `khu vực`: a continent, sea or region (`châu Âu`, `miền Trung`).
        KhuVuc = "khu vực",
        /// `bang`: a federal state (`Texas`).
        Bang = "bang",
        /// `sông`: a river.
        Song = "sông",
        /// `cảng`: a port.
        Cang = "cảng",
        /// `đảo`: an island.
        Dao = "đảo",
        /// `quần đảo`: an archipelago.
        QuanDao = "quần đảo",
        /// `vịnh`: a bay.
        Vinh = "vịnh",
        /// `cửa khẩu`: a border gate.
        CuaKhau = "cửa khẩu",
        /// `khu kinh tế`: an economic zone.
        KhuKinhTe = "khu kinh tế",
        /// `đường`: a road or street (`đường Võ Văn Kiệt`).
        Duong = "đường",
        /// `phố`: a street of a town (`phố Hàng Bạc`).
        Pho = "phố",
        /// `đại lộ`: an avenue.
        DaiLo = "đại lộ",
        /// `hồ`: a lake.
        Ho = "hồ",
        /// `núi`: a mountain.
        Nui = "núi",
        /// `đèo`: a mountain pass.
        Deo = "đèo",
        /// `chùa`: a pagoda.
        Chua = "chùa",
        /// `đền`: a temple.
        Den = "đền",
        /// `sân bay`: an airport.
        SanBay = "sân bay",
        /// `công trình`: a landmark or building named without a type word (`Phủ Chủ tịch`).
        CongTrinh = "công trình",
        /// `đặc khu hành chính`: a special administrative region.
        DacKhuHanhChinh = "đặc khu hành chính",
        /// `tối cao`: supreme (a court or procuracy of the whole country).
        ToiCao = "tối cao",
        /// `tỉnh`: a province.
        Tinh = "tỉnh",
        /// `thành phố`: a city.
        ThanhPho = "thành phố",
        /// `huyện`: a rural district.
        Huyen = "huyện",
        /// `quận`: an urban district.
        Quan = "quận",
        /// `thị xã`: a town.
        ThiXa = "thị xã",
        /// `đặc khu`: a special zone (an island district since 2025).
        DacKhu = "đặc khu",
        /// `xã`: a rural commune.
        Xa = "xã",
        /// `phường`: a ward.
        Phuong = "phường",
        /// `thị trấn`: a township.
        ThiTran = "thị trấn",
        /// `thôn`: a hamlet.
        Thon = "thôn",
        /// `bản`: a village of the north's minorities.
        Ban = "bản",
        /// `buôn`: a village of the Central Highlands.
        Buon = "buôn",
        /// `sóc`: a Khmer village.
        Soc = "sóc",
        /// `làng`: a village.
        Lang = "làng",
        /// `xóm`: a hamlet.
        Xom = "xóm",
        /// `ấp`: a hamlet of the south.
        Ap = "ấp",
        /// `khóm`: an urban hamlet of the south.
        Khom = "khóm",
        /// `khu phố`: a quarter.
        KhuPho = "khu phố",
        /// `tổ dân phố`: a residential group.
        ToDanPho = "tổ dân phố",
    }
}

impl Level {
    /// The levels whose word keeps its meaning when capitalised (`Huyện Mèo Vạc` opening
    /// a sentence), where another capitalised level word is more likely part of a name.
    pub fn is_main(self) -> bool {
        matches!(
            self,
            Level::Tinh | Level::Huyen | Level::Xa | Level::Phuong | Level::Quan
        )
    }
}

closed_set! {
    /// The tier of a military or police rank (the `tier` info).
    Tier {
        /// `cấp tướng`: general officers.
        General = "cấp tướng",
        /// `cấp tá`: field officers.
        Field = "cấp tá",
        /// `cấp úy`: company officers.
        Company = "cấp úy",
        /// `hạ sĩ quan`: non-commissioned officers.
        NonCommissioned = "hạ sĩ quan",
        /// `binh sĩ`: enlisted.
        Enlisted = "binh sĩ",
    }
}

bitflags! {
    /// Administrative ranks (the `rank` info: `0` to `4`, alternatives joined by `|`).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct Ranks: u8 {
        /// `0`: a country, or a place named without a level word.
        const COUNTRY = 1;
        /// `1`: a province.
        const PROVINCE = 1 << 1;
        /// `2`: a district.
        const DISTRICT = 1 << 2;
        /// `3`: a commune.
        const COMMUNE = 1 << 3;
        /// `4`: a village.
        const VILLAGE = 1 << 4;
    }
}

bitflags! {
    /// What an organization head needs after it (the `complement` info).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct Complement: u8 {
        /// `level`: a level word and/or a place (`UBND tỉnh`).
        const LEVEL = 1;
        /// `committee`: a party committee (`BTV Tỉnh ủy`).
        const COMMITTEE = 1 << 1;
        /// `name`: capitalised name words (`Sở Tư pháp`).
        const NAME = 1 << 2;
    }
}

bitflags! {
    /// The forces a rank belongs to (the `force` info).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct Force: u8 {
        /// `QĐND`: the People's Army.
        const ARMY = 1;
        /// `CAND`: the People's Public Security.
        const POLICE = 1 << 1;
    }
}

/// The `info` column of a lexicon row, typed. Which keys a kind takes is documented in
/// `dictionaries/README.md`; a key a kind does not take is an error when the file is read.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct Info {
    /// `complement=level|name` of an organization head.
    pub complement: Complement,
    /// `needs=committee` of an organization.
    pub needs_committee: bool,
    /// `takes=org` of a role.
    pub takes_org: bool,
    /// `head=WORDS` of a role: the words it shares with its body (`Trưởng Ban` → `Ban`).
    pub head: Option<String>,
    /// `level=...` of a level word, a place or a party committee.
    pub level: Option<Level>,
    /// `rank=1|2` of a level word or a place.
    pub ranks: Ranks,
    /// `province=...` of a place: the province it belongs to.
    pub province: Option<String>,
    /// `became=...` of a place: the unit it went into in the 2025 merger.
    pub became: Option<String>,
    /// `tier=...` of a rank.
    pub tier: Option<Tier>,
    /// `force=QĐND,CAND` of a rank.
    pub force: Force,
    /// `weight=NUMBER` of a surname: its approximate share of the population, in %.
    pub weight: Option<f32>,
}

impl Info {
    /// The fields compared when two rows are the same entry (the weight by its bits).
    #[allow(clippy::type_complexity)]
    fn key(
        &self,
    ) -> (
        Complement,
        bool,
        bool,
        &Option<String>,
        Option<Level>,
        Ranks,
        &Option<String>,
        &Option<String>,
        Option<Tier>,
        Force,
        Option<u32>,
    ) {
        (
            self.complement,
            self.needs_committee,
            self.takes_org,
            &self.head,
            self.level,
            self.ranks,
            &self.province,
            &self.became,
            self.tier,
            self.force,
            self.weight.map(f32::to_bits),
        )
    }
}

impl PartialEq for Info {
    fn eq(&self, other: &Info) -> bool {
        self.key() == other.key()
    }
}

impl Eq for Info {}

impl Hash for Info {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.key().hash(state);
    }
}

/// The info keys each kind takes (by the kind's name in the file).
pub(crate) fn keys_of(kind: &str) -> &'static [&'static str] {
    match kind {
        "org_head" => &["complement"],
        "org" => &["needs"],
        "role" => &["takes", "head"],
        "level" => &["level", "rank"],
        "committee" => &["level"],
        "place" | "former_commune" => &["level", "rank", "became", "province"],
        "rank" => &["tier", "force"],
        "surname" => &["weight"],
        _ => &[],
    }
}

/// Sets `key=value` on `info` for an entry of kind `kind` (the file's kind name); the error
/// says what was expected.
pub(crate) fn parse_info(
    info: &mut Info,
    kind: &str,
    key: &str,
    value: &str,
) -> Result<(), String> {
    let allowed = keys_of(kind);
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
    match key {
        "complement" => {
            for part in value.split('|') {
                info.complement |= match part {
                    "level" => Complement::LEVEL,
                    "committee" => Complement::COMMITTEE,
                    "name" => Complement::NAME,
                    _ => return Err(bad("level, committee or name, joined by |")),
                };
            }
        }
        "needs" if value == "committee" => info.needs_committee = true,
        "needs" => return Err(bad("committee")),
        "takes" if value == "org" => info.takes_org = true,
        "takes" => return Err(bad("org")),
        "head" => info.head = Some(value.to_owned()),
        "level" => match Level::parse(value) {
            Some(l) => info.level = Some(l),
            None => return Err(bad(&format!("one of {}", Level::expected()))),
        },
        "rank" => {
            for part in value.split('|') {
                match part.parse::<u8>() {
                    Ok(r) if r <= 4 => info.ranks |= Ranks::from_bits_retain(1 << r),
                    _ => return Err(bad("ranks 0 to 4, joined by |")),
                }
            }
        }
        "became" => info.became = Some(value.to_owned()),
        "province" => info.province = Some(value.to_owned()),
        "tier" => match Tier::parse(value) {
            Some(t) => info.tier = Some(t),
            None => return Err(bad(&format!("one of {}", Tier::expected()))),
        },
        "force" => {
            for part in value.split(',') {
                info.force |= match part {
                    "QĐND" => Force::ARMY,
                    "CAND" => Force::POLICE,
                    _ => return Err(bad("QĐND, CAND or both, joined by a comma")),
                };
            }
        }
        _ => match value.parse::<f32>() {
            Ok(w) if w.is_finite() && w >= 0.0 => info.weight = Some(w),
            _ => return Err(bad("a number")),
        },
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(kind: &str, key: &str, value: &str) -> Result<Info, String> {
        let mut info = Info::default();
        parse_info(&mut info, kind, key, value).map(|()| info)
    }

    #[test]
    fn closed_sets() {
        assert_eq!(
            one("org_head", "complement", "name|level").map(|i| i.complement),
            Ok(Complement::NAME | Complement::LEVEL)
        );
        assert!(one("org_head", "complement", "levle").is_err());
        assert!(one("org_head", "complemnt", "level").is_err());
        assert_eq!(
            one("place", "rank", "1|2").map(|i| i.ranks),
            Ok(Ranks::PROVINCE | Ranks::DISTRICT)
        );
        assert!(one("place", "rank", "5").is_err());
        assert!(one("place", "level", "huyen").is_err());
        assert_eq!(
            one("place", "level", "thị trấn").map(|i| i.level),
            Ok(Some(Level::ThiTran))
        );
        assert!(one("honorific", "level", "tỉnh").is_err());
        assert_eq!(
            one("rank", "force", "QĐND,CAND").map(|i| i.force),
            Ok(Force::all())
        );
        assert_eq!(
            one("rank", "tier", "cấp tá").map(|i| i.tier),
            Ok(Some(Tier::Field))
        );
        assert_eq!(Entity::parse("location"), Some(Entity::Location));
        assert_eq!(Entity::parse("organisation"), None);
        for set in [Entity::ALL.len(), Domain::ALL.len(), Level::ALL.len()] {
            assert!(set > 0);
        }
        assert!(
            Entity::ALL
                .iter()
                .all(|e| Entity::parse(e.as_str()) == Some(*e))
        );
        assert!(
            Domain::ALL
                .iter()
                .all(|e| Domain::parse(e.as_str()) == Some(*e))
        );
        assert!(
            Level::ALL
                .iter()
                .all(|e| Level::parse(e.as_str()) == Some(*e))
        );
        assert!(
            Tier::ALL
                .iter()
                .all(|e| Tier::parse(e.as_str()) == Some(*e))
        );
    }

    #[test]
    fn equal_infos_hash_alike() {
        use std::collections::HashSet;
        let a = one("surname", "weight", "0.5");
        let b = one("surname", "weight", "0.50");
        let (Ok(a), Ok(b)) = (a, b) else {
            panic!("weights parse");
        };
        assert_eq!(a, b);
        assert_eq!(HashSet::from([a, b]).len(), 1);
    }
}
