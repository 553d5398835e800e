//! Page furniture on web pages written for these tests (tests/fixtures/pages/furniture_*.html):
//! stamps and bylines leave the text, captions, code and list labels stay in it but never reach
//! the summary, lines a `<br>` cut mid-sentence join again, and metadata strings are decoded.
//! The live DOM gives the same answers (www/tests/extract.test.mjs runs these pages in Chromium
//! and compares text, kinds and summary with the native path).

use nutshell::{analyze, Analysis, InputKind, Kind, Options, Units};

fn page(name: &str) -> String {
    let p = format!("{}/tests/fixtures/pages/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{p}: {e}"))
}

fn run(html: &str) -> Analysis {
    let mut o = Options::default();
    o.input = InputKind::Html;
    o.units = Units::Bytes;
    analyze(html, &o).unwrap()
}

/// Every sentence with its kind, in order.
fn sentences(a: &Analysis) -> Vec<(&str, Kind)> {
    a.sentences.iter().map(|s| (&a.text[s.start..s.end], s.kind)).collect()
}

#[test]
fn a_news_page_keeps_its_story_and_sheds_its_furniture() {
    let a = run(&page("furniture_news.html"));
    // Double-escaped og:title and JSON-LD headline: decoded.
    assert_eq!(a.title.as_deref(), Some("Harbour town’s flood barrier gets the go-ahead"));
    assert_eq!(a.byline.as_deref(), Some("Ines Calloway"));
    // The stamp row, the reading time and the byline-with-date line leave the text.
    for junk in ["Posted on", "March 12, 2024", "4 min read", "By Ines", "9:40 am", "Share on"] {
        assert!(!a.text.contains(junk), "{junk:?} left in:\n{}", a.text);
    }
    use Kind::*;
    assert_eq!(
        sentences(&a),
        [
            ("Saltmere council voted on Monday to build a tidal barrier across the mouth of the harbour, ending two winters of argument over how to keep the sea out of the old town.", Prose),
            // The caption stays in the text, not in the summary.
            ("The harbour wall at high tide in January.", Boilerplate),
            ("Photo: Tom Reyes", Boilerplate),
            ("The barrier will cost £38 million and should be finished by the autumn of 2026, the council’s engineers said.", Prose),
            ("Work on the foundations is due to begin in June.", Prose),
            ("Shopkeepers on Quay Street, where the water reached the counters twice last winter, welcomed the decision.", Prose),
            ("“We have been bailing out for two years,” said Marta Olsen, who runs a chandlery by the slipway.", Prose),
            // A lead-in and list items without stops are labels.
            ("The plan has three parts:", Heading),
            ("A steel gate across the harbour mouth", Heading),
            ("Raised walls along Quay Street and the fish market", Heading),
            ("New pumps under the car park", Heading),
            // Three lines broken by <br> mid-sentence: one sentence again.
            ("Opponents said the gate would silt up the inner harbour and drive the last fishing boats to Port Elsey, a claim the engineers rejected at the meeting.", Prose),
            ("The council will put the contract out to tender in April.", Prose),
        ]
    );
    for &k in &a.summary {
        assert_eq!(
            a.sentences[k].kind,
            Prose,
            "summary sentence {:?}",
            &a.text[a.sentences[k].start..a.sentences[k].end]
        );
    }
    // Runs still map every stretch of the text (the joined lines included) to its text node.
    let joined = a.text.find("inner harbour and drive").unwrap();
    assert!(a.runs.iter().any(|r| r.start <= joined && joined < r.end));
    assert!(a.runs.windows(2).all(|w| w[0].end <= w[1].start));
}

