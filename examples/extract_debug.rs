//! Why the extractor chose what it chose: candidates, roots and the text, for one HTML file.
//! `cargo run --release --example extract_debug -- page.html [relaxed]`
use nutshell::extract::content;
use nutshell::input::page::Page;

fn describe(p: &Page, i: usize) -> String {
    match p.element(i) {
        Some(e) => format!(
            "#{i} <{} id={:?} class={:?}> chars={}",
            e.tag,
            e.id,
            e.class,
            p.subtree_text(i).split_whitespace().collect::<String>().chars().count()
        ),
        None => format!("#{i} text"),
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let raw = std::fs::read(&args[1]).expect("read");
    let html = String::from_utf8_lossy(&raw);
    let page = nutshell::input::html::parse(&html);
    let flags = if args.get(2).is_some_and(|a| a == "relaxed") { content::RELAXED } else { content::STRICT };
    let sel = content::select(&page, flags);
    for (s, i) in &sel.candidates {
        println!("cand {s:8.2} {}", describe(&page, *i));
        for a in page.ancestors(*i).take(4) {
            println!("        up {}", describe(&page, a));
        }
    }
    if let Some(t) = args.get(3) {
        let (r, d) = t.split_once(':').unwrap();
        tree(&page, r.parse().unwrap(), d.parse().unwrap());
    }
    for i in 0..page.len() {
        let p = page.nodes[i].parent;
        if sel.gone[i] && (p == u32::MAX || !sel.gone[p as usize]) && page.element(i).is_some() {
            let n = page.subtree_text(i).split_whitespace().collect::<String>().chars().count();
            if n > 150 {
                println!("gone {} hidden={}", describe(&page, i), page.element(i).unwrap().hidden);
            }
        }
    }
    for r in &sel.roots {
        println!("root {}", describe(&page, *r));
    }
}

/// Print the element tree under `root` to `depth` levels, with text sizes.
#[allow(dead_code)]
pub fn tree(p: &Page, root: usize, depth: usize) {
    let base = p.ancestors(root).count();
    for i in root..p.nodes[root].end as usize {
        if p.element(i).is_none() {
            continue;
        }
        let d = p.ancestors(i).count() - base;
        if d > depth {
            continue;
        }
        let n = p.subtree_text(i).split_whitespace().collect::<String>().chars().count();
        if n == 0 {
            continue;
        }
        println!("{}{}", "  ".repeat(d), describe(p, i));
    }
}
