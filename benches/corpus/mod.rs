//! Benchmark inputs, shared by the benches through `#[path = "corpus/mod.rs"] mod corpus;`.
//!
//! - [`news`]: a deterministic Vietnamese news-like corpus of any size: the seed article
//!   (Báo Hà Giang, 2020-11, the text the project grew from) and sentences built on the
//!   shapes of real news (officials with ranks and titles, dates, numbers, abbreviations,
//!   bylines), with names, places, offices, ranks and abbreviations drawn from the built-in
//!   `dictionaries/*.tsv`, chosen by a xorshift generator with a constant seed.
//! - [`extra`]: the statutes in `../shared/corpus/laws/*.txt` and the file named by
//!   `NHAN_BENCH_CORPUS`, read at run time and skipped silently when absent.
//! - [`nfd`] and [`nucleus_tones`]: the same text decomposed, or with tone marks on the
//!   nucleus (`hoà`, `thuỷ`), as other writers type it.
//! - [`user_lexicon`]: a large generated user lexicon (places and organizations).
//!
//! See `benches/corpus/README.md`.
#![allow(dead_code)]

use std::collections::HashSet;
use std::path::PathBuf;

use unicode_normalization::UnicodeNormalization;

/// The Báo Hà Giang article (2020-11) the project grew from.
pub const SEED: &str = include_str!("../../examples/data/seed.txt");

/// The built-in dictionary files, by name.
pub const DICTIONARIES: [(&str, &str); 7] = [
    (
        "abbreviations.tsv",
        include_str!("../../dictionaries/abbreviations.tsv"),
    ),
    (
        "honorifics.tsv",
        include_str!("../../dictionaries/honorifics.tsv"),
    ),
    (
        "offices.tsv",
        include_str!("../../dictionaries/offices.tsv"),
    ),
    ("places.tsv", include_str!("../../dictionaries/places.tsv")),
    ("ranks.tsv", include_str!("../../dictionaries/ranks.tsv")),
    (
        "stopnames.tsv",
        include_str!("../../dictionaries/stopnames.tsv"),
    ),
    (
        "surnames.tsv",
        include_str!("../../dictionaries/surnames.tsv"),
    ),
];

fn dictionary(name: &str) -> &'static str {
    DICTIONARIES
        .iter()
        .find(|(n, _)| *n == name)
        .map_or("", |(_, t)| t)
}

/// The data rows of a TSV file: `#` comments, blank lines and the header left out.
fn rows(text: &str) -> Vec<Vec<&str>> {
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .skip(1)
        .map(|l| l.split('\t').collect())
        .collect()
}

/// The value of `key` in an `info` column (`level=xã;rank=3`).
fn info<'a>(row: &[&'a str], column: usize, key: &str) -> Option<&'a str> {
    row.get(column)?
        .split(';')
        .filter_map(|kv| kv.split_once('='))
        .find(|(k, _)| *k == key)
        .map(|(_, v)| v)
}

/// xorshift64*: small, fast and the same on every machine.
pub struct Rng(u64);

impl Rng {
    /// A generator with a fixed nonzero state.
    pub fn new(seed: u64) -> Self {
        Rng(seed | 1)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (((self.next_u64() >> 32) * n as u64) >> 32) as usize
    }

