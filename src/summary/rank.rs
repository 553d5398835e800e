//! Sentence ranking. Each prose sentence gets a score from
//!
//! - a lead prior `(1 + k)^-lead` over its position k among prose sentences (news puts the story
//!   first; the shape is a power law, not learned);
//! - directed, position-aware centrality over tf-idf vectors of stems without stop words, and of
//!   pairs of content words in a row (the phrases two sentences share, at weight `bigram`), after
//!   PacSum (Zheng & Lapata 2019): similarities under a threshold are dropped, an edge to a later
//!   sentence counts `forward`, to an earlier one `backward`;
//! - its overlap with the title and with the opening sentence;
//! - the density of names and numbers (the facts a summary reports);
//! - factors for sentences that cannot stand alone: questions, quotations without attribution,
//!   very short or very long sentences, openers that lean on the sentence before, a paragraph
//!   that trails off in an ellipsis.
//!
//! Past [`WINDOW`] sentences each one is compared only with its neighbours, so time and memory
//! stay linear in the number of sentences. The parameters in [`Params::DEFAULT`] were tuned on
//! SummEval, the length blend (`spread_*`) by cross-validation on 4,368 CNN/DailyMail articles
//! (DESIGN.md, "Summaries", "Summary parameters across sets").

use super::cues;
use super::vectors::{cosine, vectors, Vector};
use crate::text::words::Token;
use std::ops::Range;

/// Each sentence is compared with at most this many sentences on either side.
pub const WINDOW: usize = 100;

/// Sentences of front matter (captions, editor's notes, a repeated headline) that can stand
/// before an article's dateline.
pub const FRONT_MATTER: usize = 3;

/// The ranking's few parameters.
#[derive(Debug, Clone, Copy)]
pub struct Params {
    /// Exponent of the lead prior.
    pub lead: f64,
    /// Weight of centrality (scaled to 0..1 per article).
    pub central: f64,
    /// Weight of a pair of content words in a row ("interest rates", stop words between them
    /// skipped) in the sentence vectors, relative to a single stem.
    pub bigram: f64,
    /// PacSum edge weights towards later and earlier sentences.
    pub forward: f64,
    pub backward: f64,
    /// PacSum threshold: similarities under min + beta (max - min) are dropped.
    pub beta: f64,
    /// Weight of the overlap with the title and with the opening sentence.
    pub title: f64,
    pub opening: f64,
    /// Weight of the share of names and numbers among the words.
    pub facts: f64,
    /// Factor for a question, a quotation without attribution, an opener that leans back, a
    /// sentence that ends its paragraph in an ellipsis (a teaser: "..., and more…").
    pub question: f64,
    pub quote: f64,
    pub dependent: f64,
    pub trailing: f64,
    /// Factors for the page talking ([`aside`]: a call to the reader; the page naming itself),
    /// and for an item of a list (a run of [`LIST_RUN`] short sentences each a block alone).
    pub aside: f64,
    pub meta: f64,
    pub listed: f64,
    /// Sentences under `short` words get factor `short_factor`; past `long` words the score
    /// falls as (long / words)^`long_decay`.
    pub short: f64,
    pub short_factor: f64,
    pub long: f64,
    pub long_decay: f64,
    /// Length normalization: every score is multiplied by (`typical` / words)^`length_norm`,
    /// favouring sentences that say much in few words (references are short).
    pub typical: f64,
    pub length_norm: f64,
    /// Size of the summary, in sentences (for a word budget: the budget over the mean sentence
    /// length), up to which the ranking is fully position-aware, and from which it is plain
    /// undirected centrality (weight `long_central`, lead prior `cover_lead`); in between, a
    /// linear blend. The first few sentences of a news story are its summary; a long summary
    /// must cover the story.
    pub lead_size: f64,
    pub cover_size: f64,
    pub long_central: f64,
    /// Lead prior exponent kept at full coverage.
    pub cover_lead: f64,
    /// Selection: a candidate more similar than `redundant` to a chosen sentence is never
    /// taken; otherwise its value is its score minus `redundancy` times that similarity.
    pub redundant: f64,
    pub redundancy: f64,
    /// Long stories spread their news: from `spread_from` prose sentences to `spread_to`, the
    /// lead prior, centrality weight, PacSum threshold, backward weight, word-pair weight and
    /// selection's redundancy penalty move linearly to `spread_lead`, `spread_central`,
    /// `spread_beta`, `spread_backward`, `spread_bigram`, `spread_redundancy` (before `for_size`).
    pub spread_from: f64,
    pub spread_to: f64,
    pub spread_lead: f64,
    pub spread_central: f64,
    pub spread_beta: f64,
    pub spread_backward: f64,
    pub spread_bigram: f64,
    pub spread_redundancy: f64,
}

