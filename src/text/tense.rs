//! Tense and clause cues: whether the clause around a position speaks of the past, the present,
//! the future or a condition, and where that clause begins and ends. The timeline uses both: the
//! tense decides the direction of an underspecified date ("on Friday she said" vs "on Friday she
//! will"), the clause is the event's label.
//!
//! Cues are data per language (English, German, French, Spanish, Italian, Portuguese, Dutch):
//! auxiliaries and reporting verbs as whole words, verb endings (French futur "-ra", Spanish
//! "-rá", conditional "-rait", "-ría"), and two-word periphrases ("is expected", "va a", "vai").
//! The cue nearest to the position wins (so in "said on Friday that it will reopen next month"
//! "on Friday" is past and "next month" future); at equal distance conditional beats future,
//! future beats past, past beats present. Clause boundaries are punctuation (; : dashes,
//! parentheses) and a comma before a conjunction of the language ("..., but", "..., während").

use std::borrow::Cow;
use std::ops::{Deref, Range};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    Present,
    Future,
    Conditional,
}

use Tense::{Conditional as C, Future as F, Past as P, Present as N};

/// Whole words (folded, space-separated) that mark a tense, per language.
const WORDS: &[(&str, Tense, &str)] = &[
    ("en", C, "would could might wouldn't couldn't should"),
    ("en", F, "will shall must won't upcoming tomorrow next planned planning scheduled slated"),
    ("en", P, "said was were had did has have ago told announced last yesterday been wasn't weren't didn't hadn't brought took made came went began gave got held left met paid sold bought won lost rose fell became found knew wrote spoke led sent spent kept broke chose drove flew grew struck saw tore shot fled ate arose awoke befell bent bit bled blew bore bred built caught clung crept dealt dove drank drew dug dwelt fed felt fought forbade forgave forgot forsook froze heard hid hung knelt laid lent lit meant mistook oversaw overcame overran overthrew overtook rang ran rebuilt retook rode sang sank sat sought shook shone shrank slept slid slew sped spat spun sprang stood stole stuck stung strode strove swam swept swore swung taught thought threw understood underwent undertook upheld withdrew withheld withstood woke wore wove wept begun broken chosen done drawn driven eaten fallen flown forgiven forgotten frozen given gone grown hidden known mistaken ridden risen seen shaken shown spoken stolen sunk sworn taken thrown torn undertaken withdrawn worn written"),
    ("en", N, "is are says am isn't aren't"),
    #[cfg(feature = "all-languages")]
    ("de", C, "würde würden würdest würdet könnte könnten dürfte dürften wäre wären hätte hätten sollte sollten"),
    #[cfg(feature = "all-languages")]
    ("de", F, "wird werden werde wirst werdet soll sollen morgen nächste nächsten nächstes künftig kommende kommenden"),
    #[cfg(feature = "all-languages")]
    ("de", P, "war waren hatte hatten hat haben sagte sagten erklärte teilte wurde wurden gestern vor letzte letzten vergangenen vergangene begann begannen fiel fielen traf trafen hielt hielten stieg stiegen nahm nahmen gewann gewannen kam kamen ging gingen gab gaben fand fanden stand standen lag lagen sah sahen schrieb sprach blieb blieben brach brachen fuhr flog wuchs verlor verloren zog zogen trat traten rief schlug starb starben lief bot floh flohen sank verließ erhielt erhielten beschloss beschlossen entschied unterschrieb tötete brannte"),
    #[cfg(feature = "all-languages")]
    ("de", N, "ist sind sagt heißt"),
    #[cfg(feature = "all-languages")]
    ("fr", C, "pourrait pourraient serait seraient aurait auraient devrait devraient"),
    #[cfg(feature = "all-languages")]
    ("fr", F, "va vont demain prochain prochaine prochains"),
    #[cfg(feature = "all-languages")]
    ("fr", P, "a ont était étaient avait avaient fut furent eut eurent fit firent prit prirent vint vinrent mit mirent tint tinrent naquit mourut hier dernier dernière été dit annoncé déclaré"),
    #[cfg(feature = "all-languages")]
    ("fr", N, "est sont affirme dit-il"),
    #[cfg(feature = "all-languages")]
    ("es", C, "podría podrían debería deberían sería serían habría"),
    #[cfg(feature = "all-languages")]
    ("es", F, "mañana próximo próxima será serán habrá"),
    #[cfg(feature = "all-languages")]
    ("es", P, "fue fueron era eran había habían ha han dijo ayer pasado pasada anunció hace hizo hicieron tuvo tuvieron puso pusieron vino vinieron estuvo estuvieron dio dieron vio vieron trajo produjo murieron murió"),
    #[cfg(feature = "all-languages")]
    ("es", N, "es son está están dice"),
    #[cfg(feature = "all-languages")]
    ("it", C, "potrebbe potrebbero sarebbe sarebbero dovrebbe dovrebbero avrebbe"),
    #[cfg(feature = "all-languages")]
    ("it", F, "domani prossimo prossima sarà saranno avrà"),
    #[cfg(feature = "all-languages")]
    ("it", P, "fu era erano aveva avevano ha hanno stato stata detto ieri scorso scorsa fa"),
    #[cfg(feature = "all-languages")]
    ("it", N, "è sono dice"),
    #[cfg(feature = "all-languages")]
    ("pt", C, "poderia poderiam seria seriam deveria deveriam"),
    #[cfg(feature = "all-languages")]
    ("pt", F, "vai vão amanhã próximo próxima será serão"),
    #[cfg(feature = "all-languages")]
    ("pt", P, "foi foram era eram tinha tinham disse ontem passado passada atrás"),
    #[cfg(feature = "all-languages")]
    ("pt", N, "é são está estão diz"),
    #[cfg(feature = "all-languages")]
    ("nl", C, "zou zouden kon konden zou'"),
    #[cfg(feature = "all-languages")]
    ("nl", F, "zal zullen zult morgen volgende komende"),
    #[cfg(feature = "all-languages")]
    ("nl", P, "was waren had hadden heeft hebben zei zeiden gisteren geleden vorige afgelopen werd werden"),
    #[cfg(feature = "all-languages")]
    ("nl", N, "is zijn zegt"),
];

