//! Page metadata: title (cleaned of site suffixes), byline, site name, language, publication
//! and modification dates, canonical URL, lead image.
//!
//! Owns where each field is looked for and in which order: JSON-LD first, then `<meta>` tags
//! (Open Graph, Dublin Core, Parse.ly, schema.org microdata), then the page itself (`<time>`,
//! `rel=author`, a visible date line near the byline), then the URL (`/2021/04/12/`). It does
//! not own date grammar (crate::time) or the article body (content).

use super::hints::has;
use super::json::{self, Value};
use super::page::is_semantic;
use super::page::{NodeData, Page};
use crate::options::Prefer;
use crate::time::{self, day_month, recognize_lang, Reference};

#[derive(Debug, Clone, Default)]
pub struct Meta {
    pub title: Option<String>,
    pub byline: Option<String>,
    /// The element the byline was read from, when it came from the page body.
    pub byline_node: Option<usize>,
    pub site_name: Option<String>,
    pub language: Option<String>,
    pub published: Option<Reference>,
    pub modified: Option<Reference>,
    pub url: Option<String>,
    pub image: Option<String>,
    /// JSON-LD `articleBody`, when the page ships one.
    pub article_body: Option<String>,
}

/// Collapse runs of whitespace to one space and trim.
pub fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A metadata string as the reader sees it: character references decoded (pages escape twice),
/// whitespace squashed; `None` when that leaves nothing.
fn nonempty(s: Option<String>) -> Option<String> {
    s.map(|x| squash(&super::entity::decode(&x))).filter(|x| !x.is_empty())
}

/// `<meta>` tags: (key, content) with the key lower case, blanks removed, `.` read as `:`.
fn meta_tags(page: &Page) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (_, e) in page.by_tag("meta") {
        let Some(content) = e.attr("content") else { continue };
        for key in [e.attr("property"), e.attr("name"), e.attr("itemprop"), e.attr("http-equiv")].into_iter().flatten()
        {
            for k in key.split_whitespace() {
                out.push((k.to_ascii_lowercase().replace('.', ":"), content.to_string()));
            }
        }
    }
    out
}

/// The first of `keys` (space-separated, in order of preference) that the page's meta tags give.
fn get<'a>(tags: &'a [(String, String)], keys: &str) -> Option<&'a str> {
    keys.split(' ').find_map(|k| tags.iter().find(|(t, v)| t == k && !v.trim().is_empty()).map(|(_, v)| v.as_str()))
}

const ARTICLE_TYPES: &str = "Article NewsArticle BlogPosting Report ReportageNewsArticle AnalysisNewsArticle OpinionNewsArticle ReviewNewsArticle BackgroundNewsArticle ScholarlyArticle TechArticle SocialMediaPosting LiveBlogPosting MedicalScholarlyArticle Blog APIReference AdvertiserContentArticle SatiricalArticle DiscussionForumPosting Review Recipe";

fn has_type(v: &Value, types: &str) -> bool {
    match v.get("@type") {
        Some(Value::Str(t)) => has(types, t),
        Some(Value::Arr(a)) => a.iter().any(|t| t.as_str().is_some_and(|t| has(types, t))),
        _ => false,
    }
}

/// The JSON-LD objects of the page; article-typed ones first.
fn json_ld(page: &Page) -> Vec<Value> {
    let mut out = Vec::new();
    for (i, e) in page.by_tag("script") {
        if !e.attr("type").is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json")) {
            continue;
        }
        if let Some(v) = json::parse(&page.subtree_text(i)) {
            out.push(v);
        }
    }
    out
}

fn authors(v: &Value) -> Option<String> {
    match v {
        Value::Arr(a) => {
            let names: Vec<String> = a.iter().filter_map(Value::text).collect();
            (!names.is_empty()).then(|| names.join(", "))
        }
        other => other.text(),
    }
}

/// Parse a date as pages write it in metadata: ISO 8601 (also with `/` or `.`, or a space
/// before the time), `YYYYMMDD`, or prose ("April 12, 2021", "12 Apr 2021") read by the time
/// recognizer. Years outside 1990..=2100 are refused.
pub fn parse_date(s: &str) -> Option<Reference> {
    parse_date_in(s, "")
}

