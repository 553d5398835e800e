//! Keywords: the article's key phrases, as a reader would name them: people, organisations,
//! places, things and issues, written as the article writes them.
//!
//! **Candidates** are noun phrases found without a part-of-speech model, from the text layer's
//! tokens, stop words and stems, capitalization and small per-language word lists
//! ([`cues::NOT_KEY`] and its neighbours). A run of adjacent words (joined by spaces, a line
//! break or a hyphen, never across punctuation) is broken by stop words, numbers, words inside a
//! date the timeline found, number and time words, adverbs and function words, and verb forms:
//! the text layer's tense cues ("said", "took", "-ed", "-aron"), the endings of
//! [`cues::KEY_ENDINGS`] ("-ing", "-ly", "-mente"), each unless an article comes right before
//! ("the proposed law", "el partido"), and a word right after a modal, "to" or a subject pronoun
//! ([`cues::BEFORE_VERB`]). A name (a word capitalized inside its sentence, or at its start when
//! it is capitalized elsewhere) is never read as a verb. In German, where every noun is
//! capitalized, a phrase ends in a capitalized word and a lower-case word after a noun starts
//! another. A run of one to three words (a name, up to four) is a candidate, as PositionRank's
//! noun phrases are; a longer one is none, but its words still count. A title of address ("Dr",
//! "Rep.") is no part of a name, an abbreviation keeps its period ("St. Louis", "U.S."), a model
//! name may hold digits ("A100", "COVID-19"), and in a language without a stop list short
//! lower-case words are its function words.
//!
//! **Ranking** (PositionRank, Florescu & Caragea 2017, with phrase-level evidence): a graph of
//! the candidates' words, linked when they stand within [`WINDOW`] words of each other, is
//! ranked by PageRank with a teleport to each word in proportion to the sum of 1/position of its
//! mentions (early mentions count most). A phrase's score is log-linear in: how often it occurs,
//! where it first occurs, its length (one, two, three words), the sum of its words' ranks,
//! whether the title holds it, how often its rarest word occurs, how far its mentions spread,
//! whether it is a name, and whether it is a name the title holds. The weights ([`WEIGHTS`]) were fit by logistic regression on the
//! DUC-2001 dev half (eval/keyphrase/fit.py, held-out halves in DESIGN.md).
//!
//! **Near-duplicates** merge: stems make "gun" and "guns" one phrase; a lone first name or
//! surname joins the full name it belongs to; a phrase inside one already chosen ("bureau" after
//! "Census Bureau") is not listed again, and one around a chosen phrase of several words takes
//! its place when it scores at least half as well ("Kellerton harbour bridge" for "harbour
//! bridge"), or else is left out; a word already in three chosen phrases opens no fourth. The
//! surface form is the one written most often.

use super::cues;
use crate::analysis::{Keyword, Kind};
use crate::hash::HashMap;
use crate::text::{listed, sentences, tense, words::Token};
use std::ops::Range;

/// Words of a key phrase, at most; of a name, at most.
const MAX_WORDS: usize = 3;
const MAX_NAME: usize = 4;
/// Chosen phrases that may share one word.
const SHARED_WORD: usize = 3;
/// Letters of a function word, at most, in a language without a stop list.
const FUNCTION_WORD: usize = 3;
/// Words within which two words of the graph are linked.
pub const WINDOW: u32 = 10;
const DAMPING: f64 = 0.85;
const ITERATIONS: usize = 30;

/// The features of a candidate, in [`WEIGHTS`] order: ln count, ln first position, one word,
/// two words, ln sum of word ranks, in the title, ln count of the rarest word, spread (distance
/// from first to last mention over the article's length), name, a name in the title, a subject
/// of the title (a run of the title's words that the body writes at least twice as a phrase).
pub const FEATURES: usize = 11;
pub const WEIGHTS: [f64; FEATURES] = [0.224, -0.437, -1.133, 0.315, 0.607, -1.513, 0.317, 0.261, -0.317, 0.768, 0.7];

/// A candidate key phrase and what its score reads.
#[derive(Debug, Clone)]
pub struct Candidate {
    /// Its stems, one per word.
    pub terms: Vec<String>,
    /// The surface form written most often (spaces normalized).
    pub text: String,
    pub features: [f64; FEATURES],
    /// First position (in words), for ties.
    pub first: u32,
}

#[derive(Default)]
struct Phrase {
    count: usize,
    first: u32,
    last: u32,
    title: bool,
    name: bool,
    /// Mentions outside the title.
    body: u32,
    /// The title's subject (see [`mark_subjects`]).
    subject: std::cell::Cell<bool>,
    /// Byte ranges of the surface forms and their weighted counts, in order of first appearance.
    surfaces: Vec<(Range<usize>, usize)>,
}

fn capitalized(text: &str, t: &Token) -> bool {
    text[t.start..].chars().next().is_some_and(char::is_uppercase)
}

/// A word that may stand in a key phrase at all (before the word lists are asked).
fn wordlike(t: &Token) -> bool {
    !t.norm.starts_with('\'')
        && !t.norm.ends_with("n't")
        && t.norm.chars().any(char::is_alphabetic)
        && !t.norm.chars().any(|c| c.is_ascii_digit())
        && (t.norm.chars().count() > 2 || t.norm.chars().all(char::is_alphabetic) && t.norm.len() == 2)
}

