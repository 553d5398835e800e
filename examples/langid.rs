//! Identify the language of each line of a TSV (`lang<TAB>text`) and print the misses:
//! `cargo run --release --example langid -- eval/text/langid_sentences.tsv`.
fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| "eval/text/langid_sentences.tsv".into());
    let tsv = std::fs::read_to_string(path).expect("read");
    let (mut n, mut ok) = (0, 0);
    for (lang, s) in tsv.lines().filter(|l| !l.starts_with('#')).filter_map(|l| l.split_once('\t')) {
        let got = nutshell::text::language::identify(s);
        n += 1;
        if got == lang {
            ok += 1;
        } else {
            println!("{lang} -> {got}: {s}");
        }
    }
    println!("{ok}/{n}");
}