/// [`parse_date`] with the page's language for dates in prose ("11. November 2021" in German);
/// "" guesses it from the text.
pub fn parse_date_in(s: &str, lang: &str) -> Option<Reference> {
    let s = s.trim();
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b.get(r).is_some_and(|x| x.iter().all(u8::is_ascii_digit));
    let found = if digits(0..4) && digits(5..7) && digits(8..10) && matches!(b[4], b'-' | b'/' | b'.') && b[7] == b[4] {
        // A full ISO timestamp when it parses as one, else its date.
        (b[4] == b'-' && b.len() > 10)
            .then(|| time::parse_date(&s.replacen(' ', "T", 1)))
            .flatten()
            .or_else(|| time::parse_date(&format!("{}-{}-{}", &s[0..4], &s[5..7], &s[8..10])))
    } else if b.len() == 8 && digits(0..8) {
        time::parse_date(&format!("{}-{}-{}", &s[0..4], &s[4..6], &s[6..8]))
    } else if s.len() <= 200 {
        recognize_lang(s, &[0..s.len()], None, Prefer::Past, lang)
            .iter()
            .find(|t| {
                t.value.len() >= 10
                    && !t.value.starts_with('X')
                    && t.value.as_bytes()[4] == b'-'
                    && t.value.as_bytes()[7] == b'-'
            })
            .and_then(|t| time::parse_date(&t.value[..10]))
            .or_else(|| numeric_date(s))
    } else {
        None
    };
    found.filter(|r| (1990..=2100).contains(&r.year))
}

/// Whether `s` contains one of a packed table's space-separated words.
fn mentions(s: &str, table: &str) -> bool {
    table.split(' ').any(|w| s.contains(w))
}

/// A numeric date inside a line: `2021-04-12`, `12.04.2021` (day first), `04/12/2021` (month
/// first unless the first number cannot be a month), read by `time::{day_month, parse_date}`.
fn numeric_date(s: &str) -> Option<Reference> {
    let b = s.as_bytes();
    let num = |i: usize, n: usize| -> Option<u32> {
        let part = b.get(i..i + n)?;
        part.iter().all(u8::is_ascii_digit).then(|| std::str::from_utf8(part).ok()?.parse().ok())?
    };
    for i in 0..b.len() {
        if i > 0 && b[i - 1].is_ascii_digit() || !b[i].is_ascii_digit() {
            continue;
        }
        if let (Some(y), Some(m), Some(d)) = (num(i, 4), num(i + 5, 2), num(i + 8, 2)) {
            if b[i + 4] == b'-' && b[i + 7] == b'-' {
                if let Some(r) = time::parse_date(&format!("{y:04}-{m:02}-{d:02}")) {
                    return Some(r);
                }
            }
        }
        for w in [2usize, 1] {
            let Some(a) = num(i, w) else { continue };
            let sep = *b.get(i + w)?;
            if sep != b'.' && sep != b'/' {
                continue;
            }
            for w2 in [2usize, 1] {
                let Some(c) = num(i + w + 1, w2) else { continue };
                if b.get(i + w + 1 + w2) != Some(&sep) {
                    continue;
                }
                let Some(y) = num(i + w + 2 + w2, 4) else { continue };
                // Dots write the day first, slashes the month (swapped when it cannot be one).
                let (d, m) = day_month(a, c, true, sep == b'.');
                if let Some(r) = time::parse_date(&format!("{y:04}-{m:02}-{d:02}")) {
                    return Some(r);
                }
            }
        }
    }
    None
}

/// A date in a URL path: `/2021/04/12/`, `/2021-04-12-`, `/20210412/`.
pub fn url_date(url: &str) -> Option<Reference> {
    let b = url.as_bytes();
    for i in 0..b.len() {
        if b[i] != b'/' && b[i] != b'-' && b[i] != b'_' {
            continue;
        }
        let rest = &url[i + 1..];
        let rb = rest.as_bytes();
        let d = |r: std::ops::Range<usize>| rb.get(r.clone()).is_some_and(|x| x.iter().all(u8::is_ascii_digit));
        if rb.len() >= 10 && d(0..4) && d(5..7) && d(8..10) && matches!(rb[4], b'/' | b'-' | b'_') && rb[7] == rb[4] {
            if let Some(r) = parse_date(&format!("{}-{}-{}", &rest[0..4], &rest[5..7], &rest[8..10])) {
                return Some(r);
            }
        }
        // `/2020/oct/02/`: a month's name, read by the date parser as "oct 02 2020".
        if rb.len() >= 10 && d(0..4) && rb[4] == b'/' {
            let mut parts = rest[5..].splitn(3, '/');
            if let (Some(mon), Some(day), Some(_)) = (parts.next(), parts.next(), parts.next()) {
                if mon.len() <= 9
                    && mon.bytes().all(|b| b.is_ascii_alphabetic())
                    && (1..=2).contains(&day.len())
                    && day.bytes().all(|b| b.is_ascii_digit())
                {
                    if let Some(r) = parse_date(&format!("{mon} {day} {}", &rest[0..4])) {
                        return Some(r);
                    }
                }
            }
        }
        if rb.len() >= 8 && d(0..8) && !rb.get(8).is_some_and(u8::is_ascii_digit) {
            if let Some(r) = parse_date(&rest[0..8]) {
                return Some(r);
            }
        }
    }
    None
}

