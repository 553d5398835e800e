//! Which languages this build carries the data of, and what an analysis asked for that it lacks.
//!
//! The native build (feature `all-languages`, on by default) carries every language. The wasm
//! core ships without it: English data only (stemmer, date locale), language identification for
//! every language kept. A lookup of another language's data notes it here ([`need`]); the wasm
//! exports report it ([`take_missing`]) and the JS layer runs the same call again in the full
//! module (`www/pkg/full/`), so the result is the full build's, byte for byte.

/// The languages whose data the full build has and the English core does not: every Snowball
/// stemmer and every date locale but English (`time::locale`'s tests check it against both).
pub const PACKED: &str = "ar da de el es fi fr hu it nl no pt ro ru sv ta tr";

/// The one language whose data the English core carries.
pub const CORE: &str = "en";

/// `a == b` in a constant (the core's tables are chosen at compile time).
pub const fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

#[cfg(not(feature = "all-languages"))]
static MISSING: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// A lookup of `lang`'s data: in the English core, notes that the analysis needs the full module
/// when the language is one it lacks. Nothing in the full build.
#[inline]
pub fn need(lang: &str) {
    #[cfg(not(feature = "all-languages"))]
    if super::listed(PACKED, lang) {
        MISSING.store(true, std::sync::atomic::Ordering::Relaxed);
    }
    #[cfg(feature = "all-languages")]
    let _ = lang;
}

/// Whether a lookup since the last call needed a language this build lacks (and clear the note).
pub fn take_missing() -> bool {
    #[cfg(not(feature = "all-languages"))]
    return MISSING.swap(false, std::sync::atomic::Ordering::Relaxed);
    #[cfg(feature = "all-languages")]
    false
}
