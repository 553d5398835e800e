//! The upper case of a character, for the one place the core writes one (a timeline label's
//! first letter): a table of runs, about 3 KB, instead of core's `char::to_uppercase`, whose
//! table is 12 KB of the wasm build. The same result as `char::to_uppercase` for every
//! character; the tests below check all of them and print a new table when the toolchain's
//! Unicode version moves.

/// Characters whose upper case is one character at a fixed distance, as runs
/// `(first, count, step, delta)`: `first + k * step` (k < count) becomes that plus `delta`.
/// Sorted; the runs do not overlap.
#[rustfmt::skip]
const RUNS: &[(u32, u8, u8, i32)] = &[
    (0x61, 26, 1, -32), (0xB5, 1, 1, 743), (0xE0, 23, 1, -32), (0xF8, 7, 1, -32), (0xFF, 1, 1, 121), (0x101, 24, 2, -1),
    (0x131, 1, 1, -232), (0x133, 3, 2, -1), (0x13A, 8, 2, -1), (0x14B, 23, 2, -1), (0x17A, 3, 2, -1), (0x17F, 1, 1, -300),
    (0x180, 1, 1, 195), (0x183, 2, 2, -1), (0x188, 1, 1, -1), (0x18C, 1, 1, -1), (0x192, 1, 1, -1), (0x195, 1, 1, 97),
    (0x199, 1, 1, -1), (0x19A, 1, 1, 163), (0x19B, 1, 1, 42561), (0x19E, 1, 1, 130), (0x1A1, 3, 2, -1), (0x1A8, 1, 1, -1),
    (0x1AD, 1, 1, -1), (0x1B0, 1, 1, -1), (0x1B4, 2, 2, -1), (0x1B9, 1, 1, -1), (0x1BD, 1, 1, -1), (0x1BF, 1, 1, 56),
    (0x1C5, 1, 1, -1), (0x1C6, 1, 1, -2), (0x1C8, 1, 1, -1), (0x1C9, 1, 1, -2), (0x1CB, 1, 1, -1), (0x1CC, 1, 1, -2),
    (0x1CE, 8, 2, -1), (0x1DD, 1, 1, -79), (0x1DF, 9, 2, -1), (0x1F2, 1, 1, -1), (0x1F3, 1, 1, -2), (0x1F5, 1, 1, -1),
    (0x1F9, 20, 2, -1), (0x223, 9, 2, -1), (0x23C, 1, 1, -1), (0x23F, 2, 1, 10815), (0x242, 1, 1, -1), (0x247, 5, 2, -1),
    (0x250, 1, 1, 10783), (0x251, 1, 1, 10780), (0x252, 1, 1, 10782), (0x253, 1, 1, -210), (0x254, 1, 1, -206), (0x256, 2, 1, -205),
    (0x259, 1, 1, -202), (0x25B, 1, 1, -203), (0x25C, 1, 1, 42319), (0x260, 1, 1, -205), (0x261, 1, 1, 42315), (0x263, 1, 1, -207),
    (0x264, 1, 1, 42343), (0x265, 1, 1, 42280), (0x266, 1, 1, 42308), (0x268, 1, 1, -209), (0x269, 1, 1, -211), (0x26A, 1, 1, 42308),
    (0x26B, 1, 1, 10743), (0x26C, 1, 1, 42305), (0x26F, 1, 1, -211), (0x271, 1, 1, 10749), (0x272, 1, 1, -213), (0x275, 1, 1, -214),
    (0x27D, 1, 1, 10727), (0x280, 1, 1, -218), (0x282, 1, 1, 42307), (0x283, 1, 1, -218), (0x287, 1, 1, 42282), (0x288, 1, 1, -218),
    (0x289, 1, 1, -69), (0x28A, 2, 1, -217), (0x28C, 1, 1, -71), (0x292, 1, 1, -219), (0x29D, 1, 1, 42261), (0x29E, 1, 1, 42258),
    (0x345, 1, 1, 84), (0x371, 2, 2, -1), (0x377, 1, 1, -1), (0x37B, 3, 1, 130), (0x3AC, 1, 1, -38), (0x3AD, 3, 1, -37),
    (0x3B1, 17, 1, -32), (0x3C2, 1, 1, -31), (0x3C3, 9, 1, -32), (0x3CC, 1, 1, -64), (0x3CD, 2, 1, -63), (0x3D0, 1, 1, -62),
    (0x3D1, 1, 1, -57), (0x3D5, 1, 1, -47), (0x3D6, 1, 1, -54), (0x3D7, 1, 1, -8), (0x3D9, 12, 2, -1), (0x3F0, 1, 1, -86),
    (0x3F1, 1, 1, -80), (0x3F2, 1, 1, 7), (0x3F3, 1, 1, -116), (0x3F5, 1, 1, -96), (0x3F8, 1, 1, -1), (0x3FB, 1, 1, -1),
    (0x430, 32, 1, -32), (0x450, 16, 1, -80), (0x461, 17, 2, -1), (0x48B, 27, 2, -1), (0x4C2, 7, 2, -1), (0x4CF, 1, 1, -15),
    (0x4D1, 48, 2, -1), (0x561, 38, 1, -48), (0x10D0, 43, 1, 3008), (0x10FD, 3, 1, 3008), (0x13F8, 6, 1, -8), (0x1C80, 1, 1, -6254),
    (0x1C81, 1, 1, -6253), (0x1C82, 1, 1, -6244), (0x1C83, 2, 1, -6242), (0x1C85, 1, 1, -6243), (0x1C86, 1, 1, -6236), (0x1C87, 1, 1, -6181),
    (0x1C88, 1, 1, 35266), (0x1C8A, 1, 1, -1), (0x1D79, 1, 1, 35332), (0x1D7D, 1, 1, 3814), (0x1D8E, 1, 1, 35384), (0x1E01, 75, 2, -1),
    (0x1E9B, 1, 1, -59), (0x1EA1, 48, 2, -1), (0x1F00, 8, 1, 8), (0x1F10, 6, 1, 8), (0x1F20, 8, 1, 8), (0x1F30, 8, 1, 8),
    (0x1F40, 6, 1, 8), (0x1F51, 4, 2, 8), (0x1F60, 8, 1, 8), (0x1F70, 2, 1, 74), (0x1F72, 4, 1, 86), (0x1F76, 2, 1, 100),
    (0x1F78, 2, 1, 128), (0x1F7A, 2, 1, 112), (0x1F7C, 2, 1, 126), (0x1FB0, 2, 1, 8), (0x1FBE, 1, 1, -7205), (0x1FD0, 2, 1, 8),
    (0x1FE0, 2, 1, 8), (0x1FE5, 1, 1, 7), (0x214E, 1, 1, -28), (0x2170, 16, 1, -16), (0x2184, 1, 1, -1), (0x24D0, 26, 1, -26),
    (0x2C30, 48, 1, -48), (0x2C61, 1, 1, -1), (0x2C65, 1, 1, -10795), (0x2C66, 1, 1, -10792), (0x2C68, 3, 2, -1), (0x2C73, 1, 1, -1),
    (0x2C76, 1, 1, -1), (0x2C81, 50, 2, -1), (0x2CEC, 2, 2, -1), (0x2CF3, 1, 1, -1), (0x2D00, 38, 1, -7264), (0x2D27, 1, 1, -7264),
    (0x2D2D, 1, 1, -7264), (0xA641, 23, 2, -1), (0xA681, 14, 2, -1), (0xA723, 7, 2, -1), (0xA733, 31, 2, -1), (0xA77A, 2, 2, -1),
    (0xA77F, 5, 2, -1), (0xA78C, 1, 1, -1), (0xA791, 2, 2, -1), (0xA794, 1, 1, 48), (0xA797, 10, 2, -1), (0xA7B5, 8, 2, -1),
    (0xA7C8, 2, 2, -1), (0xA7CD, 8, 2, -1), (0xA7F6, 1, 1, -1), (0xAB53, 1, 1, -928), (0xAB70, 80, 1, -38864), (0xFF41, 26, 1, -32),
    (0x10428, 40, 1, -40), (0x104D8, 36, 1, -40), (0x10597, 11, 1, -39), (0x105A3, 15, 1, -39), (0x105B3, 7, 1, -39), (0x105BB, 2, 1, -39),
    (0x10CC0, 51, 1, -64), (0x10D70, 22, 1, -32), (0x118C0, 32, 1, -32), (0x16E60, 32, 1, -32), (0x16EBB, 25, 1, -27), (0x1E922, 34, 1, -34),
];