    /// A number in `lo..=hi`.
    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    /// One element of a non-empty slice.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// True with probability `percent`/100.
    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

/// A place with the level word it is written after (`xã`, `tỉnh`).
struct Place {
    name: &'static str,
    level: &'static str,
}

/// What the generator draws from.
struct Vocabulary {
    /// Surnames with their weight (population share, %).
    surnames: Vec<(&'static str, f64)>,
    total_weight: f64,
    places: Vec<Place>,
    provinces: Vec<Place>,
    roles: Vec<&'static str>,
    /// Organization heads that take a level and a place (`Ủy ban nhân dân`, `UBND`).
    level_heads: Vec<&'static str>,
    /// The same, written as abbreviations (`UBND`, `HĐND`).
    level_abbrevs: Vec<&'static str>,
    orgs: Vec<&'static str>,
    /// Party committees (`Tỉnh ủy`, `Huyện ủy`).
    committees: Vec<&'static str>,
    ranks: Vec<&'static str>,
    honorifics: Vec<&'static str>,
    abbreviations: Vec<&'static str>,
    /// The seed's sentences.
    seed_sentences: Vec<&'static str>,
}

const MIDDLE: [&str; 18] = [
    "Văn", "Thị", "Đức", "Minh", "Hữu", "Quang", "Ngọc", "Thanh", "Xuân", "Huy", "Công", "Đình",
    "Hồng", "Thu", "Kim", "Mạnh", "Bá", "Trọng",
];

const GIVEN: [&str; 40] = [
    "Quý", "Ngọc", "Chiên", "Hùng", "Dũng", "Hải", "Lan", "Hương", "Tuấn", "Sơn", "Bình", "Hòa",
    "Thủy", "Khoa", "Thúy", "Uyên", "Duy", "Hoàng", "Long", "Tâm", "Vinh", "Thắng", "Mai", "Hạnh",
    "Nam", "Phương", "Trang", "Cường", "Thành", "Khải", "Loan", "Toàn", "Huệ", "Lợi", "Xoan",
    "Thoa", "Nhung", "Quyết", "Khánh", "Hiếu",
];

const ACTIVITIES: [&str; 16] = [
    "hội nghị tổng kết công tác phòng, chống tội phạm",
    "lễ phát động phong trào toàn dân bảo vệ an ninh Tổ quốc",
    "hội nghị sơ kết 6 tháng đầu năm",
    "buổi làm việc với lãnh đạo các sở, ngành",
    "lễ trao Bằng khen cho các tập thể, cá nhân có thành tích xuất sắc",
    "hội nghị triển khai nhiệm vụ phát triển KT - XH",
    "đợt kiểm tra công tác cải cách hành chính",
    "lớp tập huấn nghiệp vụ cho lực lượng Công an xã",
    "diễn đàn đối thoại với doanh nghiệp",
    "chương trình xây dựng nông thôn mới",
    "hội nghị tiếp xúc cử tri trước kỳ họp",
    "lễ ra quân huấn luyện",
    "đợt cao điểm tấn công, trấn áp tội phạm",
    "ngày hội Đại đoàn kết toàn dân tộc",
    "buổi giám sát việc thực hiện chính sách xã hội hóa giáo dục",
    "hội thảo khoa học về bảo vệ môi trường",
];

const CLAUSES: [&str; 12] = [
    "thời gian qua, các cấp, các ngành đã phối hợp chặt chẽ, hoàn thành và vượt các chỉ tiêu đề ra",
    "tình hình ANTT trên địa bàn cơ bản ổn định, không để xảy ra vụ việc phức tạp",
    "địa phương sẽ tiếp tục đẩy mạnh cải cách hành chính, nâng cao chất lượng phục vụ người dân",
    "toàn bộ kinh phí được bố trí từ ngân sách và nguồn xã hội hóa",
    "công tác giải phóng mặt bằng còn gặp nhiều khó khăn do thời tiết phức tạp",
    "nhiều mô hình tự quản về an ninh, trật tự phát huy hiệu quả, được nhân dân đồng tình ủng hộ",
    "đơn vị đã kịp thời tham mưu cho cấp ủy, chính quyền ban hành các văn bản chỉ đạo",
    "tỷ lệ hộ nghèo giảm mạnh, đời sống của đồng bào các dân tộc từng bước được cải thiện",
    "lực lượng chức năng đã bắt giữ các đối tượng, thu giữ nhiều tang vật",
    "sức khỏe của người dân được chăm lo, không để dịch bệnh lây lan trong cộng đồng",
    "các đơn vị cần chủ động nắm chắc tình hình, không để bị động, bất ngờ",
    "thời gian tới, ngành sẽ tập trung huấn luyện, nâng cao trình độ cho cán bộ, chiến sĩ",
];

fn vocabulary() -> Vocabulary {
    let surnames: Vec<(&str, f64)> = rows(dictionary("surnames.tsv"))
        .iter()
        .filter(|r| r.get(1) == Some(&"surname"))
        .map(|r| {
            let w = info(r, 3, "weight").and_then(|w| w.parse().ok());
            (r[0], w.unwrap_or(0.05))
        })
        .collect();
    let total_weight = surnames.iter().map(|(_, w)| w).sum();
    let mut places = Vec::new();
    let mut provinces = Vec::new();
    for r in rows(dictionary("places.tsv")) {
        let Some(level) = info(&r, 3, "level") else {
            continue;
        };
        let place = Place { name: r[0], level };
        if info(&r, 3, "rank") == Some("1") {
            provinces.push(Place { name: r[0], level });
        }
        places.push(place);
    }
    let offices = rows(dictionary("offices.tsv"));
    let of_kind = |kind: &str| -> Vec<&'static str> {
        offices
            .iter()
            .filter(|r| r.get(1) == Some(&kind))
            .map(|r| r[0])
            .collect()
    };
    let level_heads: Vec<&str> = offices
        .iter()
        .filter(|r| {
            r.get(1) == Some(&"org_head") && info(r, 3, "complement").is_some_and(|c| c == "level")
        })
        .map(|r| r[0])
        .collect();
    let level_abbrevs = level_heads
        .iter()
        .copied()
        .filter(|h| !h.contains(' ') && h.chars().all(|c| c.is_uppercase()))
        .collect();
    let abbrev_rows = rows(dictionary("abbreviations.tsv"));
    let abbreviations: HashSet<&str> = abbrev_rows.iter().map(|r| r[0]).collect();
    let mut abbreviations: Vec<&str> = abbreviations.into_iter().collect();
    abbreviations.sort_unstable();
    let seed_sentences = SEED
        .split(". ")
        .flat_map(|s| s.split('\n'))
        .map(|s| s.trim().trim_end_matches('.'))
        .filter(|s| s.chars().count() > 20 && s.chars().next().is_some_and(char::is_uppercase))
        .collect();
    Vocabulary {
        surnames,
        total_weight,
        places,
        provinces,
        roles: of_kind("role"),
        level_heads,
        level_abbrevs,
        orgs: of_kind("org"),
        committees: of_kind("committee"),
        ranks: rows(dictionary("ranks.tsv")).iter().map(|r| r[0]).collect(),
        honorifics: ["đồng chí", "ông", "bà"].to_vec(),
        abbreviations,
        seed_sentences,
    }
}

impl Vocabulary {
    fn surname(&self, rng: &mut Rng) -> &'static str {
        let mut x = (rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64 * self.total_weight;
        for (s, w) in &self.surnames {
            if x < *w {
                return s;
            }
            x -= w;
        }
        self.surnames.last().map_or("Nguyễn", |(s, _)| s)
    }

