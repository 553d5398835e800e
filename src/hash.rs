//! The hasher of the core's hash maps. [`HashMap`] and [`HashSet`] are std's with FNV-1a in the
//! wasm build (one short hasher instead of SipHash inlined at each map: 791 B gzip less; DESIGN.md,
//! "Wasm size") and with std's randomly keyed SipHash natively. In wasm32-unknown-unknown std has
//! no random source and SipHash's keys are fixed, so FNV gives up no protection there. No output
//! depends on a map's order (the native keys change every run).

/// FNV-1a (64-bit), starting from its offset basis: for keys of a few short words (the tense
/// cues everywhere; every map in the wasm build).
#[derive(Default, Clone, Copy)]
pub struct Fnv;

/// The running FNV-1a state.
pub struct FnvHasher(u64);

impl std::hash::BuildHasher for Fnv {
    type Hasher = FnvHasher;
    fn build_hasher(&self) -> FnvHasher {
        FnvHasher(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for FnvHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ b as u64).wrapping_mul(0x0100_0000_01b3);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(target_arch = "wasm32")]
type Keys = Fnv;
#[cfg(not(target_arch = "wasm32"))]
type Keys = std::collections::hash_map::RandomState;

/// The core's `HashMap` (make one with `HashMap::default()`).
pub type HashMap<K, V> = std::collections::HashMap<K, V, Keys>;
/// The core's `HashSet` (make one with `HashSet::default()`).
pub type HashSet<K> = std::collections::HashSet<K, Keys>;