/// Characters whose upper case is several characters ("ß" -> "SS"): one per line, the character
/// and then its upper case.
const SPECIAL: &str = "\u{df}\u{53}\u{53}\n\u{149}\u{2bc}\u{4e}\n\u{1f0}\u{4a}\u{30c}\n\u{390}\u{399}\u{308}\u{301}\n\u{3b0}\u{3a5}\u{308}\u{301}\n\u{587}\u{535}\u{552}\n\u{1e96}\u{48}\u{331}\n\u{1e97}\u{54}\u{308}\n\u{1e98}\u{57}\u{30a}\n\u{1e99}\u{59}\u{30a}\n\u{1e9a}\u{41}\u{2be}\n\u{1f50}\u{3a5}\u{313}\n\u{1f52}\u{3a5}\u{313}\u{300}\n\u{1f54}\u{3a5}\u{313}\u{301}\n\u{1f56}\u{3a5}\u{313}\u{342}\n\u{1f80}\u{1f08}\u{399}\n\u{1f81}\u{1f09}\u{399}\n\u{1f82}\u{1f0a}\u{399}\n\u{1f83}\u{1f0b}\u{399}\n\u{1f84}\u{1f0c}\u{399}\n\u{1f85}\u{1f0d}\u{399}\n\u{1f86}\u{1f0e}\u{399}\n\u{1f87}\u{1f0f}\u{399}\n\u{1f88}\u{1f08}\u{399}\n\u{1f89}\u{1f09}\u{399}\n\u{1f8a}\u{1f0a}\u{399}\n\u{1f8b}\u{1f0b}\u{399}\n\u{1f8c}\u{1f0c}\u{399}\n\u{1f8d}\u{1f0d}\u{399}\n\u{1f8e}\u{1f0e}\u{399}\n\u{1f8f}\u{1f0f}\u{399}\n\u{1f90}\u{1f28}\u{399}\n\u{1f91}\u{1f29}\u{399}\n\u{1f92}\u{1f2a}\u{399}\n\u{1f93}\u{1f2b}\u{399}\n\u{1f94}\u{1f2c}\u{399}\n\u{1f95}\u{1f2d}\u{399}\n\u{1f96}\u{1f2e}\u{399}\n\u{1f97}\u{1f2f}\u{399}\n\u{1f98}\u{1f28}\u{399}\n\u{1f99}\u{1f29}\u{399}\n\u{1f9a}\u{1f2a}\u{399}\n\u{1f9b}\u{1f2b}\u{399}\n\u{1f9c}\u{1f2c}\u{399}\n\u{1f9d}\u{1f2d}\u{399}\n\u{1f9e}\u{1f2e}\u{399}\n\u{1f9f}\u{1f2f}\u{399}\n\u{1fa0}\u{1f68}\u{399}\n\u{1fa1}\u{1f69}\u{399}\n\u{1fa2}\u{1f6a}\u{399}\n\u{1fa3}\u{1f6b}\u{399}\n\u{1fa4}\u{1f6c}\u{399}\n\u{1fa5}\u{1f6d}\u{399}\n\u{1fa6}\u{1f6e}\u{399}\n\u{1fa7}\u{1f6f}\u{399}\n\u{1fa8}\u{1f68}\u{399}\n\u{1fa9}\u{1f69}\u{399}\n\u{1faa}\u{1f6a}\u{399}\n\u{1fab}\u{1f6b}\u{399}\n\u{1fac}\u{1f6c}\u{399}\n\u{1fad}\u{1f6d}\u{399}\n\u{1fae}\u{1f6e}\u{399}\n\u{1faf}\u{1f6f}\u{399}\n\u{1fb2}\u{1fba}\u{399}\n\u{1fb3}\u{391}\u{399}\n\u{1fb4}\u{386}\u{399}\n\u{1fb6}\u{391}\u{342}\n\u{1fb7}\u{391}\u{342}\u{399}\n\u{1fbc}\u{391}\u{399}\n\u{1fc2}\u{1fca}\u{399}\n\u{1fc3}\u{397}\u{399}\n\u{1fc4}\u{389}\u{399}\n\u{1fc6}\u{397}\u{342}\n\u{1fc7}\u{397}\u{342}\u{399}\n\u{1fcc}\u{397}\u{399}\n\u{1fd2}\u{399}\u{308}\u{300}\n\u{1fd3}\u{399}\u{308}\u{301}\n\u{1fd6}\u{399}\u{342}\n\u{1fd7}\u{399}\u{308}\u{342}\n\u{1fe2}\u{3a5}\u{308}\u{300}\n\u{1fe3}\u{3a5}\u{308}\u{301}\n\u{1fe4}\u{3a1}\u{313}\n\u{1fe6}\u{3a5}\u{342}\n\u{1fe7}\u{3a5}\u{308}\u{342}\n\u{1ff2}\u{1ffa}\u{399}\n\u{1ff3}\u{3a9}\u{399}\n\u{1ff4}\u{38f}\u{399}\n\u{1ff6}\u{3a9}\u{342}\n\u{1ff7}\u{3a9}\u{342}\u{399}\n\u{1ffc}\u{3a9}\u{399}\n\u{fb00}\u{46}\u{46}\n\u{fb01}\u{46}\u{49}\n\u{fb02}\u{46}\u{4c}\n\u{fb03}\u{46}\u{46}\u{49}\n\u{fb04}\u{46}\u{46}\u{4c}\n\u{fb05}\u{53}\u{54}\n\u{fb06}\u{53}\u{54}\n\u{fb13}\u{544}\u{546}\n\u{fb14}\u{544}\u{535}\n\u{fb15}\u{544}\u{53b}\n\u{fb16}\u{54e}\u{546}\n\u{fb17}\u{544}\u{53d}";

