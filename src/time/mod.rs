//! Time: temporal expressions in the text, their TIMEX3 values against a reference time, and
//! the timeline built from them.
//!
//! Owns recognition (`recognize`), the publication-date anchor (`Reference`), calendar
//! arithmetic (`calendar`) and the timeline (`timeline`). It does not own sentence
//! boundaries (crate::text) or where the publication date is found in a page (crate::input).

pub mod calendar;
pub mod recognize;
pub mod timeline;
pub mod value;

pub use recognize::recognize;
pub use timeline::build as timeline;
pub use value::{Granularity, Reference};
