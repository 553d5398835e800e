//! Recognition driver: tokens per sentence, every pattern family at every token (longest match
//! wins, with a modifier or an article before it), the filter and merge refiners, then one
//! pass over the text choosing each expression's reference time and resolving it to TIMEX3.
//!
//! Linear: each family reads a bounded window of tokens, matches never overlap, and the
//! anchor pass walks the expressions once.

use super::calendar::Date;
use super::locale::en::EN;
use super::locale::{listed, Locale, NumericOrder, Unit};
use super::parsers::numeric;
use super::parsers::{best_at, Cx, Match, Sem};
use super::refiners::anchor::Mode;
use super::refiners::{anchor, filter, forward, merge, Placed};
use super::resolve::Dir;
use super::tokens::tokenize;
use super::value::Reference;
use crate::analysis::Timex;
use crate::options::Prefer;
use crate::text::tense::{tense_at, Tense};
use std::ops::Range;

/// Modifiers that only go with a duration ("about three years") or a clock time.
fn quantity_modifier(m: &str) -> bool {
    matches!(m, "APPROX" | "MORE_THAN" | "LESS_THAN" | "EQUAL_OR_LESS" | "EQUAL_OR_MORE")
}

fn accepts(modifier: &str, sem: &Sem) -> bool {
    if quantity_modifier(modifier) {
        return matches!(sem, Sem::Duration { .. } | Sem::Clock { .. });
    }
    !matches!(sem, Sem::Duration { .. } | Sem::Set(_) | Sem::Ref(_) | Sem::Clock { .. })
}

/// The longest expression starting at token i, with a modifier kept in front.
fn with_modifier(cx: &Cx, i: usize) -> Option<Match> {
    let mut best = best_at(cx, i);
    let better = |best: &Option<Match>, n: usize| best.as_ref().is_none_or(|b| n > b.n);
    // modifier + [-] [article] core ("early next year", "mid-1990s", "about three years")
    if let Some((mn, modifier)) = cx.table(i, cx.loc.modifiers) {
        let mut j = i + mn;
        if cx.low(j) == "-" && cx.glued(j) {
            j += 1;
        }
        let an = if quantity_modifier(modifier) { 0 } else { cx.words(j, cx.loc.articles).unwrap_or(0) };
        let core = best_at(cx, j)
            .map(|m| (0, m))
            .into_iter()
            .chain(best_at(cx, j + an).filter(|_| an > 0).map(|m| (an, m)))
            .max_by_key(|x| x.0 + x.1.n);
        if let Some((skip, m)) = core {
            let counted = cx.number(j).is_some() && !matches!(cx.low(j), "the" | "past" | "last" | "next");
            // "earlier this year", "later that day" (as TimeML annotates them), but a plain
            // "earlier Friday" or "later today" keeps the adverb out
            let adverb = matches!(cx.low(i), "earlier" | "later");
            let coarse = matches!(
                m.sem,
                Sem::Rel { unit: Unit::Month | Unit::Year | Unit::Quarter | Unit::Half, .. }
                    | Sem::Rel { story: true, .. }
            );
            // "almost two years ago", "more than four decades ago": the amount's modifier is
            // part of the point in time (TimeBank and AQUAINT: 6 of 6)
            let ago = counted && matches!(m.sem, Sem::Rel { story: false, n: ..0, .. });
            // "around Nov. 1", "around year end" (TimeBank: 3 of 3), not "get around
            // Wednesday's ruling"
            let around =
                cx.low(i) == "around" && !matches!(m.sem, Sem::Duration { .. }) && cx.low(j + skip + m.n) != "'";
            if (!quantity_modifier(modifier) || counted || around)
                && (accepts(modifier, &m.sem) || ago || around)
                && (!adverb || coarse)
                && better(&best, j - i + skip + m.n)
            {
                let lead = if matches!(cx.low(i), "about" | "over") && !ago { j - i } else { 0 };
                best = Some(Match { n: j - i + skip + m.n, sem: m.sem, modifier: Some(modifier), lead });
            }
        }
    }
    best
}