/// Whether token `k`, which holds a digit, reads as part of a name: a model or product written
/// with a capital and digits ("A100", "G7"), or the number of a name in capitals joined by a
/// hyphen ("COVID-19").
fn model_name(text: &str, toks: &[Token], k: usize) -> bool {
    let t = &toks[k];
    let surface = &text[t.start..t.end];
    let digits = |w: &str| w.chars().any(|c| c.is_ascii_digit());
    if surface.starts_with(|c: char| c.is_uppercase())
        && digits(surface)
        && surface.chars().all(char::is_alphanumeric)
        && surface.len() <= 12
    {
        return true;
    }
    k > 0
        && surface.chars().all(|c| c.is_ascii_digit())
        && surface.len() <= 4
        && &text[toks[k - 1].end..t.start] == "-"
        && {
            let p = &text[toks[k - 1].start..toks[k - 1].end];
            p.chars().count() >= 2 && p.chars().all(|c| c.is_uppercase())
        }
}

/// `rest`, the text after `t`, past the period of an abbreviation ("St. Louis", "Bros.",
/// "U.S."): an abbreviation's period joins it to the next word as a space does.
fn after_abbreviation<'t>(text: &str, t: &Token, lang: &str, rest: &'t str) -> &'t str {
    match rest.strip_prefix('.') {
        Some(r) if capitalized(text, t) && (t.norm.contains('.') || sentences::is_abbreviation(&t.norm, lang)) => r,
        _ => rest,
    }
}

/// Whether `gap`, the text between two words, joins them into one phrase: spaces and at most
/// one line break (a hard-wrapped line), or a hyphen.
fn joins(gap: &str) -> bool {
    // A hyphen set apart by spaces is a dash; one at a line's end splits a compound.
    let rest = gap.strip_prefix('-').unwrap_or(gap);
    (rest.len() < gap.len() && rest.is_empty() || !rest.is_empty() && rest.chars().all(char::is_whitespace))
        && rest.matches('\n').count() <= 1
}

/// A sentence written in title case ("Crop Production To Be Down Sharply"): its capitals say
/// nothing of names.
fn title_case(text: &str, toks: &[Token]) -> bool {
    let words: Vec<&Token> = toks.iter().filter(|t| !t.stop && t.norm.chars().any(char::is_alphabetic)).collect();
    words.len() >= 4 && words.iter().all(|t| capitalized(text, t))
}

/// What one token of a sentence is to the phrases: `None` breaks them, `Some(name)` can stand
/// in one (`name`: it reads as a name).
struct Reader<'a> {
    text: &'a str,
    lang: &'a str,
    dates: &'a [Range<usize>],
    /// Words seen capitalized inside sentences, and whether always so.
    named: HashMap<&'a str, bool>,
    /// In a language without a stop list, the words that read as function words.
    function: crate::hash::HashSet<&'a str>,
    /// Words capitalized at least once inside a sentence.
    capitalized_inside: crate::hash::HashSet<&'a str>,
    /// Words written in sentences that are not in title case.
    elsewhere: crate::hash::HashSet<&'a str>,
    /// Stems those sentences write right after an article ("the vessel"): nouns.
    nouns: crate::hash::HashSet<&'a str>,
    /// The language's articles ([`cues::ARTICLES`]).
    articles: Option<&'static (&'static str, &'static str, &'static str)>,
    nouns_capitalized: bool,
    /// Where nouns are capitalized, the endings of the adjectives before them.
    adjective_endings: &'static str,
}

impl<'a> Reader<'a> {
    fn in_date(&self, t: &Token) -> bool {
        let i = self.dates.partition_point(|d| d.end <= t.start);
        self.dates.get(i).is_some_and(|d| d.start < t.end)
    }

    /// Whether `word` (lower case) is a modifier that rates or counts ([`cues::GENERAL_MODIFIERS`]),
    /// declined or not.
    fn general_modifier(&self, word: &str) -> bool {
        let list = cues::of(cues::GENERAL_MODIFIERS, self.lang);
        listed(list, word)
            || self.nouns_capitalized
                && self.adjective_endings.split(' ').any(|e| word.strip_suffix(e).is_some_and(|w| listed(list, w)))
    }

    fn named(&self, t: &Token) -> bool {
        self.named.get(t.norm.as_str()).copied().unwrap_or(false)
    }

    /// What each token of a sentence is to the phrases (see [`Reader`]); `titled`: the sentence
    /// is in title case, `heading`: it is a title or a title-case line.
    fn classify(&self, toks: &[Token], titled: bool, heading: bool) -> Vec<Option<bool>> {
        (0..toks.len()).map(|k| self.class_of(toks, k, titled, heading)).collect()
    }

    /// What token `k` is to the phrases: the steps below, each of which may settle it.
    fn class_of(&self, toks: &[Token], k: usize, titled: bool, heading: bool) -> Option<bool> {
        let t = &toks[k];
        if self.in_date(t) {
            return None;
        }
        if !wordlike(t) {
            return model_name(self.text, toks, k).then_some(true);
        }
        if self.no_word(toks, k) {
            return None;
        }
        let around = Around::of(self.text, toks, k);
        let name = self.reads_as_name(toks, k, titled, &around);
        // A lower-case word inside a name ("Bank of America", "Gobierno de Aragón").
        if k > 0
            && !around.cap
            && around.capital_prev
            && around.capital_next
            && listed(cues::of(cues::NAME_JOINERS, self.lang), &t.norm)
        {
            return Some(true);
        }
        if t.stop || self.function.contains(t.norm.as_str()) {
            return self.function_word_in_name(t, k, name, &around);
        }
        if heading && !self.elsewhere.contains(t.norm.as_str()) {
            // A word of a title or a title-case line that the article never writes
            // again ("Senate Confirms Thomas", "Harbour town votes for ..."): headlines
            // drop the articles that tell a verb from a noun, so nothing says what it is.
            return None;
        }
        // A sentence's first word that is never a key phrase's word is a name only if the
        // article capitalizes it inside a sentence too ("New York", not "Despite AI").
        if name
            && !(k == 0
                && !self.capitalized_inside.contains(t.norm.as_str())
                && listed(cues::of(cues::NOT_KEY, self.lang), &t.norm))
        {
            return Some(true);
        }
        if listed(cues::of(cues::NOT_KEY, self.lang), &t.norm) {
            return None;
        }
        if self.nouns_capitalized {
            // A lower-case word before a noun is a declined adjective; any other is a
            // verb, an adverb or a participle.
            let adjective = around.cap || self.adjective_endings.split(' ').any(|e| t.norm.ends_with(e));
            return adjective.then_some(false);
        }
        (!self.verb_or_adverb(toks, k)).then_some(false)
    }

