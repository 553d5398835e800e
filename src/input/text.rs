//! Pasted text: split into blocks (paragraphs, lines) and tell prose from the lines that came
//! along with it: the headline (and its second copy), a standfirst, a date line or time stamp, a
//! byline, a wire dateline ("LONDON (AP) —"), and page furniture (share prompts, counters,
//! credits, reading times, prices: [`super::furniture`] tells them). Hard-wrapped text (lines
//! broken mid-sentence at a fixed width) is read as running paragraphs; `text` stays the input
//! verbatim, so every offset indexes what the caller passed.
//!
//! Rules go by the shape of a line (words, letters, final punctuation, the wrap width, the
//! line's place before or after the story begins), not by strings copied from any one site.

use super::furniture::{self, Sort};
use super::{Block, Document};
use crate::analysis::Kind;
use crate::options::Prefer;
use crate::text::sentences::{Segmenter, Style};
use crate::time::{parse_date, recognize_lang, Reference};
use std::ops::Range;

use furniture::ends_sentence;

fn starts_lower(s: &str) -> bool {
    s.trim_start().chars().next().is_some_and(|c| c.is_lowercase())
}

/// Lines of `text` as byte ranges without their line terminator.
fn lines(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if c == '\n' {
            let end = if text[..i].ends_with('\r') { i - 1 } else { i };
            out.push(start..end);
            start = i + 1;
        }
    }
    if start < text.len() {
        out.push(start..text.len());
    }
    out
}

fn width(s: &str) -> usize {
    s.trim_end().chars().count()
}

fn indent(s: &str) -> usize {
    s.chars().take_while(|c| c.is_whitespace()).count()
}

/// Characters of the first word of a line.
fn first_word(s: &str) -> usize {
    s.trim_start().chars().take_while(|c| !c.is_whitespace()).count()
}

/// A line that starts a list item: a bullet, or a number or letter with "." or ")".
fn list_item(s: &str) -> bool {
    let t = s.trim_start();
    let marker: String = t.chars().take_while(char::is_ascii_digit).collect();
    t.starts_with(['-', '*', '•', '–', '—', '·', '▪', '◦', '‣', '►', '✓', '●'])
        || (!marker.is_empty()
            && marker.len() <= 3
            && (t[marker.len()..].starts_with(". ") || t[marker.len()..].starts_with(") ")))
}

/// The wrap width of hard-wrapped text (plain-text mail, wire copy, 70-column archives), or
/// None for text whose line breaks are its own. A wrapper breaks a line only when the next word
/// would not fit, so in wrapped text most lines followed by another would overflow the width
/// with the next line's first word, and many of them end mid-sentence. The width is the 90th
/// percentile of the lines another line follows (a wrapped line may pass the wrapper's width
/// by a long word; a headline or URL may pass it by far).
fn wrap_width(text: &str, all: &[Range<usize>]) -> Option<usize> {
    // Widths of the lines another line follows (a headline or a paragraph's last line, with a
    // blank line after it, says nothing of the wrap width).
    let mut hist = [0u32; 256];
    for k in 1..all.len() {
        if !text[all[k].clone()].trim().is_empty() {
            hist[width(&text[all[k - 1].clone()]).min(255)] += 1;
        }
    }
    let lines: u32 = hist[1..].iter().sum();
    if lines < 4 {
        return None;
    }
    let (mut seen, mut p90) = (0, 0);
    while seen * 10 < lines * 9 {
        p90 += 1;
        seen += hist[p90];
    }
    let w = p90;
    if !(30..=110).contains(&w) {
        return None;
    }
    let (mut pairs, mut full, mut mid) = (0usize, 0usize, 0usize);
    for k in 1..all.len() {
        let (prev, next) = (&text[all[k - 1].clone()], &text[all[k].clone()]);
        if prev.trim().is_empty() || next.trim().is_empty() {
            continue;
        }
        pairs += 1;
        if width(prev) + 1 + first_word(next) > w {
            full += 1;
            mid += usize::from(!ends_sentence(prev));
        }
    }
    (pairs >= 3 && full * 2 >= pairs && mid >= 2 && mid * 4 >= pairs).then_some(w)
}

