//! The native pipeline's speed for BENCHMARKS.md (`tools/bench.sh` runs it): every figure is a
//! ratio or a growth measured in this one process, on one thread, so the machine's load cancels
//! out as far as it can.
//!
//!     cargo run --release --example pipeline_bench -- throughput REPS < articles.jsonl
//!     cargo run --release --example pipeline_bench -- scaling REPS < articles.jsonl
//!
//! Input: JSON Lines with a `text` (the `--batch` format). Times are this thread's CPU time.
//!
//! `throughput`: seconds of the bare UAX #29 sentence pass of `unicode-segmentation` over every
//! article, and of what one `--batch` line costs (the line parsed, `analyze`, the reply
//! serialized), each the best of REPS passes over all articles, the two interleaved; then the
//! stages of the pipeline (best pass each, [`nutshell::Stage`]).
//!
//! `scaling`: articles joined (paragraphs kept) into texts of 500, 2,000, 5,000, 10,000, 20,000
//! and 100,000 words (three pairs exactly 10× apart); for each, the best of REPS runs of `analyze` per stage and in all, and the peak heap
//! (a counting allocator: the most bytes live at once during one `analyze`, input excluded).
//!
//! `dates`: the dates stage alone, REPS passes over the articles read and prepared beforehand.
//!
//! Prints one JSON object; `tools/bench/report.py` turns it into BENCHMARKS.md's tables.

use nutshell::{analyze_document_staged, Options, Stage};
use std::alloc::{GlobalAlloc, Layout, System};
use std::io::BufRead;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use unicode_segmentation::UnicodeSegmentation;

/// This thread's CPU time (Linux `CLOCK_THREAD_CPUTIME_ID`): the time the machine's other
/// work takes from this process does not count, which wall time on a shared machine cannot say.
#[derive(Clone, Copy)]
struct Instant(f64);

#[repr(C)]
struct Timespec {
    sec: i64,
    nsec: i64,
}

extern "C" {
    fn clock_gettime(clock: i32, ts: *mut Timespec) -> i32;
}

impl Instant {
    fn now() -> Instant {
        let mut ts = Timespec { sec: 0, nsec: 0 };
        // SAFETY: a valid pointer to a timespec; clock 3 is CLOCK_THREAD_CPUTIME_ID on Linux.
        unsafe { clock_gettime(3, &mut ts) };
        Instant(ts.sec as f64 + ts.nsec as f64 * 1e-9)
    }
    fn elapsed(&self) -> Duration {
        Instant::now() - *self
    }
}

struct Duration(f64);

impl Duration {
    fn as_secs_f64(&self) -> f64 {
        self.0
    }
}

impl std::ops::Sub for Instant {
    type Output = Duration;
    fn sub(self, o: Instant) -> Duration {
        Duration(self.0 - o.0)
    }
}

