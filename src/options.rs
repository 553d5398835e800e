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
            _ => Err(Error::BadOption(format!("input must be auto, text or html, not {}", crate::error::quoted(s)))),
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
            _ => Err(Error::BadOption(format!("prefer must be past or future, not {}", crate::error::quoted(s)))),
        }
    }
}

/// Summary style, after the browser's Summarizer API types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Style {
    /// The key sentences: 3 / 5 / 7.
    #[default]
    KeyPoints,
    /// The gist: 1 / 3 / 5 sentences.
    Tldr,
    /// Draws the reader in, favouring sentences that raise the story's question: 1 / 3 / 5.
    Teaser,
    /// The most central sentence, cut to its leading clause past 12 / 17 / 22 words.
    Headline,
}

impl Style {
    pub fn parse(s: &str) -> Result<Style, Error> {
        match s {
            "key-points" => Ok(Style::KeyPoints),
            "tldr" => Ok(Style::Tldr),
            "teaser" => Ok(Style::Teaser),
            "headline" => Ok(Style::Headline),
            _ => Err(Error::BadOption(format!(
                "style must be key-points, tldr, teaser or headline, not {}",
                crate::error::quoted(s)
            ))),
        }
    }
}

/// Summary length for a [`Style`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Length {
    #[default]
    Short,
    Medium,
    Long,
}

impl Length {
    pub fn parse(s: &str) -> Result<Length, Error> {
        match s {
            "short" => Ok(Length::Short),
            "medium" => Ok(Length::Medium),
            "long" => Ok(Length::Long),
            _ => {
                Err(Error::BadOption(format!("length must be short, medium or long, not {}", crate::error::quoted(s))))
            }
        }
    }
}

/// Deserializable from a JS options object and from a `--batch` line (same keys; `lang` is an
/// alias of `language`). Unknown keys are ignored.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Options {
    pub input: InputKind,
    /// Publication date, YYYY-MM-DD, YYYY-MM, YYYY or full ISO 8601; overrides what the
    /// document says.
    pub published: Option<String>,
    /// At most this many summary sentences.
    pub sentences: Option<usize>,
    /// At most this many words in the summary.
    pub words: Option<usize>,
    /// At most this share (0 < ratio <= 1) of the article's prose sentences, at least one.
    pub ratio: Option<f64>,
    /// Summary style; with `length`, sets a sentence count (see [`Style`]).
    pub style: Option<Style>,
    /// Short (the default), medium or long, for the style.
    pub length: Option<Length>,
    /// Force the language (ISO 639-1) instead of detecting it.
    #[serde(alias = "lang")]
    pub language: Option<String>,
    pub prefer: Prefer,
    /// The page's address (HTML input): a fallback canonical URL and a source of dates
    /// (`/2021/04/12/`).
    pub url: Option<String>,
    /// Units of every offset in the result (set by the surface, not by callers).
    #[serde(skip)]
    pub units: Units,
}

/// Summary length when the caller sets no bound (no sentences, words, ratio, style or length).
pub const DEFAULT_SENTENCES: usize = 3;
