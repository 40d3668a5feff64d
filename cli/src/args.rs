//! The command line, as clap reads it.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Annotate Vietnamese text: abbreviations, people, titles, ranks, organizations, places,
/// dates and numbers, with offsets into the original text.
#[derive(Debug, Parser)]
#[command(name = "nhan", version, about, propagate_version = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Annotate files, directories or standard input.
    Annotate(AnnotateArgs),
    /// Print the normalized text (NFC, one tone style, `Đ` for look-alikes, plain spaces).
    Normalize(TextArgs),
    /// Print the text with each abbreviation replaced by its expansion in context.
    Expand(TextArgs),
    /// Print the speech form: numbers, dates, units, codes and abbreviations in words.
    Speak(SpeakArgs),
    /// Check user dictionaries (TSV); every error with its line and column.
    CheckDict(CheckDictArgs),
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish).
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
}

/// Where documents come from and how they are decoded.
#[derive(Debug, Args, Clone)]
pub struct InputArgs {
    /// Files or directories (searched recursively); `-` or nothing reads standard input.
    pub paths: Vec<PathBuf>,
    /// In directories, the files to take: a glob on the file name, or on the path under the
    /// directory when it holds a `/`.
    #[arg(long, default_value = "*.txt")]
    pub glob: String,
    /// How each input is read: `text` (one document per file) or `jsonl` (one document per
    /// line, its text in `--field`).
    #[arg(long, value_enum, default_value_t = InputKind::Text)]
    pub input: InputKind,
    /// With `--input jsonl`: the field that holds the text.
    #[arg(long, default_value = "text")]
    pub field: String,
    /// With `--input jsonl`: the field that holds each record's id (a string or a number),
    /// written as the document's name in every format instead of `SOURCE:LINE`.
    #[arg(long, value_name = "FIELD")]
    pub id_field: Option<String>,
    /// The encoding of text input; `auto` detects it per document and says what it chose.
    #[arg(long, value_enum, default_value_t = EncodingArg::Utf8)]
    pub encoding: EncodingArg,
    /// Dictionaries (TSV) to add on top of the built-in ones.
    #[arg(long = "dict", value_name = "FILE")]
    pub dicts: Vec<PathBuf>,
    /// No progress bar and no notes on standard error; errors are still printed.
    #[arg(short, long)]
    pub quiet: bool,
}

#[derive(Debug, Args)]
pub struct AnnotateArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format.
    #[arg(short, long, value_enum, default_value_t = Format::Lib(nhan::format::Format::Json))]
    pub format: Format,
    /// Offsets to write besides bytes: `char`, `utf16` (comma-separated; `byte` is always on).
    #[arg(long, value_delimiter = ',', value_enum, default_value = "byte")]
    pub offsets: Vec<OffsetArg>,
    /// The date documents were written (YYYY-MM-DD): resolves `6/11`, `năm nay`.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub reference_date: Option<String>,
    /// With `--input jsonl`: a field holding each document's own reference date.
    #[arg(long, value_name = "FIELD")]
    pub date_field: Option<String>,
    /// Only these kinds (comma-separated): abbreviation, long_form, person, title, rank,
    /// honorific, organization, location, date, number.
    #[arg(long, value_delimiter = ',', value_parser = parse_kind)]
    pub kinds: Vec<nhan::Kind>,
    /// How the text is written: `auto` finds out per document and per line or sentence;
    /// `unaccented` reads every word without its marks; `accented` reads words as written.
    #[arg(long, value_name = "WAY", default_value = "auto", value_parser = parse_writing)]
    pub writing: nhan::Writing,
    /// Documents annotated at once (default: the number of CPUs). Output keeps input order.
    #[arg(short, long)]
    pub jobs: Option<usize>,
    /// Where to write: a file, or for `brat` a directory (required). Default: standard output.
    #[arg(short, long, value_name = "PATH")]
    pub output: Option<PathBuf>,
    /// Colours for `pretty`.
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    pub color: Color,
}

#[derive(Debug, Args)]
pub struct TextArgs {
    #[command(flatten)]
    pub input: InputArgs,
}

#[derive(Debug, Args)]
pub struct SpeakArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// `text`: the spoken form, line for line; `json`: one line per document with
    /// `text` and `segments` (`start`, `end` in bytes of the document, `text`).
    #[arg(short, long, value_enum, default_value_t = SpeakFormat::Text)]
    pub format: SpeakFormat,
    /// Southern numerals: `ngàn` for `nghìn`, `lẻ` for `linh`.
    #[arg(long)]
    pub southern: bool,
    /// `bốn` for `tư` after `mươi` (`hai mươi bốn`).
    #[arg(long)]
    pub bon: bool,
    /// Foreign acronyms: as people say them, always letter by letter, or as written.
    #[arg(long, value_enum, default_value_t = AcronymsArg::Auto)]
    pub acronyms: AcronymsArg,
    /// Leave sentence punctuation out of the spoken text.
    #[arg(long)]
    pub no_punctuation: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SpeakFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AcronymsArg {
    Auto,
    Letters,
    Words,
}

#[derive(Debug, Args)]
pub struct CheckDictArgs {
    /// Dictionary files (TSV with a header row; see dictionaries/README.md).
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputKind {
    Text,
    Jsonl,
}

/// An output format: one of the library's ([`nhan::format::Format`], named and described
/// by its `clap` feature), or `pretty` for a terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Lib(nhan::format::Format),
    /// Coloured text for a terminal.
    Pretty,
}

/// Every format, the library's first.
static FORMATS: std::sync::LazyLock<Vec<Format>> = std::sync::LazyLock::new(|| {
    nhan::format::Format::ALL
        .into_iter()
        .map(Format::Lib)
        .chain([Format::Pretty])
        .collect()
});

impl ValueEnum for Format {
    fn value_variants<'a>() -> &'a [Self] {
        FORMATS.as_slice()
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        match self {
            Format::Lib(f) => f.to_possible_value(),
            Format::Pretty => Some(
                clap::builder::PossibleValue::new("pretty").help("Coloured text for a terminal"),
            ),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OffsetArg {
    Byte,
    Char,
    Utf16,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Color {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EncodingArg {
    Auto,
    #[value(name = "utf-8", alias = "utf8")]
    Utf8,
    Tcvn3,
    Vni,
    Viqr,
    Viscii,
    Cp1258,
}

impl EncodingArg {
    /// The library's encoding; `None` for `auto`.
    pub fn encoding(self) -> Option<nhan::encoding::Encoding> {
        use nhan::encoding::Encoding;
        Some(match self {
            EncodingArg::Auto => return None,
            EncodingArg::Utf8 => Encoding::Utf8,
            EncodingArg::Tcvn3 => Encoding::Tcvn3,
            EncodingArg::Vni => Encoding::VniWindows,
            EncodingArg::Viqr => Encoding::Viqr,
            EncodingArg::Viscii => Encoding::Viscii,
            EncodingArg::Cp1258 => Encoding::Cp1258,
        })
    }
}

fn parse_kind(s: &str) -> Result<nhan::Kind, nhan::Error> {
    s.parse()
}

fn parse_writing(s: &str) -> std::result::Result<nhan::Writing, String> {
    s.parse()
}
