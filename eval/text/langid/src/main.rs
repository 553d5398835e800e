//! Accuracy of `nutshell::text::language::identify` and of whatlang on (1) the short sentences
//! of eval/text/langid_sentences.tsv (one at a time, and three of a language joined, a small
//! paragraph) and (2) the BBC News Summary articles (all English), when ../shared/data has them.
//!
//!     cargo run --release --manifest-path eval/text/langid/Cargo.toml
//!
//! whatlang answers ISO 639-3; it is mapped to 639-1 for the languages in the file.

use std::collections::BTreeMap;
use std::path::Path;

fn whatlang_code(t: &str) -> &'static str {
    use whatlang::Lang::*;
    match whatlang::detect_lang(t) {
        Some(Eng) => "en", Some(Deu) => "de", Some(Fra) => "fr", Some(Spa) => "es", Some(Ita) => "it",
        Some(Por) => "pt", Some(Nld) => "nl", Some(Rus) => "ru", Some(Cmn) => "zh", Some(Jpn) => "ja",
        Some(Swe) => "sv", Some(Dan) => "da", Some(Pol) => "pl", Some(Tur) => "tr", Some(Ukr) => "uk",
        Some(Nob) => "no", Some(_) => "other", None => "und",
    }
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../..");
    let tsv = std::fs::read_to_string(root.join("eval/text/langid_sentences.tsv")).expect("tsv");
    let rows: Vec<(&str, &str)> = tsv.lines().filter(|l| !l.starts_with('#')).filter_map(|l| l.split_once('\t')).collect();
    let mut by_lang: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (l, s) in &rows {
        by_lang.entry(l).or_default().push(s);
    }
    let mut table: BTreeMap<&str, [usize; 5]> = BTreeMap::new(); // n, ours, whatlang, n3, ours3
    let mut w3 = 0;
    for (lang, sents) in &by_lang {
        let e = table.entry(lang).or_default();
        for s in sents {
            e[0] += 1;
            e[1] += (nutshell::text::language::identify(s) == *lang) as usize;
            e[2] += (whatlang_code(s) == *lang) as usize;
        }
        for chunk in sents.chunks(3) {
            let p = chunk.join(" ");
            e[3] += 1;
            e[4] += (nutshell::text::language::identify(&p) == *lang) as usize;
            w3 += (whatlang_code(&p) == *lang) as usize;
        }
    }
    println!("| language | sentences | nutshell | whatlang | 3-sentence paragraphs | nutshell |");
    println!("|---|---|---|---|---|---|");
    let mut tot = [0usize; 5];
    for (lang, e) in &table {
        println!("| {lang} | {} | {} | {} | {} | {} |", e[0], e[1], e[2], e[3], e[4]);
        for k in 0..5 {
            tot[k] += e[k];
        }
    }
    println!("| all | {} | {} ({:.3}) | {} ({:.3}) | {} | {} ({:.3}); whatlang {} ({:.3}) |", tot[0], tot[1], tot[1] as f64 / tot[0] as f64, tot[2], tot[2] as f64 / tot[0] as f64, tot[3], tot[4], tot[4] as f64 / tot[3] as f64, w3, w3 as f64 / tot[3] as f64);
    // BBC articles: all English.
    let tar = root.join("../shared/data/summarization/bbc_news_summary.tar.xz");
    let tar = if tar.exists() { tar } else { root.join("../../shared/data/summarization/bbc_news_summary.tar.xz") };
    if !tar.exists() {
        println!("skip BBC: {} not found", tar.display());
        return;
    }
    let dir = std::env::temp_dir().join(format!("langid-bbc-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let ok = std::process::Command::new("tar").arg("-xJf").arg(&tar).arg("-C").arg(&dir).status().map(|s| s.success()).unwrap_or(false);
    if !ok {
        println!("skip BBC: tar failed");
        return;
    }
    let (mut n, mut ours, mut theirs) = (0, 0, 0);
    let arts = dir.join("BBC News Summary/News Articles");
    for topic in std::fs::read_dir(&arts).unwrap() {
        for f in std::fs::read_dir(topic.unwrap().path()).unwrap() {
            let bytes = std::fs::read(f.unwrap().path()).unwrap();
            let t = String::from_utf8_lossy(&bytes);
            n += 1;
            ours += (nutshell::text::language::identify(&t) == "en") as usize;
            theirs += (whatlang_code(&t) == "en") as usize;
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    println!("\nBBC articles identified as English: nutshell {ours}/{n} ({:.4}), whatlang {theirs}/{n} ({:.4})", ours as f64 / n as f64, theirs as f64 / n as f64);
}