/// Append the upper case of `c` to `out` (what `out.extend(c.to_uppercase())` appends).
pub fn push_upper(c: char, out: &mut String) {
    let n = c as u32;
    let i = RUNS.partition_point(|r| r.0 <= n);
    if i > 0 {
        let (first, count, step, delta) = RUNS[i - 1];
        let k = n - first;
        if k % step as u32 == 0 && k / (step as u32) < count as u32 {
            if let Some(u) = char::from_u32(n.wrapping_add_signed(delta)) {
                out.push(u);
                return;
            }
        }
    }
    if c as u32 > 0x7F {
        if let Some(line) = SPECIAL.split('\n').find(|l| l.starts_with(c)) {
            out.push_str(&line[c.len_utf8()..]);
            return;
        }
    }
    out.push(c);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tests::{case_runs, case_source, chars};

    /// The table `char::to_uppercase` gives on this toolchain, as Rust source.
    fn generated() -> (Vec<(u32, u8, u8, i32)>, String) {
        case_runs(chars(), |c| c.to_uppercase().collect())
    }

    #[test]
    fn table_is_the_toolchains() {
        let (runs, special) = generated();
        if runs != RUNS || special != SPECIAL {
            let src = case_source(&runs, &special);
            panic!("the upper-case table differs from this toolchain's char::to_uppercase; replace it with:\n{src}");
        }
    }

    #[test]
    fn every_character_as_to_uppercase() {
        for c in chars() {
            let mut got = String::new();
            push_upper(c, &mut got);
            assert_eq!(got, c.to_uppercase().collect::<String>(), "U+{:04X}", c as u32);
        }
    }

    /// Wasm size: one call of `to_uppercase` anywhere in the core links core's 12 KB table again.
    #[test]
    fn nothing_else_calls_to_uppercase() {
        fn walk(dir: &std::path::Path, found: &mut Vec<String>) {
            for e in std::fs::read_dir(dir).unwrap() {
                let p = e.unwrap().path();
                if p.is_dir() {
                    walk(&p, found);
                } else if p.extension().is_some_and(|x| x == "rs")
                    && !p.ends_with("text/upper.rs")
                    && !p.ends_with("bin/nutshell.rs")
                {
                    let src = std::fs::read_to_string(&p).unwrap();
                    if src.contains(".to_uppercase(") || src.contains("char::to_uppercase") {
                        found.push(p.display().to_string());
                    }
                }
            }
        }
        let mut found = Vec::new();
        walk(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut found);
        assert!(found.is_empty(), "use text::upper::push_upper instead of to_uppercase in {found:?}");
    }

    #[test]
    fn letters_of_several_scripts() {
        let mut s = String::new();
        for c in ['a', 'é', 'ß', 'ſ', 'ǆ', 'ς', 'я', 'ა', 'ﬀ', 'Z', '1'] {
            push_upper(c, &mut s);
        }
        assert_eq!(s, "AÉSSSǄΣЯᲐFFZ1");
    }
}