impl Params {
    pub const DEFAULT: Params = Params {
        lead: 0.9,
        central: 0.35,
        bigram: 0.65,
        forward: 1.0,
        backward: -0.6,
        beta: 0.5,
        title: 0.3,
        opening: 0.0,
        facts: 0.3,
        question: 1.0,
        quote: 0.85,
        dependent: 0.8,
        trailing: 0.5,
        aside: 0.3,
        meta: 0.8,
        listed: 0.25,
        short: 6.0,
        short_factor: 0.6,
        long: 35.0,
        long_decay: 0.5,
        typical: 20.0,
        length_norm: 0.0,
        lead_size: 3.0,
        cover_size: 5.0,
        long_central: 2.0,
        cover_lead: 0.0,
        redundant: super::select::REDUNDANT,
        redundancy: super::select::REDUNDANCY,
        spread_from: 20.0,
        spread_to: 30.0,
        spread_lead: 0.3,
        spread_central: 0.7,
        spread_beta: 0.0,
        spread_backward: 0.0,
        spread_bigram: 0.0,
        spread_redundancy: 0.0,
    };

    /// The parameters for an article of `n` prose sentences (see `spread_from`).
    pub fn for_length(&self, n: usize) -> Params {
        let g = ((n as f64 - self.spread_from) / (self.spread_to - self.spread_from).max(1.0)).clamp(0.0, 1.0);
        let blend = |short: f64, long: f64| (1.0 - g) * short + g * long;
        Params {
            lead: blend(self.lead, self.spread_lead),
            central: blend(self.central, self.spread_central),
            beta: blend(self.beta, self.spread_beta),
            backward: blend(self.backward, self.spread_backward),
            bigram: blend(self.bigram, self.spread_bigram),
            redundancy: blend(self.redundancy, self.spread_redundancy),
            ..*self
        }
    }

    /// The parameters for a summary of about `size` sentences (see `lead_size`).
    pub fn for_size(&self, size: f64) -> Params {
        let g = ((self.cover_size - size) / (self.cover_size - self.lead_size).max(1e-9)).clamp(0.0, 1.0);
        let blend = |lead: f64, cover: f64| g * lead + (1.0 - g) * cover;
        Params {
            lead: blend(self.lead, self.cover_lead),
            central: blend(self.central, self.long_central),
            backward: blend(self.backward, self.forward),
            beta: blend(self.beta, 0.0),
            ..*self
        }
    }

    /// The defaults, or (in a build with the `tune` feature) the defaults overridden by
    /// `NUTSHELL_TUNE="lead=0.6,central=0.4"`: how eval/summary/tune.py searches them.
    pub fn current() -> Params {
        #[cfg(feature = "tune")]
        if let Ok(spec) = std::env::var("NUTSHELL_TUNE") {
            return Params::DEFAULT.with(&spec).expect("NUTSHELL_TUNE");
        }
        Params::DEFAULT
    }

    /// These parameters with some overridden by a spec `"lead=0.6,central=0.4"` (the tuner's
    /// form; native builds only).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn with(&self, spec: &str) -> Result<Params, String> {
        let mut p = *self;
        for kv in spec.split(',').filter(|s| !s.is_empty()) {
            let (k, v) = kv.split_once('=').ok_or(format!("{kv}: not key=value"))?;
            let v: f64 = v.parse().map_err(|_| format!("{kv}: not a number"))?;
            let f = match k {
                "lead" => &mut p.lead,
                "central" => &mut p.central,
                "bigram" => &mut p.bigram,
                "forward" => &mut p.forward,
                "backward" => &mut p.backward,
                "beta" => &mut p.beta,
                "title" => &mut p.title,
                "opening" => &mut p.opening,
                "facts" => &mut p.facts,
                "question" => &mut p.question,
                "quote" => &mut p.quote,
                "dependent" => &mut p.dependent,
                "trailing" => &mut p.trailing,
                "aside" => &mut p.aside,
                "meta" => &mut p.meta,
                "listed" => &mut p.listed,
                "short" => &mut p.short,
                "short_factor" => &mut p.short_factor,
                "long" => &mut p.long,
                "long_decay" => &mut p.long_decay,
                "typical" => &mut p.typical,
                "length_norm" => &mut p.length_norm,
                "lead_size" => &mut p.lead_size,
                "cover_size" => &mut p.cover_size,
                "long_central" => &mut p.long_central,
                "cover_lead" => &mut p.cover_lead,
                "redundant" => &mut p.redundant,
                "redundancy" => &mut p.redundancy,
                "spread_from" => &mut p.spread_from,
                "spread_to" => &mut p.spread_to,
                "spread_lead" => &mut p.spread_lead,
                "spread_central" => &mut p.spread_central,
                "spread_beta" => &mut p.spread_beta,
                "spread_backward" => &mut p.spread_backward,
                "spread_bigram" => &mut p.spread_bigram,
                "spread_redundancy" => &mut p.spread_redundancy,
                _ => return Err(format!("unknown parameter {k}")),
            };
            *f = v;
        }
        Ok(p)
    }
}

