//! Nutshell: an article summarizer that runs in the reader's browser.
//!
//! One pipeline, one direction:
//!
//! ```text
//! input (text | HTML | DOM) -> document (title, date, blocks) -> sentences, tokens
//!     -> summary (ranked, selected sentences, keywords)
//!     -> timeline (temporal expressions -> normalized values -> dated events)
//! ```
//!
//! [`analyze`] below is that pipeline; each stage lives in its own module.

pub mod analysis;
pub mod batch;
pub mod error;
pub mod extract;
mod hash;
#[cfg(any(target_arch = "wasm32", test))]
mod heap;
pub mod input;
pub mod json;
pub mod limits;
pub mod options;
mod order;
pub mod summary;
pub mod text;
pub mod time;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use analysis::{Analysis, Kind, Units};
pub use error::Error;
pub use input::MAX_INPUT_BYTES;
pub use options::{InputKind, Length, Options, Prefer, Style};

use analysis::Sentence;
use std::ops::Range;

/// Analyze an article: find its sentences, summarize it, and build its timeline.
pub fn analyze(input: &str, options: &Options) -> Result<Analysis, Error> {
    // 1. Input -> document: article text, blocks with kinds, title, date line.
    let doc = read(input, options)?;
    analyze_document(doc, options)
}

/// Read the input into a Document, or say clearly why it cannot be read: pasted text by
/// `input::text`, an HTML page parsed by `input` and its article found by `extract`.
pub fn read(input: &str, options: &Options) -> Result<input::Document, Error> {
    match input::read(input, options)? {
        input::Source::Text(doc) => Ok(doc),
        input::Source::Page(page) => extract::extract(&page),
    }
}

/// The pipeline from step 2 on, for a Document already read (the live-DOM binding extracts
/// the page itself and enters here).
pub fn analyze_document(doc: input::Document, options: &Options) -> Result<Analysis, Error> {
    analyze_document_staged(doc, options, &mut |_| {})
}

/// The stages of [`analyze_document_staged`], in the order they end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// The article's language, forced or identified.
    Language,
    /// Sentence boundaries within blocks.
    Sentences,
    /// Word tokens of every sentence and of the title (stems, stop words).
    Tokens,
    /// Ranking and selection.
    Summary,
    /// Date recognition and resolution (the timexes) with the story's clock.
    Dates,
    /// Key phrases (after the dates, whose words they leave out).
    Keywords,
    /// Events: dates grouped, ordered and labelled.
    Timeline,
    /// Offsets converted to the caller's units.
    Units,
}

/// [`analyze_document`], calling `mark` as each [`Stage`] ends (benchmarks time the stages
/// with it; the result is the same).
pub fn analyze_document_staged(
    mut doc: input::Document,
    options: &Options,
    mark: &mut dyn FnMut(Stage),
) -> Result<Analysis, Error> {
    let mut cut = std::mem::take(&mut doc.cut);
    let (published, published_source) = publication(&doc, options)?;
    let text = doc.text.as_str();

    // 2-3. Language, sentences and their tokens (within their budgets); the summary.
    let Prepared { language, spans, ranges, tokens, title_tokens, cut: budget_cut } =
        prepare_staged(&doc, options, mark);
    cut.extend(budget_cut);
    let rankable = summary_ready(text, &spans, doc.is_page());
    let summary = summary::summarize(text, &ranges, &tokens, &rankable, &title_tokens, &language, options)?;
    cut.extend(keyword_cut(&tokens, &rankable));
    let sentences = scored_sentences(&spans, &summary.scores);
    mark(Stage::Summary);

    // 4. Timeline: every sentence is scanned for dates, resolved against the reference time.
    // Numeric dates (03/04/2021) in the page's convention: its declared language's region
    // (`en-GB`), the caller's language tag, then (inside) the dates the page itself writes.
    let order = options
        .language
        .as_deref()
        .and_then(time::parsers::numeric::region_order)
        .or_else(|| doc.language.as_deref().and_then(time::parsers::numeric::region_order));
    let (timexes, clock) = time::recognize_doc(text, &ranges, published.as_ref(), options.prefer, &language, order);
    let reference = reference(clock, published.as_ref(), published_source);
    mark(Stage::Dates);
    let keywords = key_phrases(text, &tokens, &spans, &timexes, &title_tokens, &language);
    mark(Stage::Keywords);
    let timeline = time::timeline(text, &sentences, &timexes, published.as_ref(), &language, doc.title.as_deref());
    mark(Stage::Timeline);

    let analysis = Analysis {
        title: doc.title.clone(),
        byline: doc.byline.clone(),
        published: published.as_ref().map(|p| p.value.clone()),
        published_source: published_source.map(str::to_string),
        reference,
        language,
        text: doc.text,
        sentences,
        summary: summary.chosen,
        headline: summary.headline,
        keywords,
        timexes,
        timeline,
        site_name: doc.site_name.clone(),
        modified: doc.modified.as_ref().map(|m| m.value.clone()),
        url: doc.url.clone(),
        image: doc.image.clone(),
        probably_article: doc.probably_article,
        runs: doc.runs.clone(),
        cut,
    }
    .into_units(options.units);
    mark(Stage::Units);
    Ok(analysis)
}

