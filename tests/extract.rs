//! Article extraction on pages written for these tests (tests/fixtures/pages): each junk
//! class, several <article>s, a page that is not an article, pages with no markup help, and
//! hostile markup. Every answer is an article, a clear NoArticle, or a clear error.

use nutshell::input::html;
use nutshell::input::page::NodeData;
use nutshell::{analyze, Analysis, Error, InputKind, Options, Units};

fn page(name: &str) -> String {
    let p = format!("{}/tests/fixtures/pages/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{p}: {e}"))
}

fn run(html: &str) -> Result<Analysis, Error> {
    let mut o = Options::default();
    o.input = InputKind::Html;
    o.units = Units::Bytes;
    analyze(html, &o)
}

#[test]
fn each_junk_class_is_removed_and_the_article_kept() {
    let a = run(&page("junk.html")).unwrap();
    let t = &a.text;
    for keep in [
        "For the first time in forty years",
        "The lamp was automated in 1984",
        "guide visitors, record seabirds",
        "more than three hundred people applied",
        "We wanted people who would love the place in February",
        "The first pair, a couple from Orkney",
        "The tower is 34 metres tall",
    ] {
        assert!(t.contains(keep), "lost {keep:?} from:\n{t}");
    }
    for (junk, class) in [
        ("SHAREMARKER", "share bar"),
        ("CREDITMARKER", "image credit"),
        ("NEWSLETTERMARKER", "newsletter sign-up"),
        ("ADMARKER", "ad"),
        ("RELATEDMARKER", "related stories"),
        ("COMMENTMARKER", "comments"),
        ("FOOTERMARKER", "page footer"),
        ("Home", "navigation"),
    ] {
        assert!(!t.contains(junk), "{class} left in the article:\n{t}");
    }
    // Headline repeated in the body is the title, not text; the byline line is metadata.
    assert!(!t.contains("Lighthouse keepers return"));
    assert!(!t.contains("Morag"));
}

#[test]
fn metadata_from_the_page() {
    let a = run(&page("junk.html")).unwrap();
    assert_eq!(a.title.as_deref(), Some("Lighthouse keepers return to Skerry Point"));
    assert_eq!(a.byline.as_deref(), Some("Morag Ellison"));
    assert_eq!(a.site_name.as_deref(), Some("The Coastal Gazette"));
    assert_eq!(a.published.as_deref(), Some("2024-05-14T08:10:00+01:00"));
    assert_eq!(a.published_source.as_deref(), Some("meta"));
    assert_eq!(a.modified.as_deref(), Some("2024-05-15T12:00:00+01:00"));
    assert_eq!(a.url.as_deref(), Some("https://example.org/news/2024/05/14/lighthouse-keepers"));
    assert_eq!(a.image.as_deref(), Some("https://example.org/img/lighthouse.jpg"));
    assert_eq!(a.probably_article, Some(true));
    assert_eq!(a.language, "en");
    // The timeline is anchored on the page's date: "on Tuesday" resolves to 2024-05-14.
    assert!(a.timexes.iter().any(|x| x.value == "2024-05-14"), "{:?}", a.timexes);
}

#[test]
fn list_items_and_quotes_are_their_own_blocks() {
    let a = run(&page("junk.html")).unwrap();
    let t = &a.text;
    // No sentence runs from one block into the next.
    for s in &a.sentences {
        assert!(!t[s.start..s.end].contains("\n\n"), "sentence crosses blocks: {:?}", &t[s.start..s.end]);
    }
    assert!(t.contains("\n\nThe tower is 34 metres tall and was first lit in 1851.\n\nIts light"));
}

#[test]
fn several_articles_the_story_wins() {
    let a = run(&page("several_articles.html")).unwrap();
    assert!(a.text.starts_with("The city council voted on Thursday night"), "{}", a.text);
    assert!(a.text.contains("first trams should run in 2029"));
    assert!(!a.text.contains("TEASERMARKER"));
    assert!(!a.text.contains("Vienna"));
    assert_eq!(a.title.as_deref(), Some("City council approves new tram line"));
}

#[test]
fn a_front_page_is_not_an_article() {
    assert_eq!(run(&page("not_article.html")).unwrap_err(), Error::NoArticle);
    let p = html::parse(&page("not_article.html"));
    assert!(!nutshell::extract::content::is_probably_article(&p));
    assert!(nutshell::extract::content::is_probably_article(&html::parse(&page("junk.html"))));
}

#[test]
fn no_markup_help_still_finds_the_body() {
    let a = run(&page("plain_markup.html")).unwrap();
    assert!(a.text.contains("the pond behind the mill froze solid"));
    assert!(a.text.contains("kept in a loft"));
    assert!(!a.text.contains("previous"));
    // <br><br> separates paragraphs.
    assert!(a.text.matches("\n\n").count() >= 2);
}

