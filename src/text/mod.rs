//! Text: the language layer. Sentence boundaries, words and their normal forms, stop words, and
//! the language of the article. It knows nothing of summaries or dates.

pub mod language;
pub mod sentences;
pub mod tense;
pub mod words;
