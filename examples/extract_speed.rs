//! Where native time goes on HTML pages: parsing, extraction, and the rest of the pipeline.
//! `cargo run --release --example extract_speed -- DIR...` (each DIR/*/source.html or *.html)
use nutshell::{extract, input::html, Options};
use std::time::Instant;

fn main() {
    let mut files = Vec::new();
    for dir in std::env::args().skip(1) {
        for e in std::fs::read_dir(&dir).expect("dir").flatten() {
            let p = e.path();
            let f = if p.is_dir() { p.join("source.html") } else { p };
            if f.extension().is_some_and(|x| x == "html") && f.exists() {
                files.push(f);
            }
        }
    }
    let (mut parse, mut ext, mut rest, mut meta) = (0.0, 0.0, 0.0, 0.0);
    for f in &files {
        let raw = std::fs::read(f).expect("read");
        let src = String::from_utf8_lossy(&raw);
        let t = Instant::now();
        let page = html::parse(&src);
        let tm = Instant::now();
        std::hint::black_box(extract::meta::read(&page));
        meta += tm.elapsed().as_secs_f64();
        let t1 = Instant::now();
        let doc = extract::extract(&page);
        let t2 = Instant::now();
        if let Ok(doc) = doc {
            let _ = nutshell::analyze_document(doc, &Options::default());
        }
        let t3 = Instant::now();
        parse += (t1 - t).as_secs_f64();
        ext += (t2 - t1).as_secs_f64();
        rest += (t3 - t2).as_secs_f64();
    }
    let n = files.len() as f64;
    println!(
        "{} pages, mean ms/page: parse {:.2}, extract {:.2}, summary+timeline {:.2}",
        files.len(),
        parse / n * 1e3,
        ext / n * 1e3,
        rest / n * 1e3
    );
    println!("of which metadata {:.2} ms/page", meta / n * 1e3);
    println!("extraction share of extract+analysis: {:.0} %", ext / (ext + rest) * 100.0);
}