#[test]
fn broken_tags_are_read_as_a_browser_would() {
    let a = run(&page("broken_tags.html")).unwrap();
    for keep in [
        "The river rose by two metres",
        "volunteers filled more than four thousand",
        "bridge is expected to reopen",
        "boil their drinking water",
    ] {
        assert!(a.text.contains(keep), "lost {keep:?}:\n{}", a.text);
    }
}

#[test]
fn runs_map_the_text_back_to_text_nodes() {
    let src = page("junk.html");
    let a = run(&src).unwrap();
    let p = html::parse(&src);
    let nodes: Vec<&str> = p
        .nodes
        .iter()
        .filter_map(|n| match &n.data {
            NodeData::Text { text, .. } => Some(text.as_str()),
            _ => None,
        })
        .collect();
    assert!(!a.runs.is_empty());
    let mut covered = 0;
    for r in &a.runs {
        let node: Vec<u16> = nodes[r.node as usize].encode_utf16().collect();
        let piece: Vec<u16> = a.text[r.start..r.end].encode_utf16().collect();
        assert_eq!(&node[r.offset as usize..r.offset as usize + piece.len()], &piece[..]);
        covered += r.end - r.start;
    }
    // Everything but the collapsed blanks and block breaks is covered by some run.
    let visible = a.text.chars().filter(|c| !c.is_whitespace()).count();
    assert!(covered >= visible, "{covered} < {visible}");
    // Every summary sentence starts and ends inside a run.
    for &i in &a.summary {
        let s = &a.sentences[i];
        assert!(a.runs.iter().any(|r| r.start <= s.start && s.start < r.end));
        assert!(a.runs.iter().any(|r| r.start < s.end && s.end <= r.end));
    }
}

#[test]
fn deep_nesting_is_an_answer_not_a_crash() {
    let n = 100_000;
    let body = "<p>The deepest paragraph of this page is long enough to count as an article, with commas, clauses, and a full stop at the end.</p>".repeat(4);
    let html = format!("<html><body>{}{body}{}</body></html>", "<div>".repeat(n), "</div>".repeat(n));
    let a = run(&html).unwrap();
    assert!(a.text.contains("The deepest paragraph"));
    let spans = format!("<html><body>{}<p>x</p>", "<span><b>".repeat(n));
    assert!(matches!(run(&spans), Ok(_) | Err(Error::NoArticle)));
}

#[test]
fn a_20_mb_page_gets_a_clear_error() {
    let para = "<p>Filler paragraph with enough words to look like prose, repeated many times over.</p>\n";
    let html = format!("<html><body>{}</body></html>", para.repeat(20 * 1024 * 1024 / para.len() + 1));
    assert!(html.len() > 20_000_000);
    match run(&html) {
        Err(Error::TooLarge { bytes, limit }) => assert!(bytes > limit),
        other => panic!("expected TooLarge, got {:?}", other.map(|a| a.text.len())),
    }
    // Just under the limit is read, in linear time.
    let html = format!("<html><body>{}</body></html>", para.repeat(15 * 1024 * 1024 / para.len()));
    assert!(run(&html).is_ok());
}

#[test]
fn garbage_markup_never_panics() {
    for s in [
        "<",
        "<<<>>>",
        "<html",
        "</p></p></div>",
        "<table><table><table>",
        "<svg><p>x",
        "<script>",
        "<!--",
        "<p\u{0}>",
        "<a href='",
        "<select><option>x",
    ] {
        let r = run(&format!("<!DOCTYPE html>{s}"));
        assert!(matches!(r, Ok(_) | Err(Error::NoArticle) | Err(Error::Binary)), "{s}: {r:?}");
    }
}

#[test]
fn a_page_rendered_by_script_is_read_from_its_noscript() {
    let body = "<p>The ferry timetable changes on Monday, with two extra sailings in the evening and an earlier first boat from the mainland.</p>".repeat(3);
    let html = format!(
        "<!DOCTYPE html><html><head><title>Ferry timetable</title><noscript><style>.x{{}}</style></noscript></head><body>\
         <nav><a href=/>Home</a></nav><div class=post><h2>Ferry timetable</h2><div class=post-body>\
         <script type=text/template>{body}</script><noscript>{body}</noscript></div></div></body></html>"
    );
    let a = run(&html).unwrap();
    assert!(a.text.starts_with("The ferry timetable changes on Monday"), "{}", a.text);
    assert_eq!(a.text.matches("earlier first boat").count(), 3);
    // A page with its article in view leaves its <noscript> out.
    let shown = format!("<html><body><article>{body}</article><noscript><p>Please enable JavaScript to read the comments on this story, which load from another site.</p></noscript></body></html>");
    assert!(!run(&shown).unwrap().text.contains("enable JavaScript"));
}