/// The longest expression starting at token i, with a modifier or article kept in front.
fn match_at(cx: &Cx, i: usize) -> Option<Match> {
    let mut best = with_modifier(cx, i);
    // the + core ("the third quarter", "the early 1990s", "the weekend")
    if let Some(an) = cx.words(i, cx.loc.articles) {
        if let Some(m) = with_modifier(cx, i + an) {
            let hyphenated = cx.low(i + an + 1) == "-" && cx.glued(i + an + 1);
            let ok = !matches!(m.sem, Sem::Clock { .. } | Sem::Set(_) | Sem::Ref(_))
                && !matches!(
                    m.sem,
                    Sem::Date { d: Some(_), .. }
                        | Sem::Date { y: Some(_), m: None, .. }
                        | Sem::Date { m: Some(_), d: None, .. }
                )
                && !matches!(m.sem, Sem::Weekday { rel: None, .. })
                && !(hyphenated && m.modifier.is_none() && m.n < 4);
            if ok && best.as_ref().is_none_or(|b| an + m.n > b.n) {
                best = Some(Match { n: an + m.n, lead: if m.lead > 0 { an + m.lead } else { 0 }, ..m });
            }
        }
    }
    best
}

/// Direction of underspecified expressions at byte `at`: the tense when the text has one, else
/// the caller's preference; with no preference either, [`Dir::Near`]. `planned`: a plan or
/// schedule was said just before ("planned to leave on Thursday", "are expected to join in
/// April", "as soon as Tuesday"), which points ahead even in a past-tense sentence.
/// The flag: the direction is the caller's preference (no tense, no plan).
fn direction(
    text: &str,
    sentence: Range<usize>,
    at: Range<usize>,
    lang: &str,
    prefer: Prefer,
    planned: bool,
) -> (Dir, bool) {
    if planned {
        return (Dir::Future, false);
    }
    let sentence = crate::text::tense::window(text, sentence, at.start);
    let tense = match prefer {
        Prefer::Tense => tense_at(text, sentence, at.start, lang),
        // under a preference, the expression's own words ("next", "last") are no tense
        _ => masked_tense(text, sentence, at, lang),
    };
    match tense {
        Some(Tense::Future) | Some(Tense::Conditional) => (Dir::Future, false),
        Some(Tense::Past) => (Dir::Past, false),
        _ => match prefer {
            Prefer::Future => (Dir::Future, true),
            Prefer::Past => (Dir::Past, true),
            Prefer::Tense => (Dir::Near, false),
        },
    }
}

/// The tense of the clause around `at` without the expression's own words ("the next day,
/// troops moved in" is past; "next" dates the day, it is no tense of the clause).
fn masked_tense(text: &str, sentence: Range<usize>, at: Range<usize>, lang: &str) -> Option<Tense> {
    let s = text.get(sentence.clone())?;
    let (a, b) = (at.start.saturating_sub(sentence.start), at.end.saturating_sub(sentence.start).min(s.len()));
    let masked: String = s.char_indices().map(|(k, c)| if k >= a && k < b { ' ' } else { c }).collect();
    tense_at(&masked, 0..masked.len(), a, lang)
}

/// A plan said in the five words before token `a` ("planned to leave on Thursday":
/// `Locale::plan_words`), but not a compound noun ("won planning approval on Thursday":
/// `Locale::plan_compounds`) nor one already carried out ("went ahead as previously planned
/// Saturday night", "had previously been scheduled to expire at midnight Friday").
fn planned(cx: &Cx, a: usize) -> bool {
    let l = cx.loc;
    let compound =
        |k: usize| l.plan_compounds.split('|').any(|c| c.split_once(' ') == Some((cx.low(k), cx.low(k + 1))));
    (a.saturating_sub(5)..a).any(|k| {
        listed(l.plan_words, cx.low(k))
            && !compound(k)
            && !(k.saturating_sub(3)..k).any(|j| listed(l.plan_done, cx.low(j)))
    })
}

/// Every expression in one sentence, filtered and merged, as (token span, match).
pub fn sentence_matches(cx: &Cx) -> Vec<Placed> {
    let mut raw = Vec::new();
    let mut i = 0;
    while i < cx.t.len() {
        // (a modifier or an article begins an expression too: `match_at` finds none elsewhere)
        if !cx.t[i].begins {
            debug_assert!(match_at(cx, i).is_none(), "{:?}: a match outside locale::classes' START", cx.low(i));
            i += 1;
            continue;
        }
        if let Some(m) = match_at(cx, i) {
            let mut p = Placed { a: i + m.lead, b: i + m.n, m };
            // "the next year or so" (TimeBank: 3 of 3)
            if cx.low(p.b) == "or" && cx.low(p.b + 1) == "so" {
                p.b += 2;
            }
            if filter::keep(cx, &p) {
                i = p.b;
                raw.push(p);
                continue;
            }
        }
        i += 1;
    }
    merge::merge(cx, raw)
}