/// Two-word periphrases (folded, '|'-separated) that mark a tense, or (`None`) that look like a
/// cue but are not one ("next to the station", "próximo a"). A periphrasis is one cue: its second
/// word ("expected" in "are expected") does not count again on its own.
const PHRASES: &[(&str, Option<Tense>, &str)] = &[
    ("en", Some(F), "is expected|are expected|is due|are due|plans to|plan to|is set|are set|set to|is scheduled|are scheduled|going to|is to|are to|intends to|aims to|is slated|are slated|is planned|are planned|is likely|are likely|was planning|were planning|is planning|are planning|was to|were to|was due|were due|was scheduled|were scheduled|was slated|were slated"),
    ("en", Some(P), "must have"),
    ("en", None, "next to|next door|at last|as expected|planning approval|planning permission|planning consent|planning committee|planning commission|planning board|planning department|planning authority|planning application|planning applications|planning officer|planning officers|planning inspector|planning rules|planning law|planning laws|planning system|planning process"),
    #[cfg(feature = "all-languages")]
    ("de", None, "vor dem|vor der|vor den|vor allem|neben dem|neben der"),
    #[cfg(feature = "all-languages")]
    ("fr", Some(F), "doit être|devrait être|devait être|doit avoir"),
    #[cfg(feature = "all-languages")]
    ("es", Some(F), "va a|van a|vamos a|prevé que|tiene previsto"),
    #[cfg(feature = "all-languages")]
    ("es", None, "próximo a|próxima a|junto a"),
    #[cfg(feature = "all-languages")]
    ("it", Some(F), "sta per|è previsto|prevede di"),
    #[cfg(feature = "all-languages")]
    ("pt", Some(F), "vai ser|deve ser"),
    #[cfg(feature = "all-languages")]
    ("nl", Some(F), "gaat het|gaan de"),
];

/// Words that set a deadline when they stand right before the date in mid-clause ("has given
/// them until Tuesday", "postponed until Tuesday morning", "to pay it down by February", but
/// not "had filed by Wednesday"): ahead. At the clause start ("Until
/// Thursday, they had...") or after a negation ("not until Tuesday") they are no cue, nor before
/// an article ("delayed until the week of May 3" is a plain date).
const DEADLINES: &[(&str, &str)] =
    &[("en", "until till by"), ("de", "bis"), ("fr", "jusqu'à jusqu'au"), ("es", "hasta")];

/// Hedges that may stand between a deadline word and its date ("until at least Friday", "bis
/// mindestens Freitag"), '|'-separated.
const HEDGES: &[(&str, &str)] = &[
    ("en", "at least|at the earliest"),
    #[cfg(feature = "all-languages")]
    ("de", "mindestens|frühestens"),
    #[cfg(feature = "all-languages")]
    ("fr", "au moins|au plus tôt"),
    #[cfg(feature = "all-languages")]
    ("es", "al menos|como mínimo"),
];

/// Words that, right before the date, make it a start already behind ("since March").
const SINCE: &[(&str, &str)] = &[("en", "since"), ("de", "seit"), ("fr", "depuis"), ("es", "desde")];

/// Reporting verbs (folded): a clause after a comma that has one near its start and runs to the
/// end of the sentence (", officials said.", ", dijo el ministro.") is an attribution; it keeps
/// its own tense, and the main clause keeps its own ("The talks will resume Monday, officials
/// said": Monday is ahead).
const REPORTING: &[(&str, &str)] = &[
    ("en", "said says say told added reported announced predicted stated explained noted warned insisted claimed confirmed argued wrote according"),
    #[cfg(feature = "all-languages")]
    ("de", "sagte sagt sagten erklärte teilte hieß heißt betonte berichtete laut"),
    #[cfg(feature = "all-languages")]
    ("fr", "dit dit-il dit-elle a-t-il a-t-elle déclaré indiqué selon affirme estime"),
    #[cfg(feature = "all-languages")]
    ("es", "dijo dice afirmó declaró señaló explicó según aseguró indicó"),
];

/// Verb endings (folded) that mark a tense, with the least word length they apply to.
const ENDINGS: &[(&str, Tense, usize, &str)] = &[
    ("en", P, 5, "ed"),
    #[cfg(feature = "all-languages")]
    ("de", P, 6, "te ten"),
    #[cfg(feature = "all-languages")]
    ("fr", C, 5, "rais rait rions riez raient"),
    #[cfg(feature = "all-languages")]
    ("fr", F, 4, "rai ras ra rons rez ront"),
    #[cfg(feature = "all-languages")]
    ("fr", P, 5, "ait aient"),
    #[cfg(feature = "all-languages")]
    ("es", C, 5, "ría rías ríamos rían"),
    #[cfg(feature = "all-languages")]
    ("es", F, 4, "ré rás rá remos réis rán"),
    #[cfg(feature = "all-languages")]
    ("es", P, 5, "ó aron ieron aba aban ado ido"),
    #[cfg(feature = "all-languages")]
    ("it", C, 6, "rebbe rebbero rei resti"),
    #[cfg(feature = "all-languages")]
    ("it", F, 4, "rò rà remo rete ranno"),
    #[cfg(feature = "all-languages")]
    ("it", P, 5, "ò arono erono irono ato ata uto ito"),
    #[cfg(feature = "all-languages")]
    ("pt", C, 5, "ria riam ríamos"),
    #[cfg(feature = "all-languages")]
    ("pt", F, 4, "rá rão rei remos"),
    #[cfg(feature = "all-languages")]
    ("pt", P, 5, "ou aram eram iram ado ido"),
    #[cfg(feature = "all-languages")]
    ("nl", P, 6, "de den te ten"),
];

/// Past forms that are also the base form ("cut", "hit"): a past cue unless a modal, "to" or a
/// "do" stands right before ("will cut", "to hit", "did not cut" are no past of their own).
const BASE_PASTS: &[(&str, &str)] = &[("en", "burst cast cost cut hit hurt put quit set shut split spread struck")];

/// Words right before a [`BASE_PASTS`] word that make it a base form.
const BASE_MARKERS: &str = "will would shall should could can may might must to do does did not never won't wouldn't can't cannot don't doesn't didn't";

/// Words that mark a tense only as themselves, never as a noun's modifier: "next year's
/// budget", "last week's vote" (English: the next word is a possessive); "des nächsten
/// Jahres", "de l'année prochaine", "del próximo año" (the word or the unit before it follows
/// a genitive "of").
const TIME_MODIFIERS: &str = "next last upcoming coming nächste nächsten nächstes vergangenen letzten prochain prochaine dernier dernière próximo próxima pasado pasada";
const GENITIVES: &str = "des de del d'";

/// Words with a past ending that are no verb in the past ("hundred", "need", "proceed").
const NOT_ENDINGS: &[(&str, &str)] = &[("en", "hundred need proceed succeed exceed indeed speed seed feed bleed breed heed embed shed sacred naked wicked kindred beloved")];

/// Clitic endings (folded) that mark a tense on the word they end ("she'll", "they'd").
const CLITICS: &[(&str, Tense, &str)] = &[("en", F, "'ll"), ("en", C, "'d")];