/// The publication date the dates are read against, and where it comes from: `--published`
/// (an error when it is no date), else the document's own.
fn publication(
    doc: &input::Document,
    options: &Options,
) -> Result<(Option<time::Reference>, Option<&'static str>), Error> {
    Ok(match &options.published {
        Some(p) => {
            let r = time::parse_date(p).ok_or_else(|| {
                Error::BadOption(format!(
                    "published must be YYYY-MM-DD, YYYY-MM, YYYY or ISO 8601, not {}",
                    crate::error::quoted(p)
                ))
            })?;
            (Some(r), Some("option"))
        }
        None => match &doc.published {
            Some((r, source)) => (Some(r.clone()), Some(*source)),
            None => (None, None),
        },
    })
}

/// The keyword budget's cut, when the prose has more words than key phrases are read from.
fn keyword_cut(tokens: &[Vec<text::words::Token>], rankable: &[bool]) -> Option<limits::Cut> {
    let prose_tokens: usize = tokens.iter().zip(rankable).filter(|x| *x.1).map(|x| x.0.len()).sum();
    (prose_tokens > limits::MAX_KEYWORD_TOKENS).then(|| {
        limits::Cut::new(
            "keywords",
            limits::MAX_KEYWORD_TOKENS as u64,
            format!("key phrases were read from the first {} words of the prose", limits::MAX_KEYWORD_TOKENS),
        )
    })
}

/// The sentences with their kinds and summary scores (to four decimals).
fn scored_sentences(spans: &[(Range<usize>, Kind)], scores: &[f64]) -> Vec<Sentence> {
    spans
        .iter()
        .zip(scores)
        .map(|((r, kind), &score)| Sentence {
            start: r.start,
            end: r.end,
            score: (score * 1e4).round() / 1e4,
            kind: *kind,
        })
        .collect()
}

/// The reference the dates were read against, as the Analysis reports it: the story's clock, or
/// the publication date (its day) and its source.
fn reference(
    clock: Option<time::Clock>,
    published: Option<&time::Reference>,
    source: Option<&str>,
) -> Option<analysis::Reference> {
    match (clock, published, source) {
        (Some(time::Clock::Story(d)), _, _) => {
            Some(analysis::Reference { value: d.to_string(), source: "story".into() })
        }
        (Some(time::Clock::Published), Some(p), Some(src)) => {
            Some(analysis::Reference { value: p.value.get(..10).unwrap_or(&p.value).to_string(), source: src.into() })
        }
        _ => None,
    }
}

