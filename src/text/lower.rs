//! The lower case of a character and of a string, what `char::to_lowercase` and
//! `str::to_lowercase` give, from a table of runs (about 2 KB) instead of core's, whose table
//! is 11.7 KB of the wasm build (every word of a text is case-folded, so core's version was
//! always linked). The string form keeps Unicode's one contextual rule, Final_Sigma ('Σ' at
//! the end of a word is 'ς'), with the Case_Ignorable and Cased sets as runs. The tests below
//! compare both with the toolchain's on every character and print new tables when its Unicode
//! version moves.

/// Characters whose lower case is one character at a fixed distance, as runs
/// `(first, count, step, delta)`: `first + k * step` (k < count) becomes that plus `delta`.
/// Sorted; the runs do not overlap.
#[rustfmt::skip]
const RUNS: &[(u32, u8, u8, i32)] = &[
    (0xC0, 23, 1, 32), (0xD8, 7, 1, 32), (0x100, 24, 2, 1), (0x132, 3, 2, 1), (0x139, 8, 2, 1), (0x14A, 23, 2, 1),
    (0x178, 1, 1, -121), (0x179, 3, 2, 1), (0x181, 1, 1, 210), (0x182, 2, 2, 1), (0x186, 1, 1, 206), (0x187, 1, 1, 1),
    (0x189, 2, 1, 205), (0x18B, 1, 1, 1), (0x18E, 1, 1, 79), (0x18F, 1, 1, 202), (0x190, 1, 1, 203), (0x191, 1, 1, 1),
    (0x193, 1, 1, 205), (0x194, 1, 1, 207), (0x196, 1, 1, 211), (0x197, 1, 1, 209), (0x198, 1, 1, 1), (0x19C, 1, 1, 211),
    (0x19D, 1, 1, 213), (0x19F, 1, 1, 214), (0x1A0, 3, 2, 1), (0x1A6, 1, 1, 218), (0x1A7, 1, 1, 1), (0x1A9, 1, 1, 218),
    (0x1AC, 1, 1, 1), (0x1AE, 1, 1, 218), (0x1AF, 1, 1, 1), (0x1B1, 2, 1, 217), (0x1B3, 2, 2, 1), (0x1B7, 1, 1, 219),
    (0x1B8, 1, 1, 1), (0x1BC, 1, 1, 1), (0x1C4, 1, 1, 2), (0x1C5, 1, 1, 1), (0x1C7, 1, 1, 2), (0x1C8, 1, 1, 1),
    (0x1CA, 1, 1, 2), (0x1CB, 9, 2, 1), (0x1DE, 9, 2, 1), (0x1F1, 1, 1, 2), (0x1F2, 2, 2, 1), (0x1F6, 1, 1, -97),
    (0x1F7, 1, 1, -56), (0x1F8, 20, 2, 1), (0x220, 1, 1, -130), (0x222, 9, 2, 1), (0x23A, 1, 1, 10795), (0x23B, 1, 1, 1),
    (0x23D, 1, 1, -163), (0x23E, 1, 1, 10792), (0x241, 1, 1, 1), (0x243, 1, 1, -195), (0x244, 1, 1, 69), (0x245, 1, 1, 71),
    (0x246, 5, 2, 1), (0x370, 2, 2, 1), (0x376, 1, 1, 1), (0x37F, 1, 1, 116), (0x386, 1, 1, 38), (0x388, 3, 1, 37),
    (0x38C, 1, 1, 64), (0x38E, 2, 1, 63), (0x391, 17, 1, 32), (0x3A3, 9, 1, 32), (0x3CF, 1, 1, 8), (0x3D8, 12, 2, 1),
    (0x3F4, 1, 1, -60), (0x3F7, 1, 1, 1), (0x3F9, 1, 1, -7), (0x3FA, 1, 1, 1), (0x3FD, 3, 1, -130), (0x400, 16, 1, 80),
    (0x410, 32, 1, 32), (0x460, 17, 2, 1), (0x48A, 27, 2, 1), (0x4C0, 1, 1, 15), (0x4C1, 7, 2, 1), (0x4D0, 48, 2, 1),
    (0x531, 38, 1, 48), (0x10A0, 38, 1, 7264), (0x10C7, 1, 1, 7264), (0x10CD, 1, 1, 7264), (0x13A0, 80, 1, 38864), (0x13F0, 6, 1, 8),
    (0x1C89, 1, 1, 1), (0x1C90, 43, 1, -3008), (0x1CBD, 3, 1, -3008), (0x1E00, 75, 2, 1), (0x1E9E, 1, 1, -7615), (0x1EA0, 48, 2, 1),
    (0x1F08, 8, 1, -8), (0x1F18, 6, 1, -8), (0x1F28, 8, 1, -8), (0x1F38, 8, 1, -8), (0x1F48, 6, 1, -8), (0x1F59, 4, 2, -8),
    (0x1F68, 8, 1, -8), (0x1F88, 8, 1, -8), (0x1F98, 8, 1, -8), (0x1FA8, 8, 1, -8), (0x1FB8, 2, 1, -8), (0x1FBA, 2, 1, -74),
    (0x1FBC, 1, 1, -9), (0x1FC8, 4, 1, -86), (0x1FCC, 1, 1, -9), (0x1FD8, 2, 1, -8), (0x1FDA, 2, 1, -100), (0x1FE8, 2, 1, -8),
    (0x1FEA, 2, 1, -112), (0x1FEC, 1, 1, -7), (0x1FF8, 2, 1, -128), (0x1FFA, 2, 1, -126), (0x1FFC, 1, 1, -9), (0x2126, 1, 1, -7517),
    (0x212A, 1, 1, -8383), (0x212B, 1, 1, -8262), (0x2132, 1, 1, 28), (0x2160, 16, 1, 16), (0x2183, 1, 1, 1), (0x24B6, 26, 1, 26),
    (0x2C00, 48, 1, 48), (0x2C60, 1, 1, 1), (0x2C62, 1, 1, -10743), (0x2C63, 1, 1, -3814), (0x2C64, 1, 1, -10727), (0x2C67, 3, 2, 1),
    (0x2C6D, 1, 1, -10780), (0x2C6E, 1, 1, -10749), (0x2C6F, 1, 1, -10783), (0x2C70, 1, 1, -10782), (0x2C72, 1, 1, 1), (0x2C75, 1, 1, 1),
    (0x2C7E, 2, 1, -10815), (0x2C80, 50, 2, 1), (0x2CEB, 2, 2, 1), (0x2CF2, 1, 1, 1), (0xA640, 23, 2, 1), (0xA680, 14, 2, 1),
    (0xA722, 7, 2, 1), (0xA732, 31, 2, 1), (0xA779, 2, 2, 1), (0xA77D, 1, 1, -35332), (0xA77E, 5, 2, 1), (0xA78B, 1, 1, 1),
    (0xA78D, 1, 1, -42280), (0xA790, 2, 2, 1), (0xA796, 10, 2, 1), (0xA7AA, 1, 1, -42308), (0xA7AB, 1, 1, -42319), (0xA7AC, 1, 1, -42315),
    (0xA7AD, 1, 1, -42305), (0xA7AE, 1, 1, -42308), (0xA7B0, 1, 1, -42258), (0xA7B1, 1, 1, -42282), (0xA7B2, 1, 1, -42261), (0xA7B3, 1, 1, 928),
    (0xA7B4, 8, 2, 1), (0xA7C4, 1, 1, -48), (0xA7C5, 1, 1, -42307), (0xA7C6, 1, 1, -35384), (0xA7C7, 2, 2, 1), (0xA7CB, 1, 1, -42343),
    (0xA7CC, 8, 2, 1), (0xA7DC, 1, 1, -42561), (0xA7F5, 1, 1, 1), (0xFF21, 26, 1, 32), (0x10400, 40, 1, 40), (0x104B0, 36, 1, 40),
    (0x10570, 11, 1, 39), (0x1057C, 15, 1, 39), (0x1058C, 7, 1, 39), (0x10594, 2, 1, 39), (0x10C80, 51, 1, 64), (0x10D50, 22, 1, 32),
    (0x118A0, 32, 1, 32), (0x16E40, 32, 1, 32), (0x16EA0, 25, 1, 27), (0x1E900, 34, 1, 34),
];