/// Keys under which a page's own state (`<script type="application/json">`) gives the
/// publication date.
const STATE_KEYS: &str = "datePublished publishedDate publishDate published_at firstPublished createdDateTime";

/// A publication date in a page's JSON state: the first key of [`STATE_KEYS`] with a string
/// value that reads as a date. A plain text search, not a parse: state blobs can be large and
/// need not be well formed.
fn state_date(page: &Page) -> Option<Reference> {
    for (i, e) in page.by_tag("script") {
        if !e.attr("type").is_some_and(|t| t.trim().eq_ignore_ascii_case("application/json")) {
            continue;
        }
        let text = page.subtree_text(i);
        for key in STATE_KEYS.split(' ') {
            let key = format!("\"{key}\"");
            let Some(at) = text.find(&key) else { continue };
            let rest = text[at + key.len()..].trim_start().strip_prefix(':').map(str::trim_start);
            let Some(value) = rest.and_then(|r| r.strip_prefix('"')).and_then(|r| r.split('"').next()) else {
                continue;
            };
            if let Some(r) = parse_date(value) {
                return Some(r);
            }
        }
    }
    None
}

/// A dateline among the article's first blocks: a short block that holds a full date
/// ("Hofheim am Taunus | Wiesbaden, 11. November 2021"), or a block that is only a month and a
/// year ("NOVEMBER 2021", as a pasted page's month date line). The last resort for the
/// publication date: text further down dates the events the article reports, not the article.
/// With the date, the index of the block that is nothing but it ("NOVEMBER 2021"), when so.
pub fn dateline(text: &str, blocks: &[crate::input::Block], lang: &str) -> Option<(Reference, Option<usize>)> {
    blocks
        .iter()
        .take(4)
        .enumerate()
        .filter_map(|(i, b)| Some((i, text.get(b.range.clone())?)))
        .filter(|(_, t)| t.chars().count() <= 100)
        .find_map(|(i, t)| match parse_date_in(t, lang).filter(|r| r.day.is_some()) {
            Some(r) => Some((r, None)),
            None => month_line(t, lang).map(|r| (r, Some(i))),
        })
}

/// A block that is a month and a year and nothing else ("NOVEMBER 2021", "Juni 2019").
fn month_line(t: &str, lang: &str) -> Option<Reference> {
    let t = t.trim();
    if t.split_whitespace().count() != 2 {
        return None;
    }
    let found = recognize_lang(t, &[0..t.len()], None, Prefer::Past, lang);
    let x = found.first().filter(|x| {
        found.len() == 1 && x.end - x.start == t.len() && x.value.len() == 7 && x.value.as_bytes()[4] == b'-'
    })?;
    time::parse_date(&x.value).filter(|r| (1990..=2100).contains(&r.year))
}

/// Readability's title cleaning: drop a site name after (or before) a separator, keep the
/// whole title when what is left is too short to be a headline.
pub fn clean_title(raw: &str, headings: &[String]) -> String {
    let orig = squash(raw);
    let words = |s: &str| s.split_whitespace().count();
    let seps = [" | ", " - ", " – ", " — ", " \\ ", " / ", " > ", " » ", " · ", " :: "];
    let mut cur = orig.clone();
    let mut hierarchical = false;
    if let Some((pos, sep)) = seps.iter().filter_map(|s| orig.rfind(s).map(|p| (p, *s))).max_by_key(|x| x.0) {
        hierarchical = [" \\ ", " / ", " > ", " » "].contains(&sep);
        cur = orig[..pos].to_string();
        if words(&cur) < 3 {
            if let Some((p, s)) = seps.iter().filter_map(|s| orig.find(s).map(|p| (p, *s))).min_by_key(|x| x.0) {
                cur = orig[p + s.len()..].to_string();
            }
        }
    } else if orig.contains(": ") {
        if !headings.iter().any(|h| squash(h) == orig) {
            let after_last = orig.rsplit(": ").next().unwrap_or(&orig).to_string();
            cur = after_last;
            if words(&cur) < 3 {
                cur = orig.split_once(": ").map(|x| x.1.to_string()).unwrap_or(orig.clone());
            } else if words(orig.split(": ").next().unwrap_or("")) > 5 {
                cur = orig.clone();
            }
        }
    } else if (orig.chars().count() > 150 || orig.chars().count() < 15) && headings.len() == 1 {
        cur = squash(&headings[0]);
    }
    let cur = squash(&cur);
    let stripped_words = words(&orig.replace(['|', '-', '–', '—', '\\', '/', '>', '»', '·'], " "));
    let cur = if words(&cur) <= 4 && (!hierarchical || words(&cur) + 1 != stripped_words) { orig } else { cur };
    // A <title> that is the headline cut short ("Barrier approved — Courier" over the page's
    // "Barrier approved after two winters of storms"): the page's own heading is the fuller title.
    let lower = crate::text::lower::lower(&cur);
    headings
        .iter()
        .map(|h| squash(h))
        .find(|h| h.len() > cur.len() + 3 && words(h) <= 30 && crate::text::lower::lower(h).starts_with(&lower))
        .unwrap_or(cur)
}

