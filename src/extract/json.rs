//! A small, forgiving JSON reader for the JSON-LD blocks of a page (`<script
//! type="application/ld+json">`).
//!
//! Owns only what metadata needs: values, objects, arrays, strings with escapes. It tolerates
//! what pages ship (raw line breaks in strings, HTML comment or CDATA wrappers, a trailing
//! semicolon), caps nesting depth, and is linear in the input. serde_json would do the same in
//! the native build but costs bytes in the wasm bundle, where this runs on the live DOM.

/// A JSON value. Numbers are kept as their source text.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Num(String),
    Str(String),
    Arr(Vec<Value>),
    Obj(Vec<(String, Value)>),
}

/// Deepest nesting read; deeper input is refused (no stack growth on hostile input).
const MAX_DEPTH: usize = 48;

impl Value {
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Obj(kv) => kv.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }
    /// The value as text: a string, or the `name` / `@value` / `url` of an object, or the first
    /// of an array that gives one.
    pub fn text(&self) -> Option<String> {
        match self {
            Value::Str(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
            Value::Num(n) => Some(n.clone()),
            Value::Obj(_) => ["name", "@value", "url"].iter().find_map(|k| self.get(k).and_then(Value::text)),
            Value::Arr(a) => a.iter().find_map(Value::text),
            _ => None,
        }
    }
}

struct Reader<'a> {
    s: &'a [u8],
    i: usize,
}

impl Reader<'_> {
    fn ws(&mut self) {
        while self.i < self.s.len() && self.s[self.i].is_ascii_whitespace() {
            self.i += 1;
        }
    }

    fn value(&mut self, depth: usize) -> Option<Value> {
        if depth > MAX_DEPTH {
            return None;
        }
        self.ws();
        match *self.s.get(self.i)? {
            b'{' => {
                self.i += 1;
                let mut kv = Vec::new();
                loop {
                    self.ws();
                    match *self.s.get(self.i)? {
                        b'}' => {
                            self.i += 1;
                            return Some(Value::Obj(kv));
                        }
                        b',' => self.i += 1,
                        b'"' => {
                            let k = self.string()?;
                            self.ws();
                            if self.s.get(self.i) != Some(&b':') {
                                return None;
                            }
                            self.i += 1;
                            let v = self.value(depth + 1)?;
                            kv.push((k, v));
                        }
                        _ => return None,
                    }
                }
            }
            b'[' => {
                self.i += 1;
                let mut a = Vec::new();
                loop {
                    self.ws();
                    match *self.s.get(self.i)? {
                        b']' => {
                            self.i += 1;
                            return Some(Value::Arr(a));
                        }
                        b',' => self.i += 1,
                        _ => a.push(self.value(depth + 1)?),
                    }
                }
            }
            b'"' => self.string().map(Value::Str),
            _ => {
                let start = self.i;
                while self.i < self.s.len()
                    && !matches!(self.s[self.i], b',' | b'}' | b']' | b' ' | b'\n' | b'\r' | b'\t')
                {
                    self.i += 1;
                }
                let word = std::str::from_utf8(&self.s[start..self.i]).ok()?;
                match word {
                    "null" => Some(Value::Null),
                    "true" => Some(Value::Bool(true)),
                    "false" => Some(Value::Bool(false)),
                    w if !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit() || b"+-.eE".contains(&b)) => {
                        Some(Value::Num(w.to_string()))
                    }
                    _ => None,
                }
            }
        }
    }

    fn string(&mut self) -> Option<String> {
        self.i += 1; // opening quote
        let mut out: Vec<u8> = Vec::new();
        loop {
            let b = *self.s.get(self.i)?;
            self.i += 1;
            match b {
                b'"' => return String::from_utf8(out).ok(),
                b'\\' => {
                    let e = *self.s.get(self.i)?;
                    self.i += 1;
                    match e {
                        b'n' => out.push(b'\n'),
                        b't' => out.push(b'\t'),
                        b'r' => out.push(b'\r'),
                        b'b' | b'f' => out.push(b' '),
                        b'u' => {
                            let mut c = self.hex4()?;
                            if (0xD800..0xDC00).contains(&c)
                                && self.s.get(self.i) == Some(&b'\\')
                                && self.s.get(self.i + 1) == Some(&b'u')
                            {
                                self.i += 2;
                                let lo = self.hex4()?;
                                c = 0x10000 + ((c - 0xD800) << 10) + (lo.wrapping_sub(0xDC00) & 0x3FF);
                            }
                            let ch = char::from_u32(c).unwrap_or('\u{FFFD}');
                            let mut buf = [0u8; 4];
                            out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                        }
                        other => out.push(other),
                    }
                }
                _ => out.push(b),
            }
        }
    }

    fn hex4(&mut self) -> Option<u32> {
        let h = std::str::from_utf8(self.s.get(self.i..self.i + 4)?).ok()?;
        self.i += 4;
        u32::from_str_radix(h, 16).ok()
    }
}

/// Parse one JSON-LD block. `None` when it is not JSON this reader accepts.
pub fn parse(src: &str) -> Option<Value> {
    let mut t = src.trim();
    for wrap in ["<!--", "//<![CDATA[", "<![CDATA["] {
        t = t.strip_prefix(wrap).unwrap_or(t).trim();
    }
    for wrap in ["-->", "//]]>", "]]>", ";"] {
        t = t.strip_suffix(wrap).unwrap_or(t).trim();
    }
    let mut r = Reader { s: t.as_bytes(), i: 0 };
    r.value(0)
}

/// Every object in the value, breadth first, without recursion (a queue kept as a list and a
/// read position).
pub fn objects(v: &Value) -> Vec<&Value> {
    let mut queue = vec![v];
    let mut k = 0;
    while let Some(&x) = queue.get(k) {
        k += 1;
        match x {
            Value::Obj(kv) => queue.extend(kv.iter().map(|(_, v)| v)),
            Value::Arr(a) => queue.extend(a.iter()),
            _ => {}
        }
    }
    queue.retain(|x| matches!(x, Value::Obj(_)));
    queue
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_pages_ship() {
        let v = parse("<!-- {\"@type\": [\"NewsArticle\"], \"headline\": \"Caf\\u00e9 \\\"x\\\"\",\n \"author\": {\"name\": \"Jane\"}, \"n\": 3, \"body\": \"line\nbreak\"}; -->").unwrap();
        assert_eq!(v.get("headline").and_then(Value::as_str), Some("Café \"x\""));
        assert_eq!(v.get("author").and_then(Value::text).as_deref(), Some("Jane"));
        assert_eq!(objects(&v).len(), 2);
        assert!(parse("{\"a\": ").is_none());
        let deep = "[".repeat(100_000);
        assert!(parse(&deep).is_none());
    }
}