/// Key phrases, after the dates: a date's words are the timeline's, never a key phrase.
fn key_phrases(
    text: &str,
    tokens: &[Vec<text::words::Token>],
    spans: &[(Range<usize>, Kind)],
    timexes: &[analysis::Timex],
    title: &[text::words::Token],
    language: &str,
) -> Vec<analysis::Keyword> {
    let kinds: Vec<Kind> = spans.iter().map(|s| s.1).collect();
    let mut dates: Vec<Range<usize>> = timexes.iter().map(|t| t.start..t.end).collect();
    order::sort_by(&mut dates, |a, b| (a.start, a.end).cmp(&(b.start, b.end)));
    summary::keywords(text, tokens, &kinds, &dates, title, language, summary::KEYWORDS)
}

/// What the summary and the timeline read: the language, the sentences (each with its block's
/// kind and byte range in `doc.text`), their tokens and the title's.
pub struct Prepared {
    pub language: String,
    pub spans: Vec<(Range<usize>, Kind)>,
    pub ranges: Vec<Range<usize>>,
    pub tokens: Vec<Vec<text::words::Token>>,
    pub title_tokens: Vec<text::words::Token>,
    /// The budgets that cut the sentences or tokens (crate::limits).
    pub cut: Vec<limits::Cut>,
}

/// Step 2 of the pipeline: the language (forced or identified on the prose), sentences within
/// blocks (each keeps its block's kind) and their tokens. Public so that the summary tuner
/// (examples/tune_summary.rs) reads articles exactly as [`analyze`] does.
pub fn prepare(doc: &input::Document, options: &Options) -> Prepared {
    prepare_staged(doc, options, &mut |_| {})
}

/// [`prepare`], calling `mark` as the language, sentences and tokens stages end.
fn prepare_staged(doc: &input::Document, options: &Options, mark: &mut dyn FnMut(Stage)) -> Prepared {
    let text = doc.text.as_str();
    let language = match &options.language {
        Some(l) => l.trim().split(['-', '_']).next().unwrap_or("").to_ascii_lowercase(), // "en-GB" -> "en"
        None => {
            let prose: String = doc
                .blocks
                .iter()
                .filter(|b| b.kind == Kind::Prose)
                .map(|b| &text[b.range.clone()])
                .take(40)
                .collect::<Vec<_>>()
                .join("\n");
            text::language::identify(if prose.trim().is_empty() { text } else { &prose }).to_string()
        }
    };
    mark(Stage::Language);
    let segmenter = text::sentences::Segmenter::new(text, &language);
    // Budgets (crate::limits): at most max_sentences sentences and max_tokens word tokens are
    // analyzed; what follows is left out, and `cut` says from where.
    let mut cut = Vec::new();
    let max_sentences = limits::max_sentences(text.len());
    let mut spans: Vec<(Range<usize>, Kind)> = Vec::new();
    'blocks: for block in &doc.blocks {
        // A page's paragraph that is a time stamp or byline line by its words, not its markup.
        let kind = match doc.is_page() {
            true => input::furniture::page_block_kind(&text[block.range.clone()], block.kind, &language),
            false => block.kind,
        };
        for piece in limits::pieces(text, block.range.clone()) {
            for r in segmenter.split(piece) {
                if spans.len() == max_sentences {
                    cut.push(limits::Cut::new("sentences", max_sentences as u64, format!("the text has more than {max_sentences} sentences: only the first {max_sentences} were analyzed")));
                    break 'blocks;
                }
                spans.push((r, kind));
            }
        }
    }
    mark(Stage::Sentences);
    let max_tokens = limits::max_tokens(text.len());
    let mut ranges: Vec<Range<usize>> = spans.iter().map(|s| s.0.clone()).collect();
    let (tokens, over) = text::words::tokens_each_upto(text, &ranges, &language, max_tokens);
    if over {
        // The sentence that crossed the budget was read up to it; the ones after it are not
        // analyzed.
        spans.truncate(tokens.len());
        ranges.truncate(tokens.len());
        cut.push(limits::Cut::new(
            "tokens",
            max_tokens as u64,
            format!("the text has more than {max_tokens} words: only the first {max_tokens} were analyzed"),
        ));
    }
    let title_tokens =
        doc.title.as_deref().map(|t| text::words::tokens_upto(t, 0..t.len(), &language, 1000)).unwrap_or_default();
    mark(Stage::Tokens);
    Prepared { language, spans, ranges, tokens, title_tokens, cut }
}