/// Words after which a word with a tense ending is an adjective, no verb ("a still unspecified
/// date", "the revised plan").
const ADJECTIVE_AFTER: &[(&str, &str)] = &[("en", "a an the its their still")];

/// A participle after a future "be" is no past ("will be held on Friday", "to be named",
/// "would likely be lifted"): per language, the "be", the words before it that make it future,
/// and the ending of an adverb that may stand between them.
const FUTURE_BE: &[(&str, &str, &str, &str)] = &[("en", "be", "will shall to won't would", "ly")];

/// Words that, up to three words before a plan word ending in "-ed" ("as previously planned",
/// "had already been scheduled"), say only that there was a plan.
const PLAN_HELD: &[(&str, &str)] = &[("en", "as previously already originally")];

/// Words (space-separated) after "..., " that open a new clause, per language.
const CONJUNCTIONS: &[(&str, &str)] = &[
    ("en", "but while whereas although though which who and after before when because as"),
    #[cfg(feature = "all-languages")]
    ("de", "aber während obwohl weil sondern nachdem bevor als wenn und die der das"),
    #[cfg(feature = "all-languages")]
    ("fr", "mais tandis alors bien qui et après avant lorsque quand car parce"),
    #[cfg(feature = "all-languages")]
    ("es", "pero mientras aunque que quien y después antes cuando porque"),
    #[cfg(feature = "all-languages")]
    ("it", "ma mentre sebbene che e dopo prima quando perché"),
    #[cfg(feature = "all-languages")]
    ("pt", "mas enquanto embora que e depois antes quando porque"),
    #[cfg(feature = "all-languages")]
    ("nl", "maar terwijl hoewel die dat en nadat voordat toen omdat"),
];

fn rank(t: Tense) -> u8 {
    match t {
        C => 0,
        F => 1,
        P => 2,
        N => 3,
    }
}

use super::listed as has;
use super::words::possessive;
use crate::hash::Fnv;

/// [`WORDS`] (with [`BASE_PASTS`]) and [`PHRASES`] as hash tables, built once: a word's cue is
/// one lookup, not a scan of every list of its language (the scans were a third of the dates
/// stage). A word or phrase listed twice keeps its first row's tense.
/// One table for both (one copy of the hash table's code in the wasm build):
/// (language, word, "") -> its tense, and whether it begins a periphrasis (so that a word's
/// cue is one lookup, the pair's a second only after such a word); (language, first word,
/// second word) -> the periphrasis' tense (`None`: no cue).
type Cues = std::collections::HashMap<(&'static str, &'static str, &'static str), (Option<Tense>, bool), Fnv>;

fn cues() -> &'static Cues {
    static CUES: std::sync::OnceLock<Cues> = std::sync::OnceLock::new();
    CUES.get_or_init(|| {
        let mut cues = Cues::with_hasher(Fnv);
        // base forms that are pasts too ("cut"), after WORDS: a word in both keeps WORDS' tense
        let base = BASE_PASTS.iter().map(|&(l, ws)| (l, P, ws));
        for (l, t, ws) in WORDS.iter().copied().chain(base) {
            for w in ws.split(' ').filter(|w| !w.is_empty()) {
                cues.entry((l, w, "")).or_insert((Some(t), false));
            }
        }
        for &(l, t, ps) in PHRASES {
            for (a, b) in ps.split('|').filter_map(|p| p.split_once(' ')).filter(|p| !p.1.is_empty()) {
                cues.entry((l, a, b)).or_insert((t, false));
                cues.entry((l, a, "")).or_insert((None, false)).1 = true;
            }
        }
        cues
    })
}

/// The cue at a folded word, given the next one, and how many words it spans (2 for a periphrasis,
/// whose tense may be `None`: "next to" is no cue).
/// `name` is asked only when the word's ending would decide.
fn cue(word: &str, next: Option<&str>, lang: &str, name: impl FnOnce() -> bool) -> Option<(Option<Tense>, usize)> {
    let (listed, head) = cues().get(&(lang, word, "")).copied().unwrap_or((None, false));
    if let Some(n) = next.filter(|n| head && !n.is_empty() && !word.contains(' ')) {
        if let Some(&(t, _)) = cues().get(&(lang, word, n)) {
            return Some((t, 2));
        }
    }
    listed.or_else(|| clitic(word, lang)).or_else(|| ending_cue(word, lang).filter(|_| !name())).map(|t| (Some(t), 1))
}

/// The tense one folded word marks on its own in `lang`.
/// `name`: the word is capitalized inside the sentence, so an ending says nothing ("Ahmed",
/// German "Kosten" are a name and a noun, no verb).
fn word_cue(word: &str, lang: &str, name: bool) -> Option<Tense> {
    listed_cue(word, lang).or_else(|| if name { None } else { ending_cue(word, lang) })
}

/// The tense a folded word marks as a listed word ([`WORDS`], [`BASE_PASTS`]) or a clitic ("'ll").
fn listed_cue(word: &str, lang: &str) -> Option<Tense> {
    cues().get(&(lang, word, "")).and_then(|x| x.0).or_else(|| clitic(word, lang))
}

fn clitic(word: &str, lang: &str) -> Option<Tense> {
    CLITICS.iter().find(|(l, _, ending)| *l == lang && word.ends_with(ending)).map(|x| x.1)
}

/// The tense a folded word's ending marks ([`ENDINGS`], but not [`NOT_ENDINGS`]): only for a
/// word of letters that is no name.
fn ending_cue(word: &str, lang: &str) -> Option<Tense> {
    // (the ending first: most words have none, and it needs no pass over the characters)
    ENDINGS
        .iter()
        .filter(|(l, _, _, ends)| {
            *l == lang && ends.as_bytes().split(|&b| b == b' ').any(|e| word.as_bytes().ends_with(e))
        })
        .find(|(_, _, min, _)| word.chars().count() >= *min)
        .filter(|_| word.chars().all(char::is_alphabetic))
        .map(|x| x.1)
        .filter(|_| !NOT_ENDINGS.iter().any(|(l, ws)| *l == lang && has(ws, word)))
}

/// Whether a folded, lower-case word is a verb form in `lang` by this module's cues: a tense word
/// ("said", "took", "wird", "dijo"), a reporting verb, or a word with a tense ending ("-ed",
/// "-ait", "-aron") that is no exception ("need", "hundred"). The key phrases leave such words
/// out; a capitalized word (a name) is never asked.
pub fn verb_form(word: &str, lang: &str) -> bool {
    word_cue(word, lang, false).is_some() || REPORTING.iter().any(|(l, ws)| *l == lang && has(ws, word))
}