#[test]
fn a_live_blog_timeline_is_labelled_by_what_happened() {
    let a = run(&page("furniture_liveblog.html"));
    // The "Updated" stamp row leaves the text; the standfirst is a label, not prose.
    assert!(!a.text.contains("Updated 11:48"), "{}", a.text);
    let dek = "Coastguard, ferries and the council respond as the highest tide of the year meets a gale";
    assert!(sentences(&a).contains(&(dek, Kind::Heading)));
    assert!(sentences(&a).contains(&(
        "[1] Saltmere Harbour Authority, Flood defence review, published on 3 May 2014.",
        Kind::Boilerplate
    )));
    let got: Vec<(&str, &str)> = a.timeline.iter().map(|e| (e.value.as_str(), e.label.as_str())).collect();
    // The entries' stamps (three or more, each over its own prose) stay, as headings; the
    // page's own "Updated" stamp leaves.
    for (stamp, kind) in [("8:10 AM", Kind::Heading), ("9:05 AM", Kind::Heading), ("10:32 AM", Kind::Heading)] {
        assert!(sentences(&a).contains(&(stamp, kind)), "{stamp}");
    }
    // Clock-time headings date the section under them and take its first sentence as label;
    // January (only in a caption), 3 May 2014 (only in a footnote) and the year of the
    // standfirst are not events of the story.
    assert_eq!(
        got,
        [
            (
                "1953",
                "The last surge this high, in 1953, flooded three hundred homes along Quay Street and the fish market"
            ),
            ("2024-03-12TAF", "Passengers were offered places on the afternoon crossing if the wind drops"),
            (
                "2024-03-12T08:10",
                "High water is due at 11:40, the harbour master said, with waves of up to four metres outside the wall"
            ),
            (
                "2024-03-12T09:05",
                "Coastguard crews closed the harbour mouth as the storm surge arrived, and the pilot boats were brought inside the inner basin"
            ),
            ("2024-03-12T10:32", "The first ferry of the day to Port Elsey was cancelled"),
            (
                "2024-03-12T11:40",
                "High water is due at 11:40, the harbour master said, with waves of up to four metres outside the wall"
            ),
            ("2024-03-14", "Forecasters expect the wind to ease on Thursday, when the council will inspect the wall"),
        ]
    );
    // The heading-dated entries point at the sentence that labels them.
    let e = a.timeline.iter().find(|e| e.value == "2024-03-12T09:05").unwrap();
    assert!(a.text[a.sentences[e.sentence].start..].starts_with("Coastguard crews closed"));
    assert_eq!(&a.text[a.timexes[e.timex].start..a.timexes[e.timex].end], "9:05 AM");
}

#[test]
fn the_publication_date_said_only_in_furniture_stays_labelled_by_the_title() {
    let html = "<html><head><title>Saltmere harbour reopens to fishing boats | Courier</title><meta property=\"article:published_time\" content=\"2024-03-12\"></head><body><article>\
        <h1>Saltmere harbour reopens to fishing boats</h1>\
        <figure><img src=x.jpg><figcaption>Boats return to the quay on 12 March 2024.</figcaption></figure>\
        <p>The harbour reopened to fishing boats after the storm, the harbour master said. Repairs to the outer wall took three weeks and cost two million pounds.</p>\
        <p>Divers will inspect the gate again in April.</p></article></body></html>";
    let a = run(html);
    let got: Vec<(&str, &str, bool)> =
        a.timeline.iter().map(|e| (e.value.as_str(), e.label.as_str(), e.published)).collect();
    assert_eq!(
        got,
        [
            ("2024-03-12", "Saltmere harbour reopens to fishing boats", true),
            ("2024-04", "Divers will inspect the gate again in April", false)
        ]
    );
}

