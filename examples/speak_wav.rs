//! Speaks a sentence aloud through the speech form: nhan writes the numbers, dates, codes
//! and abbreviations out in words, and Debian's `espeak-ng` (its Vietnamese voice) turns
//! the spoken text into a WAV file.
//!
//! ```text
//! apt-get install espeak-ng
//! cargo run --example speak_wav -- out.wav "Ngày 9/10/2021, BTV Tỉnh ủy họp tại QL14."
//! ```
//!
//! Prints the spoken text, then the WAV's length in seconds. Without a sentence it speaks
//! one of its own; without `espeak-ng` it says so and exits with status 1.

use std::path::Path;
use std::process::{Command, ExitCode};

use nhan::Annotator;

const SENTENCE: &str = "Chiều 9.10, Ủy viên BTV Tỉnh ủy kiểm tra đoạn QL14 dài 7km; \
    dự án có vốn 2,5 tỷ đồng, tăng 36% so với năm 2020.";

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let wav = args.next().unwrap_or_else(|| "speech.wav".to_owned());
    let sentence = args.collect::<Vec<_>>().join(" ");
    let sentence = if sentence.is_empty() {
        SENTENCE
    } else {
        &sentence
    };
    let speech = Annotator::new().speak(sentence);
    println!("{}", speech.text);
    let status = Command::new("espeak-ng")
        .args(["-v", "vi", "-w", &wav, &speech.text])
        .status();
    match status {
        Ok(s) if s.success() => {}
        Ok(s) => {
            eprintln!("speak_wav: espeak-ng failed ({s})");
            return ExitCode::FAILURE;
        }
        Err(e) => {
            eprintln!(
                "speak_wav: cannot run espeak-ng ({e}); install it: apt-get install espeak-ng"
            );
            return ExitCode::FAILURE;
        }
    }
    match seconds(Path::new(&wav)) {
        Some(s) => {
            println!("{wav}: {s:.2} s");
            ExitCode::SUCCESS
        }
        None => {
            eprintln!("speak_wav: {wav} is not a PCM WAV file");
            ExitCode::FAILURE
        }
    }
}

/// The length of a PCM WAV file: the `data` chunk's size over the byte rate of `fmt `.
fn seconds(path: &Path) -> Option<f64> {
    let bytes = std::fs::read(path).ok()?;
    if bytes.get(..4)? != b"RIFF" || bytes.get(8..12)? != b"WAVE" {
        return None;
    }
    let u32_at = |i: usize| Some(u32::from_le_bytes(bytes.get(i..i + 4)?.try_into().ok()?));
    let (mut at, mut rate, mut data) = (12, None, None);
    while at + 8 <= bytes.len() {
        let size = u32_at(at + 4)? as usize;
        match bytes.get(at..at + 4)? {
            b"fmt " => rate = u32_at(at + 16),
            // espeak-ng writing to a file it cannot seek leaves the size at its maximum.
            b"data" => data = Some(size.min(bytes.len() - at - 8)),
            _ => {}
        }
        at += 8 + size + size % 2;
    }
    Some(data? as f64 / f64::from(rate.filter(|&r| r > 0)?))
}