/// Words of `s` with their byte offsets (letters, digits, apostrophes and inner hyphens).
/// At most `max` of them.
/// A word already in folded form (ASCII, no capital) is borrowed from `s`, not copied.
fn words(s: &str, max: usize) -> Vec<(usize, Cow<'_, str>)> {
    let mut out = Vec::with_capacity(max.min(s.len() / 5 + 1));
    let mut start: Option<usize> = None;
    for (i, c) in s.char_indices().chain(std::iter::once((s.len(), ' '))) {
        let inner = c.is_alphanumeric() || ((c == '\'' || c == '’' || c == '-') && start.is_some());
        match (inner, start) {
            (true, None) => start = Some(i),
            (false, Some(st)) => {
                let raw = &s[st..i];
                let w = if raw.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
                    Cow::Borrowed(raw.trim_end_matches(['\'', '-']))
                } else {
                    let mut w = crate::text::lower::lower(raw);
                    if w.contains('’') {
                        w = w.replace('’', "'");
                    }
                    w.truncate(w.trim_end_matches(['\'', '-']).len());
                    Cow::Owned(w)
                };
                out.push((st, w));
                if out.len() == max {
                    break;
                }
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// How far from a position, in bytes either way, a sentence is read for its tense and clause: a
/// cue further away says nothing about the position, and the bound keeps every call short, so
/// a sentence of any length with a date every few words stays linear (an unpunctuated run of
/// 40 KB is one sentence with a thousand dates; read whole for each, it took 6 to 13 s).
pub const REACH: usize = 1024;

/// `sentence` narrowed to [`REACH`] bytes either side of `at`, cut at white space so that no
/// word is split; the whole sentence when it is shorter.
pub fn window(text: &str, sentence: Range<usize>, at: usize) -> Range<usize> {
    // Byte steps to an ASCII space, always a character boundary (no pattern searcher's bytes in
    // the wasm); text with no spaces at all (Chinese) has no tense cues either. Callers clamp
    // the result to character boundaries.
    let b = text.as_bytes();
    let (lo, hi) = (sentence.start.min(b.len()), sentence.end.min(b.len()));
    let (mut start, mut end) = (lo.max(at.saturating_sub(REACH)), hi.min(at.saturating_add(REACH)));
    if start > lo {
        while start < end && !b[start].is_ascii_whitespace() {
            start += 1;
        }
    }
    if end < hi {
        while end > start && !b[end].is_ascii_whitespace() {
            end -= 1;
        }
    }
    start..end.max(start)
}

/// Tense of the clause of `text[sentence]` that holds byte `at`, when the text says: the nearest
/// cue inside that clause (clauses as [`clause_at`], and a trailing attribution such as
/// ", officials said" is a clause of its own), else the nearest cue in the sentence.
pub fn tense_at(text: &str, sentence: Range<usize>, at: usize, lang: &str) -> Option<Tense> {
    let sentence = clamp(text, window(text, sentence, at))?;
    let lang = base_lang(lang);
    let s = &text[sentence.clone()];
    let rel = at.saturating_sub(sentence.start).min(s.len());
    let ws = words(s, usize::MAX);
    let (ca, cb) = bounds(&cuts(s, lang, true), rel, s.len());
    // A possessive date ("after Thursday's ruling", "Friday's edition") names an event already
    // reported on.
    if ws.iter().any(|(o, w)| *o == rel && possessive(w, lang).is_some() && s[rel..].starts_with(char::is_uppercase)) {
        return Some(P);
    }
    Reading { s, ws: &ws, lang, rel, ca, cb }.nearest_cue()
}

/// A sentence (its window) read for the tense at byte `rel`, which lies in the clause `ca..cb`.
struct Reading<'a> {
    s: &'a str,
    /// The words, each with its byte offset.
    ws: &'a [(usize, Cow<'a, str>)],
    lang: &'a str,
    rel: usize,
    ca: usize,
    cb: usize,
}

