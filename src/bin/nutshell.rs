//! The `nutshell` command: a thin layer over `nutshell::analyze`. Flags and JSON output are a
//! public interface (see README "CLI").

use nutshell::{Analysis, Error, InputKind, Length, Options, Prefer, Style, MAX_INPUT_BYTES};
use std::io::{self, Read, Write};
use std::process::ExitCode;

const USAGE: &str = "usage: nutshell [OPTIONS] [FILE]   (stdin when FILE is absent or -)

  --format text|json       output for a person (default) or JSON
  --input auto|text|html   how to read the input (default auto)
  --published DATE         publication date, YYYY-MM-DD, YYYY-MM, YYYY or ISO 8601
  --sentences N            at most N summary sentences (default 3)
  --words W                at most W words in the summary
  --ratio R                at most this share of the sentences (0 < R <= 1)
  --style S                key-points (default), tldr, teaser or headline
  --length L               short (default), medium or long: key-points 3/5/7 sentences,
                           tldr and teaser 1/3/5, headline at most 12/17/22 words
                           (several bounds: the tightest holds)
  --lang CODE              force the language (ISO 639-1)
  --prefer past|future     direction of dates with no tense to go by
  --url URL                the page's address (HTML input: canonical URL fallback, URL dates)
  --batch                  JSON Lines in, JSON Lines out
  -h, --help               this text";

struct Args {
    format_json: bool,
    batch: bool,
    file: Option<String>,
    options: Options,
}

fn parse_args() -> Result<Args, String> {
    let mut a = Args { format_json: false, batch: false, file: None, options: Options::default() };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
            _ => (arg.clone(), None),
        };
        let mut value = |name: &str| -> Result<String, String> {
            inline.clone().or_else(|| it.next()).ok_or(format!("{name} needs a value"))
        };
        let number = |name: &str, v: String| -> Result<usize, String> {
            v.parse::<usize>().map_err(|_| format!("{name} needs a whole number, not {v:?}"))
        };
        match flag.as_str() {
            "-h" | "--help" => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            "--format" => {
                a.format_json = match value("--format")?.as_str() {
                    "json" => true,
                    "text" => false,
                    other => return Err(format!("--format must be text or json, not {other:?}")),
                }
            }
            "--input" => a.options.input = InputKind::parse(&value("--input")?).map_err(|e| e.to_string())?,
            "--published" => a.options.published = Some(value("--published")?),
            "--sentences" => a.options.sentences = Some(number("--sentences", value("--sentences")?)?),
            "--words" => a.options.words = Some(number("--words", value("--words")?)?),
            "--ratio" => {
                let v = value("--ratio")?;
                let r = v
                    .parse::<f64>()
                    .ok()
                    .filter(|r| *r > 0.0 && *r <= 1.0)
                    .ok_or(format!("--ratio needs a number more than 0 and at most 1, not {v:?}"))?;
                a.options.ratio = Some(r);
            }
            "--style" => a.options.style = Some(Style::parse(&value("--style")?).map_err(|e| e.to_string())?),
            "--length" => a.options.length = Some(Length::parse(&value("--length")?).map_err(|e| e.to_string())?),
            "--lang" => a.options.language = Some(value("--lang")?),
            "--prefer" => a.options.prefer = Prefer::parse(&value("--prefer")?).map_err(|e| e.to_string())?,
            "--url" => a.options.url = Some(value("--url")?),
            "--batch" => a.batch = true,
            "-" => a.file = None,
            f if f.starts_with('-') => return Err(format!("unknown option {f}\n\n{USAGE}")),
            _ => {
                if a.file.is_some() {
                    return Err("only one FILE may be given".into());
                }
                a.file = Some(arg);
            }
        }
    }
    Ok(a)
}

/// Read the whole input, but never more than the input limit: past it the answer is the
/// core's "too large" error, and the rest is not read (so memory stays bounded).
fn read_input(file: &Option<String>) -> Result<String, String> {
    let mut bytes = Vec::new();
    let cap = MAX_INPUT_BYTES as u64 + 1;
    match file.as_deref() {
        None | Some("-") => io::stdin().lock().take(cap).read_to_end(&mut bytes).map(|_| ()),
        Some(path) => std::fs::File::open(path).and_then(|f| f.take(cap).read_to_end(&mut bytes)).map(|_| ()),
    }
    .map_err(|e| format!("cannot read input: {e}"))?;
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(format!(
            "the input is too large: more than {MAX_INPUT_BYTES} bytes, the limit is {MAX_INPUT_BYTES} bytes"
        ));
    }
    String::from_utf8(bytes).map_err(|_| Error::Binary.to_string() + " (not valid UTF-8)")
}

