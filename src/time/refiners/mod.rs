//! Refiners: steps over the raw matches of a sentence (and then of the whole text) that filter
//! false positives, merge neighbours into one expression, and choose the reference time and
//! direction each expression is resolved against.
//!
//! | refiner | file | does |
//! |---|---|---|
//! | filter | `filter.rs` | drops verbs ("may", "march"), names ("Friday Group", "April Smith"), quantities ("2000 troops", "1500 $") |
//! | merge | `merge.rs` | joins a day and a time ("Monday night", "10 p.m. Wednesday", "5 p.m. EST, Nov. 6") |
//! | anchor | `anchor.rs` | news vs narrative reference per expression, story anchors, event arithmetic |
//! | forward | `forward.rs` | under an explicit `prefer` and no tense, moves a date strictly to that side |

pub mod anchor;
pub mod filter;
pub mod forward;
pub mod merge;

use super::parsers::Match;

/// A match placed in its sentence: token span [a, b).
#[derive(Debug, Clone)]
pub struct Placed {
    pub a: usize,
    pub b: usize,
    pub m: Match,
}