    /// Whether word `k` is no word of a phrase however it is written: the rest of a compound
    /// with a number, two sentences glued together, or a title of address.
    fn no_word(&self, toks: &[Token], k: usize) -> bool {
        let (text, t) = (self.text, &toks[k]);
        // The rest of a compound with a number ("42-jähriger", "1,000-word") counts; it
        // names nothing.
        if k > 0 && &text[toks[k - 1].end..t.start] == "-" && toks[k - 1].norm.starts_with(|c: char| c.is_ascii_digit())
        {
            return true;
        }
        let surface = &text[t.start..t.end];
        // Two sentences glued without a space ("community work.Dolphin Cay") are no word.
        let glued = surface.char_indices().any(|(i, c)| {
            c == '.' && surface[..i].ends_with(char::is_lowercase) && surface[i + 1..].starts_with(char::is_uppercase)
        });
        // A title of address or rank ("Dr", "Rep.", "Herr") goes with a name but is no
        // part of it. (Another abbreviation keeps its period: see `candidates`.)
        let shouted = surface.chars().all(|c| !c.is_lowercase());
        glued || !shouted && sentences::is_title_word(&t.norm, self.lang)
    }

    /// Whether capitalized word `k` reads as a name.
    fn reads_as_name(&self, toks: &[Token], k: usize, titled: bool, around: &Around) -> bool {
        let (text, t) = (self.text, &toks[k]);
        // At a sentence's start a capital says little: a name there is a word capitalized
        // elsewhere, or one followed by a name ("Andros Townsend scored"), unless it is
        // written all in capitals (a lead word: "THE MAN who ...").
        let shouting = k == 0 && t.norm.chars().count() >= 2 && text[t.start..t.end].chars().all(|c| !c.is_lowercase());
        around.cap
            && !self.nouns_capitalized
            && if titled {
                self.named(t)
            } else {
                k > 0
                    || self.named(t)
                    || !shouting && around.capital_next && toks.get(k + 1).is_some_and(|n| self.named(n))
            }
    }

    /// A stop word written as part of a name inside a sentence ("US", "Estados Unidos"; not
    /// "Mr Clinton", nor "On Nafta" at a sentence's start) stands in a name; any other breaks.
    fn function_word_in_name(&self, t: &Token, k: usize, name: bool, around: &Around) -> Option<bool> {
        let upper = t.norm.len() >= 2 && self.text[t.start..t.end].chars().all(|c| !c.is_lowercase());
        (name && k > 0 && (upper || t.norm.chars().count() >= 5 && (around.capital_next || around.capital_prev)))
            .then_some(true)
    }

    /// Whether lower-case word `k` reads as a verb form or an adverb: after a modal or a subject
    /// pronoun, before an object or an article, a verb ending not after an article, an adverb
    /// before a verb form.
    fn verb_or_adverb(&self, toks: &[Token], k: usize) -> bool {
        let (text, t) = (self.text, &toks[k]);
        let prev = k.checked_sub(1).map(|p| toks[p].norm.as_str());
        if prev.is_some_and(|p| listed(cues::of(cues::BEFORE_VERB, self.lang), p))
            || toks.get(k + 1).is_some_and(|n| listed(cues::of(cues::BEFORE_OBJECT, self.lang), &n.norm))
        {
            return true;
        }
        let article = |w: &str, also_after_nouns: bool| {
            self.articles.is_some_and(|(_, a, b)| listed(a, w) || also_after_nouns && listed(b, w))
        };
        if toks.get(k + 1).is_some_and(|n| article(&n.norm, false) && joins(&text[t.end..n.start])) {
            return true;
        }
        let after_article = prev.is_some_and(|p| article(p, true));
        let ending = cues::KEY_ENDINGS.iter().find(|x| x.0 == self.lang).is_some_and(|(_, ends, not)| {
            let ends_in = |list: &str| list.split(' ').any(|e| !e.is_empty() && t.norm.ends_with(e));
            t.norm.chars().count() >= 5 && ends_in(ends) && !ends_in(not)
        });
        if !after_article && (ending || tense::verb_form(&t.norm, self.lang)) {
            return true;
        }
        // An adverb before a verb form, even after an article ("a superbly crafted game").
        let adverb = cues::of(cues::ADVERB_ENDINGS, self.lang).split(' ').any(|e| !e.is_empty() && t.norm.ends_with(e));
        adverb && t.norm.chars().count() >= 5 && toks.get(k + 1).is_some_and(|n| tense::verb_form(&n.norm, self.lang))
    }
}

/// A word's case and that of its neighbours, when each joins it.
struct Around {
    /// The word is capitalized.
    cap: bool,
    /// The word before is a capitalized word that is no stop word, joined to it.
    capital_prev: bool,
    /// The same for the word after.
    capital_next: bool,
}

impl Around {
    fn of(text: &str, toks: &[Token], k: usize) -> Around {
        let t = &toks[k];
        let capital = |n: &Token| !n.stop && capitalized(text, n);
        Around {
            cap: capitalized(text, t),
            capital_prev: k > 0 && capital(&toks[k - 1]) && joins(&text[toks[k - 1].end..t.start]),
            capital_next: toks.get(k + 1).is_some_and(|n| capital(n) && joins(&text[t.end..n.start])),
        }
    }
}