/// Group lines into blocks: a blank line always ends a block. Otherwise a line break ends one
/// unless the next line runs on in lower case after an unfinished line, or, in hard-wrapped
/// text, the line was full (the next word would not have fitted), the next line is not
/// indented deeper (a new paragraph) and does not start a list item.
fn blocks(text: &str) -> Vec<Range<usize>> {
    let all = lines(text);
    let wrap = wrap_width(text, &all);
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut open: Option<Range<usize>> = None;
    let mut prev_line = 0..0;
    for r in all {
        let line = &text[r.clone()];
        if line.trim().is_empty() {
            out.extend(open.take());
            continue;
        }
        open = Some(match open {
            Some(o) => {
                let prev = &text[prev_line.clone()];
                let runs_on = !ends_sentence(prev) && starts_lower(line);
                let wrapped = wrap.is_some_and(|w| {
                    (width(prev) + 1 + first_word(line)) * 100 > w * 85
                        && indent(line) <= indent(prev)
                        && !list_item(line)
                });
                if runs_on || wrapped {
                    o.start..r.end
                } else {
                    out.push(o);
                    r.clone()
                }
            }
            None => r.clone(),
        });
        prev_line = r;
    }
    out.extend(open);
    out.into_iter().filter_map(|r| crate::text::sentences::trim(text, r)).collect()
}

/// Cut a wire dateline off the front of a block ("WASHINGTON (AP) — The Senate ..."), and
/// furniture sentences off a paragraph ("... an industry group said. SHARE"): each becomes a
/// block of its own, with the kind it must have.
fn refine(text: &str, ranges: Vec<Range<usize>>, lang: &str) -> Vec<(Range<usize>, Option<Kind>)> {
    let seg = Segmenter::new(text, lang);
    let tokenized = seg.style() == Style::Tokenized;
    let mut out = Vec::with_capacity(ranges.len());
    // A source credit only in the first paragraph: before it, lines that end no sentence.
    let mut opens = true;
    for mut r in ranges {
        let first = opens;
        opens = opens && !furniture::ends_sentence(&text[r.clone()]);
        if let Some(n) = furniture::lead_in(&text[r.clone()], first) {
            if let Some(rest) = crate::text::sentences::trim(text, r.start + n..r.end) {
                out.extend(crate::text::sentences::trim(text, r.start..r.start + n).map(|d| (d, Some(Kind::Dateline))));
                r = rest;
            }
        }
        // A block that is furniture as a whole ("Do you like this content? Consider helping
        // us!") stays whole; otherwise its sentences are read one by one.
        let whole = furniture::classify(&text[r.clone()], lang).is_some();
        // (a huge block a piece at a time: the splitter's memory is about 40 bytes per byte)
        let sentences = if tokenized || whole {
            Vec::new()
        } else {
            crate::limits::pieces(text, r.clone()).into_iter().flat_map(|p| seg.split(p)).collect()
        };
        if sentences.len() < 2 {
            out.push((r, None));
            continue;
        }
        // Runs of sentences that are all furniture, or all not.
        let mut run: Option<(usize, usize, bool)> = None;
        // A copyright line runs on to the block's end ("Copyright 2023 Example Media Inc. All
        // rights reserved. This material may not be published ...").
        let mut notice = false;
        for s in sentences {
            // Short sentences only: a prompt inside a paragraph is a few words ("SHARE",
            // "Click here to subscribe."); a long sentence is the story's.
            let short = text[s.clone()].split_whitespace().count() <= 12;
            let sort = if short || notice { furniture::classify(&text[s.clone()], lang) } else { None };
            let junk = notice || short && sort.is_some_and(|k| k.sure());
            notice |= sort == Some(Sort::Credit) && furniture::copyright(&text[s.clone()]);
            run = match run {
                Some((a, _, j)) if j == junk => Some((a, s.end, j)),
                Some((a, b, j)) => {
                    out.push((a..b, j.then_some(Kind::Boilerplate)));
                    Some((s.start, s.end, junk))
                }
                None => Some((r.start, s.end, junk)),
            };
        }
        if let Some((a, _, j)) = run {
            out.push((a..r.end, j.then_some(Kind::Boilerplate)));
        }
    }
    out
}

/// The dates of a block: whether they make up the block ("MARCH 2021", "Monday, 12 April
/// 2021": at least 70% of its letters and digits), and the first with a calendar value.
fn dates(text: &str, r: &Range<usize>, lang: &str) -> (bool, Option<Reference>) {
    // (in the article's language: "MÄRZ 2021" alone reads as no language at all)
    let found = recognize_lang(text, std::slice::from_ref(r), None, Prefer::Tense, lang);
    let significant = |s: &str| s.chars().filter(|c| c.is_alphanumeric()).count();
    let in_dates: usize = found.iter().map(|t| significant(&t.text)).sum();
    let first = found.iter().filter(|t| !t.value.starts_with('X')).find_map(|t| parse_date(&t.value));
    (!found.is_empty() && in_dates * 10 >= significant(&text[r.clone()]) * 7, first)
}