/// What the ranking reads off one sentence's surface.
#[derive(Debug, Clone, Copy, Default)]
pub struct Surface {
    pub words: usize,
    pub question: bool,
    /// Ends its paragraph in an ellipsis: it trails off ("..., soil, origin, and more…"); not
    /// an ellipsis inside a paragraph, where a quotation leaves words out.
    pub trailing: bool,
    /// Opens with a quotation mark and names no speaker.
    pub unattributed_quote: bool,
    /// Opens with a pronoun or connective that leans on the sentence before.
    pub dependent: bool,
    /// Share of words that are names (capitalized inside the sentence) or numbers.
    pub facts: f64,
    /// Raises a question without answering it (teaser cue).
    pub open_question: bool,
    /// The page talking, not the story ([`aside`]): a call to the reader, the page naming itself.
    pub aside: bool,
    pub meta: bool,
}

/// Whether a sentence opens an article's body: it starts with a dateline ("NEW YORK --",
/// "MUMBAI, India -", "(CNN) --", "MADRID (AP) -", "(Instagram)") or a picture
/// credit ("Photograph: Jane Doe/Agency The man..."). What comes before such a sentence at the
/// top of a page is front matter: a caption, an editor's note, a repeated headline.
pub fn opens_body(sentence: &str) -> bool {
    let capital =
        |w: &str| w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || !c.is_alphanumeric());
    if sentence.starts_with('(') {
        // "(CNN) --", "(Instagram) A young woman": a source in brackets, in capitals.
        let close = sentence.bytes().take(60).position(|b| b == b')').unwrap_or(0);
        return close > 1 && sentence[1..close].split_whitespace().all(capital);
    }
    let mut words = sentence.split_whitespace();
    let mut w = words.next().unwrap_or("");
    let word = w.trim_matches(|c: char| !c.is_alphanumeric());
    if w.ends_with(':') || sentence[w.len()..].trim_start().starts_with(':') {
        return cues::contains(cues::CREDITS, &crate::text::lower::lower(word));
    }
    // "NEW YORK --", "MUMBAI, India -", "LONDON, Jan. 27--": a place in capitals, then a dash.
    if word.len() < 2 || !word.chars().all(char::is_uppercase) {
        return false;
    }
    for _ in 0..10 {
        if matches!(w.chars().next_back(), Some('-' | '–' | '—')) {
            return true;
        }
        match words.next() {
            Some(next) if capital(w) => w = next,
            _ => return false,
        }
    }
    false
}

/// Words of a sentence's opening within which a demonstrative after stop words points back
/// ("Most of this money": the third).
const DEMONSTRATIVE_REACH: usize = 3;