/// Every candidate key phrase of an article with its features. `kinds[i]` is sentence i's kind
/// (prose and title sentences are read); `dates` the byte ranges of the dates the timeline found,
/// sorted; `title` the tokens of a title given apart from the text (a page's), if any.
pub fn candidates(
    text: &str,
    sentences: &[Vec<Token>],
    kinds: &[Kind],
    dates: &[Range<usize>],
    title: &[Token],
    lang: &str,
) -> Vec<Candidate> {
    let article = Article::new(text, sentences, kinds, lang);
    let reader = Reader::new(&article, dates);
    let mut graph = Graph::default();
    let read = read_sentences(&reader, &article, &mut graph);
    let mut phrases = collect_phrases(&reader, &read);
    mark_subjects(&phrases, &reader, &read, title);
    merge_lone_names(&mut phrases, &graph.ids);
    let ranks = graph.rank();
    let mut out: Vec<Candidate> = phrases.into_iter().map(|(terms, p)| ranks.candidate(text, &terms, &p)).collect();
    crate::order::sort_by(&mut out, |a, b| a.first.cmp(&b.first).then_with(|| a.terms.cmp(&b.terms)));
    out
}

/// The sentences the keywords read (prose and the title) and whether each is in title case.
struct Article<'a> {
    text: &'a str,
    sentences: &'a [Vec<Token>],
    kinds: &'a [Kind],
    lang: &'a str,
    /// The indices of the read sentences.
    used: Vec<usize>,
    /// Whether each read sentence is in title case.
    titled: Vec<bool>,
}

impl<'a> Article<'a> {
    fn new(text: &'a str, sentences: &'a [Vec<Token>], kinds: &'a [Kind], lang: &'a str) -> Self {
        let used: Vec<usize> =
            (0..sentences.len()).filter(|&i| matches!(kinds[i], Kind::Prose | Kind::Title)).collect();
        let titled: Vec<bool> = used.iter().map(|&i| title_case(text, &sentences[i])).collect();
        Article { text, sentences, kinds, lang, used, titled }
    }
}

impl<'a> Reader<'a> {
    /// The reader of an article: what its sentences say of how each word is written.
    fn new(article: &Article<'a>, dates: &'a [Range<usize>]) -> Self {
        let adjective_endings = cues::of(cues::CAPITALIZED_NOUNS, article.lang);
        let mut reader = Reader {
            text: article.text,
            lang: article.lang,
            dates,
            named: HashMap::default(),
            function: crate::hash::HashSet::default(),
            capitalized_inside: crate::hash::HashSet::default(),
            elsewhere: crate::hash::HashSet::default(),
            nouns: crate::hash::HashSet::default(),
            articles: cues::ARTICLES.iter().find(|x| x.0 == article.lang),
            nouns_capitalized: !adjective_endings.is_empty(),
            adjective_endings,
        };
        reader.note_capitals(article);
        if crate::text::words::stop_words(article.lang).is_empty() {
            reader.note_function_words(article);
        }
        reader
    }

    /// Which words the sentences (not in title case, not the title) write, which they
    /// capitalize inside a sentence, and which always so.
    fn note_capitals(&mut self, article: &Article<'a>) {
        let (text, articles) = (self.text, self.articles.map_or("", |x| x.1));
        for (&i, &tc) in article.used.iter().zip(&article.titled) {
            if tc || article.kinds[i] == Kind::Title {
                continue;
            }
            let toks = &article.sentences[i];
            for (k, t) in toks.iter().enumerate() {
                self.elsewhere.insert(t.norm.as_str());
                if k > 0 && joins(&text[toks[k - 1].end..t.start]) && listed(articles, &toks[k - 1].norm) {
                    self.nouns.insert(t.term.as_str());
                }
                if k > 0 && t.norm.chars().any(char::is_alphabetic) {
                    *self.named.entry(t.norm.as_str()).or_insert(true) &= capitalized(text, t);
                    if capitalized(text, t) {
                        self.capitalized_inside.insert(t.norm.as_str());
                    }
                }
            }
        }
    }

    /// A language without a stop list (Papiamento, say) still has function words: in any
    /// language they are short and frequent, so a word of at most three letters never
    /// capitalized inside a sentence is one ("di", "na", "aki"): in a script with case, when it is
    /// written in lower case; in one without, when the article writes it twice or more.
    fn note_function_words(&mut self, article: &Article<'a>) {
        let mut seen: HashMap<&str, usize> = HashMap::default();
        for &i in &article.used {
            for t in &article.sentences[i] {
                if t.norm.chars().count() <= FUNCTION_WORD && t.norm.chars().all(char::is_alphabetic) {
                    *seen.entry(t.norm.as_str()).or_insert(0) += 1;
                }
            }
        }
        let capitalized_inside = &self.capitalized_inside;
        self.function.extend(
            seen.into_iter()
                .filter(|(w, n)| (*n >= 2 || w.chars().all(char::is_lowercase)) && !capitalized_inside.contains(w))
                .map(|x| x.0),
        );
    }

    /// The runs of words that may stand in one phrase: words `class` lets in, each joined to
    /// the one before.
    fn runs(&self, toks: &[Token], class: &[Option<bool>]) -> Vec<Range<usize>> {
        let mut runs: Vec<Range<usize>> = Vec::new();
        let mut start: Option<usize> = None;
        for k in 0..=toks.len() {
            let inside = class.get(k).is_some_and(Option::is_some);
            let continues = inside && start.is_some() && self.continues_run(toks, k);
            if !continues {
                if let Some(s) = start.take() {
                    runs.push(s..k);
                }
                if inside {
                    start = Some(k);
                }
            }
        }
        runs
    }