impl Reading<'_> {
    /// The nearest cue inside the clause, else the nearest in the sentence; a deadline or a
    /// "since" right before the position decides at once.
    fn nearest_cue(&self) -> Option<Tense> {
        let (s, ws, lang, rel) = (self.s, self.ws, self.lang, self.rel);
        let mut best: Option<(usize, u8, Tense)> = None;
        let mut best_in: Option<(usize, u8, Tense)> = None;
        let mut k = 0;
        while k < ws.len() {
            let (off, w) = &ws[k];
            let end = off + w.len();
            // (the words right before the position only: the gap first, the word lists after)
            let gap = s.get(end..rel).map(str::trim);
            if k > 0 && gap.is_some_and(|g| self.hedge_or_nothing(g)) && self.deadline(k) {
                return Some(F);
            }
            // "since March", "seit Montag", "depuis lundi": a start that lies behind the reference
            if gap == Some("") && SINCE.iter().any(|(l, d)| *l == lang && has(d, w)) {
                return Some(P);
            }
            let next = ws.get(k + 1).map(|x| x.1.deref());
            // (and after an article it is an adjective: "a still unspecified date", "the revised plan")
            let name = || {
                *off > 0 && s[*off..].starts_with(char::is_uppercase)
                    || k > 0 && ADJECTIVE_AFTER.iter().any(|(l, before)| *l == lang && has(before, &ws[k - 1].1))
            };
            let Some((t, n)) = cue(w, next, lang, name) else {
                k += 1;
                continue;
            };
            let (last_off, last) = &ws[k + n - 1];
            let end = last_off + last.len();
            k += n;
            let Some(t) = t.and_then(|t| self.clause_tense(k, n, t)) else { continue };
            let dist = if *off >= rel { off - rel } else { rel - end.min(rel) };
            let key = (dist, rank(t), t);
            if best.is_none_or_greater(&key) {
                best = Some(key);
            }
            if *off >= self.ca && end <= self.cb && best_in.is_none_or_greater(&key) {
                best_in = Some(key);
            }
        }
        best_in.or(best).map(|b| b.2)
    }

    /// Whether `gap`, the text between a word and the position, is nothing or a hedge
    /// ("until at least Friday").
    fn hedge_or_nothing(&self, gap: &str) -> bool {
        gap.is_empty()
            || HEDGES.iter().any(|(l, h)| *l == self.lang && h.split('|').any(|h| gap.eq_ignore_ascii_case(h)))
    }

    /// Whether word `k` (not the first) sets a deadline for the date after it ("by Friday",
    /// "until March"), inside the clause.
    fn deadline(&self, k: usize) -> bool {
        let (ws, lang, w) = (self.ws, self.lang, &self.ws[k].1);
        DEADLINES.iter().any(|(l, d)| *l == lang && has(d, w))
            && ws[k - 1].0 >= self.ca
            && !matches!(ws[k - 1].1.deref(), "up" | "not" | "nicht" | "pas" | "no")
            && !ws.get(k + 1).is_some_and(|x| has("the a an der die das den dem la le les", &x.1))
            // "had filed reports by Wednesday": "by" sets no deadline in a past clause
            && (w != "by" || !ws[..k].iter().any(|x| x.0 >= self.ca && word_cue(&x.1, lang, false) == Some(P)))
    }

    /// The tense `t` that the cue of the `n` words before word `k` gives the clause, or `None`
    /// when it gives none: a base form after a modal, a time word modifying a noun, a participle
    /// after a future "be", a plan that only was one.
    fn clause_tense(&self, k: usize, n: usize, mut t: Tense) -> Option<Tense> {
        let (ws, lang) = (self.ws, self.lang);
        let (off, w) = (ws[k - n].0, &ws[k - n].1);
        let prev = if k > n { ws[k - n - 1].1.deref() } else { "" };
        // "will cut", "to hit": the base form, no past
        if n == 1 && t == P && BASE_PASTS.iter().any(|(l, b)| *l == lang && has(b, w)) && has(BASE_MARKERS, prev) {
            return None;
        }
        // "next year's budget", "des nächsten Jahres", "de l'année prochaine": a noun's
        // modifier, no tense of the clause
        if n == 1 && has(TIME_MODIFIERS, w) {
            let next_word = ws.get(k).map(|x| x.1.deref()).unwrap_or("");
            let before_prev = if k > n + 1 { ws[k - n - 2].1.deref() } else { "" };
            if next_word.ends_with("'s")
                || has(GENITIVES, prev)
                || (has(GENITIVES, before_prev) && !prev.is_empty())
                || prev.starts_with("l'") && has(GENITIVES, before_prev)
            {
                return None;
            }
        }
        // A participle after a future "be" ("will be held on Friday", "to be named") is no past.
        // (also with an adverb before "be": "would likely be lifted", "will probably be held")
        if t == P && k > n + 1 {
            if let Some(&(_, be, modals, adverb)) = FUTURE_BE.iter().find(|x| x.0 == lang) {
                let modal = |j: usize| has(modals, &ws[j].1);
                if ws[k - n - 1].1 == be
                    && (modal(k - n - 2) || k > n + 2 && ws[k - n - 2].1.ends_with(adverb) && modal(k - n - 3))
                {
                    return None;
                }
            }
        }
        // "planned a rally on Saturday" looks ahead; "on Friday, the government planned to pay"
        // dates the plan itself.
        if t == F && off >= self.rel && n == 1 && w.ends_with("ed") {
            t = P;
        }
        // "as (previously) planned", "had previously been scheduled" say only that there was
        // a plan: the other cues decide
        if t == F
            && n == 1
            && w.ends_with("ed")
            && PLAN_HELD
                .iter()
                .any(|(l, held)| *l == lang && ws[k.saturating_sub(4)..k - 1].iter().any(|x| has(held, &x.1)))
        {
            return None;
        }
        Some(t)
    }
}

trait Closer {
    fn is_none_or_greater(&self, key: &(usize, u8, Tense)) -> bool;
}

impl Closer for Option<(usize, u8, Tense)> {
    fn is_none_or_greater(&self, key: &(usize, u8, Tense)) -> bool {
        match self {
            None => true,
            Some(b) => (key.0, key.1) < (b.0, b.1),
        }
    }
}

/// "en-GB" -> "en".
fn base_lang(lang: &str) -> &str {
    let l = lang.split(['-', '_']).next().unwrap_or(lang);
    super::packs::need(l);
    if WORDS.iter().any(|x| x.0 == l) {
        l
    } else {
        WORDS.iter().map(|x| x.0).find(|c| c.eq_ignore_ascii_case(l)).unwrap_or(l)
    }
}

fn clamp(text: &str, r: Range<usize>) -> Option<Range<usize>> {
    let (s, e) = super::sentences::char_bounds(text, r);
    (s <= e).then_some(s..e)
}

/// Clause boundaries of sentence `s` as (where the left clause ends, where the right one starts):
/// punctuation, a comma before a conjunction, and with `attribution` a comma before a trailing
/// reporting clause.
fn cuts(s: &str, lang: &str, attribution: bool) -> Vec<(usize, usize)> {
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    for (i, c) in s.char_indices() {
        let after = i + c.len_utf8();
        match c {
            ';' | '(' | ')' | '—' | '–' => cuts.push((i, after)),
            ':' if s[after..].starts_with(' ') => cuts.push((i, after)),
            '-' if s[..i].ends_with(' ') && s[after..].starts_with(' ') => cuts.push((i, after)),
            ',' => {
                let rest = s[after..].trim_start();
                // the word after the comma, folded (borrowed when it already is)
                let raw = &rest[..rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len())];
                let w = if raw.bytes().all(|b| b.is_ascii_lowercase()) {
                    Cow::Borrowed(raw)
                } else {
                    Cow::Owned(crate::text::lower::lower(raw))
                };
                if CONJUNCTIONS.iter().any(|(l, ws)| *l == lang && has(ws, &w))
                    || (attribution && is_attribution(&s[after..], lang))
                {
                    cuts.push((i, after));
                }
            }
            _ => {}
        }
    }
    cuts
}

/// Whether `rest` (the sentence after a comma) is a trailing attribution: a reporting verb among
/// its first five words, no "that" after it, and at most twelve words to the end.
fn is_attribution(rest: &str, lang: &str) -> bool {
    let Some((_, verbs)) = REPORTING.iter().find(|(l, _)| *l == lang) else { return false };
    let ws = words(rest, 13);
    if ws.len() > 12 {
        return false;
    }
    match ws.iter().take(5).position(|(_, w)| has(verbs, w)) {
        Some(k) => !matches!(ws.get(k + 1).map(|x| x.1.deref()), Some("that" | "dass" | "que" | "qu")),
        None => false,
    }
}

/// The clause (start, end) around `rel` among `cuts` in a sentence of `len` bytes.
fn bounds(cuts: &[(usize, usize)], rel: usize, len: usize) -> (usize, usize) {
    let start = cuts.iter().filter(|c| c.1 <= rel).map(|c| c.1).max().unwrap_or(0);
    let end = cuts.iter().filter(|c| c.0 >= rel && c.0 > start).map(|c| c.0).min().unwrap_or(len);
    (start, end)
}

