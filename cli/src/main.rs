//! `nhan`: annotate Vietnamese text from the command line.
//!
//! Documents stream through [`nhan::Annotator::annotate_reader_with`], so memory stays flat
//! whatever the size of a file; output is written as each chunk is annotated.
#![forbid(unsafe_code)]

mod args;
mod decode;
mod format;
mod inputs;
mod ordered;
mod progress;
mod run;
mod speak;
mod tools;

use std::io::Write;
use std::process::ExitCode;

use clap::{CommandFactory, Parser};

use crate::args::{Cli, Command};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Annotate(a) => run::annotate(&a),
        Command::Normalize(t) => tools::normalize(&t),
        Command::Expand(t) => tools::expand(&t),
        Command::Speak(s) => speak::speak(&s),
        Command::CheckDict(c) => tools::check_dict(&c),
        Command::Completions { shell } => {
            let mut out = std::io::stdout();
            clap_complete::generate(shell, &mut Cli::command(), "nhan", &mut out);
            Ok(true)
        }
    };
    let _ = std::io::stdout().flush();
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("nhan: {e:#}");
            ExitCode::from(2)
        }
    }
}
