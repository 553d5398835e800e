//! `analyze_document_staged`, the hook the benchmarks time the pipeline's stages with
//! (examples/pipeline_bench.rs, the wasm `__stages` export): every stage is reported once, in
//! pipeline order, and the Analysis is the one `analyze` returns.

use nutshell::{analyze, analyze_document_staged, Options, Stage};

const ARTICLE: &str = "Harbor bridge reopens after repairs\n\n\
The harbor bridge reopened to traffic on Monday, March 4, 2024, after eight months of repairs. \
Engineers replaced 40 steel cables that corrosion had weakened. \
The city council approved the 12 million dollar repair plan on July 3, 2023. \
Work began two weeks later and was due to end in January. \
Storms on December 12, 2023 delayed the last repairs by six weeks.";

#[test]
fn every_stage_once_in_order_and_the_same_analysis() {
    let options = Options::default();
    let doc = nutshell::read(ARTICLE, &options).unwrap();
    let mut seen = Vec::new();
    let staged = analyze_document_staged(doc, &options, &mut |s| seen.push(s)).unwrap();
    assert_eq!(
        seen,
        [
            Stage::Language,
            Stage::Sentences,
            Stage::Tokens,
            Stage::Summary,
            Stage::Dates,
            Stage::Keywords,
            Stage::Timeline,
            Stage::Units
        ]
    );
    let plain = analyze(ARTICLE, &options).unwrap();
    assert_eq!(serde_json::to_string(&staged).unwrap(), serde_json::to_string(&plain).unwrap());
    assert_eq!(
        staged.timexes.iter().map(|t| t.value.as_str()).collect::<Vec<_>>(),
        ["2024-03-04", "P8M", "2023-07-03", "2023-W29", "2024-01", "2023-12-12", "P6W"]
    );
}
