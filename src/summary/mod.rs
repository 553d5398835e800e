//! Summary: scores every prose sentence, selects the few that carry the story within the
//! budget asked for, and finds the article's key phrases. Works on the sentences and tokens
//! the text layer produced; knows nothing of dates or markup.

pub mod keywords;
pub mod rank;
pub mod select;

pub use keywords::keywords;
pub use rank::rank;
pub use select::{select, Budget};
