//! Time: temporal expressions in the text, their TIMEX3 values against a reference time, and
//! the timeline built from them.
//!
//! Layout (the architecture of chrono-node and HeidelTime): `locale/` holds each language's
//! words as data tables (and a language's own grammar); `parsers/` the pattern families that
//! read them; `sem` the contract both build on (the `Locale` schema, what a family reads and
//! what it answers); `refiners/` the steps that filter, merge and anchor; `resolve` turns a
//! meaning into a TIMEX3 value; `recognize` drives them; `timeline` builds the dated events. `calendar` is the day arithmetic and
//! `value` the reference time. It does not own sentence boundaries or tense cues
//! (crate::text) nor where the publication date is found in a page (crate::input).

pub mod calendar;
pub mod locale;
pub mod parsers;
pub mod recognize;
pub mod refiners;
pub mod resolve;
pub mod sem;
pub mod timeline;
pub mod tokens;
pub mod value;

pub use recognize::{recognize, recognize_doc, recognize_lang, Clock};
pub use timeline::build as timeline;
pub use value::{day_month, parse_date, Granularity, Reference};