    fn name(&self, rng: &mut Rng) -> String {
        let surname = self.surname(rng);
        match rng.below(10) {
            0 => format!("{surname} {}", rng.pick(&GIVEN)),
            1 | 2 => format!(
                "{surname} {} {} {}",
                rng.pick(&MIDDLE),
                rng.pick(&MIDDLE),
                rng.pick(&GIVEN)
            ),
            _ => format!("{surname} {} {}", rng.pick(&MIDDLE), rng.pick(&GIVEN)),
        }
    }

    fn place<'a>(&'a self, rng: &mut Rng) -> &'a Place {
        if rng.chance(40) {
            rng.pick(&self.provinces)
        } else {
            rng.pick(&self.places)
        }
    }

    fn date(&self, rng: &mut Rng) -> String {
        let (d, m, y) = (rng.range(1, 28), rng.range(1, 12), rng.range(2015, 2025));
        match rng.below(4) {
            0 => format!("ngày {d}/{m}/{y}"),
            1 => format!("ngày {d:02}/{m:02}/{y}"),
            2 => format!("ngày {d} tháng {m} năm {y}"),
            _ => format!("ngày {d}.{m}"),
        }
    }

    fn sentence(&self, rng: &mut Rng, out: &mut String) {
        let p = self.place(rng);
        let (place, level) = (p.name, p.level);
        match rng.below(12) {
            0 => {
                let rank = rng.pick(&self.ranks);
                let role = rng.pick(&self.roles);
                let head = rng.pick(&self.level_heads);
                out.push_str(&format!(
                    "{rank} {}, {role} {head} {level} {place} chủ trì {}.",
                    self.name(rng),
                    rng.pick(&ACTIVITIES)
                ));
            }
            1 => {
                let role = rng.pick(&self.roles);
                let abbrev = rng.pick(&self.level_abbrevs);
                out.push_str(&format!(
                    "{role} {abbrev} {level} {place} {} cho biết, {}.",
                    self.name(rng),
                    rng.pick(&CLAUSES)
                ));
            }
            2 => {
                let date = self.date(rng);
                let head = rng.pick(&self.level_heads);
                out.push_str(&format!(
                    "{}{}, {head} {level} {place} tổ chức {}.",
                    date[..1].to_uppercase(),
                    &date[1..],
                    rng.pick(&ACTIVITIES)
                ));
            }
            3 => {
                let (n, x, y) = (rng.range(2, 900), rng.range(1, 999), rng.range(1, 9));
                out.push_str(&format!(
                    "Năm {}, toàn {level} đã giải quyết {n} nghìn hồ sơ, tổng kinh phí {x},{y} triệu đồng, đạt {}% kế hoạch.",
                    rng.range(2015, 2025),
                    rng.range(60, 130)
                ));
            }
            4 => {
                let h = rng.pick(&self.honorifics);
                let org = rng.pick(&self.orgs);
                let abbrev = rng.pick(&self.level_abbrevs);
                out.push_str(&format!(
                    "Dự hội nghị có {h} {}, {} {org}; {h} {}, {} {abbrev} {level} {place}.",
                    self.name(rng),
                    rng.pick(&self.roles),
                    self.name(rng),
                    rng.pick(&self.roles),
                ));
            }
            5 => {
                let abbrev = rng.pick(&self.abbreviations);
                let other = rng.pick(&self.abbreviations);
                out.push_str(&format!(
                    "Theo báo cáo của {abbrev} {level} {place}, {} hộ dân đã được hỗ trợ, trong đó {other} hỗ trợ {},{} tỷ đồng.",
                    rng.range(10, 9999),
                    rng.range(1, 99),
                    rng.range(1, 9)
                ));
            }
            6 => {
                let q = self.place(rng);
                out.push_str(&format!(
                    "Sáng {}.{}, tại {level} {place}, {} phối hợp với {} {} {} tổ chức {}.",
                    rng.range(1, 28),
                    rng.range(1, 12),
                    rng.pick(&self.orgs),
                    rng.pick(&self.level_heads),
                    q.level,
                    q.name,
                    rng.pick(&ACTIVITIES)
                ));
            }
            7 => {
                let rank = rng.pick(&self.ranks);
                out.push_str(&format!(
                    "{rank} {}, Trưởng Công an {level} {place}, Ủy viên BTV {} cho biết, {}.",
                    self.name(rng),
                    rng.pick(&self.committees),
                    rng.pick(&CLAUSES)
                ));
            }
            8 => {
                out.push_str(&format!(
                    "Ông {} ({} tuổi, trú tại {level} {place}) được tặng Giấy khen của {}.",
                    self.name(rng),
                    rng.range(25, 80),
                    rng.pick(&self.orgs)
                ));
            }
            _ => {
                let s = rng.pick(&self.seed_sentences);
                out.push_str(s);
                out.push('.');
            }
        }
    }
}

