//! The timeline: one entry per distinct calendar value, ordered by start then granularity,
//! each labelled with the clause that says what happened then.

use super::calendar::Date;
use super::value::{Granularity, Reference};
use crate::analysis::{Sentence, TimelineEntry, Timex, TimexType};
use std::ops::Range;

/// Start day (days since epoch) and granularity of a calendar value, or None when the value is
/// not on the calendar (XXXX-09-27, PRESENT_REF, a duration).
pub fn placement(value: &str) -> Option<(i64, Granularity)> {
    let b = value.as_bytes();
    let num = |r: Range<usize>| value.get(r).filter(|p| p.bytes().all(|c| c.is_ascii_digit())).and_then(|p| p.parse::<i64>().ok());
    let year = num(0..4)? as i32;
    if b.len() == 4 {
        return Some((Date::new(year, 1, 1)?.days(), Granularity::Year));
    }
    if b.get(4) != Some(&b'-') {
        return None;
    }
    let month = num(5..7)? as u32;
    if b.len() == 7 {
        return Some((Date::new(year, month, 1)?.days(), Granularity::Month));
    }
    let day = num(8..10)? as u32;
    let d = Date::new(year, month, day)?;
    if b.len() == 10 {
        return Some((d.days(), Granularity::Day));
    }
    None
}

/// The event clause for a timex: its sentence cut to the clause around the expression.
pub fn label(text: &str, sentence: Range<usize>, timex: Range<usize>) -> String {
    let s = &text[sentence.clone()];
    let words = s.split_whitespace().count();
    let trimmed = |x: &str| x.trim().trim_end_matches(['.', '!', '?', ';', ':', ',']).trim().to_string();
    if words <= 24 {
        return trimmed(s);
    }
    // Clause boundaries: ';' and ', ' before a conjunction-less continuation. Keep the clause
    // holding the timex, grown to its neighbours until it has at least eight words.
    let mut cuts = vec![sentence.start];
    for (i, c) in s.char_indices() {
        if c == ';' || c == ',' {
            cuts.push(sentence.start + i + 1);
        }
    }
    cuts.push(sentence.end);
    let k = cuts.iter().rposition(|&c| c <= timex.start).unwrap_or(0);
    let (mut a, mut b) = (k, (k + 1).min(cuts.len() - 1));
    while text[cuts[a]..cuts[b]].split_whitespace().count() < 8 && (a > 0 || b + 1 < cuts.len()) {
        if b + 1 < cuts.len() {
            b += 1;
        } else {
            a -= 1;
        }
    }
    let clause = trimmed(&text[cuts[a]..cuts[b]]);
    let mut out: Vec<&str> = clause.split_whitespace().collect();
    if out.len() > 30 {
        out.truncate(30);
        return format!("{} …", out.join(" "));
    }
    out.join(" ")
}

/// Build the timeline from the recognized timexes.
pub fn build(
    text: &str,
    sentences: &[Sentence],
    timexes: &[Timex],
    published: Option<&Reference>,
) -> Vec<TimelineEntry> {
    let mut entries: Vec<(i64, Granularity, TimelineEntry)> = Vec::new();
    for (ti, t) in timexes.iter().enumerate() {
        if !matches!(t.kind, TimexType::Date | TimexType::Time) {
            continue;
        }
        let Some((start, gran)) = placement(&t.value) else { continue };
        if let Some(e) = entries.iter_mut().find(|e| e.2.value == t.value) {
            e.2.mentions.push(ti);
            e.2.salience += 1.0;
            continue;
        }
        let s = &sentences[t.sentence];
        entries.push((
            start,
            gran,
            TimelineEntry {
                value: t.value.clone(),
                granularity: gran.name().to_string(),
                sentence: t.sentence,
                timex: ti,
                mentions: vec![ti],
                label: label(text, s.start..s.end, t.start..t.end),
                future: false,
                published: published.is_some_and(|p| p.value.get(..10) == Some(t.value.as_str()) || p.value == t.value),
                salience: 1.0 + s.score,
            },
        ));
    }
    entries.sort_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)));
    entries.into_iter().map(|e| e.2).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placement_orders_coarse_before_fine() {
        let (d1, g1) = placement("2020-09").unwrap();
        let (d2, g2) = placement("2020-09-01").unwrap();
        assert_eq!(d1, d2);
        assert!(g1 < g2);
        assert!(placement("XXXX-09-27").is_none());
        assert!(placement("PRESENT_REF").is_none());
    }

    #[test]
    fn long_sentences_are_cut_to_the_clause() {
        let text = "The ministry, which had denied any involvement for weeks, finally admitted on Monday that its troops crossed the border, and a spokesman added that more would follow in the coming days.";
        let at = text.find("Monday").unwrap();
        let l = label(text, 0..text.len(), at..at + 6);
        assert!(l.contains("finally admitted on Monday"), "{l}");
        assert!(!l.contains("spokesman"), "{l}");
    }
}