fn looks_like_byline(s: &str) -> bool {
    let n = s.chars().count();
    n > 0 && n < 100
}

/// Where the metadata comes from: the `<meta>` tags and the page's JSON-LD objects, the
/// article's first.
struct Sources<'a> {
    tags: Vec<(String, String)>,
    objs: Vec<&'a Value>,
    article: Option<&'a Value>,
}

impl Sources<'_> {
    /// A field of the article's JSON-LD object (raw script text: references still in it).
    fn ld(&self, k: &str) -> Option<String> {
        self.article.and_then(|a| a.get(k)).and_then(Value::text).map(|t| super::entity::decode(&t))
    }
    /// A field of the first JSON-LD object that has it, of any type.
    fn any_typed(&self, k: &str) -> Option<String> {
        self.objs.iter().find_map(|o| o.get(k).and_then(Value::text))
    }
    /// The first meta tag of a packed key list, as the reader sees it.
    fn tag(&self, keys: &str) -> Option<String> {
        nonempty(get(&self.tags, keys).map(str::to_string))
    }
}

/// Read the page's metadata.
pub fn read(page: &Page) -> Meta {
    let lds = json_ld(page);
    let mut objs: Vec<&Value> = lds.iter().flat_map(json::objects).collect();
    crate::order::sort_by_key(&mut objs, |o| !has_type(o, ARTICLE_TYPES));
    let article = objs.iter().find(|o| has_type(o, ARTICLE_TYPES)).copied();
    let src = Sources { tags: meta_tags(page), objs, article };
    let mut m = Meta { title: title(page, &src), ..Meta::default() };
    (m.byline, m.byline_node) = byline(page, &src);
    m.site_name =
        src.tag("og:site_name application-name twitter:site publisher").or_else(|| nonempty(src.ld("publisher")));
    m.language = language(page, &src);
    (m.url, m.image) = url_and_image(page, &src);
    m.article_body = article
        .and_then(|a| a.get("articleBody"))
        .and_then(Value::as_str)
        .map(super::entity::decode)
        .filter(|s| s.trim().len() > 200);
    m.published = published(page, &src, m.url.as_deref());
    m.modified = src
        .ld("dateModified")
        .or_else(|| src.any_typed("dateModified"))
        .as_deref()
        .and_then(parse_date)
        .or_else(|| MODIFIED.split(' ').find_map(|k| get(&src.tags, k).and_then(parse_date)));
    m
}

const PUBLISHED: &str = "article:published_time og:article:published_time article:published datepublished \
    published_time publication_date publish_date publish-date publishdate pubdate \
    parsely-pub-date sailthru:date dc:date:issued dcterms:issued dc:date dcterms:date \
    dcterms:created dc:created date article:publication_date citation_publication_date \
    citation_date og:published_time originalpublicationdate article_date_original \
    rnews:datepublished cxenseparse:recs:publishtime article:post_date displaydate \
    og:pubdate release_date created creation_date dc:date:created";
const MODIFIED: &str = "article:modified_time og:updated_time article:modified datemodified modified_time \
    last-modified lastmod dcterms:modified dc:date:modified updated_time";

