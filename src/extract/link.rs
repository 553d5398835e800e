//! Page URLs (`url`, `image`): a URL a page states, resolved against the page's own address,
//! and kept only when it is `http:` or `https:`.
//!
//! Owns the one rule every URL from a page goes through before it reaches an Analysis: a
//! `javascript:`, `data:` or `vbscript:` canonical link, or a relative one with no page address
//! to resolve it against, becomes null, so no surface can turn page content into a link that
//! runs code. It does not fetch anything and is not a full URL parser: it resolves the forms
//! pages use (absolute, scheme-relative `//host/x`, root-relative `/x`, `?q`, `#f`, `x/y`
//! with `.` and `..` segments) the way browsers do, after stripping what browsers strip (tabs
//! and line breaks anywhere, control characters and spaces at the ends). A crate (`url`) would
//! do it all, at about 30 KB gzip of wasm over the budget: not worth it for two fields.

/// `raw` resolved against `base` (the page's address, itself http(s) or ignored); `None` unless
/// the result is an http(s) URL with a host.
pub fn resolve(raw: &str, base: Option<&str>) -> Option<String> {
    let s = clean(raw);
    if s.is_empty() {
        return None;
    }
    if let Some((scheme, rest)) = split_scheme(&s) {
        return absolute(&scheme, rest);
    }
    let base = base.and_then(|b| resolve(b, None))?;
    let (scheme, after) = base.split_once("://")?;
    let slashes =
        |r: &str| r.starts_with("//") || r.starts_with("\\\\") || r.starts_with("/\\") || r.starts_with("\\/");
    if slashes(&s) {
        return absolute(scheme, &s);
    }
    let host_end = after.find(['/', '?', '#']).unwrap_or(after.len());
    let origin = &base[..scheme.len() + 3 + host_end];
    let path_and_more = &after[host_end..];
    let no_fragment = &base[..base.find('#').unwrap_or(base.len())];
    if s.starts_with('#') {
        return Some(format!("{no_fragment}{s}"));
    }
    let path = &path_and_more[..path_and_more.find(['?', '#']).unwrap_or(path_and_more.len())];
    if s.starts_with('?') {
        return Some(format!("{origin}{path}{s}"));
    }
    let s = s.replace('\\', "/");
    let (target, tail) = match s.find(['?', '#']) {
        Some(i) => (&s[..i], &s[i..]),
        None => (&s[..], ""),
    };
    let joined = if target.starts_with('/') {
        target.to_string()
    } else {
        let dir = &path[..path.rfind('/').map_or(0, |i| i + 1)];
        format!("{}{target}", if dir.is_empty() { "/" } else { dir })
    };
    Some(format!("{origin}{}{tail}", remove_dots(&joined)))
}

/// What browsers strip from a URL before parsing it.
fn clean(raw: &str) -> String {
    raw.trim_matches(|c: char| c <= ' ').chars().filter(|c| !matches!(c, '\t' | '\n' | '\r')).collect()
}

/// `scheme:rest`, the scheme lower case, when `s` starts with one.
fn split_scheme(s: &str) -> Option<(String, &str)> {
    let colon = s.find(':')?;
    let scheme = &s[..colon];
    let mut chars = scheme.chars();
    let ok = chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    ok.then(|| (scheme.to_ascii_lowercase(), &s[colon + 1..]))
}

/// An absolute URL from a scheme and what follows its colon: http(s) with a host only.
fn absolute(scheme: &str, rest: &str) -> Option<String> {
    if scheme != "http" && scheme != "https" {
        return None;
    }
    let rest = rest.trim_start_matches(['/', '\\']);
    let host_end = rest.find(['/', '\\', '?', '#']).unwrap_or(rest.len());
    let host = &rest[..host_end];
    if host.is_empty() || host.contains(|c: char| c.is_whitespace() || c == '<' || c == '>') {
        return None;
    }
    let tail = &rest[host_end..];
    let tail = match tail.strip_prefix('\\') {
        Some(t) => format!("/{t}"),
        None => tail.to_string(),
    };
    Some(format!("{scheme}://{host}{tail}"))
}

/// A path with its `.` and `..` segments resolved (RFC 3986, 5.2.4).
fn remove_dots(path: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    let segments: Vec<&str> = path.split('/').collect();
    let last = segments.len() - 1;
    for (i, seg) in segments.iter().enumerate() {
        match *seg {
            "." | "%2e" | "%2E" => {
                if i == last {
                    out.push("");
                }
            }
            ".." | ".%2e" | "%2e." | "%2e%2e" | ".%2E" | "%2E." | "%2E%2E" => {
                if out.len() > 1 {
                    out.pop();
                }
                if i == last {
                    out.push("");
                }
            }
            s => out.push(s),
        }
    }
    let joined = out.join("/");
    if joined.starts_with('/') {
        joined
    } else {
        format!("/{joined}")
    }
}

#[cfg(test)]
mod tests {
    use super::resolve;

    #[test]
    fn only_http_urls_survive() {
        let base = Some("https://news.example/world/2021/story.html?x=1#top");
        for bad in [
            "javascript:alert(1)",
            " JavaScript:alert(1)",
            "java\tscript:alert(1)",
            "java\nscript:alert(1)",
            "\u{1}javascript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox",
            "file:///etc/passwd",
            "http://",
            "http://a b/",
            "",
            "   ",
        ] {
            assert_eq!(resolve(bad, base), None, "{bad:?}");
        }
        // No page address: a relative URL cannot be resolved.
        assert_eq!(resolve("/a", None), None);
        assert_eq!(resolve("/a", Some("javascript:x")), None);
    }

    #[test]
    fn relative_urls_resolve_like_a_browser() {
        let base = Some("https://news.example/world/2021/story.html?x=1#top");
        for (raw, want) in [
            ("https://cdn.example/a.jpg", "https://cdn.example/a.jpg"),
            ("HTTPS://cdn.example/a.jpg", "https://cdn.example/a.jpg"),
            ("  http://x.example/  ", "http://x.example/"),
            ("//cdn.example/a.jpg", "https://cdn.example/a.jpg"),
            ("/img/a.jpg", "https://news.example/img/a.jpg"),
            ("a.jpg", "https://news.example/world/2021/a.jpg"),
            ("./a.jpg", "https://news.example/world/2021/a.jpg"),
            ("../../a.jpg?s=2#f", "https://news.example/a.jpg?s=2#f"),
            ("../../../../a.jpg", "https://news.example/a.jpg"),
            ("?page=2", "https://news.example/world/2021/story.html?page=2"),
            ("#comments", "https://news.example/world/2021/story.html?x=1#comments"),
            ("http:\\\\evil.example\\x", "http://evil.example/x"),
        ] {
            assert_eq!(resolve(raw, base).as_deref(), Some(want), "{raw:?}");
        }
        assert_eq!(resolve("a", Some("https://h.example")).as_deref(), Some("https://h.example/a"));
    }
}