/// The sentence splitter cut after a month abbreviation and before a day ("Dec. | 7").
fn split_inside_date(text: &str, a: &Range<usize>, b: &Range<usize>, loc: &Locale) -> bool {
    let (Some(left), Some(right), Some(gap)) = (text.get(a.clone()), text.get(b.clone()), text.get(a.end..b.start))
    else {
        return false;
    };
    if !gap.chars().all(|c| c == ' ') || !right.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let Some(word) = left.strip_suffix('.').and_then(|l| l.rsplit(|c: char| !c.is_alphabetic()).next()) else {
        return false;
    };
    let low = crate::text::lower::lower(word);
    loc.months.iter().any(|m| m.0 == low)
}

/// Find and resolve the temporal expressions of `sentences` (byte ranges of `text`) in the
/// given language (ISO 639-1; identified from the sentences when it is not a locale's), and say which reference
/// the document's dates were read against. `order`: the day/month order of the page's region
/// (`numeric::region_order`), when known; the page's own full dates decide first.
pub fn recognize_doc(
    text: &str,
    sentences: &[Range<usize>],
    reference: Option<&Reference>,
    prefer: Prefer,
    lang: &str,
    order: Option<NumericOrder>,
) -> (Vec<Timex>, Option<Clock>) {
    let loc = doc_locale(text, sentences, lang);
    let cased = text.chars().take(1 << 20).any(|c| c.is_uppercase());
    let order = numeric::page_order(text).or(order).unwrap_or(loc.numeric_order);
    let (cands, forwards) = candidates(text, sentences, (loc, cased, order), prefer);
    let anchor::Outcome { mut values, mode } = anchor::resolve_all(text, sentences, &cands, reference, loc);
    if let Some(r) = reference.and_then(|r| r.date()).filter(|_| matches!(mode, Mode::News { .. })) {
        for ((c, v), f) in cands.iter().zip(values.iter_mut()).zip(&forwards) {
            if *f {
                forward::adjust(&c.sem, &mut v.value, r, prefer == Prefer::Future);
            }
        }
    }
    // "the XG 2040 router": a year far ahead of the reference, said right after a name (no
    // preposition: "by 2040" stays), is a model number
    let now = match mode {
        Mode::Story(d) | Mode::Coarse { day: Some(d) } => Some(d.year),
        _ => reference.map(|r| r.year),
    };
    let mut timexes: Vec<Timex> = cands
        .into_iter()
        .zip(values)
        .filter(|(c, _)| {
            !(matches!(c.sem, Sem::Date { y: Some(y), m: None, .. } if now.is_some_and(|n| y > n + MODEL_YEARS))
                && after_name(text, &sentences[c.sentence], c.start, loc))
        })
        .map(|(c, v)| Timex {
            start: c.start,
            end: c.end,
            text: text[c.start..c.end].to_string(),
            kind: v.kind,
            value: v.value,
            modifier: c.modifier.map(str::to_string),
            sentence: c.sentence,
            anchor: v.read.map(|r| r.name()),
        })
        .collect();
    month_of_year(text, &mut timexes, loc);
    let used = match mode {
        Mode::News { .. } | Mode::Coarse { day: None } => reference.map(|_| Clock::Published),
        Mode::Story(d) | Mode::Coarse { day: Some(d) } => Some(Clock::Story(d)),
        Mode::Unknown | Mode::Establish => None,
    };
    (timexes, used)
}

/// The caller's language (`text::language`, or --lang); when it gives none, the language of
/// the sentences; English when that has no locale.
fn doc_locale(text: &str, sentences: &[Range<usize>], lang: &str) -> &'static Locale {
    Locale::get(lang)
        .or_else(|| {
            let sample: String =
                sentences.iter().take(40).filter_map(|r| text.get(r.clone())).collect::<Vec<_>>().join(" ");
            Locale::get(crate::text::language::identify(&sample))
        })
        .unwrap_or(&EN)
}

