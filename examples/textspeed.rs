//! Quick single-run timings of the language layer's stages on 4 MB of English news-like text
//! (criterion in benches/text.rs is the measurement of record):
//! `cargo run --release --example textspeed`.
use std::time::Instant;
use unicode_segmentation::UnicodeSegmentation;

const EN: &str = "Mr. Smith met U.S. officials at 4 p.m. on Sunday. “Why now?” he said. The deal, worth $3.5bn (£2.7bn), was signed by Acme Corp. and L3Harris Technologies Inc. based in Canada. Growth was 3.5% in May... and then it slowed. See www.example.com for details. J. R. R. Tolkien's books sold well; e.g. The Hobbit. ";

fn main() {
    let t = EN.repeat((4 << 20) / EN.len());
    let mb = t.len() as f64 / 1e6;
    let time = |name: &str, f: &dyn Fn() -> usize| {
        let s = Instant::now();
        let n = f();
        let secs = s.elapsed().as_secs_f64();
        println!("{name:<28} {:>8.1} MB/s  ({n})", mb / secs);
    };
    time("uax29 sentence bounds", &|| t.split_sentence_bound_indices().count());
    time("uax29 word bounds", &|| t.unicode_word_indices().count());
    time("segment (en)", &|| nutshell::text::sentences::Segmenter::new(&t, "en").split(0..t.len()).len());
    time("tokens (en)", &|| nutshell::text::words::tokens(&t, 0..t.len(), "en").len());
    time("tokens (und, no stems)", &|| nutshell::text::words::tokens(&t, 0..t.len(), "und").len());
}