/// The names of a byline: "By Jane Doe and John Roe, Reuters" -> "Jane Doe and John Roe".
fn byline_names(line: &str) -> Option<String> {
    let rest = line.trim().split_once(char::is_whitespace)?.1;
    let cut = rest.find([',', '|', '•', '·', '/', '—', '–', '(']).unwrap_or(rest.len());
    let names = rest[..cut].split(" - ").next().unwrap_or("").trim();
    let names = names.find(|c: char| c.is_ascii_digit()).map_or(names, |i| names[..i].trim_end());
    (!names.is_empty()).then(|| names.to_string())
}

/// Letters and digits of a line, lower case: two copies of a title compare equal whatever
/// their case, spacing and punctuation.
fn squashed(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().filter(|c| c.is_alphanumeric()) {
        crate::text::lower::push_lower(c, &mut out);
    }
    out
}

/// Read pasted text into a Document: blocks with kinds, title, byline, a date line.
pub fn read(input: &str) -> Document {
    let mut doc = Document { text: input.to_string(), ..Document::default() };
    let text = doc.text.as_str();
    let lang = crate::text::language::identify(text);
    let ranges = refine(text, blocks(text), lang);
    let mut kinds: Vec<Kind> = Vec::with_capacity(ranges.len());
    let mut seen_prose = false;
    // Prose blocks so far: a byline or stamp after one of them (a standfirst) still heads the
    // story.
    let mut prose_blocks = 0;
    let mut dek_seen = false;
    let mut title_key = String::new();
    // Bylines, time stamps, date lines and wire datelines: the lines a story's body follows.
    let mut meta: Vec<bool> = Vec::with_capacity(ranges.len());
    for (i, (r, forced)) in ranges.iter().enumerate() {
        let line = &text[r.clone()];
        let words = line.split_whitespace().count();
        let is_last = i + 1 == ranges.len();
        if let Some(k) = *forced {
            meta.push(k == Kind::Dateline);
            kinds.push(k);
            continue;
        }
        let sort = if words <= 60 { furniture::classify(line, lang) } else { None };
        let meta_line = matches!(sort, Some(Sort::Stamp | Sort::Byline));
        let (only_dates, first_date) = if words <= 12 || meta_line { dates(text, r, lang) } else { (false, None) };
        // A time of day alone ("09:15 GMT", "08:10 Uhr": a live blog's entry) dates nothing.
        let clock_only = sort == Some(Sort::Stamp) && only_dates && first_date.is_none();
        let kind = if clock_only {
            Kind::Boilerplate
        } else if only_dates && words <= 8 && first_date.is_some() || sort == Some(Sort::Stamp) {
            if (prose_blocks == 0 || prose_blocks == 1 && sort == Some(Sort::Stamp)) && doc.published.is_none() {
                doc.published = first_date.map(|p| (p, "text"));
            }
            Kind::Dateline
        } else if !title_key.is_empty() && squashed(line) == title_key {
            Kind::Title // the title pasted again
        } else if sort == Some(Sort::Byline) {
            if prose_blocks <= 1 {
                if doc.byline.is_none() {
                    doc.byline = byline_names(line);
                }
                if doc.published.is_none() {
                    doc.published = first_date.map(|p| (p, "text")); // "By Jane Doe, 4 May 2024"
                }
            }
            Kind::Boilerplate
        } else if sort.is_some_and(|s| s.sure() || matches!(s, Sort::Word | Sort::Cue { first: true })) {
            Kind::Boilerplate
        } else if doc.title.is_none() && !seen_prose && !is_last && words <= 25 && !line.trim_end().ends_with('.') {
            doc.title = Some(line.trim().to_string());
            title_key = squashed(line);
            Kind::Title
        } else if sort.is_some() {
            Kind::Boilerplate
        } else if !ends_sentence(line)
            && (words <= 12 && (!is_last || seen_prose && words <= 6)
                || !is_last && !seen_prose && !dek_seen && doc.title.is_some() && words <= 60)
        {
            // A label, a subheading, a sign-off, or the standfirst under the title (one block
            // at most): no sentence end.
            dek_seen |= words > 12;
            Kind::Heading
        } else {
            seen_prose = true;
            prose_blocks += 1;
            Kind::Prose
        };
        meta.push(kind == Kind::Dateline || sort == Some(Sort::Byline));
        kinds.push(kind);
    }
    standfirst(text, &ranges, &mut kinds, &meta);
    captions(text, &ranges, &mut kinds, lang);
    if let Some(name) = name_by_stamp(text, &ranges, &mut kinds) {
        doc.byline.get_or_insert(name);
    }
    doc.blocks = ranges.into_iter().zip(kinds).map(|((range, _), kind)| Block { range, kind }).collect();
    doc
}