/// Every expression of every sentence, with its direction and tense, unresolved; beside it,
/// whether its direction came from the caller's preference. `reader`: the locale, whether the
/// text is cased and its numeric order (what each sentence's `Cx` holds beside its tokens).
fn candidates(
    text: &str,
    sentences: &[Range<usize>],
    reader: (&'static Locale, bool, NumericOrder),
    prefer: Prefer,
) -> (Vec<anchor::Cand>, Vec<bool>) {
    let (loc, cased, order) = reader;
    let mut cands = Vec::new();
    let mut forwards = Vec::new();
    let mut si = 0;
    while si < sentences.len() {
        let range = sentences[si].clone();
        if text.get(range.clone()).is_none() {
            si += 1;
            continue;
        }
        // A sentence split inside a date ("Dec. | 7") is read as one span.
        let mut last = si;
        while last + 1 < sentences.len() && split_inside_date(text, &sentences[last], &sentences[last + 1], loc) {
            last += 1;
        }
        let span = range.start..sentences[last].end;
        // A huge run-on "sentence" is read a piece at a time (crate::limits).
        for piece in crate::limits::pieces_of(text, span.clone(), crate::limits::MAX_DATE_SPAN_BYTES) {
            let t = tokenize(text, piece, super::locale::classes(loc));
            let cx = Cx { t: &t, loc, cased, order };
            for p in sentence_matches(&cx) {
                let (s, e) = (t[p.a].start, t[p.b - 1].end);
                let owner = (si..=last).rev().find(|&k| sentences[k].start <= s).unwrap_or(si);
                let (dir, preferred) = match &p.m.sem {
                    Sem::Duration { future: true, .. } => (Dir::Future, false),
                    _ => direction(text, sentences[owner].clone(), s..e, loc.code, prefer, planned(&cx, p.a)),
                };
                forwards.push(preferred);
                let window = crate::text::tense::window(text, sentences[owner].clone(), s);
                let past = masked_tense(text, window, s..e, loc.code) == Some(Tense::Past);
                cands.push(anchor::Cand {
                    sentence: owner,
                    start: s,
                    end: e,
                    sem: p.m.sem,
                    modifier: p.m.modifier,
                    dir,
                    past,
                });
            }
        }
        si = last + 1;
    }
    (cands, forwards)
}

/// "March of last year", "im März dieses Jahres", "en mars de l'année dernière": a month (or
/// a day of one) said without its year, right before a relative year (nothing or a period
/// link between them), is in that year. TimeML keeps them two expressions; the month takes
/// the year's value.
fn month_of_year(text: &str, timexes: &mut [Timex], loc: &Locale) {
    for k in 1..timexes.len() {
        let (a, b) = (&timexes[k - 1], &timexes[k]);
        let monthly = |v: &str| {
            matches!(v.len(), 7 | 10)
                && v.as_bytes()[4] == b'-'
                && v[..4].bytes().all(|c| c.is_ascii_digit())
                && v[5..7].bytes().all(|c| c.is_ascii_digit())
        };
        let year_given = a.text.as_bytes().windows(4).any(|w| w.iter().all(u8::is_ascii_digit));
        let gap = crate::text::lower::lower(text.get(a.end..b.start).unwrap_or("x").trim());
        if a.sentence == b.sentence
            && b.anchor.is_some()
            && b.kind == crate::analysis::TimexType::Date
            && b.value.len() == 4
            && b.value.bytes().all(|c| c.is_ascii_digit())
            && monthly(&a.value)
            && !year_given
            && (gap.is_empty() || listed(loc.period_links, &gap))
        {
            let v = format!("{}{}", b.value, &a.value[4..]);
            timexes[k - 1].value = v;
        }
    }
}

/// How many years past the reference a bare year after a name may lie and still be a year
/// ("the XG 2040 router" in a 2023 story is a model; "the 2026 World Cup" a year).
const MODEL_YEARS: i32 = 5;

/// The word before byte `at` is a name: capitalized, not the sentence's first word, not a
/// word that introduces a year ("In", "By") nor a time word ("JUNE").
fn after_name(text: &str, sentence: &Range<usize>, at: usize, loc: &Locale) -> bool {
    let Some(before) = text.get(sentence.start..at) else { return false };
    let before = before.trim_end();
    let word = before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    let first = before.len() == word.len();
    let low = crate::text::lower::lower(word);
    !first
        && word.starts_with(char::is_uppercase)
        && !loc.year_preps.contains(&low.as_str())
        && !loc.months.iter().any(|m| m.0 == low)
}

/// The reference a document's dates were read against (see `refiners::anchor`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clock {
    /// The publication date (`--published`, a date line, page metadata).
    Published,
    /// The story clock: the latest day the story establishes.
    Story(Date),
}

/// Find and resolve the temporal expressions of `sentences` (byte ranges of `text`) in the
/// given language (ISO 639-1; guessed from the text when unknown).
pub fn recognize_lang(
    text: &str,
    sentences: &[Range<usize>],
    reference: Option<&Reference>,
    prefer: Prefer,
    lang: &str,
) -> Vec<Timex> {
    recognize_doc(text, sentences, reference, prefer, lang, None).0
}

/// [`recognize_lang`] with the language guessed from the text.
pub fn recognize(text: &str, sentences: &[Range<usize>], reference: Option<&Reference>, prefer: Prefer) -> Vec<Timex> {
    recognize_lang(text, sentences, reference, prefer, "")
}
