//! Options: what a caller can ask of [`crate::analyze`]. The CLI flags, batch keys and JS
//! option names map onto these fields one to one (see README).

use crate::analysis::Units;
use crate::error::Error;
use serde::Deserialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum InputKind {
    /// HTML when the input starts like markup, text otherwise.
    #[default]
    Auto,
    Text,
    Html,
}

impl InputKind {
    pub fn parse(s: &str) -> Result<InputKind, Error> {
        match s {
            "auto" => Ok(InputKind::Auto),
            "text" => Ok(InputKind::Text),
            "html" => Ok(InputKind::Html),
            _ => Err(Error::BadOption(format!("input must be auto, text or html, not {s:?}"))),
        }
    }
}

/// Direction for an underspecified date with no tense to go by (chrono-node's `forwardDate`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Prefer {
    /// Follow the tense of the sentence; past when there is none.
    #[default]
    Tense,
    Past,
    Future,
}

impl Prefer {
    pub fn parse(s: &str) -> Result<Prefer, Error> {
        match s {
            "past" => Ok(Prefer::Past),
            "future" => Ok(Prefer::Future),
            "tense" => Ok(Prefer::Tense),
            _ => Err(Error::BadOption(format!("prefer must be past or future, not {s:?}"))),
        }
    }
}

/// Deserializable from a JS options object and from a `--batch` line (same keys; `lang` is an
/// alias of `language`). Unknown keys are ignored.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Options {
    pub input: InputKind,
    /// Publication date, YYYY-MM-DD or full ISO 8601; overrides what the document says.
    pub published: Option<String>,
    /// At most this many summary sentences.
    pub sentences: Option<usize>,
    /// At most this many words in the summary.
    pub words: Option<usize>,
    /// Force the language (ISO 639-1) instead of detecting it.
    #[serde(alias = "lang")]
    pub language: Option<String>,
    pub prefer: Prefer,
    /// Units of every offset in the result (set by the surface, not by callers).
    #[serde(skip)]
    pub units: Units,
}

/// Summary length when the caller sets no bound.
pub const DEFAULT_SENTENCES: usize = 3;