/// The title: JSON-LD's headline or name, a title meta tag, the cleaned `<title>`, the first
/// `<h1>`.
fn title(page: &Page, src: &Sources) -> Option<String> {
    let title_el = page.by_tag("title").next().map(|(i, _)| squash(&page.subtree_text(i))).unwrap_or_default();
    let headings: Vec<String> =
        page.by_tag("h1").map(|(i, _)| squash(&page.subtree_text(i))).filter(|h| !h.is_empty()).take(3).collect();
    let ld_title = match (src.ld("name"), src.ld("headline")) {
        (Some(n), Some(h)) if n != h => Some(if title_el.contains(&h) || !title_el.contains(&n) { h } else { n }),
        (n, h) => h.or(n),
    };
    nonempty(ld_title)
        .or_else(|| {
            src.tag("dc:title dcterm:title og:title weibo:article:title weibo:webpage:title title twitter:title parsely-title")
        })
        .or_else(|| nonempty(Some(clean_title(&title_el, &headings))))
        .or_else(|| headings.first().cloned())
}

/// The byline (JSON-LD's author, an author meta tag, else the page's own byline element) and
/// the element it was read from when the page shows one.
fn byline(page: &Page, src: &Sources) -> (Option<String>, Option<usize>) {
    let ld_author = src.article.and_then(|a| a.get("author")).and_then(authors);
    let byline = nonempty(ld_author)
        .or_else(|| src.tag("dc:creator dcterm:creator author parsely-author article:author sailthru:author byl"))
        .filter(|b| !b.starts_with("http"));
    match byline_in_page(page) {
        Some((i, text)) => (byline.or(Some(text)), Some(i)),
        None => (byline, None),
    }
}

/// The page's language, and its region when given ("en-GB", "en_gb" -> "en-GB"): the region
/// decides how numeric dates are read. From `<html lang>`, a language meta tag, JSON-LD.
fn language(page: &Page, src: &Sources) -> Option<String> {
    page.by_tag("html")
        .next()
        .and_then(|(_, e)| e.attr("lang").map(str::to_string))
        .or_else(|| get(&src.tags, "content-language og:locale language dc:language").map(str::to_string))
        .or_else(|| src.ld("inLanguage"))
        .and_then(|l| {
            let l = l.trim();
            let code: String =
                l.chars().take_while(|c| c.is_ascii_alphabetic()).collect::<String>().to_ascii_lowercase();
            let region: String = l[code.len()..]
                .strip_prefix(['-', '_'])
                .map(|r| r.chars().take_while(|c| c.is_ascii_alphabetic()).collect::<String>().to_ascii_uppercase())
                .unwrap_or_default();
            (code.len() == 2 || code.len() == 3)
                .then(|| if region.len() == 2 { format!("{code}-{region}") } else { code })
        })
}

/// The page's address (canonical link, og:url, JSON-LD, else where it was read from) and its
/// image. URLs are the page's word: resolved against its address, http(s) only (extract::link).
fn url_and_image(page: &Page, src: &Sources) -> (Option<String>, Option<String>) {
    let canonical = page
        .by_tag("link")
        .find(|(_, e)| e.attr("rel").is_some_and(|r| r.split_whitespace().any(|w| w.eq_ignore_ascii_case("canonical"))))
        .and_then(|(_, e)| e.attr("href").map(str::to_string));
    let link = |u: Option<String>| u.and_then(|u| super::link::resolve(&u, page.url.as_deref()));
    let url = link(nonempty(canonical))
        .or_else(|| link(src.tag("og:url twitter:url")))
        .or_else(|| link(src.ld("url")))
        .or_else(|| link(page.url.clone()));
    let image = link(src.tag("og:image og:image:url og:image:secure_url twitter:image twitter:image:src thumbnailurl"))
        .or_else(|| link(src.ld("image")));
    (url, image)
}

/// The publication date: JSON-LD, a date meta tag, a `<time>` element, the address, a date the
/// page shows, any `<time>`, the page's state script; in that order.
fn published(page: &Page, src: &Sources, url: Option<&str>) -> Option<Reference> {
    let ld_pub =
        src.ld("datePublished").or_else(|| src.any_typed("datePublished")).or_else(|| src.any_typed("dateCreated"));
    let published = ld_pub
        .as_deref()
        .and_then(parse_date)
        .or_else(|| PUBLISHED.split(' ').find_map(|k| get(&src.tags, k).and_then(parse_date)))
        .or_else(|| time_element(page, true))
        .or_else(|| url.and_then(url_date))
        .or_else(|| visible_date(page))
        .or_else(|| time_element(page, false))
        .or_else(|| state_date(page));
    // The date as the page shows it wins over a machine date one day off (a UTC timestamp
    // past midnight is still the evening before where the page was published).
    if let (Some(p), Some(v)) = (&published, visible_date(page)) {
        if let (Some(a), Some(b)) = (p.date(), v.date()) {
            if (a.days() - b.days()).abs() == 1 && p.value.len() > 10 {
                return Some(v);
            }
        }
    }
    published
}