/// A standfirst (dek) that ends like a sentence reads as prose; the page's own structure tells
/// it apart: it stands between the title and the byline, time stamp or wire dateline after
/// which the story's body begins. One prose block of at most 60 words there, with prose after
/// the line that closes it, is the standfirst, not the story.
fn standfirst(text: &str, ranges: &[(Range<usize>, Option<Kind>)], kinds: &mut [Kind], meta: &[bool]) {
    let Some(title) = kinds.iter().position(|&k| k == Kind::Title) else { return };
    let mut dek = None;
    for i in title + 1..kinds.len() {
        if meta[i] {
            if let Some(d) = dek {
                if kinds[i + 1..].contains(&Kind::Prose) {
                    kinds[d] = Kind::Heading;
                }
                return;
            }
        } else if kinds[i] == Kind::Prose {
            if dek.is_some() || text[ranges[i].0.clone()].split_whitespace().count() > 60 {
                return;
            }
            dek = Some(i);
        }
    }
}

/// A caption: a short block (at most 40 words) that a photo credit follows in the same
/// paragraph ("A combine harvester near Ely on 2 August. Photograph: Tom Haskell/PA", or the
/// credit on the next line). Captions describe a picture, not the story's events.
fn captions(text: &str, ranges: &[(Range<usize>, Option<Kind>)], kinds: &mut [Kind], lang: &str) {
    for i in 1..ranges.len() {
        let (caption, credit) = (&ranges[i - 1].0, &ranges[i].0);
        if kinds[i - 1] == Kind::Prose
            && text[caption.end..credit.start].matches('\n').count() <= 1
            && text[caption.clone()].split_whitespace().count() <= 40
            && furniture::classify(&text[credit.clone()], lang) == Some(Sort::Credit)
        {
            kinds[i - 1] = Kind::Boilerplate;
        }
    }
}

/// Words that join the parts of a person's name ("María de la Fuente", "Ludwig van Beethoven").
const NAME_PARTICLES: &str = "al bin da de del della der di do dos du la le van von y";