/// The system allocator, counting live bytes and their peak.
struct Counting;
static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        let p = System.alloc(l);
        if !p.is_null() {
            let now = LIVE.fetch_add(l.size(), Relaxed) + l.size();
            PEAK.fetch_max(now, Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        System.dealloc(p, l);
        LIVE.fetch_sub(l.size(), Relaxed);
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, new: usize) -> *mut u8 {
        let q = System.realloc(p, l, new);
        if !q.is_null() {
            if new >= l.size() {
                let now = LIVE.fetch_add(new - l.size(), Relaxed) + new - l.size();
                PEAK.fetch_max(now, Relaxed);
            } else {
                LIVE.fetch_sub(l.size() - new, Relaxed);
            }
        }
        q
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

const STAGES: [(Stage, &str); 8] = [
    (Stage::Language, "language"),
    (Stage::Sentences, "sentences"),
    (Stage::Tokens, "tokens"),
    (Stage::Summary, "summary"),
    (Stage::Dates, "dates"),
    (Stage::Keywords, "keywords"),
    (Stage::Timeline, "timeline"),
    (Stage::Units, "offsets"),
];

/// The columns of [`staged`]: reading the input (for HTML: parsing it into the page model),
/// extraction (HTML only), then [`STAGES`].
const COLUMNS: [&str; 10] =
    ["read", "extraction", "language", "sentences", "tokens", "summary", "dates", "keywords", "timeline", "offsets"];

/// One analysis of an article with its stage times (seconds, [`COLUMNS`]) and its timex count.
fn staged(article: &Article) -> (usize, [f64; 10]) {
    let mut t = [0.0; 10];
    let start = Instant::now();
    let doc = if article.html {
        let page = nutshell::input::html::parse(&article.input);
        t[0] = start.elapsed().as_secs_f64();
        let e = Instant::now();
        let mut doc = nutshell::extract::extract(&page).expect("extract");
        if article.options.url.is_some() && doc.url.is_none() {
            doc.url = article.options.url.clone();
        }
        t[1] = e.elapsed().as_secs_f64();
        doc
    } else {
        let doc = nutshell::read(&article.input, &article.options).expect("input");
        t[0] = start.elapsed().as_secs_f64();
        doc
    };
    let mut last = Instant::now();
    let a = analyze_document_staged(doc, &article.options, &mut |s| {
        let now = Instant::now();
        let i = STAGES.iter().position(|x| x.0 == s).unwrap();
        t[i + 2] += (now - last).as_secs_f64();
        last = now;
    })
    .expect("analyze");
    (a.timexes.len(), t)
}

/// A `--batch` line: the line itself, its input (`text` or `html`) and its options.
struct Article {
    line: String,
    input: String,
    html: bool,
    options: Options,
}

fn read_articles() -> Vec<Article> {
    use serde::Deserialize;
    let mut out = Vec::new();
    for line in std::io::stdin().lock().lines() {
        let line = line.expect("stdin");
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else { continue };
        let (input, html) = match (v.get("text").and_then(|t| t.as_str()), v.get("html").and_then(|t| t.as_str())) {
            (Some(t), _) => (t.to_string(), false),
            (None, Some(h)) => (h.to_string(), true),
            _ => continue,
        };
        let mut options = Options::deserialize(&v).expect("options");
        options.input = if html { nutshell::InputKind::Html } else { nutshell::InputKind::Text };
        // Articles the pipeline refuses (empty, no article found) are left out of every column.
        if nutshell::analyze(&input, &options).is_ok() {
            out.push(Article { line, input, html, options });
        }
    }
    out
}

fn throughput(reps: usize) {
    let articles = read_articles();
    let bytes: usize = articles.iter().map(|a| a.input.len()).sum();
    let (mut uax, mut batch) = (f64::MAX, f64::MAX);
    let mut stages = [f64::MAX; 10];
    let mut sink = 0usize;
    for _ in 0..reps {
        let t = Instant::now();
        for a in &articles {
            sink += a.input.split_sentence_bound_indices().count();
        }
        uax = uax.min(t.elapsed().as_secs_f64());
        let t = Instant::now();
        for a in &articles {
            // What `--batch` does with a line: parse it, read the options, analyze, serialize.
            let v: serde_json::Value = serde_json::from_str(&a.line).unwrap();
            let input = v.get("text").or_else(|| v.get("html")).and_then(|t| t.as_str()).unwrap();
            let r = nutshell::analyze(input, &a.options).unwrap();
            sink += serde_json::to_string(&r).unwrap().len();
        }
        batch = batch.min(t.elapsed().as_secs_f64());
        let mut pass = [0.0; 10];
        for a in &articles {
            let (n, t) = staged(a);
            sink += n;
            for (p, x) in pass.iter_mut().zip(t) {
                *p += x;
            }
        }
        for (s, p) in stages.iter_mut().zip(pass) {
            *s = s.min(p);
        }
    }
    std::hint::black_box(sink);
    let stages: Vec<String> = COLUMNS.iter().zip(stages).map(|(n, s)| format!("\"{n}\":{s:.6}")).collect();
    println!(
        "{{\"articles\":{},\"bytes\":{bytes},\"reps\":{reps},\"uax29_s\":{uax:.6},\"batch_s\":{batch:.6},\"stages_s\":{{{}}}}}",
        articles.len(),
        stages.join(",")
    );
}

/// Texts of about `words` words: the articles' paragraphs in turn, each article's text whole
/// until the last, which is cut at a sentence end near the count.
fn sized(articles: &[Article], words: usize) -> String {
    let mut out = String::new();
    let mut n = 0;
    'fill: for a in articles.iter().cycle() {
        for sentence in a.input.split_sentence_bounds() {
            out.push_str(sentence);
            n += sentence.split_whitespace().count();
            if n >= words {
                break 'fill;
            }
        }
        out.push_str("\n\n");
    }
    out
}

fn scaling(reps: usize) {
    let articles = read_articles();
    let mut rows = Vec::new();
    for words in [500, 2_000, 5_000, 10_000, 20_000, 100_000] {
        let text =
            Article { input: sized(&articles, words), line: String::new(), html: false, options: Options::default() };
        let mut best = [f64::MAX; 10];
        let mut total = f64::MAX;
        let mut peak = 0;
        for _ in 0..reps {
            let base = LIVE.load(Relaxed);
            PEAK.store(base, Relaxed);
            let t0 = Instant::now();
            let (_, t) = staged(&text);
            total = total.min(t0.elapsed().as_secs_f64());
            peak = peak.max(PEAK.load(Relaxed) - base);
            for (b, x) in best.iter_mut().zip(t) {
                *b = b.min(x);
            }
        }
        let stages: Vec<String> = COLUMNS.iter().zip(best).map(|(n, s)| format!("\"{n}\":{s:.6}")).collect();
        rows.push(format!(
            "{{\"words\":{words},\"bytes\":{},\"total_s\":{total:.6},\"peak_heap\":{peak},\"stages_s\":{{{}}}}}",
            text.input.len(),
            stages.join(",")
        ));
    }
    println!("{{\"reps\":{reps},\"sizes\":[{}]}}", rows.join(","));
}

/// The dates stage alone (`time::recognize_doc`, as `analyze` calls it), REPS passes over every
/// article read and prepared once beforehand: this thread's CPU seconds of the best pass, the
/// bytes and the timexes found. The figure BENCHMARKS.md compares with chrono-node on the same
/// texts (`tools/bench/chrono.mjs`), and what a profiler should run to see the stage alone.
fn dates(reps: usize) {
    let articles = read_articles();
    let prepared: Vec<_> = articles
        .iter()
        .map(|a| {
            let doc = nutshell::read(&a.input, &a.options).expect("input");
            let p = nutshell::prepare(&doc, &a.options);
            let published = a
                .options
                .published
                .as_deref()
                .and_then(nutshell::time::parse_date)
                .or_else(|| doc.published.as_ref().map(|x| x.0.clone()));
            let order = a
                .options
                .language
                .as_deref()
                .and_then(nutshell::time::parsers::numeric::region_order)
                .or_else(|| doc.language.as_deref().and_then(nutshell::time::parsers::numeric::region_order));
            (doc, p, published, order)
        })
        .collect();
    let bytes: usize = prepared.iter().map(|x| x.0.text.len()).sum();
    let (mut best, mut found) = (f64::MAX, 0);
    for _ in 0..reps {
        let t = Instant::now();
        let mut n = 0;
        for (a, (doc, p, published, order)) in articles.iter().zip(&prepared) {
            let (timexes, _) = nutshell::time::recognize_doc(
                &doc.text,
                &p.ranges,
                published.as_ref(),
                a.options.prefer,
                &p.language,
                *order,
            );
            n += timexes.len();
        }
        best = best.min(t.elapsed().as_secs_f64());
        found = n;
    }
    println!(
        "{{\"articles\":{},\"bytes\":{bytes},\"reps\":{reps},\"dates_s\":{best:.6},\"timexes\":{found}}}",
        prepared.len()
    );
}

fn main() {
    let mode = std::env::args().nth(1).unwrap_or_default();
    let reps: usize = std::env::args().nth(2).and_then(|a| a.parse().ok()).unwrap_or(3).max(1);
    match mode.as_str() {
        "throughput" => throughput(reps),
        "scaling" => scaling(reps),
        "dates" => dates(reps),
        _ => eprintln!("usage: pipeline_bench throughput|scaling|dates REPS < articles.jsonl"),
    }
}