#[test]
fn a_blog_post_keeps_code_fields_and_its_byline_out_of_the_summary() {
    let a = run(&page("furniture_blog.html"));
    assert!(!a.text.contains("reading time"), "{}", a.text);
    use Kind::*;
    assert_eq!(
        sentences(&a),
        [
            // A byline that opens the first paragraph is a block of its own.
            ("By Priya Natarajan:", Boilerplate),
            ("Our nightly builds took forty minutes last spring, and most of that time went into downloading the same packages again.", Prose),
            ("We moved the package cache to a shared volume in April, and the builds now take eighteen minutes.", Prose),
            ("The cache lives on the build host and is mounted into every job.", Prose),
            ("This is the line we added to the job file:", Prose),
            ("volumes: - /srv/cache/pip:/root/.cache/pip", Boilerplate),
            ("Two things went wrong at first.", Prose),
            ("The cache filled the disk within a week, because nothing ever removed old wheels, and two jobs writing the same file at once left it half written.", Prose),
            ("We now prune the cache every Sunday and take a lock before writing.", Prose),
            // Fields one to a line: labels.
            ("The setup, for reference:", Heading),
            ("Build host: ci-07", Heading),
            ("Cache size: 40 GB", Heading),
            ("Pruned: weekly", Heading),
            ("Thanks to the infrastructure team for the spare disk.", Prose),
        ]
    );
    // A lead-in that ends with ':' is prose, but never a summary sentence.
    let lead_in = a.sentences.iter().position(|s| a.text[s.start..s.end].ends_with("job file:")).unwrap();
    assert!(!a.summary.contains(&lead_in));
    assert_eq!(a.sentences[lead_in].score, 0.0);
}

#[test]
fn stamps_and_counts_in_plain_paragraphs_are_read_by_their_words() {
    // No class names a stamp here: the page prints its furniture in plain <p> elements.
    let en = r#"<html lang="en"><head><title>Reservoir levels fall</title></head><body><article>
<h1>Reservoir levels fall for a third month</h1>
<p>Posted: Thursday, April 21, 2022. 10:11 pm CST.</p>
<p>4 min read</p>
<p>Water in the Laguna Verde reservoir fell for a third month in a row, the utility said on Thursday, and rationing in the eastern districts will continue until the rains come.</p>
<p>The reservoir holds 41 percent of its capacity, against 63 percent a year ago, and engineers expect it to drop further before the wet season begins in late May.</p>
<p>Farmers upstream have been asked to cut their pumping by a fifth, a request their association called unfair but said it would respect.</p>
<p>12 comments</p>
</article></body></html>"#;
    let a = run(en);
    use Kind::*;
    let kinds: Vec<(&str, Kind)> = sentences(&a).into_iter().filter(|s| s.1 != Prose).collect();
    assert_eq!(
        kinds,
        [
            ("Posted: Thursday, April 21, 2022.", Dateline),
            ("10:11 pm CST.", Dateline),
            // Short unended lines were labels already, and stay so.
            ("4 min read", Heading),
            ("12 comments", Heading),
        ]
    );
    let picked: Vec<&str> = a.summary.iter().map(|&k| &a.text[a.sentences[k].start..a.sentences[k].end]).collect();
    assert!(picked.iter().all(|s| !s.contains("Posted") && !s.contains("10:11")), "{picked:?}");
    assert_eq!(a.published.as_deref(), Some("2022-04-21"));

    let de = r#"<html lang="de"><head><title>Neue Brücke</title></head><body><article>
<h1>Die neue Brücke über die Saale ist eröffnet</h1>
<p>Aktualisiert am 12.03.2024, 14:30 Uhr.</p>
<p>Nach drei Jahren Bauzeit hat die Stadt am Dienstag die neue Brücke über die Saale für den Verkehr freigegeben, zwei Monate später als geplant.</p>
<p>Die Baukosten stiegen von 18 auf 24 Millionen Euro, vor allem wegen teurerer Stahlträger, sagte der Oberbürgermeister bei der Eröffnung.</p>
</article></body></html>"#;
    let a = run(de);
    assert_eq!(sentences(&a)[0], ("Aktualisiert am 12.03.2024, 14:30 Uhr.", Dateline));
    assert!(a.summary.iter().all(|&k| a.sentences[k].kind == Prose));
}