/// Characters whose lower case is several characters: one per line, the character and then
/// its lower case.
const SPECIAL: &str = "\u{130}\u{69}\u{307}";

/// What Final_Sigma needs to know of each character, as runs from U+0000 on: each run one
/// LEB128 number, `length * 4 + class`, class 0 for neither, 1 for Case_Ignorable, 2 for Cased
/// and not Case_Ignorable (whether a Case_Ignorable character is also Cased never matters).
const SIGMA_CLASSES: &[u8] = b"\
    \x9c\x01\x05\x18\x05\x2c\x05\x18\x6a\x0c\x05\x04\x05\x6a\xb4\x01\x05\x04\x06\x08\x05\x04\x05\x10\
    \x05\x06\x04\x09\x04\x06\x14\x5e\x04\x7e\x04\x8e\x06\x04\x12\x10\xc2\x06\x08\x6a\x81\x06\x12\x09\
    \x0a\x08\x05\x0e\x04\x06\x10\x09\x06\x05\x0e\x04\x06\x04\x52\x04\xce\x02\x04\xae\x04\x04\x1d\x9a\
    \x05\x04\x9a\x01\x08\x05\x14\x05\xa6\x01\x20\xb5\x01\x04\x05\x04\x09\x04\x09\x04\x05\xb0\x01\x05\
    \x2c\x19\x28\x2d\x04\x05\x8c\x01\x05\x28\x55\x40\x05\x94\x03\x21\x04\x29\x04\x11\x84\x01\x05\x04\
    \x05\x78\x6d\xec\x02\x2d\xe8\x01\x2d\x10\x05\x08\x05\x60\x61\xac\x01\x0d\xb0\x01\x05\x1c\x09\x14\
    \x25\xa4\x01\xe9\x01\xdc\x01\x05\x04\x05\x10\x21\x10\x05\x0c\x1d\x28\x09\x34\x05\x3c\x05\xe8\x01\
    \x05\x10\x11\x20\x05\x50\x09\x68\x05\x08\x09\xe4\x01\x05\x10\x09\x10\x09\x08\x0d\x0c\x05\x78\x09\
    \x0c\x05\x2c\x09\xe4\x01\x05\x10\x15\x04\x09\x10\x05\x50\x09\x58\x19\x04\x05\xe8\x01\x05\x08\x05\
    \x04\x11\x20\x05\x1c\x09\x2c\x09\x78\x05\xf4\x01\x05\x30\x05\xc8\x01\x05\x0c\x05\xdc\x01\x05\x04\
    \x0d\x14\x0d\x04\x11\x1c\x09\x2c\x09\x74\x05\xe8\x01\x05\x08\x05\x18\x05\x14\x09\x50\x09\x70\x09\
    \xe4\x01\x09\x10\x11\x20\x05\x50\x09\x74\x05\xa0\x02\x05\x1c\x0d\x04\x05\xe8\x02\x05\x08\x1d\x2c\
    \x25\x88\x03\x05\x08\x25\x24\x05\x04\x1d\xa4\x02\x09\x6c\x05\x04\x05\x04\x05\xdc\x01\x39\x04\x15\
    \x04\x09\x14\x2d\x04\x91\x01\x24\x05\x98\x03\x11\x04\x19\x04\x09\x08\x09\x64\x09\x10\x0d\x40\x11\
    \x34\x05\x08\x09\x18\x05\x3c\x05\x08\x9a\x01\x04\x06\x14\x06\x08\xae\x01\x04\x05\x0e\xf4\x12\x0d\
    \x80\x02\xda\x02\x08\x1a\xd0\x18\x0d\x74\x09\x78\x09\x78\x09\x80\x02\x09\x04\x1d\x20\x05\x08\x2d\
    \x0c\x05\x14\x05\xb4\x01\x15\xcc\x01\x05\x84\x02\x09\x88\x01\x05\xd8\x03\x0d\x10\x09\x24\x05\x18\
    \x0d\xec\x06\x09\x08\x05\xe8\x01\x05\x04\x1d\x04\x05\x04\x05\x08\x21\x18\x29\x08\x05\x9c\x01\x05\
    \x20\xb9\x01\x08\x31\x50\x11\xc0\x01\x05\x04\x15\x04\x05\x14\x05\xa0\x01\x25\x30\x09\x80\x01\x11\
    \x08\x09\x04\x0d\xe0\x01\x05\x04\x09\x0c\x05\x04\x0d\xe8\x01\x21\x08\x09\x80\x02\x19\x08\x2e\x14\
    \xae\x01\x08\x0e\x40\x0d\x04\x35\x04\x1d\x10\x05\x18\x05\x0c\x09\x18\xb2\x01\xfd\x01\x36\x05\x8a\
    \x01\x95\x03\xda\x08\x08\x1a\x08\x9a\x01\x08\x1a\x08\x22\x04\x06\x04\x06\x04\x06\x04\x7e\x08\xd6\
    \x01\x04\x1e\x05\x06\x0d\x0e\x04\x1e\x0d\x12\x08\x1a\x04\x0d\x36\x0d\x08\x0e\x04\x1e\x09\x30\x15\
    \x20\x09\x28\x05\x08\x05\x08\x15\xc4\x01\x15\x04\x29\x04\x05\x34\x05\x40\x35\xcc\x01\x85\x01\x44\
    \x06\x10\x06\x08\x2a\x04\x06\x0c\x16\x18\x06\x04\x06\x04\x06\x04\x12\x04\x1a\x10\x06\x08\x12\x14\
    \x16\x10\x06\x44\x82\x01\x0c\x0a\xc4\x19\xd2\x01\xd8\x38\xf2\x03\x09\x9e\x03\x18\x12\x0d\x0a\x30\
    \x9a\x01\x04\x06\x14\x06\x84\x02\x05\x3c\x05\x80\x03\x81\x01\xbc\x01\x05\xd4\x0e\x05\x90\x01\x11\
    \x0c\x15\x14\x05\xf4\x02\x19\xf4\x02\x0d\xd8\xf8\x06\x05\x88\x27\x19\xb8\x08\x05\xcc\x01\xba\x01\
    \x04\x11\x04\x29\x04\x05\x72\x11\xc0\x02\x09\x38\x89\x01\xba\x02\x05\x5e\x0d\x12\x04\xb6\x02\x50\
    \x11\x0a\x04\x09\x06\x1c\x05\x0c\x05\x10\x05\x64\x09\x14\x05\xdc\x04\x09\x68\x49\x34\x05\x98\x01\
    \x21\x64\x2d\xb8\x01\x0d\xc0\x01\x05\x08\x11\x08\x09\x44\x05\x54\x09\x88\x02\x19\x08\x09\x08\x09\
    \x30\x05\x20\x05\x8c\x01\x05\x2c\x05\xcc\x01\x05\x04\x0d\x08\x09\x14\x09\x04\x05\x6c\x05\x38\x09\
    \x14\x09\x04\x05\xe4\x01\xae\x01\x15\x26\x0d\x10\xc2\x02\x94\x01\x05\x08\x05\x10\x05\xc8\xf8\x04\
    \x1e\x30\x16\x18\x05\xcc\x04\x45\xf4\x11\x41\x0c\x05\x30\x41\x88\x01\x05\x08\x05\xa4\x05\x05\x1c\
    \x05\x18\x05\x2c\x05\x18\x6a\x0c\x05\x04\x05\x6a\x54\x05\xb4\x01\x09\x8c\x02\x05\x54\x0d\x84\x10\
    \x05\x88\x07\x05\xd4\x04\x15\x94\x04\xc2\x02\x80\x03\x92\x01\x10\x92\x01\xd0\x03\x2e\x04\x3e\x04\
    \x1e\x04\x0a\x04\x2e\x04\x3e\x04\x1e\x04\x0a\x8c\x0e\x19\x04\xa9\x01\x04\x25\x98\x12\x0d\x04\x09\
    \x14\x11\xa0\x01\x0d\x10\x05\x94\x05\x09\xe4\x0c\xce\x01\x34\xce\x01\xc4\x01\x11\x98\x01\x05\x04\
    \x5a\x0c\x15\x04\x05\x5a\x94\x09\x09\x60\x05\xd0\x01\x19\x98\x02\x2d\xc4\x01\x11\xec\x03\x05\xd8\
    \x01\x3d\xa4\x01\x05\x08\x09\x28\x0d\xc4\x01\x11\x08\x09\x08\x05\x10\x05\x28\x05\xc8\x01\x0d\x90\
    \x01\x15\x04\x21\xf8\x01\x05\x30\x09\xd0\x01\x25\x28\x11\x08\x05\xfc\x02\x0d\x08\x05\x04\x09\x18\
    \x05\x08\x05\xf4\x04\x05\x0c\x21\x54\x09\xe4\x01\x09\x0c\x05\x94\x01\x1d\x0c\x15\x98\x02\x19\x34\
    \x05\x04\x05\x04\x05\x38\x09\xd4\x02\x21\x08\x0d\x04\x05\x5c\x05\xd0\x02\x19\x04\x05\x10\x09\x04\
    \x09\xb8\x07\x11\x18\x09\x04\x09\x6c\x09\xd4\x02\x21\x08\x05\x04\x09\xa8\x03\x05\x04\x05\x08\x19\
    \x04\x05\x94\x03\x05\x04\x05\x08\x11\x04\x15\x8c\x08\x25\x04\x09\x94\x03\x82\x02\xec\x02\x09\x04\
    \x05\x10\x05\xc0\x04\x11\x08\x09\x10\x05\x80\x01\x29\xa0\x01\x19\x08\x11\x20\x05\x24\x19\x08\x0d\
    \xb8\x01\x35\x04\x09\x98\x06\x05\x04\x0d\x04\x05\xa4\x06\x1d\x04\x19\x04\x05\xc8\x02\x59\x08\x1d\
    \x04\x09\x04\x09\xe8\x03\x19\x0c\x05\x04\x09\x04\x1d\x04\x05\xa0\x02\x09\x0c\x05\x04\x05\x84\x02\
    \x05\xe4\x08\x09\x2c\x09\xd0\x01\x15\x14\x05\x04\x05\x5c\x05\xd4\xa6\x01\x45\x18\x3d\xa0\xe6\x02\
    \x31\x0c\x0d\x80\x4e\x15\xec\x01\x1d\x24\x11\xf0\x0f\x0d\xa0\x01\x09\xcc\x06\x82\x02\x80\x01\x66\
    \x08\x66\xec\x03\x05\xfc\x01\x45\x80\x02\x09\x04\x09\x34\x09\xf0\xff\x03\x11\x04\x1d\x04\x09\xf8\
    \x64\x09\x04\x11\xf0\x92\x01\xb9\x01\x08\x5d\x80\x11\x0d\x24\x41\x08\x1d\x78\x11\xd0\x04\x0d\xec\
    \x0d\xd6\x02\x04\x9e\x02\x04\x0a\x08\x06\x08\x0a\x08\x12\x04\x32\x04\x06\x04\x1e\x04\x86\x02\x04\
    \x12\x08\x22\x04\x1e\x04\x72\x04\x12\x04\x16\x04\x06\x0c\x1e\x04\xd2\x0a\x08\x66\x04\x66\x04\x7e\
    \x04\x66\x04\x7e\x04\x66\x04\x7e\x04\x66\x04\x7e\x04\x66\x04\x22\xd0\x11\xdd\x01\x10\xc9\x01\x20\
    \x05\x38\x05\x58\x15\x04\x3d\xc0\x22\x2a\x04\x52\x18\x1a\xd4\x06\x1d\x04\x45\x08\x1d\x04\x09\x04\
    \x15\x14\xf9\x01\x84\x01\x05\x80\x05\x39\xc0\x0b\x05\xf4\x01\x11\xec\x0f\x15\xf8\x07\x09\xcc\x07\
    \x05\x08\x05\x1c\x09\x14\x05\x24\x05\xc0\x0e\x1d\xa4\x01\x92\x02\x21\x90\x3f\x6a\x18\x6a\x18\x6a\
    \xc4\x13\x15\x84\xe0\xc0\x01\x05\x78\x81\x03\x80\x04\xc1\x07\xc0\xf0\x2f";