/// Whether a sentence needs the one before it to make sense: it opens with a pronoun or
/// connective ("He said", "But", "Diese"; a demonstrative before a noun of time is the calendar's:
/// "This year"), with a leaning phrase ("In other words", "Sin embargo"), with "The two" and the
/// like, with a demonstrative after stop words only ("In this design", "In diesem Fall"); it
/// closes with a leaning tag after a comma ("..., that is."); or it continues a quotation the
/// sentence before opened (a closing quotation mark with no opening one before it).
pub fn leans_back(text: &str, range: Range<usize>, toks: &[Token], lang: &str) -> bool {
    let Some(first) = toks.first() else { return false };
    let is = |table: &[(&'static str, &'static str)], k: usize| {
        toks.get(k).is_some_and(|t| cues::contains(cues::of(table, lang), &t.norm))
    };
    // "This year" points at the calendar, "this article" at the page: neither leans back.
    let calendar = |k: usize| is(cues::DEMONSTRATIVES, k) && (is(cues::DEICTIC_TIME, k + 1) || is(cues::MEDIA, k + 1));
    if cues::contains(cues::of(cues::DEPENDENT_OPENERS, lang), &first.norm) && !calendar(0) {
        return true;
    }
    if cues::of(cues::BACK_REFERENCES, lang).split('|').any(|p| phrase_at(toks, p)) {
        return true;
    }
    if cues::of(cues::DEPENDENT_PHRASES, lang).split('|').any(|p| phrase_at(toks, p)) {
        return true;
    }
    for k in 1..=DEMONSTRATIVE_REACH.min(toks.len().saturating_sub(2)) {
        if !toks[k - 1].stop && !toks[k - 1].norm.chars().all(|c| c.is_ascii_digit()) {
            break;
        }
        // A determiner, before a noun (not "Is this the end?").
        if is(cues::DEMONSTRATIVES, k) && !toks[k + 1].stop && !calendar(k) {
            return true;
        }
    }
    // "..., that is.": the tag's words end the sentence, a comma before them.
    for tag in cues::of(cues::DEPENDENT_TAGS, lang).split('|').filter(|t| !t.is_empty()) {
        let n = tag.split(' ').count();
        if toks.len() > n + 2
            && phrase_at(&toks[toks.len() - n..], tag)
            && text[toks[toks.len() - n - 1].end..toks[toks.len() - n].start].contains(',')
        {
            return true;
        }
    }
    continues_quote(&text[range.start.min(first.start)..range.end.max(first.start)])
}

/// Whether `words` begin with phrase `p` (words one space apart).
fn phrase_at(words: &[Token], p: &str) -> bool {
    let n = p.split(' ').count();
    words.len() >= n && p.split(' ').zip(words).all(|(w, t)| w == t.norm)
}

/// How a sentence is the page talking rather than the story: `.0` a call to the reader opens
/// it ("Click ...", "Stay tuned"), it asks the reader to turn to the site ("... and subscribe
/// to our channel", "Folgen Sie uns") or points to another of the site's pieces ("in unserer
/// Reportage", "our newsletter"); `.1` it names the page itself ("In this article ...", "cet
/// article").
pub fn aside(toks: &[Token], lang: &str) -> (bool, bool) {
    let phrases = |table: &[(&'static str, &'static str)]| cues::of(table, lang).split('|').filter(|p| !p.is_empty());
    let (ours, these, media) =
        (cues::of(cues::OUR, lang), cues::of(cues::DEMONSTRATIVES, lang), cues::of(cues::MEDIA, lang));
    let named = |k: usize, by: &str| {
        k + 1 < toks.len() && cues::contains(by, &toks[k].norm) && cues::contains(media, &toks[k + 1].norm)
    };
    let call = phrases(cues::CALLS).any(|p| phrase_at(toks, p))
        || (0..toks.len()).any(|k| named(k, ours) || phrases(cues::CALLS_TO_US).any(|p| phrase_at(&toks[k..], p)));
    (call, (0..toks.len()).any(|k| named(k, these)))
}

/// Whether a sentence closes a quotation it did not open (its first quotation mark closes:
/// "I don't have any set ideas.”", "... set ideas . ''").
fn continues_quote(s: &str) -> bool {
    quote_marks(s, None).0
}

/// A sentence's quotation marks read from state `open` (the mark of a quotation still open
/// when it starts, if any): whether it closes a quotation it did not open, and the quotation
/// left open at its end.
fn quote_marks(s: &str, mut open: Option<char>) -> (bool, Option<char>) {
    let mut closed_earlier = false;
    let mut prev = ' ';
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let next = chars.peek().copied().unwrap_or(' ');
        let closes = match c {
            '“' if open == Some('„') => true,
            '«' if open == Some('»') => true,
            '»' if open == Some('«') => true,
            '“' | '„' | '«' | '»' => {
                open = Some(c);
                false
            }
            '”' => true,
            '"' if open == Some('"') => true,
            '"' if prev.is_whitespace() || !next.is_whitespace() && !next.is_ascii_punctuation() => {
                open = Some('"');
                false
            }
            '"' => true,
            '`' if next == '`' => {
                open = Some('`');
                false
            }
            '\'' if next == '\'' && open == Some('`') => true,
            '\'' if next == '\'' && prev.is_whitespace() => true,
            _ => false,
        };
        if closes {
            closed_earlier |= open.is_none();
            open = None;
        }
        prev = c;
    }
    (closed_earlier, open)
}