/// A news-like corpus of at least `target_bytes` bytes, the same on every run.
pub fn news(target_bytes: usize) -> String {
    let v = vocabulary();
    let mut rng = Rng::new(0x6E68_616E_2020_1106);
    let mut out = String::with_capacity(target_bytes + (64 << 10));
    let mut article = 0usize;
    while out.len() < target_bytes {
        if article % 20 == 0 {
            out.push_str(SEED.trim());
            out.push_str("\n\n");
        }
        article += 1;
        // Headline.
        let p = v.place(&mut rng);
        out.push_str(&format!(
            "{} {} {}: {}\n\n",
            rng.pick(&v.level_heads),
            p.level,
            p.name,
            rng.pick(&ACTIVITIES)
        ));
        for _ in 0..rng.range(3, 7) {
            for s in 0..rng.range(2, 5) {
                if s > 0 {
                    out.push(' ');
                }
                v.sentence(&mut rng, &mut out);
            }
            out.push_str("\n\n");
        }
        out.push_str("Tin, ảnh: ");
        out.push_str(&v.name(&mut rng).to_uppercase());
        out.push_str("\n\n");
    }
    out
}

/// Extra inputs, named: each statute in `../shared/corpus/laws/` (`laws/<file stem>`) and
/// the file named by `NHAN_BENCH_CORPUS` (`env/<file name>`). Missing files are skipped.
pub fn extra() -> Vec<(String, String)> {
    let mut out = Vec::new();
    let dir: PathBuf = [env!("CARGO_MANIFEST_DIR"), "..", "shared", "corpus", "laws"]
        .iter()
        .collect();
    if let Ok(entries) = std::fs::read_dir(dir) {
        let mut paths: Vec<PathBuf> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        paths.sort();
        for p in paths {
            if let Ok(text) = std::fs::read_to_string(&p) {
                let stem = p
                    .file_stem()
                    .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
                out.push((format!("laws/{stem}"), text));
            }
        }
    }
    if let Some(path) = std::env::var_os("NHAN_BENCH_CORPUS") {
        let path = PathBuf::from(path);
        if let Ok(text) = std::fs::read_to_string(&path) {
            let name = path
                .file_name()
                .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
            out.push((format!("env/{name}"), text));
        }
    }
    out
}