/// `<time>` and `itemprop=datePublished` elements read for a publication date, per scan.
pub const MAX_DATE_ELEMENTS: usize = 64;
/// Nodes of such an element read for its text, and the longest text read as a date.
const DATE_TEXT_NODES: usize = 16;
const DATE_TEXT_BYTES: usize = 200;

/// The text of element `i` when it is short (at most [`DATE_TEXT_NODES`] nodes and
/// [`DATE_TEXT_BYTES`] bytes), else `None`.
fn short_text(page: &Page, i: usize) -> Option<String> {
    let end = page.nodes[i].end as usize;
    if end - i > DATE_TEXT_NODES {
        return None;
    }
    let mut s = String::new();
    for k in i..end {
        if let Some(t) = page.text(k) {
            if s.len() + t.len() > DATE_TEXT_BYTES {
                return None;
            }
            s.push_str(t);
        }
    }
    Some(s)
}

/// Whether node `i` or an ancestor is furniture, memoized in `memo` (0 unknown, 1 yes, 2 no):
/// each node's answer is worked out once.
fn within_furniture(page: &Page, i: usize, memo: &mut [u8], furniture: &dyn Fn(usize) -> bool) -> bool {
    // Climb to the first node already known (or the root), then fill the path on the way down.
    let mut path = Vec::new();
    let mut k = i;
    let mut known = 2;
    loop {
        if memo[k] != 0 {
            known = memo[k];
            break;
        }
        path.push(k);
        let p = page.nodes[k].parent;
        if p == super::page::NONE {
            break;
        }
        k = p as usize;
    }
    for &k in path.iter().rev() {
        known = if known == 1 || furniture(k) { 1 } else { 2 };
        memo[k] = known;
    }
    known == 1
}

/// A `<time>` (or any element with `itemprop=datePublished`): with `strict`, only those marked
/// as the publication date (`pubdate`, `itemprop=datePublished`, a class naming publication);
/// otherwise the first `<time>` with a full date that is not inside furniture.
///
/// Bounded on any page: at most [`MAX_DATE_ELEMENTS`] candidates are read, each from its
/// attribute or its first [`DATE_TEXT_NODES`] nodes (nested `<time>`s around a whole page would
/// otherwise copy the page's text once per level).
fn time_element(page: &Page, strict: bool) -> Option<Reference> {
    let mut seen = 0;
    for (i, n) in page.nodes.iter().enumerate() {
        let NodeData::Element(e) = &n.data else { continue };
        if e.tag != "time" && e.attr("itemprop").is_none_or(|p| p.len() >= 64) {
            continue;
        }
        let itemprop = e.attr("itemprop").unwrap_or("").to_ascii_lowercase();
        let marked = itemprop.contains("datepublished") || itemprop == "datecreated";
        if !(e.tag == "time" || marked) {
            continue;
        }
        let cls = format!("{} {}", e.class, e.id).to_ascii_lowercase();
        let named = e.attr("pubdate").is_some()
            || marked
            || cls.contains("publish")
            || cls.contains("pubdate")
            || cls.contains("posted")
            || cls.contains("entry-date");
        if strict && !named {
            continue;
        }
        if !strict && (cls.contains("modif") || cls.contains("update") || itemprop.contains("modified")) {
            continue;
        }
        seen += 1;
        if seen > MAX_DATE_ELEMENTS {
            break;
        }
        let Some(value) = e.attr("datetime").or(e.attr("content")).map(str::to_string).or_else(|| short_text(page, i))
        else {
            continue;
        };
        if value.len() > DATE_TEXT_BYTES {
            continue;
        }
        if let Some(r) = parse_date(&value).filter(|r| r.day.is_some()) {
            return Some(r);
        }
    }
    None
}