/// Byte offsets of the given character offsets in `text`, in one pass (the Analysis counts
/// characters; slicing by `chars().skip(n)` per sentence would be quadratic in the text).
fn byte_offsets(text: &str, wanted: &[usize]) -> std::collections::HashMap<usize, usize> {
    let mut want: Vec<usize> = wanted.to_vec();
    want.sort_unstable();
    want.dedup();
    let mut out = std::collections::HashMap::new();
    let mut k = 0;
    for (chars, (byte, _)) in text.char_indices().chain(std::iter::once((text.len(), ' '))).enumerate() {
        while k < want.len() && want[k] == chars {
            out.insert(chars, byte);
            k += 1;
        }
        if k == want.len() {
            break;
        }
    }
    out
}

fn print_text(a: &Analysis) -> String {
    let mut out = String::new();
    let wanted: Vec<usize> = a.summary.iter().flat_map(|&i| [a.sentences[i].start, a.sentences[i].end]).collect();
    let at = byte_offsets(&a.text, &wanted);
    let slice = |start: usize, end: usize| -> &str {
        match (at.get(&start), at.get(&end)) {
            (Some(&s), Some(&e)) => &a.text[s..e],
            _ => "",
        }
    };
    if let Some(t) = &a.title {
        out.push_str(&format!("{t}\n{}\n", "=".repeat(t.chars().count().min(72))));
    }
    if let Some(p) = &a.published {
        out.push_str(&format!("Published: {p}\n"));
    }
    if let Some(h) = &a.headline {
        out.push_str(&format!("\nHeadline: {h}\n"));
    }
    out.push_str("\nSummary\n");
    for &i in &a.summary {
        let s = &a.sentences[i];
        out.push_str(&format!("  - {}\n", slice(s.start, s.end).split_whitespace().collect::<Vec<_>>().join(" ")));
    }
    if !a.keywords.is_empty() {
        let k: Vec<&str> = a.keywords.iter().map(|k| k.text.as_str()).collect();
        out.push_str(&format!("\nKeywords: {}\n", k.join(", ")));
    }
    if !a.timeline.is_empty() {
        out.push_str("\nTimeline\n");
        for e in &a.timeline {
            out.push_str(&format!("  {:<12} {}\n", e.value, e.label));
        }
    }
    for c in &a.cut {
        out.push_str(&format!("\nNote: {}\n", c.message));
    }
    out
}

fn batch() -> ExitCode {
    let stdin = io::stdin();
    let mut input = stdin.lock();
    let mut out = io::stdout().lock();
    let mut buf = Vec::new();
    loop {
        let reply = match nutshell::batch::next_line(&mut input, &mut buf) {
            Ok(None) => return ExitCode::SUCCESS,
            Ok(Some(nutshell::batch::Line::TooLong(n))) => serde_json::json!({"id": null, "error": format!("the line is too long: {n} bytes, the limit is {} bytes", nutshell::batch::MAX_LINE_BYTES)}).to_string(),
            Ok(Some(nutshell::batch::Line::Ok(bytes))) => {
                let line = String::from_utf8_lossy(&bytes);
                if line.trim().is_empty() {
                    continue;
                }
                nutshell::batch::answer(&line)
            }
            Err(e) => {
                eprintln!("nutshell: cannot read the batch input: {e}");
                return ExitCode::FAILURE;
            }
        };
        if writeln!(out, "{reply}").is_err() {
            return ExitCode::FAILURE;
        }
    }
}

fn main() -> ExitCode {
    std::panic::set_hook(Box::new(|_| {}));
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("nutshell: {e}");
            return ExitCode::from(2);
        }
    };
    if args.batch {
        return batch();
    }
    let input = match read_input(&args.file) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("nutshell: {e}");
            return ExitCode::FAILURE;
        }
    };
    match nutshell::batch::analyze_guarded(&input, &args.options) {
        Ok(a) => {
            let s =
                if args.format_json { serde_json::to_string_pretty(&a).unwrap_or_default() } else { print_text(&a) };
            println!("{s}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("nutshell: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::byte_offsets;

    #[test]
    fn character_offsets_map_to_bytes_in_one_pass() {
        let text = "Café 🎉 ok";
        let at = byte_offsets(text, &[9, 0, 5, 4, 7]);
        assert_eq!([at[&0], at[&4], at[&5], at[&7], at[&9]], [0, 5, 6, 11, 13]);
        assert_eq!(&text[at[&7]..at[&9]], "ok");
    }
}
