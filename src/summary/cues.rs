//! Word lists the summary layer reads sentences by (English first): openers that lean on the
//! sentence before, verbs that attribute a quote, and cues that a sentence raises a question.
//! Data only; every list is one string of words in byte order, one space apart, for binary
//! search (checked by a test).

/// A sentence opening with one of these usually needs the one before it to make sense
/// ("He said ...", "But ...", "This ...", "Both ...").
pub const DEPENDENT_OPENERS: &str = "\
    also and besides both but consequently furthermore he her hers him his however instead it its \
    likewise meanwhile moreover nevertheless nonetheless or otherwise she so still that \
    their them then therefore these they this those thus yet";

/// After an opening "The", these point back as a pronoun does ("The two are easy to do",
/// "The latter said no").
pub const BACK_REFERENCES: &str = "former four latter three two";

/// Verbs and phrases that attribute a quotation to someone.
pub const ATTRIBUTION: &str = "\
    according added admitted announced claimed confirmed declared explained insisted \
    revealed said says stated tells told tweeted warned wrote";

/// Words by which a sentence raises the story's open question (for the teaser style).
pub const QUESTION_CUES: &str = "\
    could how mystery puzzle question remains secret uncertain unclear unknown what whether \
    why";

/// Words that mark a clause boundary a headline can be cut before.
pub const CLAUSE_STARTS: &str = "\
    after although and as because before but following since though until when where whereas \
    which while who";

/// Common verb forms that are never a key phrase on their own.
pub const VERBS: &str = "\
    according added asked became become began begin begun bring brings brought called came come comes \
    found gave get gets give given go goes got held hit hits hold holds including keep kept known leave \
    leaves left let lets made make makes put puts ran run runs said saw says see seem seems \
    seen sees set sets show shown shows take takes tell tells think thought told took use \
    used uses want wanted wants went";

/// Words too general to be a key phrase alone or to open or close one: adverbs, connectives
/// and modals the stop list leaves in, vague quantities and times ("since", "long", "still",
/// "last", "new", "time"); "ca" and "wo" are what "can't" and "won't" leave.
pub const WEAK: &str = "\
    ago already also ca could despite ever former however last like long may might \
    must new since still though time way whether wo would yet";

/// Number words: a count is not a topic.
pub const NUMBERS: &str = "\
    billion dozen eight eighty eleven fifteen fifty first five forty four half hundred \
    million nine ninety one second seven seventy six sixty ten third thirty thousand three \
    twelve twenty two";

/// Weekdays, months and relative days: dates are the timeline's business, not key phrases.
pub const CALENDAR: &str = "\
    april august december february friday january july june march monday month months \
    november october saturday september sunday thursday today tomorrow tuesday wednesday \
    week weeks yesterday";

/// Words that open a picture credit ("Photograph: Jane Doe/Agency"): the article's body
/// follows it, a caption precedes it.
pub const CREDITS: &str = "\
    credit image images photo photograph photos picture pictures";

/// Whether `word` is in `list`: words in byte order, one space apart (one string per list
/// keeps the wasm small: no table of slices). Binary search over the bytes.
pub fn contains(list: &str, word: &str) -> bool {
    let (b, word) = (list.as_bytes(), word.as_bytes());
    let (mut lo, mut hi) = (0, b.len());
    while lo < hi {
        let mid = (lo + hi) / 2;
        let start = b[..mid].iter().rposition(|&c| c == b' ').map_or(0, |p| p + 1).max(lo);
        let end = b[start..].iter().position(|&c| c == b' ').map_or(b.len(), |p| start + p);
        match b[start..end].cmp(word) {
            std::cmp::Ordering::Equal => return true,
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => hi = start,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_and_unique() {
        for list in [DEPENDENT_OPENERS, BACK_REFERENCES, ATTRIBUTION, QUESTION_CUES, CLAUSE_STARTS, VERBS, CALENDAR, NUMBERS, CREDITS, WEAK] {
            let words: Vec<&str> = list.split(' ').collect();
            let mut s = words.clone();
            s.sort_unstable();
            s.dedup();
            assert_eq!(s, words);
            assert!(words.iter().all(|w| !w.is_empty() && contains(list, w)), "{list}");
            for other in ["", "a", "zzz", "aardvark", "m", "sai", "saidx"] {
                assert_eq!(contains(list, other), words.contains(&other), "{other}");
            }
        }
    }
}