/// Sentences a quotation holds together: `inside[i]` when sentence i starts within a quotation
/// that an earlier sentence of its paragraph opened and left open (“The vaccine may still
/// help. We could not measure that,” she said.), so that it reads only after that sentence.
/// A sentence that opens a quotation of its own starts afresh, and a quotation left open past
/// [`QUOTE_RUN`] sentences is taken as a stray mark.
pub fn inside_quotes(text: &str, ranges: &[Range<usize>]) -> Vec<bool> {
    let mut inside = vec![false; ranges.len()];
    let (mut open, mut run, mut end_before, mut opened_after) = (None, 0, 0, false);
    for (i, r) in ranges.iter().enumerate() {
        let gap = text.get(end_before.min(r.start)..r.start).unwrap_or("");
        end_before = r.end;
        let s = text[r.clone()].trim_start();
        let mut chars = s.chars();
        let opens_afresh = match (chars.next(), chars.next()) {
            (Some('“'), _) => open != Some('„'),
            (Some('«'), _) => open != Some('»'),
            (Some('»'), _) => open != Some('«'),
            (Some('„' | '"' | '`' | '‘'), _) => true,
            (Some('\''), Some(c)) => c != '\'' && !c.is_whitespace(),
            _ => false,
        };
        let paragraph = gap.matches('\n').count() >= 2;
        if opens_afresh || paragraph || run >= QUOTE_RUN {
            open = None;
        }
        // A mark the segmenter left after the sentence before ("... he said . \" There were")
        // opens this sentence's quotation.
        inside[i] = open.is_some() && !opened_after;
        let (_, end) = quote_marks(s, open);
        let body = s.trim_end_matches(|c: char| c.is_whitespace() || QUOTE_MARKS.contains(c));
        opened_after = end.is_some() && quote_marks(body, open).1.is_none();
        run = if end.is_some() && end == open { run + 1 } else { 0 };
        open = end;
    }
    inside
}

/// The quotation marks [`quote_marks`] reads.
const QUOTE_MARKS: &str = "\"'`“”„«»‘";

/// Sentences a quotation may run over, after the one that opens it, before an unclosed mark is
/// taken as a stray one.
pub const QUOTE_RUN: usize = 3;

pub fn surface(text: &str, range: Range<usize>, toks: &[Token], lang: &str) -> Surface {
    let Some(first) = toks.first() else { return Surface::default() };
    let last = toks.last().map(|t| t.end).unwrap_or(first.end);
    // The sentence's own characters before its first word and after its last.
    // An opening quote mark sits right against the first word ("'We", "“We", "`` We"); one
    // followed by a space closes the quotation the sentence before began ("' Merson said").
    let head = &text[range.start.min(first.start)..first.start];
    let opens_quote = head.contains("``") || head.ends_with(['\'', '"', '‘', '“']) && !head.ends_with("''");
    let tail = &text[last..range.end.max(last)];
    let question = tail.contains('?');
    let attributed = toks.iter().any(|t| cues::contains(cues::ATTRIBUTION, &t.norm));
    let dependent = leans_back(text, range.clone(), toks, lang);
    let facts = toks
        .iter()
        .skip(1)
        .filter(|t| {
            let c = text[t.start..].chars().next().unwrap_or(' ');
            c.is_ascii_digit() || (c.is_uppercase() && !t.stop)
        })
        .count() as f64
        / toks.len().max(1) as f64;
    let (call, meta) = aside(toks, lang);
    let open_question = question || toks.iter().any(|t| cues::contains(cues::QUESTION_CUES, &t.norm));
    Surface {
        words: toks.len(),
        question,
        trailing: (tail.contains('…') || tail.contains("..."))
            && text[range.end.max(last)..].trim_start_matches([' ', '\t']).chars().next().is_none_or(|c| c == '\n'),
        unattributed_quote: opens_quote && !attributed,
        dependent,
        facts,
        open_question,
        aside: call,
        meta,
    }
}

