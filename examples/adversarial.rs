//! Time the segmenter on adversarial shapes at two sizes: linear cost shows as a ratio near 2.
//! `cargo run --release --example adversarial`
use nutshell::text::sentences::Segmenter;
use std::time::Instant;

fn main() {
    let shapes: [(&str, &str); 6] = [
        ("no punctuation", "word "),
        ("periods", "."),
        ("spaced periods", ". "),
        ("abbreviations", "Mr. "),
        ("quotes", "\" "),
        ("open brackets", "("),
    ];
    println!("{:<16} {:>10} {:>10} {:>6}", "shape", "2 MB ms", "4 MB ms", "ratio");
    for (name, unit) in shapes {
        let mut ms = [0.0; 2];
        for (k, mb) in [2usize, 4].iter().enumerate() {
            let t = unit.repeat(mb * (1 << 20) / unit.len());
            let s = Instant::now();
            let n = Segmenter::new(&t, "en").split(0..t.len()).len();
            ms[k] = s.elapsed().as_secs_f64() * 1e3;
            std::hint::black_box(n);
        }
        println!("{:<16} {:>10.1} {:>10.1} {:>6.2}", name, ms[0], ms[1], ms[1] / ms[0]);
    }
}
