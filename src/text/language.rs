//! The language of the article, as an ISO 639-1 code.
//!
//! First version: the share of English function words decides between "en" and "und"
//! (undetermined); the language layer replaces this with a real identifier.

use super::words::Token;

pub fn identify(tokens: &[Token]) -> &'static str {
    if tokens.is_empty() {
        return "und";
    }
    let stops = tokens.iter().filter(|t| t.stop).count();
    if stops * 6 >= tokens.len() {
        "en"
    } else {
        "und"
    }
}