    /// Whether word `k` (after another word of a run) goes on with the run.
    fn continues_run(&self, toks: &[Token], k: usize) -> bool {
        let text = self.text;
        let gap = |k: usize| &text[toks[k - 1].end..toks[k].start];
        // "&" between capitalized words is part of a name ("MORGEN & MORGEN", "AT & T").
        let ampersand =
            |k: usize| gap(k).trim() == "&" && capitalized(text, &toks[k - 1]) && capitalized(text, &toks[k]);
        (joins(after_abbreviation(text, &toks[k - 1], self.lang, gap(k))) || ampersand(k))
            // The same word twice ("Sato Sato", a caption glued to its name) is two mentions,
            // unless a name goes on after it ("Dee Dee Myers").
            && (toks[k].term != toks[k - 1].term
                || ampersand(k)
                || toks.get(k + 1).is_some_and(|n| capitalized(text, n) && joins(&text[toks[k].end..n.start])))
            // German: a lower-case word after a noun, or after another lower-case word,
            // begins another phrase (one adjective before a noun: "zusätzliche Busse", not
            // "fahren zusätzliche Busse").
            && !(self.nouns_capitalized && !capitalized(text, &toks[k]))
    }

    /// Where the phrase of `run` starts: a name after a lower-case word starts its own phrase;
    /// the words before it are a role or a verb ("educator Alexandria Douziech", "Health
    /// minister Leah Pinder", "alongside ABC News", "compagnie Air France"): left out.
    fn phrase_start(&self, r: &Read, run: &Range<usize>) -> usize {
        let (text, toks, class) = (self.text, r.toks, &r.class);
        let has_capital = |t: &Token| text[t.start..t.end].chars().any(char::is_uppercase);
        let mut from = run.start;
        if !self.nouns_capitalized {
            for j in run.start + 1..run.end {
                if class[j] == Some(true) && capitalized(text, &toks[j]) && class[j - 1] == Some(false)
                    && !has_capital(&toks[j - 1])
                    // (Not a particle of a name: "Ursula von der Leyen".)
                    && toks[j - 1].norm.chars().count() > 3
                {
                    from = j;
                }
            }
        }
        from
    }

    /// The words `from..to` of a sentence without what is no part of what they name: in German
    /// the lower-case words at the end, a rating or a vague amount, a title or role before a
    /// name.
    fn trim(&self, r: &Read, mut from: usize, mut to: usize, seen: &Seen) -> Range<usize> {
        let (toks, class) = (r.toks, &r.class);
        if self.nouns_capitalized {
            while to > from && !capitalized(self.text, &toks[to - 1]) {
                to -= 1;
            }
        }
        // A rating or a vague amount is no part of what a phrase names ("great donation").
        while from < to && class[from] == Some(false) && self.general_modifier(&toks[from].norm) {
            from += 1;
        }
        while to > from && class[to - 1] == Some(false) && self.general_modifier(&toks[to - 1].norm) {
            to -= 1;
        }
        self.without_role(toks, from, to, seen)..to
    }

    /// A title or role before a person's name ("Transport Secretary Grant Shapps",
    /// "Oberbürgermeister Martin Horn"): when the surname stands alone elsewhere, the name is
    /// its last two words, with a repeated first name or an initial ("Dee Dee Myers", "George W.
    /// Bush"). Returns where the name starts (`from` when there is no role to cut).
    fn without_role(&self, toks: &[Token], from: usize, to: usize, seen: &Seen) -> usize {
        if !(to - from >= 3
            && (from..to).all(|j| capitalized(self.text, &toks[j]))
            && seen.lone.contains(toks[to - 1].term.as_str()))
        {
            return from;
        }
        let mut s = to - 2;
        while s > from
            && (toks[s - 1].term == toks[s].term || toks[s].norm.chars().count() == 1 || toks[s].norm.ends_with('.'))
        {
            s -= 1;
        }
        // The words cut are written elsewhere too ("transport", "Zimbabwe"); the first name
        // before a double surname is not ("Cristina Gil Lladanosa").
        let written = |t: &Token| seen.freq.get(t.term.as_str()).copied().unwrap_or(0);
        if toks[from..s].iter().any(|t| written(t) > written(&toks[s])) {
            s
        } else {
            from
        }
    }

    /// Counts the words `piece` of a read sentence as one mention of a phrase, unless they are
    /// too long or a general noun alone.
    fn add_phrase(&self, phrases: &mut HashMap<Vec<&'a str>, Phrase>, r: &Read<'a>, piece: Range<usize>) {
        let (text, lang) = (self.text, self.lang);
        let run = &r.toks[piece.clone()];
        let name = r.class[piece.clone()].iter().all(|c| *c == Some(true));
        // (A name's joiners are no words of it: "Colegio de Periodistas de Venezuela".)
        let length = run.iter().filter(|t| !t.stop || capitalized(text, t)).count();
        if run.is_empty() || length > if name { MAX_NAME } else { MAX_WORDS } {
            return;
        }
        // A general noun alone names nothing ("things", "role"), nor does a medium ("article").
        if run.len() == 1
            && !name
            && [cues::GENERAL_NOUNS, cues::MEDIA].iter().any(|l| listed(cues::of(l, lang), &run[0].norm))
        {
            return;
        }
        let at = r.positions[piece.start];
        let p = phrases.entry(run.iter().map(|t| t.term.as_str()).collect()).or_insert_with(|| Phrase {
            first: at,
            name,
            ..Phrase::default()
        });
        p.count += 1;
        p.last = at;
        p.title |= r.title;
        p.body += u32::from(!r.title);
        let mut span = run[0].start..run[run.len() - 1].end;
        // An abbreviation keeps its period ("U.S.", "Warner Bros.").
        if after_abbreviation(text, &run[run.len() - 1], lang, &text[span.end..]).len() < text.len() - span.end {
            span.end += 1;
        }
        // A title-case line's capitals are no way to write the phrase: its form counts less.
        let weight = if r.tc { 1 } else { 2 };
        match p.surfaces.iter_mut().find(|s| text[s.0.clone()] == text[span.clone()]) {
            Some(s) => s.1 += weight,
            None => p.surfaces.push((span, weight)),
        }
    }
}