/// A short visible line whose class or id names a date ("date", "published", "posted",
/// "timestamp", "meta", "byline") and that reads as a full date.
///
/// Linear on any page: whether a node lies in furniture is worked out once per node (memoized
/// up the ancestor chain), not by walking every candidate's ancestors.
fn visible_date(page: &Page) -> Option<Reference> {
    let mut seen = 0;
    // Per node: 0 not yet known, 1 in furniture (itself or an ancestor), 2 not.
    let mut in_furniture = vec![0u8; page.len()];
    for (i, n) in page.nodes.iter().enumerate() {
        let NodeData::Element(e) = &n.data else { continue };
        if e.hidden || (e.class.is_empty() && e.id.is_empty()) {
            continue;
        }
        let cls = format!("{} {}", e.class, e.id).to_ascii_lowercase();
        if mentions(&cls, "update modif comment") {
            continue;
        }
        if !mentions(&cls, "date publish posted timestamp byline meta time author info submitted") {
            continue;
        }
        // Not in page furniture (a weather widget's "today" in the navigation bar).
        let furniture = |k: usize| {
            page.element(k).is_some_and(|a| {
                matches!(a.tag.as_str(), "nav" | "footer" | "aside") || a.role == "navigation" || {
                    let w = super::hints::words(&a.class, &a.id);
                    super::hints::any_in(
                        &w,
                        "nav navbar navigation menu footer sidebar weather widget comment comments related",
                    )
                }
            })
        };
        if within_furniture(page, i, &mut in_furniture, &furniture) {
            continue;
        }
        let span = (n.end as usize - i).min(50);
        let text: String = (i..i + span).filter_map(|k| page.text(k)).collect::<Vec<_>>().join(" ");
        let text = squash(&text);
        if text.is_empty() || text.chars().count() > 120 {
            continue;
        }
        if let Some(r) = parse_date(&text).filter(|r| r.day.is_some()) {
            return Some(r);
        }
        seen += 1;
        if seen > 60 {
            break;
        }
    }
    // A short line just after the headline: "January 22, 2014", "Posted on 3 May 2022".
    let (h1, _) = page.by_tag("h1").next()?;
    let mut lines = 0;
    let mut i = page.nodes[h1].end as usize;
    while i < page.len() && lines < 12 {
        if let Some(t) = page.text(i) {
            let t = squash(t);
            if !t.is_empty() {
                lines += 1;
                if t.chars().count() <= 80 {
                    if let Some(r) = parse_date(&t).filter(|r| r.day.is_some()) {
                        return Some(r);
                    }
                }
            }
        }
        i += 1;
    }
    None
}