/// Score the sentences: `rankable[i]` false keeps sentence i at 0 and out of the graph.
/// `title` holds the title's tokens, if any; `teaser` favours sentences that raise a question.
// Parallel slices of one sentence list; one `Sentences` stage type is issue 19's item 3.
#[allow(clippy::too_many_arguments)]
pub fn rank(
    text: &str,
    ranges: &[Range<usize>],
    sentences: &[Vec<Token>],
    rankable: &[bool],
    title: &[Token],
    lang: &str,
    p: &Params,
    teaser: bool,
) -> Vec<f64> {
    let idx: Vec<usize> = (0..sentences.len()).filter(|&i| rankable[i]).collect();
    let mut scores = vec![0.0; sentences.len()];
    let n = idx.len();
    if n == 0 {
        return scores;
    }
    let mut all: Vec<&[Token]> = idx.iter().map(|&i| sentences[i].as_slice()).collect();
    all.push(title);
    let vecs = vectors(&all, p.bigram);
    let title_vec = &vecs[n];
    let central = centrality(&vecs[..n], p);
    // A dateline or credit among the first few sentences: the body starts there, and the lead
    // prior counts from it; the front matter before it ranks as if it followed the body's lead.
    let mut body = 0;
    for k in 1..n.min(FRONT_MATTER + 1) {
        if opens_body(text[ranges[idx[k]].clone()].trim_start()) {
            body = k;
            break;
        }
    }
    let listed = list_items(text, ranges, sentences, rankable);
    for (k, &i) in idx.iter().enumerate() {
        let s = surface(text, ranges[i].clone(), &sentences[i], lang);
        let words = s.words as f64;
        let position = if k >= body { k - body } else { FRONT_MATTER + k };
        let prior = (1.0 + position as f64).powf(-p.lead);
        let opening = if k == body { 1.0 } else { cosine(&vecs[k], &vecs[body]) };
        let mut score = prior
            + p.central * central[k]
            + p.title * cosine(&vecs[k], title_vec)
            + p.opening * opening
            + p.facts * s.facts;
        score *= (p.typical / words.max(1.0)).powf(p.length_norm);
        if words < p.short {
            score *= p.short_factor;
        }
        if words > p.long {
            score *= (p.long / words).powf(p.long_decay);
        }
        if s.unattributed_quote {
            score *= p.quote;
        }
        if s.dependent {
            score *= p.dependent;
        }
        if s.trailing {
            score *= p.trailing;
        }
        if s.aside {
            score *= p.aside;
        }
        if s.meta {
            score *= p.meta;
        }
        if listed[i] {
            score *= p.listed;
        }
        if teaser {
            if s.open_question {
                score *= 1.6;
            }
        } else if s.question {
            score *= p.question;
        }
        scores[i] = score.max(1e-6);
    }
    scores
}

/// Sentences in a list run: at least this many prose sentences in a row, each a block (a line
/// or paragraph) alone and at most [`LIST_WORDS`] words.
pub const LIST_RUN: usize = 3;
pub const LIST_WORDS: usize = 10;

/// Which sentences are items of a list: a table of contents, the bullets of a how-to, a row of
/// section headings ("Using pipenv in your Docker build." "Using poetry in your Docker
/// build."). Linear.
pub fn list_items(text: &str, ranges: &[Range<usize>], sentences: &[Vec<Token>], rankable: &[bool]) -> Vec<bool> {
    let n = ranges.len();
    let alone = |i: usize| {
        let before = i == 0 || text.get(ranges[i - 1].end..ranges[i].start).is_some_and(|g| g.contains('\n'));
        let after = i + 1 == n || text.get(ranges[i].end..ranges[i + 1].start).is_some_and(|g| g.contains('\n'));
        before && after
    };
    let item: Vec<bool> = (0..n).map(|i| rankable[i] && sentences[i].len() <= LIST_WORDS && alone(i)).collect();
    let mut out = vec![false; n];
    let mut i = 0;
    while i < n {
        let j = (i..n).find(|&j| !item[j]).unwrap_or(n);
        if j - i >= LIST_RUN {
            out[i..j].iter_mut().for_each(|x| *x = true);
        }
        i = j.max(i + 1);
    }
    out
}