/// A read sentence: its tokens, their classes ([`Reader::classify`]) and word positions, its
/// runs of phrase words, and whether it is the title and in title case.
struct Read<'t> {
    toks: &'t [Token],
    class: Vec<Option<bool>>,
    positions: Vec<u32>,
    runs: Vec<Range<usize>>,
    title: bool,
    tc: bool,
}

/// Reads the sentences: each one's classes and runs, and every word's mentions in `graph`.
fn read_sentences<'a>(reader: &Reader<'a>, article: &Article<'a>, graph: &mut Graph<'a>) -> Vec<Read<'a>> {
    let mut read: Vec<Read> = Vec::new();
    // Phrases from the first MAX_KEYWORD_TOKENS words only: every word is a mention and may
    // open phrase entries, which in a text of all-distinct words is the largest use of memory.
    let mut budget = crate::limits::MAX_KEYWORD_TOKENS;
    for (&i, &tc) in article.used.iter().zip(&article.titled) {
        if budget == 0 {
            break;
        }
        let toks = &article.sentences[i][..article.sentences[i].len().min(budget)];
        budget -= toks.len();
        let title = article.kinds[i] == Kind::Title;
        let class = reader.classify(toks, tc, tc || title);
        let positions = graph.positions(toks);
        graph.mention(reader.text, toks, &class, &positions);
        let runs = reader.runs(toks, &class);
        read.push(Read { toks, class, positions, runs, title, tc });
    }
    read
}

/// What the read sentences say of their words as a whole: the words that stand alone as a
/// capitalized phrase somewhere, and how often each word is written.
struct Seen<'a> {
    lone: crate::hash::HashSet<&'a str>,
    freq: HashMap<&'a str, usize>,
}

impl<'a> Seen<'a> {
    fn of(reader: &Reader, read: &[Read<'a>]) -> Self {
        let (text, lang) = (reader.text, reader.lang);
        // Words that stand alone as a capitalized phrase somewhere (a surname: "Shapps said").
        let mut lone: crate::hash::HashSet<&str> = crate::hash::HashSet::default();
        for r in read {
            // Not an acronym, and not after another capitalized word ("Sheriff's Department",
            // "Transit (BRT)"), though after a title of address ("Mr Shapps").
            for run in r.runs.iter().filter(|x| x.len() == 1) {
                let t = &r.toks[run.start];
                let after_capital = run.start > 0 && {
                    let p = &r.toks[run.start - 1];
                    capitalized(text, p) && !sentences::is_title_word(&p.norm, lang)
                };
                if capitalized(text, t)
                    && (r.class[run.start] == Some(true) || reader.nouns_capitalized)
                    && text[t.start..t.end].chars().any(char::is_lowercase)
                    && !after_capital
                {
                    lone.insert(t.term.as_str());
                }
            }
        }
        let mut freq: HashMap<&str, usize> = HashMap::default();
        for r in read {
            for t in r.toks {
                *freq.entry(t.term.as_str()).or_insert(0) += 1;
            }
        }
        Seen { lone, freq }
    }
}

/// The phrases of the read sentences: each run, cut where a name starts and trimmed to what it
/// names.
fn collect_phrases<'a>(reader: &Reader<'a>, read: &[Read<'a>]) -> HashMap<Vec<&'a str>, Phrase> {
    let seen = Seen::of(reader, read);
    let mut phrases: HashMap<Vec<&str>, Phrase> = HashMap::default();
    for r in read {
        for run in &r.runs {
            let piece = reader.trim(r, reader.phrase_start(r, run), run.end, &seen);
            reader.add_phrase(&mut phrases, r, piece);
        }
    }
    phrases
}

/// A phrase the title holds (a page's `title`, or the title sentence) that the body writes at
/// least twice is the article's subject: a name, a phrase of two words or more, or a word the
/// body writes as a noun ("icing" after "the"); not one inside another phrase the title holds
/// ("clinic" in "Harbour Clinic").
fn mark_subjects(phrases: &HashMap<Vec<&str>, Phrase>, reader: &Reader, read: &[Read], title: &[Token]) {
    // The titles' stems, each title followed by "" (no stem).
    let mut held: Vec<&str> = Vec::new();
    for toks in read.iter().filter(|r| r.title).map(|r| r.toks).chain([title]) {
        held.extend(toks.iter().map(|t| t.term.as_str()));
        held.push("");
    }
    for (t, p) in phrases.iter().filter(|(t, _)| within(t, &held)) {
        p.subject.set(
            p.body >= 2
                && (p.name || t.len() > 1 || reader.nouns.contains(t[0]))
                && !phrases.keys().any(|l| l.len() > t.len() && within(t, l) && within(l, &held)),
        );
    }
}

/// A lone name word joins the most frequent full name that starts or ends with it.
fn merge_lone_names(phrases: &mut HashMap<Vec<&str>, Phrase>, ids: &HashMap<&str, u32>) {
    let mut full: HashMap<&str, (usize, u32, Vec<&str>)> = HashMap::default();
    // (Not a name with a joiner: "Slovenia" is not the "Bank of Slovenia".)
    for (t, p) in phrases.iter().filter(|(t, p)| p.name && t.len() > 1 && t.iter().all(|w| ids.contains_key(w))) {
        for end in [t[0], t[t.len() - 1]] {
            let e = full.entry(end).or_insert((0, u32::MAX, Vec::new()));
            if (p.count, u32::MAX - p.first, t) > (e.0, u32::MAX - e.1, &e.2) {
                *e = (p.count, p.first, t.clone());
            }
        }
    }
    let singles: Vec<Vec<&str>> = phrases
        .iter()
        .filter(|(t, p)| p.name && t.len() == 1 && full.contains_key(t[0]))
        .map(|(t, _)| t.clone())
        .collect();
    for single in singles {
        let target = &full[single[0]].2;
        let s = phrases.remove(&single).unwrap_or_default();
        if let Some(p) = phrases.get_mut(target) {
            p.count += s.count;
            p.first = p.first.min(s.first);
            p.last = p.last.max(s.last);
        }
    }
}

/// The words of the graph: each word's id and every mention (term id, position in words).
#[derive(Default)]
struct Graph<'a> {
    ids: HashMap<&'a str, u32>,
    mentions: Vec<(u32, u32)>,
    /// The position of the last word read.
    position: u32,
}

impl<'a> Graph<'a> {
    /// The word position of each token of a sentence (of the word before, for a token that is
    /// no word).
    fn positions(&mut self, toks: &[Token]) -> Vec<u32> {
        let mut positions: Vec<u32> = Vec::with_capacity(toks.len());
        for t in toks {
            if t.norm.chars().any(char::is_alphabetic) {
                self.position += 1;
            }
            positions.push(self.position);
        }
        positions
    }

