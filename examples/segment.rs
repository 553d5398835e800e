//! Print the sentences of stdin, one a line: `cargo run --example segment -- [LANG] < file`.
use std::io::Read;

fn main() {
    let lang = std::env::args().nth(1).unwrap_or_else(|| "und".into());
    let mut t = String::new();
    std::io::stdin().read_to_string(&mut t).unwrap();
    let seg = nutshell::text::sentences::Segmenter::new(&t, &lang);
    println!("style: {:?}", seg.style());
    for r in seg.split(0..t.len()) {
        println!("[{}..{}] {}", r.start, r.end, &t[r.clone()]);
    }
}
