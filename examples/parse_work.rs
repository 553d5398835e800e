//! Parser work per byte on real pages (the figure the parse budget in `limits` is set from):
//! `cargo run --release --example parse_work -- PAGE.html ...` prints, per page, bytes, nodes,
//! steps and steps per byte, then the largest.
fn main() {
    let mut worst = (0.0f64, String::new());
    for path in std::env::args().skip(1) {
        let Ok(bytes) = std::fs::read(&path) else { continue };
        let html = String::from_utf8_lossy(&bytes);
        let (_, r) = nutshell::input::html::parse_with_report(&html);
        let per = r.work as f64 / html.len().max(1) as f64;
        println!(
            "{:>9} {:>8} {:>10} {per:6.2} {}{}",
            html.len(),
            r.nodes,
            r.work,
            path,
            if r.stopped.is_some() || r.dropped_depth > 0 || r.dropped_formatting > 0 { " CUT" } else { "" }
        );
        if per > worst.0 {
            worst = (per, path);
        }
    }
    println!("largest: {:.2} steps per byte ({})", worst.0, worst.1);
}