/// Append the lower case of `c` to `out` (what `out.extend(c.to_lowercase())` appends).
pub fn push_lower(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    let n = c as u32;
    let i = RUNS.partition_point(|r| r.0 <= n);
    if i > 0 {
        let (first, count, step, delta) = RUNS[i - 1];
        let k = n - first;
        if k % step as u32 == 0 && k / (step as u32) < count as u32 {
            if let Some(l) = char::from_u32(n.wrapping_add_signed(delta)) {
                out.push(l);
                return;
            }
        }
    }
    if let Some(line) = SPECIAL.split('\n').find(|l| l.starts_with(c)) {
        out.push_str(&line[c.len_utf8()..]);
        return;
    }
    out.push(c);
}

/// The lower case of `s`: what `s.to_lowercase()` gives.
pub fn lower(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        if c == 'Σ' {
            let word_final = ignorable_then_cased(s[..i].chars().rev()) && !ignorable_then_cased(s[i + 2..].chars());
            out.push(if word_final { 'ς' } else { 'σ' });
        } else {
            push_lower(c, &mut out);
        }
    }
    out
}

/// Final_Sigma's test on one side of the sigma: past the Case_Ignorable characters, a Cased one.
fn ignorable_then_cased(mut chars: impl Iterator<Item = char>) -> bool {
    chars.find_map(|c| match sigma_class(c) {
        1 => None,
        k => Some(k == 2),
    }) == Some(true)
}

