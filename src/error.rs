//! Errors the core returns for bad input. Every variant carries a message a person can act on.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// Empty or whitespace-only input.
    Empty,
    /// Input over [`crate::MAX_INPUT_BYTES`].
    TooLarge { bytes: usize, limit: usize },
    /// Input that is mostly control characters or NUL bytes.
    Binary,
    /// A form of input this build cannot read yet (for example HTML before extraction lands).
    Unsupported(String),
    /// An option with a value the core does not understand.
    BadOption(String),
    /// The page holds no article text.
    NoArticle,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Empty => write!(f, "the input has no text"),
            Error::TooLarge { bytes, limit } => write!(
                f,
                "the input is too large: {bytes} bytes, the limit is {limit} bytes"
            ),
            Error::Binary => write!(f, "the input looks like binary data, not text"),
            Error::Unsupported(what) => write!(f, "not supported yet: {what}"),
            Error::BadOption(what) => write!(f, "bad option: {what}"),
            Error::NoArticle => write!(f, "no article found in the page"),
        }
    }
}

impl std::error::Error for Error {}