/// A byline in the page body: `rel=author`, `itemprop=author`, or a short element whose class
/// or id says byline or author. Returns the element and its text without a leading "By".
fn byline_in_page(page: &Page) -> Option<(usize, String)> {
    let mut checked = 0;
    for (i, n) in page.nodes.iter().enumerate() {
        let NodeData::Element(e) = &n.data else { continue };
        if e.hidden
            || e.tag == "meta"
            || e.tag == "link"
            || is_semantic(e)
            || matches!(e.tag.as_str(), "body" | "html" | "head")
        {
            continue;
        }
        let cls = format!("{} {}", e.class, e.id).to_ascii_lowercase();
        let rel = e.attr("rel").is_some_and(|r| r == "author");
        let itemprop = e.attr("itemprop").is_some_and(|p| p.to_ascii_lowercase().contains("author"));
        let named = mentions(&cls, "byline author writtenby")
            && !mentions(&cls, "author-bio authorbio about-author author-box comment");
        if !(rel || itemprop || named) {
            continue;
        }
        checked += 1;
        if checked > 30 {
            break;
        }
        if n.end as usize - i > 60 {
            continue;
        }
        let text = squash(&page.subtree_text(i));
        if !looks_like_byline(&text) {
            continue;
        }
        let text = text
            .strip_prefix("By ")
            .or_else(|| text.strip_prefix("by "))
            .or_else(|| text.strip_prefix("BY "))
            .unwrap_or(&text)
            .trim()
            .to_string();
        if !text.is_empty() {
            return Some((i, text));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn furniture_is_worked_out_once_per_node() {
        // 400 date-classed lines nested in a nav 400 deep: each candidate's ancestors would be
        // walked (elements x depth); memoized, furniture() runs once per node.
        let html =
            format!("<body><nav>{}<p>x</p></nav><div class=date>12 April 2021</div>", "<div class=date>".repeat(400));
        let page = crate::input::html::parse(&html);
        let calls = std::cell::Cell::new(0usize);
        let furniture = |k: usize| {
            calls.set(calls.get() + 1);
            page.element(k).is_some_and(|a| a.tag == "nav")
        };
        let mut memo = vec![0u8; page.len()];
        let found: Vec<bool> = (0..page.len()).map(|i| within_furniture(&page, i, &mut memo, &furniture)).collect();
        let nav = page.by_tag("nav").next().unwrap().0;
        let in_nav = page.nodes[nav].end as usize - nav;
        assert_eq!(found.iter().filter(|&&f| f).count(), in_nav);
        // Once per node outside the nav, and once for the nav: not once per node inside it.
        assert_eq!(calls.get(), page.len() - in_nav + 1);
        assert_eq!(visible_date(&page).map(|r| r.value), Some("2021-04-12".into()));
    }

    #[test]
    fn time_elements_are_read_within_bounds() {
        // <time>s nested around a long text: none is short enough to be a date.
        let html = format!("<body>{}{}", "<time>".repeat(300), "words ".repeat(10_000));
        let page = crate::input::html::parse(&html);
        assert!(page.by_tag("time").all(|(i, _)| short_text(&page, i).is_none()));
        assert_eq!(time_element(&page, false), None);
        // Past MAX_DATE_ELEMENTS candidates without a date, the scan stops.
        let filler = "<time datetime=soon>soon</time>".repeat(MAX_DATE_ELEMENTS);
        let page = crate::input::html::parse(&format!("<body>{filler}<time datetime=2021-04-12>12 April</time>"));
        assert_eq!(time_element(&page, false), None);
        let page = crate::input::html::parse(&format!(
            "<body>{}<time datetime=2021-04-12>12 April</time>",
            &filler[..filler.len() / 2]
        ));
        assert_eq!(time_element(&page, false).map(|r| r.value), Some("2021-04-12".into()));
    }

    #[test]
    fn dates_in_the_forms_pages_use() {
        assert_eq!(parse_date("2021-04-12T09:30:00+02:00").unwrap().value, "2021-04-12T09:30:00+02:00");
        assert_eq!(parse_date("2021/04/12").unwrap().value, "2021-04-12");
        assert_eq!(parse_date("20210412").unwrap().value, "2021-04-12");
        assert_eq!(parse_date("April 12, 2021").unwrap().value, "2021-04-12");
        assert!(parse_date("1066-10-14").is_none());
        assert_eq!(parse_date("Author: Bo am 29.12.2010, 13:36 Uhr").unwrap().value, "2010-12-29");
        assert_eq!(parse_date("posted 04/12/2021").unwrap().value, "2021-04-12");
        assert_eq!(
            parse_date("PUBLISHED: November 8, 2023 at 4:56 p.m. | UPDATED: November 9, 2023").unwrap().value,
            "2023-11-08"
        );
        assert_eq!(url_date("https://x.com/news/2020/01/27/story-name").unwrap().value, "2020-01-27");
        assert!(url_date("https://x.com/a/12345678901").is_none());
        assert_eq!(url_date("https://x.com/education/2020/oct/02/halls-too-full").unwrap().value, "2020-10-02");
        assert!(url_date("https://x.com/2020/marmalade/02/x").is_none());
        assert_eq!(parse_date_in("Wiesbaden, 11. November 2021", "de").unwrap().value, "2021-11-11");
        // Numbers in a line, read by time::day_month: dots day first, slashes month first, an
        // impossible order swapped as the recognizer swaps it.
        assert_eq!(numeric_date("Stand: 12.04.2021, 10:00").unwrap().value, "2021-04-12");
        assert_eq!(numeric_date("Stand: 04.13.2021, 10:00").unwrap().value, "2021-04-13");
        assert_eq!(numeric_date("posted 04/12/2021").unwrap().value, "2021-04-12");
        assert_eq!(numeric_date("posted 13/04/2021").unwrap().value, "2021-04-13");
        assert_eq!(numeric_date("posted 13/14/2021"), None);
    }

    #[test]
    fn titles_lose_site_names() {
        assert_eq!(
            clean_title("Harbour bridge reopens after repairs | City News", &[]),
            "Harbour bridge reopens after repairs"
        );
        assert_eq!(
            clean_title("City News - Harbour bridge reopens after repairs", &[]),
            "Harbour bridge reopens after repairs"
        );
        assert_eq!(clean_title("Short | Site", &[]), "Short | Site");
        // A title cut short of the page's own headline gives way to the headline.
        let h1 = vec!["Harbour town approves flood barrier after two winters of storms".to_string()];
        assert_eq!(clean_title("Harbour town approves flood barrier — The Saltmere Courier", &h1), h1[0]);
        let other = vec!["Most read".to_string()];
        assert_eq!(
            clean_title("Harbour town approves flood barrier — The Saltmere Courier", &other),
            "Harbour town approves flood barrier"
        );
    }
}