#[test]
fn page_builder_wrappers_keep_their_prose() {
    // Page builders wrap every paragraph in "widget" boxes; those are not furniture.
    let section = |h: &str, p: &str| {
        format!(
        "<section class=elementor-section><div class='elementor-widget elementor-widget-heading'><div class=elementor-widget-container><h2>{h}</h2></div></div>\
         <div class='elementor-widget elementor-widget-text-editor'><div class=elementor-widget-container><div class=elementor-text-editor><p>{p}</p></div></div></div></section>"
    )
    };
    let html = format!(
        "<html><body><article class=page><p>{}</p>{}{}{}</article><div class='widget sidebar'><a href=/a>Archive</a> <a href=/b>Tags</a></div></body></html>",
        "The group was founded by students and has grown into a network of several hundred members across Europe and the Arab world, with an office, a board and a small budget. ".repeat(4),
        section("Where we started", &"The network began in 2013 as a publication project by young journalists and academics, who met in Cairo to read each other's drafts. ".repeat(6)),
        section("What we do", &"We write policy recommendations, we run workshops, and we publish a journal twice a year with contributions from members. ".repeat(6)),
        section("Where next", &"Next year the group will open an office in Vienna, hire two editors, and start a podcast about foreign policy. ".repeat(6)),
    );
    let a = run(&html).unwrap();
    for keep in ["The network began in 2013", "We write policy recommendations", "open an office in Vienna"] {
        assert!(a.text.contains(keep), "lost {keep:?}:\n{}", a.text);
    }
    assert!(!a.text.contains("Archive"));
}

#[test]
fn publication_dates_from_state_urls_and_datelines() {
    let body = "<p>The harbour authority approved the new ferry terminal after a two-year consultation with residents, fishermen and the island council.</p>".repeat(3);
    // A page's JSON state, when nothing else dates it.
    let state = format!("<html><body><article>{body}</article><script type=application/json>{{\"review\":{{\"publishedDate\":\"2016-11-04T20:37:27Z\"}}}}</script></body></html>");
    assert_eq!(run(&state).unwrap().published.as_deref().map(|d| &d[..10]), Some("2016-11-04"));
    // A month's name in the canonical URL.
    let url = format!("<html><head><link rel=canonical href='https://example.org/news/2020/oct/02/terminal'></head><body><article>{body}</article></body></html>");
    assert_eq!(run(&url).unwrap().published.as_deref(), Some("2020-10-02"));
    // A press release's dateline, in the article's language whatever the page declares.
    let de = "<p>Die Hafenbehörde hat das neue Fährterminal nach einer zweijährigen Anhörung der Anwohner, der Fischer und des Inselrats genehmigt.</p>".repeat(3);
    let dateline = format!("<html lang=en><body><article><p>Hofheim am Taunus | Wiesbaden, 11. November 2021</p>{de}</article></body></html>");
    let a = run(&dateline).unwrap();
    assert_eq!(a.published.as_deref(), Some("2021-11-11"));
    assert_eq!(a.published_source.as_deref(), Some("text"));
}

#[test]
fn boxes_under_furniture_headings_are_cut() {
    let para = |s: &str| {
        format!(
            "<p>{s} The survey team measured the dune twice a day and logged every change in its height and shape.</p>"
        )
    };
    let html = format!(
        "<html><body><article>{}{}\
         <div class=callout><div role=heading aria-level=4>Keep Reading</div><p>CALLOUTMARKER the latest on coastal science, from sand to storms and more</p></div>\
         {}{}\
         <section><h3><span>Related</span></h3><div class=item><p>RELATEDMARKER Vegan food is hard to find on the coast. Luckily we have a guide for you.</p></div></section>\
         <div><h2>Comments:</h2><p>COMMENTMARKER What a fine piece of work this was, thank you for writing it all down.</p></div>\
         </article></body></html>",
        para("The dune moved four metres inland over the winter."),
        para("Storms in January did most of the work."),
        para("By April the path to the beach had to be rebuilt."),
        para("The council will decide on new fencing in June."),
    );
    let a = run(&html).unwrap();
    for keep in ["four metres inland", "Storms in January", "path to the beach", "new fencing in June"] {
        assert!(a.text.contains(keep), "lost {keep:?}:\n{}", a.text);
    }
    for junk in ["CALLOUTMARKER", "Keep Reading", "RELATEDMARKER", "COMMENTMARKER"] {
        assert!(!a.text.contains(junk), "{junk} left in:\n{}", a.text);
    }
    // A heading that only looks like furniture but heads most of the article stays.
    let html = format!(
        "<html><body><article><h2>Trending</h2>{}{}{}</article></body></html>",
        para("Trending topics this week: dunes."),
        para("More dunes."),
        para("Even more dunes.")
    );
    assert!(run(&html).unwrap().text.contains("Even more dunes"));
}
