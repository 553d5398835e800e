//! Character references left in metadata strings: `&#8217;`, `&#x2019;`, `&rsquo;`, `&amp;`.
//!
//! The HTML parser (html5ever natively, the browser's in wasm) decodes references once, in text
//! and attributes; JSON-LD is raw script text, never decoded, and many sites escape twice
//! (WordPress writes `&amp;#8217;` into `og:title`, `&#8217;` into a JSON-LD `headline`). Owns
//! decoding those, repeatedly, for the strings metadata hands the reader. The named table is
//! packed data: Latin-1 by code point order plus the typographic marks pages use, not the
//! 2,231 names of the full HTML table (a name outside it is left as written).

use std::borrow::Cow;

/// Names of U+00A0..=U+00FF, in code point order.
const LATIN1: &str = "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg \
    plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute \
    Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve \
    Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc \
    atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute \
    ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml";

/// Other names, each followed by its code point in hex.
const OTHER: &str = "quot 22 amp 26 apos 27 lt 3c gt 3e OElig 152 oelig 153 Scaron 160 scaron 161 Yuml 178 \
    fnof 192 circ 2c6 tilde 2dc ensp 2002 emsp 2003 thinsp 2009 zwnj 200c zwj 200d lrm 200e rlm 200f \
    ndash 2013 mdash 2014 lsquo 2018 rsquo 2019 sbquo 201a ldquo 201c rdquo 201d bdquo 201e dagger 2020 \
    Dagger 2021 bull 2022 hellip 2026 permil 2030 prime 2032 Prime 2033 lsaquo 2039 rsaquo 203a euro 20ac \
    trade 2122 larr 2190 rarr 2192 minus 2212 hyphen 2010 nbhy 2011 horbar 2015 numsp 2007 puncsp 2008";

/// What numeric references 128..=159 mean (the HTML standard reads them as Windows-1252).
const CP1252: [u16; 32] = [
    0x20AC, 0x81, 0x201A, 0x192, 0x201E, 0x2026, 0x2020, 0x2021, 0x2C6, 0x2030, 0x160, 0x2039, 0x152, 0x8D, 0x17D,
    0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x2DC, 0x2122, 0x161, 0x203A, 0x153, 0x9D,
    0x17E, 0x178,
];

fn named(name: &str) -> Option<char> {
    if let Some(k) = LATIN1.split_whitespace().position(|n| n == name) {
        return char::from_u32(0xA0 + k as u32);
    }
    let mut it = OTHER.split_whitespace();
    while let (Some(n), Some(hex)) = (it.next(), it.next()) {
        if n == name {
            return u32::from_str_radix(hex, 16).ok().and_then(char::from_u32);
        }
    }
    None
}

fn numeric(digits: &str, radix: u32) -> Option<char> {
    if digits.is_empty() || digits.len() > 8 {
        return None;
    }
    let n = u32::from_str_radix(digits, radix).ok()?;
    Some(match n {
        0 => '\u{FFFD}',
        0x80..=0x9F => char::from_u32(CP1252[(n - 0x80) as usize] as u32).unwrap_or('\u{FFFD}'),
        _ => char::from_u32(n).unwrap_or('\u{FFFD}'),
    })
}

/// One pass: every complete reference (`&name;`, `&#N;`, `&#xH;`) replaced, the rest kept.
fn once(s: &str) -> Cow<'_, str> {
    if !s.contains('&') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        // The reference runs to the first ';' within a name's length.
        let semi = rest[1..]
            .char_indices()
            .take(33)
            .find(|&(_, c)| c == ';' || c == '&' || c.is_whitespace())
            .filter(|&(_, c)| c == ';');
        let decoded = semi.and_then(|(k, _)| {
            let body = &rest[1..1 + k];
            let c = if let Some(num) = body.strip_prefix('#') {
                match num.strip_prefix(['x', 'X']) {
                    Some(hex) => numeric(hex, 16),
                    None => numeric(num, 10),
                }
            } else if body.chars().all(|c| c.is_ascii_alphanumeric()) {
                named(body)
            } else {
                None
            };
            c.map(|c| (c, k + 2))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// Decode character references, again while a pass still finds some (text escaped twice or
/// three times), at most three passes.
pub fn decode(s: &str) -> String {
    let mut cur = s.to_string();
    for _ in 0..3 {
        match once(&cur) {
            Cow::Owned(next) if next != cur => cur = next,
            _ => break,
        }
    }
    cur
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numeric_named_and_double_escaped() {
        assert_eq!(decode("Bernard Arnault&#8217;s LVMH"), "Bernard Arnault’s LVMH");
        assert_eq!(decode("Olive &#038; Herb Focaccia"), "Olive & Herb Focaccia");
        assert_eq!(decode("It&amp;#8217;s &amp;ndash; done"), "It’s – done");
        assert_eq!(decode("&#x2018;Pale Blue Dot&#X2019;"), "‘Pale Blue Dot’");
        assert_eq!(decode("Caf&eacute; &Eacute;t&eacute; &hellip; &nbsp;x"), "Café Été … \u{a0}x");
        assert_eq!(decode("&#146;90s"), "’90s");
        assert_eq!(decode("&amp;amp;amp;amp;"), "&amp;");
    }

    #[test]
    fn what_is_not_a_reference_stays() {
        for s in
            ["AT&T", "Q&A; then", "fish & chips", "&unknownname;", "&#;", "&#xZZ;", "a &b c;", "&", "x&#99999999999;"]
        {
            assert_eq!(decode(s), s);
        }
        assert_eq!(decode("&#0;"), "\u{FFFD}");
    }

    #[test]
    fn tables_are_whole() {
        assert_eq!(LATIN1.split_whitespace().count(), 96);
        assert_eq!(named("yuml"), Some('ÿ'));
        assert_eq!(named("times"), Some('×'));
        assert_eq!(OTHER.split_whitespace().count() % 2, 0);
        assert_eq!(named("rsquo"), Some('’'));
        assert_eq!(named("Rsquo"), None);
    }
}