/// The clause of `text[sentence]` around byte `at` (for trimming an event's label).
pub fn clause_at(text: &str, sentence: Range<usize>, at: usize, lang: &str) -> Range<usize> {
    let sentence = window(text, sentence, at);
    let Some(sentence) = clamp(text, sentence.clone()) else { return sentence };
    let lang = base_lang(lang);
    let s = &text[sentence.clone()];
    let mut rel = at.saturating_sub(sentence.start).min(s.len());
    while !s.is_char_boundary(rel) {
        rel -= 1;
    }
    let (start, end) = bounds(&cuts(s, lang, false), rel, s.len());
    // Trim white space at both ends.
    let inner = &s[start..end];
    let lead = inner.len() - inner.trim_start().len();
    let trail = inner.len() - inner.trim_end().len();
    let (a, b) = (start + lead, end - trail);
    if a < b && a <= rel.max(a) {
        sentence.start + a..sentence.start + b
    } else {
        sentence.start + start..sentence.start + end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str, lang: &str) -> Option<Tense> {
        tense_at(s, 0..s.len(), 0, lang)
    }

    fn near(s: &str, anchor: &str, lang: &str) -> Option<Tense> {
        tense_at(s, 0..s.len(), s.find(anchor).unwrap(), lang)
    }

    #[test]
    fn english_tense_cues() {
        assert_eq!(t("On Friday she will sign the deal.", "en"), Some(Tense::Future));
        assert_eq!(t("On Friday she signed the deal.", "en"), Some(Tense::Past));
        assert_eq!(t("On Friday she would sign the deal.", "en"), Some(Tense::Conditional));
        assert_eq!(t("On Friday the plant is expected to close.", "en"), Some(Tense::Future));
        assert_eq!(t("On Friday she'll sign.", "en"), Some(Tense::Future));
        assert_eq!(t("The talks are on Friday.", "en"), Some(Tense::Present));
        let s = "The minister said on Friday that the bridge will reopen next month.";
        assert_eq!(near(s, "on Friday", "en"), Some(Tense::Past));
        assert_eq!(near(s, "next month", "en"), Some(Tense::Future));
        assert_eq!(t("Sunny weather on Friday", "en"), None);
    }

    #[test]
    fn german_french_spanish_cues() {
        assert_eq!(t("Am Freitag wird der Vertrag unterzeichnet.", "de"), Some(Tense::Future));
        assert_eq!(t("Am Freitag würde sie unterschreiben.", "de"), Some(Tense::Conditional));
        assert_eq!(t("Am Freitag hat sie den Vertrag unterschrieben.", "de"), Some(Tense::Past));
        assert_eq!(t("Am Freitag sagte die Ministerin nichts.", "de"), Some(Tense::Past));
        assert_eq!(t("Vendredi, elle signera l'accord.", "fr"), Some(Tense::Future));
        assert_eq!(t("Vendredi, elle signerait l'accord.", "fr"), Some(Tense::Conditional));
        assert_eq!(t("Vendredi, elle a signé l'accord.", "fr"), Some(Tense::Past));
        assert_eq!(t("Vendredi, elle va signer l'accord.", "fr"), Some(Tense::Future));
        assert_eq!(t("El viernes firmará el acuerdo.", "es"), Some(Tense::Future));
        assert_eq!(t("El viernes va a firmar el acuerdo.", "es"), Some(Tense::Future));
        assert_eq!(t("El viernes firmaría el acuerdo.", "es"), Some(Tense::Conditional));
        assert_eq!(t("El viernes firmó el acuerdo.", "es"), Some(Tense::Past));
    }

    #[test]
    fn italian_portuguese_dutch_cues() {
        assert_eq!(t("Venerdì firmerà l'accordo.", "it"), Some(Tense::Future));
        assert_eq!(t("Venerdì firmerebbe l'accordo.", "it"), Some(Tense::Conditional));
        assert_eq!(t("Venerdì ha firmato l'accordo.", "it"), Some(Tense::Past));
        assert_eq!(t("Na sexta-feira ela vai assinar o acordo.", "pt"), Some(Tense::Future));
        assert_eq!(t("Na sexta-feira ela assinou o acordo.", "pt"), Some(Tense::Past));
        assert_eq!(t("Vrijdag zal zij het akkoord tekenen.", "nl"), Some(Tense::Future));
        assert_eq!(t("Vrijdag zou zij het akkoord tekenen.", "nl"), Some(Tense::Conditional));
        assert_eq!(t("Vrijdag heeft zij het akkoord getekend.", "nl"), Some(Tense::Past));
        // A language without cues says nothing rather than guessing.
        assert_eq!(t("W piątek podpisze umowę.", "pl"), None);
    }

    #[test]
    fn look_alike_cues_periphrases_and_plans() {
        // "next to" is a place, not the future.
        assert_eq!(near("Crowds gathered next to the town hall on Saturday.", "Saturday", "en"), Some(Tense::Past));
        assert_eq!(near("Protesters will gather next door on Saturday.", "Saturday", "en"), Some(Tense::Future));
        // "are expected" is one cue: its "-ed" does not make the clause past.
        assert_eq!(near("Ministers are expected to meet in Brussels on Friday.", "Friday", "en"), Some(Tense::Future));
        assert_eq!(near("Ministers expected a deal on Friday.", "Friday", "en"), Some(Tense::Past));
        assert_eq!(
            near("The peace talks, set to resume Monday in Belfast, face a boycott.", "Monday", "en"),
            Some(Tense::Future)
        );
        // A plan before the date points ahead; after it, it dates the plan.
        assert_eq!(
            near("Protesters planned a long march through the old town on Saturday.", "Saturday", "en"),
            Some(Tense::Future)
        );
        assert_eq!(
            near("On Friday, the government planned to pay the first claims.", "Friday", "en"),
            Some(Tense::Past)
        );
        assert_eq!(near("On Friday, she cancelled her holiday plans for the trip.", "Friday", "en"), Some(Tense::Past));
    }

    #[test]
    fn look_alike_endings_and_names_are_no_past() {
        // "hundred", "proceed" end like a past; "Mohamed", "Kosten" are a name and a noun
        assert_eq!(near("Two hundred delegates meet on Friday.", "Friday", "en"), None);
        assert_eq!(near("Talks proceed on Friday.", "Friday", "en"), None);
        assert_eq!(near("Talks with Mohamed Friday at the port.", "Friday", "en"), None);
        assert_eq!(near("Die Kosten am Montag sind hoch.", "Montag", "de"), Some(Tense::Present));
        // after an article an -ed word is an adjective; "would be paid" is conditional
        let s = "The dividend would be paid on a still unspecified date in January.";
        assert_eq!(near(s, "January", "en"), Some(Tense::Conditional));
        assert_eq!(near("Officials studied the revised plan on Monday.", "Monday", "en"), Some(Tense::Past));
        assert_eq!(near("They meet over the revised plan on Monday.", "Monday", "en"), None);
        // "as previously planned" says only that the plan held
        assert_eq!(near("The parade went ahead as previously planned on Sunday.", "Sunday", "en"), Some(Tense::Past));
        assert_eq!(near("The parade is planned for Sunday.", "Sunday", "en"), Some(Tense::Future));
        // "planning" in a compound noun ("planning approval", "the planning committee") is no
        // plan; "planning to", "planning for" and "is planning" are
        assert_eq!(near("A tower won planning approval on Thursday.", "Thursday", "en"), Some(Tense::Past));
        assert_eq!(near("The planning committee met on Tuesday.", "Tuesday", "en"), Some(Tense::Past));
        assert_eq!(near("The union said it was planning to strike on Friday.", "Friday", "en"), Some(Tense::Future));
        assert_eq!(near("Residents who voted were planning to march in May.", "May", "en"), Some(Tense::Future));
        assert_eq!(near("They can take part in planning for the summit in April.", "April", "en"), Some(Tense::Future));
    }

    #[test]
    fn irregular_pasts_and_future_passives() {
        // Irregular pasts are cues of their own: the "will" of the relative clause is not this one.
        let s = "In January, the company brought in a new chief executive, who will remain chairman.";
        assert_eq!(near(s, "January", "en"), Some(Tense::Past));
        assert_eq!(near("Shares fell sharply on Monday.", "Monday", "en"), Some(Tense::Past));
        // "could not stop" is no plan: the irregular past after it dates the clause
        let s = "Nobody could stop the bullet that tore through the window Friday night.";
        assert_eq!(near(s, "Friday", "en"), Some(Tense::Past));
        // "will be held": the participle takes the tense of its auxiliary; "could be located" stays past.
        let s = "Colonel Ortiz will be named commander of the mission in December.";
        assert_eq!(near(s, "December", "en"), Some(Tense::Future));
        let s = "Neither of them could be located Wednesday in their home town.";
        assert_eq!(near(s, "Wednesday", "en"), Some(Tense::Past));
        let s = "The city said the order would likely be lifted on Thursday.";
        assert_eq!(near(s, "Thursday", "en"), Some(Tense::Conditional));
        // a hedge between a deadline word and its date: still a deadline
        let s = "Officials said the road would stay closed until at least Friday morning.";
        assert_eq!(near(s, "Friday", "en"), Some(Tense::Future));
        assert_eq!(near("Die Straße bleibt bis mindestens Freitag gesperrt.", "Freitag", "de"), Some(Tense::Future));
        // "were planning" is one cue, ahead.
        let s =
            "Protesters planned a long march through the old town on Saturday and were planning to block the airport.";
        assert_eq!(near(s, "Saturday", "en"), Some(Tense::Future));
    }

    #[test]
    fn irregular_pasts_and_reduced_relatives() {
        assert_eq!(near("The river burst its banks on 14 February.", "14 February", "en"), Some(Tense::Past));
        assert_eq!(near("The offensive began on 29 October.", "29 October", "en"), Some(Tense::Past));
        assert_eq!(near("Councillors met on 12 January and elected a speaker.", "12 January", "en"), Some(Tense::Past));
        assert_eq!(near("Unemployment rose in March.", "March", "en"), Some(Tense::Past));
        // a participle in a reduced relative dates its noun's event
        assert_eq!(near("The results of the vote held on 6 November stand.", "6 November", "en"), Some(Tense::Past));
        assert_eq!(near("The decision taken on Monday stands.", "Monday", "en"), Some(Tense::Past));
        assert_eq!(near("The bridge, built in 1932, stands.", "1932", "en"), Some(Tense::Past));
        // a base form after a modal or "to" is no past: "will cut", "to hit"
        assert_eq!(near("The company will cut 300 jobs on Monday.", "Monday", "en"), Some(Tense::Future));
        assert_eq!(near("The firm cut 300 jobs on Monday.", "Monday", "en"), Some(Tense::Past));
        assert_eq!(near("The union plans to cut its ties with the party in May.", "May", "en"), Some(Tense::Future));
    }

    #[test]
    fn a_time_word_that_modifies_a_noun_sets_no_tense() {
        // "next year's budget": the approval is past, the budget's year is no tense
        assert_eq!(near("The council approved next year's budget on Monday.", "Monday", "en"), Some(Tense::Past));
        assert_eq!(near("The council will approve next year's budget on Monday.", "Monday", "en"), Some(Tense::Future));
        assert_eq!(
            near("Der Rat beschloss am Montag den Haushalt des nächsten Jahres.", "Montag", "de"),
            Some(Tense::Past)
        );
        assert_eq!(near("Le conseil a adopté lundi le budget de l'année prochaine.", "lundi", "fr"), Some(Tense::Past));
        assert_eq!(
            near("El consejo aprobó el lunes el presupuesto del próximo año.", "lunes", "es"),
            Some(Tense::Past)
        );
        // as itself it still looks ahead
        assert_eq!(near("The council meets next year on Monday.", "Monday", "en"), Some(Tense::Future));
    }

    #[test]
    fn reported_speech_keeps_the_reported_tense() {
        // future in the past: "was to", "would", "was due"
        assert_eq!(near("The minister said the plant was to close in June.", "June", "en"), Some(Tense::Future));
        assert_eq!(near("Officials said the line was due to reopen in May.", "May", "en"), Some(Tense::Future));
        assert_eq!(near("The governor said repairs would begin in March.", "March", "en"), Some(Tense::Conditional));
        // what was reported as done stays past
        assert_eq!(near("The minister said the plant had closed in June.", "June", "en"), Some(Tense::Past));
        assert_eq!(near("Die Ministerin sagte, das Werk werde im Juni schließen.", "Juni", "de"), Some(Tense::Future));
        assert_eq!(near("Le ministre a dit que l'usine fermerait en juin.", "juin", "fr"), Some(Tense::Conditional));
        assert_eq!(near("El ministro dijo que la planta cerraría en junio.", "junio", "es"), Some(Tense::Conditional));
    }

    #[test]
    fn german_french_spanish_irregular_pasts() {
        assert_eq!(near("Die Offensive begann am 29. Oktober.", "29. Oktober", "de"), Some(Tense::Past));
        assert_eq!(near("Der Fluss stieg am Dienstag über die Ufer.", "Dienstag", "de"), Some(Tense::Past));
        assert_eq!(near("La guerre prit fin en mai.", "mai", "fr"), Some(Tense::Past));
        assert_eq!(near("Le roi vint en juin.", "juin", "fr"), Some(Tense::Past));
        assert_eq!(near("La empresa hizo el anuncio el martes.", "martes", "es"), Some(Tense::Past));
        assert_eq!(near("El presidente vino en junio.", "junio", "es"), Some(Tense::Past));
    }

    #[test]
    fn since_points_back() {
        assert_eq!(
            near("The carrier has been on patrol since March and was scheduled to return in May.", "March", "en"),
            Some(Tense::Past)
        );
        assert_eq!(near("Die Brücke ist seit Montag gesperrt.", "Montag", "de"), Some(Tense::Past));
        assert_eq!(near("Le pont est fermé depuis lundi.", "lundi", "fr"), Some(Tense::Past));
    }

    #[test]
    fn a_possessive_date_is_past() {
        let s = "Relatives said they would look for ways to get around Wednesday's ruling.";
        assert_eq!(near(s, "Wednesday", "en"), Some(Tense::Past));
        assert_eq!(near("The mayor will answer Wednesday in person.", "Wednesday", "en"), Some(Tense::Future));
    }

    #[test]
    fn a_trailing_attribution_keeps_its_own_tense() {
        let s = "The talks will resume in Geneva after a long pause on Monday, officials said.";
        assert_eq!(near(s, "Monday", "en"), Some(Tense::Future));
        let s = "Exiles in Miami will try to delay the ruling, the government predicted on Wednesday.";
        assert_eq!(near(s, "Wednesday", "en"), Some(Tense::Past));
        // "said that ..." opens a clause of its own, not an attribution.
        let s = "The bridge will stay shut for years, engineers said on Tuesday that nothing can be done.";
        assert_eq!(near(s, "Tuesday", "en"), Some(Tense::Past));
        let d = "Die Gespräche werden nach einer langen Pause in Genf am Montag fortgesetzt, sagte ein Sprecher.";
        assert_eq!(near(d, "Montag", "de"), Some(Tense::Future));
        let f = "Le sommet va se tenir dans la capitale lundi, a indiqué le ministre.";
        assert_eq!(near(f, "lundi", "fr"), Some(Tense::Future));
        let e = "Las conversaciones se van a reanudar en Ginebra el lunes, dijo un portavoz.";
        assert_eq!(near(e, "lunes", "es"), Some(Tense::Future));
        let e = "El gobierno cerrará la frontera, dijo el ministro el martes.";
        assert_eq!(near(e, "martes", "es"), Some(Tense::Past));
    }

    #[test]
    fn a_long_sentence_is_read_near_the_date_only() {
        // One run with no stop, 3 KB of filler between the verb and the date.
        let filler = "and the crowd of farmers from the hills ".repeat(80);
        let far = format!("Officials said {filler}on Friday the market opens.");
        assert_eq!(near(&far, "Friday", "en"), None);
        let close = format!("Officials {filler}said on Friday the market opened.");
        assert_eq!(near(&close, "Friday", "en"), Some(Tense::Past));
        // The window: at most REACH bytes each side, never a split word.
        let at = close.find("Friday").unwrap();
        let w = window(&close, 0..close.len(), at);
        assert!(w.end - w.start <= 2 * REACH && w.contains(&at), "{w:?}");
        assert!(close[w.start..].starts_with(char::is_whitespace), "{w:?}");
        assert_eq!(w.end, close.len());
        let early = format!("On Friday the market opened {filler}.");
        let w = window(&early, 0..early.len(), 3);
        assert!(w.start == 0 && w.end <= 3 + REACH && early[w.end..].starts_with(char::is_whitespace), "{w:?}");
        // A short sentence is whole.
        assert_eq!(window("He left on Monday.", 0..18, 11), 0..18);
    }

    #[test]
    fn a_deadline_in_mid_clause_looks_ahead() {
        let s = "The agency has given the family until 9 a.m. Tuesday to sign the paper.";
        assert_eq!(near(s, "9 a.m.", "en"), Some(Tense::Future));
        let s = "Officials postponed until Tuesday morning any decision on the permit.";
        assert_eq!(near(s, "Tuesday", "en"), Some(Tense::Future));
        // "by" in mid-clause too, unless the clause is in the past
        let s = "The program aims at paying down the bridge loan by February.";
        assert_eq!(near(s, "February", "en"), Some(Tense::Future));
        let s = "Thirty members had filed their reports by Wednesday.";
        assert_eq!(near(s, "Wednesday", "en"), Some(Tense::Past));
        // At the clause start or after "not", "until" is no deadline.
        let s = "Until Thursday, the police had no suspect.";
        assert_eq!(near(s, "Thursday", "en"), Some(Tense::Past));
        let s = "It was not until Tuesday that the mayor spoke.";
        assert_eq!(near(s, "Tuesday", "en"), Some(Tense::Past));
        let s = "The vote was delayed until the week of May 3.";
        assert_eq!(near(s, "the week", "en"), Some(Tense::Past));
        let d = "Die Behörde hat der Familie eine Frist bis Dienstag gesetzt.";
        assert_eq!(near(d, "Dienstag", "de"), Some(Tense::Future));
        let e = "Las autoridades aplazaron hasta el martes la decisión.";
        assert_eq!(near(e, "el martes", "es"), Some(Tense::Future));
    }

    #[test]
    fn clauses_end_at_punctuation_and_conjunctions() {
        let s = "The bridge closed on Monday, but it will reopen in June; engineers are confident.";
        let c =
            |anchor: &str, lang: &str, s: &str| s[clause_at(s, 0..s.len(), s.find(anchor).unwrap(), lang)].to_string();
        assert_eq!(c("Monday", "en", s), "The bridge closed on Monday");
        assert_eq!(c("June", "en", s), "but it will reopen in June");
        assert_eq!(c("confident", "en", s), "engineers are confident.");
        let d = "Die Brücke schloss am Montag, während die Bahn im Juni fährt.";
        assert_eq!(c("Juni", "de", d), "während die Bahn im Juni fährt.");
        let f = "Le pont a fermé lundi (pour travaux) et rouvrira en juin.";
        assert_eq!(c("lundi", "fr", f), "Le pont a fermé lundi");
        // Out-of-range and mid-character positions are clamped, not a panic.
        let e = "Zoë will go.";
        let r = clause_at(e, 0..e.len(), 3, "en");
        assert!(e.is_char_boundary(r.start) && e.is_char_boundary(r.end));
        let _ = clause_at(e, 0..999, 999, "en");
        #[allow(clippy::reversed_empty_ranges)] // a reversed range is the input under test
        let reversed = 5..2;
        let _ = tense_at(e, reversed, 1, "en");
    }
}