/// Which sentences a summary may use: prose; on a web page, prose of three words or more that
/// ends like a sentence. A piece that does not (a line cut by a `<br>`, a label run into its paragraph, a caption
/// without a stop) or that leads in to what follows (ends with ':') reads as junk alone. Only
/// on a page that ends most of its prose sentences with stops: Thai keeps them all. Pasted text
/// keeps them too: its lines are the text reader's to join (cutting them cost 0.8 points of
/// keyword F1@5 on DUC-2001, whose keywords come from the same sentences).
fn summary_ready(text: &str, spans: &[(Range<usize>, Kind)], page: bool) -> Vec<bool> {
    let mut ready = match page {
        true => page_ready(text, spans),
        false => spans.iter().map(|s| s.1 == Kind::Prose).collect(),
    };
    heading_like(text, spans, &mut ready);
    ready
}

/// [`summary_ready`] on a web page, before the rules for any input.
fn page_ready(text: &str, spans: &[(Range<usize>, Kind)]) -> Vec<bool> {
    // Sentences of eight words or more vote: a list of names or figures says nothing of it.
    let prose = spans.iter().filter(|s| s.1 == Kind::Prose && text[s.0.clone()].split_whitespace().nth(7).is_some());
    let (n, ended) =
        prose.fold((0, 0), |(n, e), s| (n + 1, e + extract::blocks::ends_sentence(&text[s.0.clone()]) as usize));
    let punctuated = ended * 2 >= n;
    spans
        .iter()
        .map(|(r, kind)| {
            // Three words at least: "ERDEN." (a dateline run into its paragraph), "Warning!"
            // (scripts written without spaces between words count by their letters).
            let s = text[r.clone()].trim_end();
            let unspaced = |c: char| {
                c.is_alphabetic() && matches!(c as u32, 0x0E00..=0x0FFF | 0x1000..=0x109F | 0x1780..=0x17FF | 0x2E80..)
            };
            let words = s.split_whitespace().nth(2).is_some() || s.chars().any(unspaced);
            *kind == Kind::Prose && words && (!punctuated || (extract::blocks::ends_sentence(s) && !s.ends_with(':')))
        })
        .collect()
}

/// Questions that are headings, not prose: a question of at most 25 words that is a block of its
/// own (blank lines around it) with a prose block after it (an interview's or a FAQ's
/// question, a section's "Why does it matter?"), or that repeats the heading just before it (the
/// heading echoed as its section's first sentence). A statement that ends in a question ("...
/// one question: why?") is prose. Clears their `ready`.
fn heading_like(text: &str, spans: &[(Range<usize>, Kind)], ready: &mut [bool]) {
    // Blocks apart: a blank line between (a page's blocks always have one). Bytes: every mark
    // read here is ASCII or a whole character's bytes.
    let t = text.as_bytes();
    let apart = |gap: &[u8]| gap.iter().filter(|&&b| b == b'\n').count() > 1;
    let (mut heading, mut prev): (&[u8], _) = (b"", None);
    for (i, ((r, kind), ready)) in spans.iter().zip(ready).enumerate() {
        let s = &t[r.clone()];
        if matches!(kind, Kind::Heading | Kind::Title) {
            heading = s;
        }
        let alone = prev.is_none_or(|end: usize| apart(&t[end.min(r.start)..r.start]))
            && spans.get(i + 1).is_some_and(|n| n.1 == Kind::Prose && apart(&t[r.end..n.0.start]));
        prev = Some(r.end);
        let question = (s.ends_with(b"?") || s.ends_with("？".as_bytes()) || s.ends_with("؟".as_bytes()))
            && !s.contains(&b':')
            && s.iter().filter(|&&b| b == b' ').count() < 25;
        *ready &= !(*kind == Kind::Prose && question && (alone || s == heading));
    }
}