    /// Records the mentions of a sentence's phrase words. A name's joiner ("of") is no word
    /// of the graph.
    fn mention(&mut self, text: &str, toks: &'a [Token], class: &[Option<bool>], positions: &[u32]) {
        for (k, t) in toks.iter().enumerate() {
            if class[k].is_some() && !(t.stop && !capitalized(text, t)) {
                let next = self.ids.len() as u32;
                self.mentions.push((*self.ids.entry(t.term.as_str()).or_insert(next), positions[k]));
            }
        }
    }

    /// PositionRank over the words.
    fn rank(&self) -> Ranks<'_, 'a> {
        let n = self.ids.len();
        let mut teleport = vec![0.0; n];
        let mut count = vec![0u32; n];
        let mut edges: HashMap<(u32, u32), f64> = HashMap::default();
        let mentions = &self.mentions;
        for (k, &(a, pa)) in mentions.iter().enumerate() {
            teleport[a as usize] += 1.0 / pa as f64;
            count[a as usize] += 1;
            for &(b, _) in mentions[k + 1..].iter().take_while(|(_, pb)| pb - pa < WINDOW) {
                if a != b {
                    *edges.entry((a.min(b), a.max(b))).or_insert(0.0) += 1.0;
                }
            }
        }
        Ranks { ids: &self.ids, rank: pagerank(n, &edges, &teleport), count, words: self.position.max(1) as f64 }
    }
}

/// The graph's words ranked: each one's rank and count of mentions, and the article's length in
/// words.
struct Ranks<'g, 'a> {
    ids: &'g HashMap<&'a str, u32>,
    rank: Vec<f64>,
    count: Vec<u32>,
    words: f64,
}

impl Ranks<'_, '_> {
    /// A phrase as a candidate: its features and the surface form written most often.
    fn candidate(&self, text: &str, terms: &[&str], p: &Phrase) -> Candidate {
        // The words of the graph: a name's joiner ("of") is none.
        let content: Vec<usize> = terms.iter().filter_map(|t| self.ids.get(t).map(|&i| i as usize)).collect();
        let rank_sum: f64 = content.iter().map(|&i| self.rank[i]).sum();
        let rarest = content.iter().map(|&i| self.count[i]).min().unwrap_or(1).max(1);
        let features = [
            (p.count as f64).ln(),
            (p.first.max(1) as f64).ln(),
            (content.len() == 1) as u8 as f64,
            (content.len() == 2) as u8 as f64,
            rank_sum.max(1e-12).ln(),
            p.title as u8 as f64,
            (rarest as f64).ln(),
            (p.last - p.first) as f64 / self.words,
            p.name as u8 as f64,
            (p.name && p.title) as u8 as f64,
            p.subject.get() as u8 as f64,
        ];
        // The most frequent surface form; the first written on a tie.
        let mut best: Option<&(Range<usize>, usize)> = None;
        for s in &p.surfaces {
            if best.is_none_or(|b| s.1 > b.1) {
                best = Some(s);
            }
        }
        let text = best.map(|s| text[s.0.clone()].split_whitespace().collect::<Vec<_>>().join(" ")).unwrap_or_default();
        Candidate { terms: terms.iter().map(|t| t.to_string()).collect(), text, features, first: p.first }
    }
}

/// PageRank with a personalized teleport (normalized here) on an undirected weighted graph.
fn pagerank(n: usize, edges: &HashMap<(u32, u32), f64>, teleport: &[f64]) -> Vec<f64> {
    let total: f64 = teleport.iter().sum::<f64>().max(1e-12);
    let jump: Vec<f64> = teleport.iter().map(|t| t / total).collect();
    let mut out = vec![0.0; n];
    let mut list: Vec<(u32, u32, f64)> = edges.iter().map(|(&(a, b), &w)| (a, b, w)).collect();
    crate::order::sort_by(&mut list, |x, y| (x.0, x.1).cmp(&(y.0, y.1)));
    for &(a, b, w) in &list {
        out[a as usize] += w;
        out[b as usize] += w;
    }
    let mut score = jump.clone();
    for _ in 0..ITERATIONS {
        let dangling: f64 = (0..n).filter(|&i| out[i] == 0.0).map(|i| score[i]).sum();
        let mut next: Vec<f64> = jump.iter().map(|j| (1.0 - DAMPING) * j + DAMPING * dangling * j).collect();
        for &(a, b, w) in &list {
            let (a, b) = (a as usize, b as usize);
            next[b] += DAMPING * score[a] * w / out[a];
            next[a] += DAMPING * score[b] * w / out[b];
        }
        score = next;
    }
    score
}

/// The score of a candidate: log-linear in its features.
pub fn score(c: &Candidate) -> f64 {
    c.features.iter().zip(WEIGHTS).map(|(f, w)| f * w).sum()
}

/// Whether `small` is a run of words of `big`.
fn within<S: PartialEq>(small: &[S], big: &[S]) -> bool {
    small.len() <= big.len() && big.windows(small.len()).any(|w| w == small)
}

/// The article's key phrases, best first, at most `limit` (arguments as for [`candidates`]).
pub fn keywords(
    text: &str,
    sentences: &[Vec<Token>],
    kinds: &[Kind],
    dates: &[Range<usize>],
    title: &[Token],
    lang: &str,
    limit: usize,
) -> Vec<Keyword> {
    let mut list: Vec<(f64, Candidate)> =
        candidates(text, sentences, kinds, dates, title, lang).into_iter().map(|c| (score(&c), c)).collect();
    // Ties by first mention, then by the terms: one input always gives one output.
    crate::order::sort_by(&mut list, |a, b| {
        b.0.total_cmp(&a.0).then(a.1.first.cmp(&b.1.first)).then_with(|| a.1.terms.cmp(&b.1.terms))
    });
    let mut out: Vec<(f64, Candidate)> = Vec::new();
    for (s, c) in list {
        // A phrase inside one already chosen ("bureau" after "Census Bureau") says it again.
        if out.iter().any(|(_, o)| within(&c.terms, &o.terms)) {
            continue;
        }
        // A phrase around one of several words already chosen says it more precisely: it takes
        // that one's place when it scores at least half as well ("Kellerton harbour bridge"
        // for "harbour bridge"); otherwise it is left out.
        if let Some(k) = out.iter().position(|(_, o)| within(&o.terms, &c.terms)) {
            let several = out[k].1.terms.len() > 1;
            if (several || out[k].1.features[8] == 0.0) && s >= out[k].0 - std::f64::consts::LN_2 {
                out[k].1 = c;
                continue;
            }
            if several {
                continue;
            }
        }
        // A word already in two chosen phrases makes a third one repetition ("Nostrand vote",
        // "Nostrand residents", "Nostrand tenant"): the list names more things instead.
        if c.terms.iter().any(|t| out.iter().filter(|(_, o)| o.terms.contains(t)).count() >= SHARED_WORD) {
            continue;
        }
        if out.len() < limit {
            out.push((s, c));
        }
    }
    let best = out.first().map_or(0.0, |x| x.0);
    out.into_iter()
        .map(|(s, c)| Keyword { text: c.text, score: ((s - best).exp() * 1000.0).round() / 1000.0 })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::words::tokens;

    /// Up to ten key phrases of `text` in `lang`, one sentence per ". "-separated part.
    fn key_phrases_in(text: &str, lang: &str) -> Vec<String> {
        let mut toks = Vec::new();
        let mut start = 0;
        for part in text.split_inclusive(". ") {
            toks.push(tokens(text, start..start + part.len(), lang));
            start += part.len();
        }
        keywords(text, &toks, &vec![Kind::Prose; toks.len()], &[], &[], lang, 10).into_iter().map(|k| k.text).collect()
    }

    fn key_phrases(text: &str) -> Vec<String> {
        key_phrases_in(text, "en")
    }

    #[test]
    fn names_merge_and_verbs_stay_out() {
        let text = "Andros Townsend scored on Tuesday. Townsend hit back at critics. Critics closed ranks after Townsend scored. The penalty kick decided the game, and the penalty kick was late.";
        let k = key_phrases(text);
        assert_eq!(k[0], "Andros Townsend", "{k:?}");
        assert!(!k.iter().any(|t| t == "Townsend"), "{k:?}");
        assert!(k.iter().any(|t| t == "penalty kick"), "{k:?}");
        assert!(
            !k.iter().any(|t| t == "closed" || t.contains("Townsend hit") || t == "scored" || t == "decided"),
            "{k:?}"
        );
    }

    #[test]
    fn general_words_are_not_key_phrases() {
        let text = "The drought has lasted since spring, and long queues for water have formed since then. The long drought still worries farmers. Farmers have waited a long time for rain since the wells dried. Water trucks still come to the village, and the water queues are still long.";
        let k = key_phrases(text);
        assert!(k.iter().any(|t| t == "drought") && k.iter().any(|t| t == "water queues"), "{k:?}");
        for weak in ["since", "long", "still", "time"] {
            assert!(!k.iter().any(|t| t.split([' ', '-']).any(|w| w == weak)), "{weak} in {k:?}");
        }
    }

    #[test]
    fn a_name_written_twice_in_a_row_is_not_a_phrase() {
        // A photo caption glued to the text repeats the surname: "Rina Sato Sato celebrates".
        let text = "Kobe striker Rina Sato Sato celebrates her goal against Osaka. Rina Sato scored twice as Kobe beat Osaka in the cup final. Sato has now scored in every round of the cup. Kobe coach Emi Tanaka praised Sato after the final.";
        let k = key_phrases(text);
        assert!(!k.iter().any(|t| t.contains("Sato Sato")), "{k:?}");
        assert_eq!(k[0], "Rina Sato", "{k:?}");
    }

    #[test]
    fn ties_come_out_in_one_order() {
        let text = "The club must keep within budget rules this season. Auditors said the club can keep within budget rules if sales rise. Sales rose in the spring.";
        let first = key_phrases(text);
        for _ in 0..20 {
            assert_eq!(key_phrases(text), first);
        }
    }
}
