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
            Error::TooLarge { bytes, limit } => {
                write!(f, "the input is too large: {bytes} bytes, the limit is {limit} bytes")
            }
            Error::Binary => write!(f, "the input looks like binary data, not text"),
            Error::Unsupported(what) => write!(f, "not supported yet: {what}"),
            Error::BadOption(what) => write!(f, "bad option: {what}"),
            Error::NoArticle => write!(f, "no article found in the page"),
        }
    }
}

impl std::error::Error for Error {}

/// `s` in double quotes, the way an option's bad value is shown: what `format!("{s:?}")` gives
/// for text without quotes, backslashes or control characters, which are escaped here as Rust
/// does (`\"`, `\\`, `\n`, `\u{1b}`). Not `{:?}` itself: Debug's escaping links core's
/// printable and grapheme-extend tables into the wasm build for these messages alone.
pub fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\0' => out.push_str("\\0"),
            c if (c as u32) < 0x20 || c as u32 == 0x7F => {
                out.push_str("\\u{");
                out.push_str(&format!("{:x}", c as u32));
                out.push('}');
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn quoted_is_debug_for_ordinary_and_escaped_text() {
        for s in ["pdf", "", "l'armée", "a \"b\" c\\d", "tab\there\nnew\r\0", "esc\u{1b}del\u{7f}"] {
            assert_eq!(super::quoted(s), format!("{s:?}"), "{s:?}");
        }
    }
}