/// `text` in Unicode NFD.
pub fn nfd(text: &str) -> String {
    text.nfd().collect()
}

const TONES: [char; 5] = ['\u{0300}', '\u{0301}', '\u{0303}', '\u{0309}', '\u{0323}'];

/// A letter split into its base letter and tone mark; `None` when it carries another mark
/// as well (`ơ`, `â`) or is not a letter of interest.
fn base_and_tone(c: char) -> Option<(char, Option<char>)> {
    if c.is_ascii() {
        return Some((c, None));
    }
    let mut d = c.to_string().nfd().collect::<Vec<_>>();
    let tone = d
        .iter()
        .position(|m| TONES.contains(m))
        .map(|i| d.remove(i));
    (d.len() == 1).then(|| (d[0], tone))
}

/// Moves the tone mark of every word-final glide-style `oa`, `oe`, `uy` to the nucleus:
/// `hòa` → `hoà`, `thủy` → `thuỷ`, `khỏe` → `khoẻ`, `Ủy` → `Uỷ`. Pairs after `q` or after
/// another vowel are left alone. Expects NFC input.
pub fn nucleus_tones(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = chars.clone();
    for i in 1..chars.len() {
        if chars.get(i + 1).is_some_and(|c| c.is_alphanumeric()) {
            continue;
        }
        let (Some((b1, Some(t))), Some((b2, None))) =
            (base_and_tone(chars[i - 1]), base_and_tone(chars[i]))
        else {
            continue;
        };
        let pair = (b1.to_ascii_lowercase(), b2.to_ascii_lowercase());
        if !matches!(pair, ('o', 'a') | ('o', 'e') | ('u', 'y')) {
            continue;
        }
        if let Some(&c0) = i.checked_sub(2).and_then(|j| chars.get(j)) {
            let b0 = c0
                .to_string()
                .nfd()
                .next()
                .unwrap_or(c0)
                .to_ascii_lowercase();
            if "aeiouyq".contains(b0) {
                continue;
            }
        }
        out[i - 1] = b1;
        out[i] = unicode_normalization::char::compose(b2, t).unwrap_or(b2);
    }
    out.into_iter().collect()
}

/// Distinct syllables of the built-in place names, capitalised as written.
fn place_syllables() -> Vec<&'static str> {
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for r in rows(dictionary("places.tsv")) {
        for s in r[0].split(' ') {
            if s.chars().all(char::is_alphabetic)
                && s.chars().next().is_some_and(char::is_uppercase)
                && seen.insert(s)
            {
                out.push(s);
            }
        }
    }
    out
}

const ORG_PREFIXES: [&str; 12] = [
    "Công ty TNHH",
    "Công ty Cổ phần",
    "Hợp tác xã",
    "Trường Tiểu học",
    "Trường THCS",
    "Trường THPT",
    "Trạm Y tế",
    "Ban Quản lý dự án",
    "Chi nhánh Ngân hàng",
    "Trung tâm Văn hóa",
    "Quỹ Tín dụng nhân dân",
    "Nhà máy Thủy điện",
];

/// A lexicon file (`form\tkind\tcanonical\tinfo`) with `n` distinct entries: multi-syllable
/// place names (`place`) and organizations (`org`) built from syllables of the built-in
/// place names.
pub fn user_lexicon(n: usize) -> String {
    let syllables = place_syllables();
    let mut rng = Rng::new(0x0010_0000_5EED);
    let mut seen: HashSet<String> = HashSet::with_capacity(n);
    let mut out = String::with_capacity(n * 40);
    out.push_str("form\tkind\tcanonical\tinfo\n");
    while seen.len() < n {
        let words = rng.range(2, 3);
        let mut name = String::new();
        for w in 0..words {
            if w > 0 {
                name.push(' ');
            }
            name.push_str(syllables[rng.below(syllables.len())]);
        }
        let (form, kind) = if rng.chance(50) {
            (format!("{} {name}", rng.pick(&ORG_PREFIXES)), "org")
        } else {
            (name, "place")
        };
        if seen.insert(form.to_lowercase()) {
            out.push_str(&form);
            out.push('\t');
            out.push_str(kind);
            out.push_str("\t\t\n");
        }
    }
    out
}
