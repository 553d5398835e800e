//! Class, id and role hints: the words page authors use to name content and furniture.
//!
//! Data tables only, each one packed string of space-separated words (no table of string
//! slices in the wasm data), matched against the words of an element's `class` and `id` (split on
//! anything that is not a letter or digit, lower case). Gathered from what Readability,
//! trafilatura and boilerplate studies found across many sites; no single site's names.

/// Words that name the article body.
pub const POSITIVE: &str = "article articlebody body content entry hentry h-entry main page post text blog story \
    storycontent prose richtext postbody entrycontent postcontent articlecontent articletext \
    bodytext maincontent";

/// Words that name page furniture: navigation, asides, footers, widgets.
pub const NEGATIVE: &str = "hidden banner combx comment comments com contact foot footer footnote masthead media \
    meta outbrain promo related scroll shoutbox sidebar skyscraper sponsor sponsored \
    shopping tags tool widget nav navigation menu breadcrumb breadcrumbs share social print \
    popup modal subscribe newsletter signup byline author dateline caption credit pagination \
    pager ad ads advert advertisement recommended trending taboola disqus teaser cookie \
    consent gdpr";

/// Junk inside an article, by class: each class of the list (share bars, related
/// boxes, image credits, newsletter sign-ups, ads, comments) plus the other furniture that
/// sits between paragraphs. An element whose class/id words include one of these is removed
/// from the article (unless it holds most of the article, see `content`).
// In order: share bars; related stories and recommendations; image credits; newsletter
// sign-ups and subscription walls; ads; comments; other furniture between paragraphs.
pub const JUNK: &str = "share shares sharing sharebar sharetools social socialmedia sociable addthis sharethis \
    shareaholic related relatedposts relatedstories relatedarticles recommended \
    recommendations readmore morestories outbrain taboola trending popular mostread \
    mostpopular alsoread seealso jp-relatedposts yarpp credit credits imagecredit \
    photocredit copyright attribution newsletter subscribe subscription signup optin \
    mailchimp paywall registration membership donate donation ad ads adv advert adverts \
    advertisement advertising adsbygoogle adslot adunit adwrapper sponsor sponsored dfp gpt \
    promo promoted native-ad googleads comment comments commentlist disqus respond replies \
    discussion breadcrumb breadcrumbs tags taglist tagcloud pagination pager author-bio \
    authorbio bio aboutauthor author-box authorbox toolbar tools print popup modal cookie \
    cookies consent gdpr skip nav navbar navigation menu sidebar footer masthead hidden \
    visually-hidden sr-only screen-reader-text noprint";

/// Words that protect an element from junk removal: it names the article itself.
pub const PROTECT: &str = "article articlebody content main body story post entry postbody entrycontent postcontent \
    articlecontent maincontent storybody column";

/// ARIA roles of page furniture.
pub const JUNK_ROLES: &str =
    "navigation menu menubar complementary banner contentinfo alert alertdialog dialog search \
    toolbar tablist";

/// Tags that are never article text.
pub const JUNK_TAGS: &str = "nav aside footer form menu";

/// Block-level tags: they start and end a block of the extracted text.
pub const BLOCK_TAGS: &str = "p div section article main header footer aside nav h1 h2 h3 h4 h5 h6 ul ol li dl dt dd \
    blockquote pre table thead tbody tfoot tr td th caption figure figcaption address hr br \
    form fieldset details summary body html center hgroup picture legend";

/// The words of a class or id attribute: split on anything but letters and digits, plus the
/// whole hyphenated names with the hyphens dropped ("article-body" gives "article", "body"
/// and "articlebody").
pub fn words(class: &str, id: &str) -> Vec<String> {
    let mut out = Vec::new();
    for name in class.split_whitespace().chain(id.split_whitespace()) {
        let lower = name.to_ascii_lowercase();
        let parts: Vec<&str> = lower.split(|c: char| !c.is_ascii_alphanumeric()).filter(|p| !p.is_empty()).collect();
        if parts.len() > 1 {
            out.push(parts.concat());
            if parts.len() == 2 {
                out.push(format!("{}-{}", parts[0], parts[1]));
            }
        }
        out.extend(parts.into_iter().map(str::to_string));
    }
    out
}

/// Whether `word` is one of a packed table's space-separated words.
pub fn has(table: &str, word: &str) -> bool {
    // A substring search (fast) and a check that the hit is a whole word: splitting the table
    // on every lookup made extraction half again slower.
    let b = table.as_bytes();
    !word.is_empty()
        && table
            .match_indices(word)
            .any(|(i, _)| (i == 0 || b[i - 1] == b' ') && b.get(i + word.len()).is_none_or(|&c| c == b' '))
}

pub fn any_in(words: &[String], table: &str) -> bool {
    words.iter().any(|w| has(table, w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn class_words_split_and_join() {
        let w = words("article-body js-x", "main_content");
        for x in ["article", "body", "articlebody", "js", "main", "content", "maincontent"] {
            assert!(w.iter().any(|y| y == x), "{x} missing from {w:?}");
        }
        assert!(!any_in(&words("header", ""), "ad"));
        assert!(has(JUNK, "ad") && has(BLOCK_TAGS, "p") && !has(BLOCK_TAGS, "") && !has(JUNK, "a"));
        assert!(any_in(&words("ad-slot", ""), JUNK));
    }
}