/// PacSum centrality over a windowed graph, scaled to 0..1. Two passes over the pairs (the
/// threshold needs the range of all similarities first), so no edge list is kept: memory is
/// linear in the sentences, not in sentences times the window (1M short sentences made 100M
/// edges, 1.6 GB).
fn centrality(vecs: &[Vector], p: &Params) -> Vec<f64> {
    let n = vecs.len();
    let pairs = || (0..n).flat_map(move |a| (a + 1..(a + WINDOW + 1).min(n)).map(move |b| (a, b)));
    let (mut lo, mut hi, mut any) = (f64::MAX, f64::MIN, false);
    for (a, b) in pairs() {
        let s = cosine(&vecs[a], &vecs[b]);
        lo = lo.min(s);
        hi = hi.max(s);
        any |= s > 0.0;
    }
    let mut central = vec![0.0; n];
    if !any {
        return central;
    }
    let threshold = lo + p.beta * (hi - lo);
    for (a, b) in pairs() {
        let s = cosine(&vecs[a], &vecs[b]);
        if s > 0.0 && s > threshold {
            // a is earlier: the edge points forward from a and backward from b.
            central[a] += p.forward * s;
            central[b] += p.backward * s;
        }
    }
    let min = central.iter().cloned().fold(f64::MAX, f64::min);
    let max = central.iter().cloned().fold(f64::MIN, f64::max);
    let span = (max - min).max(1e-9);
    central.iter().map(|c| (c - min) / span).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::words::tokens;

    fn toks(t: &str) -> Vec<Token> {
        tokens(t, 0..t.len(), "en")
    }

    #[test]
    fn surface_reads_questions_quotes_and_openers() {
        let t = "'We will win,' the crowd chanted. Is this the end? But the mayor said no.";
        let at = |r: Range<usize>| surface(t, r.clone(), &tokens(t, r, "en"), "en");
        let a = at(0..33);
        assert!(a.unattributed_quote && !a.question, "{:?}", &t[0..33]);
        let b = at(34..50);
        assert!(b.question && !b.dependent, "{:?}", &t[34..50]);
        let c = at(51..t.len());
        assert!(c.dependent && !c.question && !c.unattributed_quote);
        for (s, dependent) in [
            ("The two are easy to do.", true),
            ("Both men were later released.", true),
            ("The latter declined to comment.", true),
            ("The two-day summit opened in Lima.", false),
            ("The three candidates met in Lima.", true),
            ("The twin towers fell.", false),
        ] {
            assert_eq!(surface(s, 0..s.len(), &toks(s), "en").dependent, dependent, "{s}");
        }
        let closing = "' Merson said he would stay.";
        assert!(!surface(closing, 0..closing.len(), &toks(closing), "en").unattributed_quote);
        let q = "'We will win,' the mayor said.";
        assert!(!surface(q, 0..q.len(), &toks(q), "en").unattributed_quote);
        // The sentence is the text up to `end`; what follows tells whether its paragraph ends.
        for (s, end, trailing) in [
            ("There is much awry in American politics \u{2026}\n\nKlein argues otherwise.", 43, true),
            ("We cover watering, soil, light and more...", 42, true),
            ("There was still a crowd ... But we left.", 27, false),
            ("He paused... then said yes.\n", 27, false),
        ] {
            assert_eq!(surface(s, 0..end, &tokens(s, 0..end, "en"), "en").trailing, trailing, "{s}");
        }
    }

    #[test]
    fn sentences_that_lean_back_in_each_language() {
        let cases: &[(&str, &str, bool)] = &[
            ("en", "In this design, comparisons were limited to people near the threshold.", true),
            ("en", "Most of this money was moved abroad.", true),
            ("en", "This year the council cut the budget.", false),
            ("en", "In this article, I explain how to resize fonts.", false),
            ("en", "In 2019 this town voted to leave.", true),
            ("en", "Accordingly, health authorities changed the rules.", true),
            ("en", "In other words, the cells protect the skin.", true),
            ("en", "Nobody is safe on the trains, unless you are a man, that is.", true),
            ("en", "The vaccine had no effect on deaths, researchers found.", false),
            ("en", "I don't have any set ideas.\u{201d}", true),
            ("en", "\u{201c}I don't have any set ideas,\u{201d} she said.", false),
            ("en", "Voters said \"no\" twice.", false),
            ("en", "Is this the end?", false),
            ("en", "ideas . ''", true),
            ("en", "`` we will win , '' he said .", false),
            ("de", "In diesem Fall zahlt der Kunde eine Rate.", true),
            ("de", "Diese Woche beginnt der Bau der Brücke.", false),
            ("de", "Trotzdem wurde die Autobahn gebaut.", true),
            ("de", "Die Polizei ermittelt weiter in Trittenheim.", false),
            ("de", "\u{201e}Wir bauen weiter\u{201c}, sagte der Minister.", false),
            ("fr", "Cette année, la ville a fermé le pont.", false),
            ("fr", "Dans ce cas, le client paie une mensualité.", true),
            ("fr", "En revanche, la ville a fermé le pont.", true),
            ("es", "En este caso, el cliente paga una cuota.", true),
            ("es", "Sin embargo, la ciudad cerró el puente.", true),
            ("es", "El gobierno cerró el puente el martes.", false),
        ];
        for &(lang, s, want) in cases {
            let toks = tokens(s, 0..s.len(), lang);
            assert_eq!(leans_back(s, 0..s.len(), &toks, lang), want, "{lang}: {s}");
        }
    }

    #[test]
    fn quotations_hold_their_sentences_together() {
        let inside = |parts: &[&str], sep: &str| {
            let text = parts.join(sep);
            let mut ranges = Vec::new();
            let mut at = 0;
            for p in parts {
                ranges.push(at..at + p.len());
                at += p.len() + sep.len();
            }
            inside_quotes(&text, &ranges)
        };
        let quote =
            ["\u{201c}We cannot stop.", "Every test fails.", "Closing is right,\u{201d} she said.", "The port closes."];
        assert_eq!(inside(&quote, " "), [false, true, true, false]);
        // A paragraph break ends a quotation left open (the next paragraph would open it again).
        assert_eq!(inside(&quote, "\n\n"), [false, false, false, false]);
        let german = ["\u{201e}Wir bauen weiter.", "Die Br\u{fc}cke kommt\u{201c}, sagte er.", "Sie kostet viel."];
        assert_eq!(inside(&german, " "), [false, true, false]);
        // Wire copy: the opening mark left on the sentence before.
        let wire = ["Doungal said . \"", "There were many .", "Many were students , \" he said .", "Police came ."];
        assert_eq!(inside(&wire, " "), [false, false, true, false]);
        let afresh = ["\u{201c}We cannot stop.", "\u{201c}Nobody can,\u{201d} he said.", "He left."];
        assert_eq!(inside(&afresh, " "), [false, false, false]);
        let stray = ["\u{201c}A stray mark.", "One.", "Two.", "Three.", "Four.", "Five."];
        assert_eq!(inside(&stray, " "), [false, true, true, true, false, false]);
    }

    #[test]
    fn datelines_and_credits_open_the_body() {
        for s in [
            "NEW YORK -- Ruben Tejada thinks the slide was dirty.",
            "MUMBAI, India – A simple vinegar test slashed death rates.",
            "LONDON, Jan. 27— The book was defended today.",
            "(CNN) -- Beneath the sweep stands another sign.",
            "MADRID (AP) – Spain's misery will get worse.",
            "(Instagram) A young woman who lost her leg has set her sights on beauty norms.",
            "Photograph: Kevork Djansezian/Getty Images The man accused of the shooting remained in hospital.",
        ] {
            assert!(opens_body(s), "{s}");
        }
        for s in [
            "Microsoft (MSFT) said on Monday that profits rose.",
            "The mayor (a former judge) said no.",
            "NASA said the launch would slip - again.",
            "He said the photo: it was fake.",
            "(The head-lopping is apparently his signature.)",
            "A worker sets up a polling station in Florida.",
        ] {
            assert!(!opens_body(s), "{s}");
        }
    }

    #[test]
    fn front_matter_before_a_dateline_yields_the_lead() {
        let score = |t: &str| {
            let b1 = t.find("The man").unwrap();
            let b2 = t.find("Investigators").unwrap();
            let ranges = [0..b1 - 1, b1..b2 - 1, b2..t.len()];
            let ranges = if t.contains("Photograph") {
                [ranges[0].start..t.find("Photograph").unwrap() - 1, t.find("Photograph").unwrap()..b2 - 1, b2..t.len()]
            } else {
                ranges
            };
            let sents: Vec<Vec<Token>> = ranges.iter().map(|r| tokens(t, r.clone(), "en")).collect();
            rank(t, &ranges, &sents, &[true; 3], &[], "en", &Params::DEFAULT, false)
        };
        let plain = score("Agents walk back to work at the airport. The man accused of the airport shooting remained in hospital on Sunday. Investigators pieced together the attack on the airport.");
        assert!(plain[0] > plain[1], "{plain:?}");
        let credited = score("Agents walk back to work at the airport. Photograph: Jane Roe/Agency The man accused of the airport shooting remained in hospital on Sunday. Investigators pieced together the attack on the airport.");
        assert!(credited[1] > credited[0], "{credited:?}");
    }
}