/// A byline without "By": a line of two to five name words (capitalized, or name particles; no
/// digits, no punctuation at the end) next to a time stamp or date line before the story
/// begins ("María José Ferrán" above "Almendral, 19 dic 2024 - 20:14 CET"). It is boilerplate;
/// its text is the byline.
fn name_by_stamp(text: &str, ranges: &[(Range<usize>, Option<Kind>)], kinds: &mut [Kind]) -> Option<String> {
    let body = kinds.iter().position(|&k| k == Kind::Prose)?;
    let title = kinds.iter().position(|&k| k == Kind::Title)?;
    for i in title + 1..body {
        let line = text[ranges[i].0.clone()].trim();
        let words: Vec<&str> = line.split_whitespace().collect();
        let name = (2..=5).contains(&words.len())
            && words[0].starts_with(char::is_uppercase)
            && words.iter().all(|w| {
                w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || "-'’.".contains(c))
                    || crate::text::listed(NAME_PARTICLES, w)
            });
        let by_stamp = kinds[i - 1] == Kind::Dateline || kinds.get(i + 1) == Some(&Kind::Dateline);
        if kinds[i] == Kind::Heading && name && by_stamp {
            kinds[i] = Kind::Boilerplate;
            return Some(line.to_string());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(t: &str) -> Vec<(String, Kind)> {
        read(t).blocks.iter().map(|b| (t[b.range.clone()].to_string(), b.kind)).collect()
    }

    #[test]
    fn junk_lines_are_not_prose() {
        let t = "MARCH 2021\n\nHarbour bridge reopens\n\n0 $\n\nThe harbour bridge reopened on Monday after repairs.\nLINK\nShare this\n2,500 $\nDo you like this content? Consider helping us!\nEngineers found corroded cables last year.\n";
        let k = kinds(t);
        let get = |s: &str| k.iter().find(|x| x.0 == s).map(|x| x.1);
        assert_eq!(get("MARCH 2021"), Some(Kind::Dateline));
        assert_eq!(get("Harbour bridge reopens"), Some(Kind::Title));
        assert_eq!(get("0 $"), Some(Kind::Boilerplate));
        assert_eq!(get("LINK"), Some(Kind::Boilerplate));
        assert_eq!(get("Share this"), Some(Kind::Boilerplate));
        assert_eq!(get("2,500 $"), Some(Kind::Boilerplate));
        assert_eq!(get("Do you like this content? Consider helping us!"), Some(Kind::Boilerplate));
        assert_eq!(get("Engineers found corroded cables last year."), Some(Kind::Prose));
        let d = read(t);
        assert_eq!(d.published.as_ref().map(|p| p.0.value.as_str()), Some("2021-03"));
        assert_eq!(d.title.as_deref(), Some("Harbour bridge reopens"));
    }

    #[test]
    fn hard_wrapped_paragraphs_join() {
        let t = "The council met on Tuesday to discuss the budget for the coming\nyear, which has been cut by a fifth since the election.\n\nA second paragraph here.";
        let b = blocks(t);
        assert_eq!(b.len(), 2);
        assert!(t[b[0].clone()].ends_with("election."));
    }

    fn block_texts(t: &str) -> Vec<&str> {
        blocks(t).into_iter().map(|r| &t[r]).collect()
    }

    #[test]
    fn indented_seventy_column_paragraphs_run_on() {
        // Archive style: each paragraph opens with an indent, lines break at 70 columns.
        let t = "Drought Cuts Harvest By A Third\n\n   A survey by the farm ministry confirmed on Thursday that the\ndrought will cut the autumn maize harvest by a third or more, and\nthat food prices will rise for months to come.\n   Officials said stocks built up in good years were large enough\nthat shops need not fear shortages. Mr. Alder, the minister, said\nexports would continue.\n";
        assert_eq!(
            block_texts(t),
            [
                "Drought Cuts Harvest By A Third",
                "A survey by the farm ministry confirmed on Thursday that the\ndrought will cut the autumn maize harvest by a third or more, and\nthat food prices will rise for months to come.",
                "Officials said stocks built up in good years were large enough\nthat shops need not fear shortages. Mr. Alder, the minister, said\nexports would continue.",
            ]
        );
    }

    #[test]
    fn mail_style_wrapping_runs_on_across_capitals_and_stops() {
        // Lines wrapped at 60 columns, a line that ends on "Dr." and one that ends a sentence
        // inside a paragraph; paragraphs apart by blank lines, a short sign-off line.
        let t = "The board met on Friday and agreed to close the old depot by\nJune. Staff will move to the new site on Harbour Road, which\nDr. Amara Osei opened last spring with the mayor and Dr.\nLena Park of the regional transport authority.\n\nThe union said it would study the plan before its own vote in\nMay. Members have raised concerns about longer journeys for\nthose who live on the east side of the city.\n\nRegards\nThe transport desk\n";
        assert_eq!(
            block_texts(t),
            [
                "The board met on Friday and agreed to close the old depot by\nJune. Staff will move to the new site on Harbour Road, which\nDr. Amara Osei opened last spring with the mayor and Dr.\nLena Park of the regional transport authority.",
                "The union said it would study the plan before its own vote in\nMay. Members have raised concerns about longer journeys for\nthose who live on the east side of the city.",
                "Regards",
                "The transport desk",
            ]
        );
    }

    #[test]
    fn unwrapped_lines_stay_apart() {
        // Each paragraph on one long line (a pasted web page): line breaks are paragraph ends,
        // even when a line does not end in a stop.
        let t = "Harbour bridge reopens after repairs\nThe harbour bridge reopened on Monday after eight months of repairs that cost the city more than it had planned, officials said.\nEngineers found corroded cables during an inspection last spring and closed the bridge to traffic within a week of the discovery.\nKey facts\n- The bridge carries 40,000 vehicles a day\n- It first opened in 1932\n";
        assert_eq!(block_texts(t).len(), 6);
        // A list of short lines under a heading is no wrapped paragraph either.
        let t = "What changes on Monday\nBuses return to the bridge\nCyclists get a new lane\nThe speed limit falls to 30\nTolls stay as they are\n";
        assert_eq!(block_texts(t).len(), 5);
        // One paragraph whose lines end in lower case after an unfinished line still runs on.
        let t = "The council met on Tuesday to discuss the budget for the\ncoming year.\nA second line.\n";
        assert_eq!(
            block_texts(t),
            ["The council met on Tuesday to discuss the budget for the\ncoming year.", "A second line."]
        );
    }

    #[test]
    fn title_pasted_twice_is_title_both_times() {
        for title in [
            "Harbour Bridge Reopens",
            "Ministers Reject Pay Offer From Rail Unions As Drivers Vow To Keep Striking Through The Summer Holidays",
        ] {
            let t = format!("{title}\n\n\n{title}\n\nThe rail unions said on Tuesday that strikes would go on after ministers turned down their offer.\n\nTalks are due to resume in May.\n");
            let d = read(&t);
            assert_eq!(d.title.as_deref(), Some(title));
            let titles: Vec<&str> =
                d.blocks.iter().filter(|b| b.kind == Kind::Title).map(|b| &t[b.range.clone()]).collect();
            assert_eq!(titles, [title, title]);
        }
        // Case and spacing may differ between the copies.
        let t = "Harbour Bridge Reopens\n\nHARBOUR BRIDGE  REOPENS\n\nThe bridge reopened on Monday.\n";
        assert_eq!(kinds(t)[1], ("HARBOUR BRIDGE  REOPENS".to_string(), Kind::Title));
    }

    #[test]
    fn counter_above_the_title_is_furniture() {
        let t = "27 comments\n\n4 MAY 2024\n\nHarbour Bridge Reopens\n\nThe bridge reopened on Monday after repairs.\n";
        let d = read(t);
        assert_eq!(d.title.as_deref(), Some("Harbour Bridge Reopens"));
        assert_eq!(kinds(t)[0], ("27 comments".to_string(), Kind::Boilerplate));
    }

    #[test]
    fn standfirst_is_not_story() {
        // Unended standfirst under the title, however long.
        let t = "Harbour Bridge Reopens\n\nEight months of repairs, a budget overrun and a row over tolls have left drivers wondering whether the city got its money's worth from the project\n\nThe bridge reopened on Monday after repairs.\n\nIt carries 40,000 vehicles a day.\n";
        assert_eq!(kinds(t)[1].1, Kind::Heading);
        // An ended standfirst followed by the byline the body comes after.
        let t = "Harbour Bridge Reopens\n\nDrivers face new tolls as the repaired crossing opens.\n\nBy Jane Doe, 4 May 2024\n\nThe bridge reopened on Monday after repairs.\n\nIt carries 40,000 vehicles a day.\n";
        let k = kinds(t);
        assert_eq!(k[1].1, Kind::Heading);
        assert_eq!(k[2].1, Kind::Boilerplate);
        assert_eq!(k[3].1, Kind::Prose);
        // Without such a line, the first paragraph is the story's lede.
        let t = "Harbour Bridge Reopens\n\nThe bridge reopened on Monday after repairs.\n\nIt carries 40,000 vehicles a day.\n";
        assert_eq!(kinds(t)[1].1, Kind::Prose);
    }

    #[test]
    fn wire_dateline_and_trailing_prompt_are_cut_off() {
        let t = "Harbour Bridge Reopens\n\nLISBON (AP) — The harbour bridge reopened on Monday. It carries 40,000 vehicles a day. SHARE\n";
        assert_eq!(
            kinds(t),
            [
                ("Harbour Bridge Reopens".to_string(), Kind::Title),
                ("LISBON (AP) —".to_string(), Kind::Dateline),
                ("The harbour bridge reopened on Monday. It carries 40,000 vehicles a day.".to_string(), Kind::Prose),
                ("SHARE".to_string(), Kind::Boilerplate),
            ]
        );
    }

    #[test]
    fn stamps_set_the_date_and_bylines_the_author() {
        let d = read("Harbour Bridge Reopens\n\nBy Jane Doe, staff writer\nPublished: 4 May 2024, 10:12\n\nThe bridge reopened on Monday after repairs.\n");
        assert_eq!(d.byline.as_deref(), Some("Jane Doe"));
        assert_eq!(d.published.as_ref().map(|p| p.0.value.as_str()), Some("2024-05-04"));
        let d = read("Le pont rouvre\n\nPar Jean Dupont, le 4 mai 2024\n\nLe pont du port a rouvert lundi après huit mois de travaux.\n");
        assert_eq!(d.byline.as_deref(), Some("Jean Dupont"));
    }

    #[test]
    fn captions_with_credits_are_not_prose() {
        // The credit on the caption's line, or on the next line; a credit a blank line away from
        // a paragraph credits a picture, not that paragraph.
        let t = "Harvest falls by a third\n\nFarmers harvested a third less wheat this year after the driest spring on record, a survey found.\n\nA combine harvester near Ely on 2 August. Photograph: Tom Haskell/PA\n\nYields fell to 5.8 tonnes a hectare.\n\nCracked soil in a field in Suffolk.\nPhotograph: Getty Images\n\nSmaller farms were hit hardest because few of them can irrigate.\n\n(Photo: Farm Survey)\n\nThe association asked for support on Thursday.\n";
        let k = kinds(t);
        let get = |s: &str| k.iter().find(|x| x.0 == s).map(|x| x.1);
        assert_eq!(get("A combine harvester near Ely on 2 August."), Some(Kind::Boilerplate));
        assert_eq!(get("Photograph: Tom Haskell/PA"), Some(Kind::Boilerplate));
        assert_eq!(get("Cracked soil in a field in Suffolk."), Some(Kind::Boilerplate));
        assert_eq!(get("Smaller farms were hit hardest because few of them can irrigate."), Some(Kind::Prose));
        assert_eq!(get("Yields fell to 5.8 tonnes a hectare."), Some(Kind::Prose));
    }

    #[test]
    fn a_name_line_by_the_stamp_is_the_byline() {
        let t = "El Ayuntamiento aprueba el presupuesto\n\nMaría José Ferrán\nAlmendral, 19 dic 2024 - 20:14 CET\n\nEl pleno aprobó este jueves el presupuesto para 2025.\n";
        let d = read(t);
        assert_eq!(d.byline.as_deref(), Some("María José Ferrán"));
        assert_eq!(d.published.as_ref().map(|p| p.0.value.as_str()), Some("2024-12-19"));
        assert_eq!(kinds(t)[1], ("María José Ferrán".to_string(), Kind::Boilerplate));
        // A name-like heading with no stamp beside it stays a heading.
        let t = "Harbour Bridge Reopens\n\nKey Facts\n\nThe bridge reopened on Monday after repairs.\n";
        assert_eq!(kinds(t)[1].1, Kind::Heading);
    }

    #[test]
    fn bylines_are_read() {
        let d = read(
            "Storm hits coast\nBy Jane Doe and John Roe\nThe storm hit the coast on Monday. Thousands lost power.",
        );
        assert_eq!(d.byline.as_deref(), Some("Jane Doe and John Roe"));
    }
}

#[cfg(test)]
mod boilerplate_tests {
    use super::*;

    fn kind_of(article: &str, line: &str) -> Option<Kind> {
        let d = read(article);
        d.blocks.iter().find(|b| &d.text[b.range.clone()] == line).map(|b| b.kind)
    }

    /// Each article is prose in its language with junk lines between paragraphs; every junk
    /// line must come out as boilerplate and every prose line as prose.
    fn check(prose: &[&str], junk: &[&str]) {
        let mut article = String::from("Headline of the story\n\n");
        for (i, p) in prose.iter().enumerate() {
            article.push_str(p);
            article.push_str("\n\n");
            if let Some(j) = junk.get(i) {
                article.push_str(j);
                article.push_str("\n\n");
            }
        }
        for j in junk.iter().skip(prose.len()) {
            article.push_str(j);
            article.push_str("\n\n");
        }
        for p in prose {
            assert_eq!(kind_of(&article, p), Some(Kind::Prose), "prose line {p:?}");
        }
        for j in junk {
            assert_eq!(kind_of(&article, j), Some(Kind::Boilerplate), "junk line {j:?}");
        }
    }

    #[test]
    fn english_furniture() {
        check(
            &[
                "The harbour bridge reopened on Monday after eight months of repairs.",
                "Engineers found corroded cables during an inspection last spring, the council said.",
                "You can still expect delays on the ring road until the end of the month, officials warned.",
            ],
            &[
                "Share this article",
                "Subscribe to our newsletter!",
                "Home > World > Europe",
                "Read more",
                "Photo: Jane Doe/Reuters",
                "€2,500",
                "$ 19.99",
                "12:30",
                "© 2024 Example Media",
                "We use cookies to improve your experience. Accept cookies?",
                "News | Sport | Weather | Travel",
                "Advertisement",
            ],
        );
    }

    #[test]
    fn german_french_spanish_furniture() {
        check(
            &[
                "Die Hafenbrücke ist am Montag nach acht Monaten Reparatur wieder geöffnet worden.",
                "Ingenieure hatten im Frühjahr Korrosion an den Seilen entdeckt, teilte die Stadt mit.",
            ],
            &[
                "Artikel teilen",
                "Jetzt Newsletter abonnieren!",
                "Startseite > Politik > Ausland",
                "Foto: dpa",
                "Weiterlesen",
                "Unterstützen Sie unseren Journalismus!",
            ],
        );
        check(
            &[
                "Le pont du port a rouvert lundi après huit mois de travaux.",
                "Les ingénieurs avaient découvert des câbles rouillés au printemps, selon la mairie.",
            ],
            &[
                "Partager sur Facebook",
                "Abonnez-vous à notre newsletter !",
                "Accueil > Monde > Europe",
                "Crédit : AFP",
                "Lire la suite",
                "Soutenez votre journal !",
            ],
        );
        check(
            &[
                "El puente del puerto reabrió el lunes después de ocho meses de obras.",
                "Los ingenieros descubrieron cables oxidados en primavera, según el ayuntamiento.",
            ],
            &[
                "Compartir en Twitter",
                "¡Suscríbete a nuestro boletín!",
                "Inicio > Internacional > Europa",
                "Foto: EFE",
                "Leer más",
                "1.500 €",
            ],
        );
    }

    #[test]
    fn italian_portuguese_dutch_russian_furniture() {
        check(
            &[
                "Il ponte del porto è stato riaperto lunedì dopo otto mesi di lavori.",
                "Gli ingegneri avevano scoperto i cavi corrosi in primavera, ha detto il comune.",
            ],
            &["Condividi su Facebook", "Iscriviti alla nostra newsletter!", "Home > Esteri > Europa", "Foto: Ansa"],
        );
        check(
            &[
                "A ponte do porto foi reaberta na segunda-feira depois de oito meses de obras.",
                "Os engenheiros descobriram cabos corroídos na primavera, disse a prefeitura.",
            ],
            &["Compartilhe no Facebook", "Assine a nossa newsletter!", "Início > Mundo > Europa", "Foto: Reuters"],
        );
        check(
            &[
                "De havenbrug is maandag na acht maanden herstelwerk weer opengegaan.",
                "Ingenieurs ontdekten vorig voorjaar verroeste kabels, zei de gemeente.",
            ],
            &["Deel dit artikel", "Abonneer je op onze nieuwsbrief!", "Home > Buitenland > Europa", "Foto: ANP"],
        );
        check(
            &[
                "Мост в порту снова открыли в понедельник после восьми месяцев ремонта.",
                "Инженеры обнаружили коррозию тросов прошлой весной, сообщили в мэрии.",
            ],
            &["Поделиться в соцсетях", "Подпишитесь на нашу рассылку!", "Главная > Мир > Европа", "Фото: ТАСС"],
        );
    }

    #[test]
    fn headlines_with_furniture_words_stay_titles() {
        for title in [
            "Krispy Kreme shares hit",
            "Khodorkovsky quits Yukos shares",
            "Watchdog probes e-mail deletions",
            "Galloway targets 'New Labour' MP",
        ] {
            let t =
                format!("{title}\n\nThe company said on Monday that profits had fallen sharply in the last quarter.\n");
            assert_eq!(read(&t).title.as_deref(), Some(title));
        }
        // A call to action on top is still junk, and the headline after it is the title.
        let d = read("Share this\n\nHarbour bridge reopens\n\nThe bridge reopened on Monday after repairs.\n");
        assert_eq!(d.title.as_deref(), Some("Harbour bridge reopens"));
    }

    #[test]
    fn prose_with_furniture_words_stays_prose() {
        let t = "Bridge story\n\nShares in the builder rose 5% after the council said it would read the report and follow its advice.\n\nThe photo agency said its image of the bridge had been shared widely on social media over the weekend.\n";
        assert_eq!(
            kind_of(
                t,
                "Shares in the builder rose 5% after the council said it would read the report and follow its advice."
            ),
            Some(Kind::Prose)
        );
        assert_eq!(kind_of(t, "The photo agency said its image of the bridge had been shared widely on social media over the weekend."), Some(Kind::Prose));
    }
}