fn sigma_class(c: char) -> u32 {
    let (mut at, mut v, mut shift) = (0u32, 0u32, 0);
    for &b in SIGMA_CLASSES {
        v |= ((b & 0x7F) as u32) << shift;
        shift += 7;
        if b & 0x80 == 0 {
            at += v >> 2;
            if (c as u32) < at {
                return v & 3;
            }
            v = 0;
            shift = 0;
        }
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tests::{case_runs, case_source, chars};

    /// Whether the 'Σ' after the first character of `s` lower-cases to the final form on this
    /// toolchain.
    fn final_sigma(s: &str) -> bool {
        s.to_lowercase().chars().nth(1) == Some('ς')
    }

    /// The class of `c` for Final_Sigma, probed from `str::to_lowercase`: with A (Cased) before,
    /// "AΣcA" is final when `c` is neither Case_Ignorable nor Cased, "AΣc" is final unless `c`
    /// is Cased and not Case_Ignorable.
    fn probed_class(c: char) -> u32 {
        if final_sigma(&format!("AΣ{c}A")) {
            0
        } else if !final_sigma(&format!("AΣ{c}")) {
            2
        } else {
            1
        }
    }

    /// The tables this toolchain gives, as Rust source.
    #[allow(clippy::type_complexity)] // a test helper's one-off tuple: (runs, special cases, classes)
    fn generated() -> (Vec<(u32, u8, u8, i32)>, String, Vec<u8>) {
        let (runs, special) = case_runs(chars().filter(|c| !c.is_ascii()), |c| c.to_lowercase().collect());
        let mut classes = Vec::new();
        let mut push = |len: u32, class: u32| {
            let mut v = len * 4 + class;
            loop {
                let b = (v & 0x7F) as u8;
                v >>= 7;
                if v == 0 {
                    classes.push(b);
                    break;
                }
                classes.push(b | 0x80);
            }
        };
        let (mut class, mut len) = (probed_class('\0'), 0u32);
        for n in 0..=0x10FFFFu32 {
            // surrogates are no characters: they continue the run around them
            let k = char::from_u32(n).map_or(class, probed_class);
            if k != class {
                push(len, class);
                class = k;
                len = 0;
            }
            len += 1;
        }
        push(len, class);
        (runs, special, classes)
    }

    #[test]
    fn tables_are_the_toolchains() {
        let (runs, special, classes) = generated();
        if runs != RUNS || special != SPECIAL || classes != SIGMA_CLASSES {
            let mut src = case_source(&runs, &special);
            src.push_str("\nconst SIGMA_CLASSES: &[u8] = b\"");
            for (i, b) in classes.iter().enumerate() {
                if i % 24 == 0 {
                    src.push_str("\\\n    ");
                }
                src.push_str(&format!("\\x{b:02x}"));
            }
            src.push_str("\";\n");
            panic!("the lower-case tables differ from this toolchain's to_lowercase; replace them with:\n{src}");
        }
    }

    #[test]
    fn every_character_as_to_lowercase() {
        for c in chars() {
            let mut got = String::new();
            push_lower(c, &mut got);
            assert_eq!(got, c.to_lowercase().collect::<String>(), "U+{:04X}", c as u32);
        }
    }

    /// Final_Sigma next to every character, on either side and past a Case_Ignorable one.
    #[test]
    fn every_character_around_a_sigma() {
        for c in chars() {
            for s in [
                format!("AΣ{c}"),
                format!("AΣ{c}A"),
                format!("{c}Σ"),
                format!("{c}Σ."),
                format!("A'{c}Σ"),
                format!("A{c}'Σ b"),
            ] {
                assert_eq!(lower(&s), s.to_lowercase(), "{s:?}");
            }
        }
    }

    #[test]
    fn greek_words_and_mixed_text() {
        for s in ["ΟΔΥΣΣΕΥΣ", "ΣΑΣ ΛΕΩ: ΟΧΙ.", "Σ", "ΑΣ'", "ΑΣ\u{301}Β", "İstanbul ǅemal ΑΘΗΝΑΣ.", "Straße ẞ ΚΑΛΗΜΕΡΑ"]
        {
            assert_eq!(lower(s), s.to_lowercase(), "{s:?}");
        }
        assert_eq!(lower("ΟΔΥΣΣΕΥΣ ΚΑΙ Σ"), "οδυσσευς και σ");
    }

    /// Wasm size: one call of `to_lowercase` anywhere in the core links core's 11.7 KB table again.
    #[test]
    fn nothing_else_calls_to_lowercase() {
        fn walk(dir: &std::path::Path, found: &mut Vec<String>) {
            for e in std::fs::read_dir(dir).unwrap() {
                let p = e.unwrap().path();
                if p.is_dir() {
                    walk(&p, found);
                } else if p.extension().is_some_and(|x| x == "rs")
                    && !p.ends_with("text/lower.rs")
                    && !p.ends_with("bin/nutshell.rs")
                {
                    let src = std::fs::read_to_string(&p).unwrap();
                    if src.contains(".to_lowercase(") || src.contains("char::to_lowercase") {
                        found.push(p.display().to_string());
                    }
                }
            }
        }
        let mut found = Vec::new();
        walk(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut found);
        assert!(found.is_empty(), "use text::lower instead of to_lowercase in {found:?}");
    }
}
