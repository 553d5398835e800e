//! Merge a day and a time of day into one expression, as TimeML annotates them: "Monday
//! night", "yesterday afternoon", "10 p.m. Wednesday", "noon Thursday", "5 p.m. EST, Nov. 6",
//! "gestern Abend", "hier soir", "el lunes por la noche"; and a year with its quarter or half
//! ("this year's third quarter").

use super::Placed;
use crate::time::parsers::{Cx, Sem};

fn time_part(s: &Sem) -> bool {
    matches!(s, Sem::Clock { base: None, .. } | Sem::Part { base: None, .. })
}

fn with_base(s: &Sem, base: &Sem) -> Sem {
    match s {
        Sem::Clock { h, m, .. } => Sem::Clock { h: *h, m: *m, base: Some(Box::new(base.clone())) },
        Sem::Part { pod, .. } => Sem::Part { pod, base: Some(Box::new(base.clone())) },
        other => other.clone(),
    }
}

/// Gap tokens allowed between the two halves.
fn gap(cx: &Cx, a: usize, b: usize, time_first: bool) -> bool {
    if a == b {
        return true;
    }
    let words: Vec<&str> = (a..b).map(|k| cx.low(k)).collect();
    if time_first {
        return matches!(words.as_slice(), [","] | ["on"]);
    }
    if words == [","] {
        return false;
    }
    let joined = words.join(" ");
    cx.loc.part_links.contains(&joined.as_str())
}

pub fn merge(cx: &Cx, v: Vec<Placed>) -> Vec<Placed> {
    let mut out: Vec<Placed> = Vec::with_capacity(v.len());
    for p in v {
        if let Some(last) = out.last_mut() {
            let (x, y) = (&last.m.sem, &p.m.sem);
            if x.is_day() && time_part(y) && gap(cx, last.b, p.a, false) {
                last.m.sem = with_base(y, x);
                last.b = p.b;
                continue;
            }
            // "this year's third quarter", "next year's first half": the quarter in that year
            if let (
                Sem::Rel { unit: crate::time::locale::Unit::Year, n, story: false },
                Sem::Quarter { q, y: None, rel: None } | Sem::Half { h: q, y: None, rel: None },
            ) = (x, y)
            {
                if *q > 0 && p.a == last.b + 2 && cx.low(last.b + 1) == "s" && matches!(cx.low(last.b), "'" | "’") {
                    last.m.sem = match y {
                        Sem::Quarter { .. } => Sem::Quarter { q: *q, y: None, rel: Some(*n) },
                        _ => Sem::Half { h: *q, y: None, rel: Some(*n) },
                    };
                    last.b = p.b;
                    continue;
                }
            }
            if time_part(x) && y.is_day() && gap(cx, last.b, p.a, true) {
                last.m.sem = with_base(x, y);
                last.b = p.b;
                continue;
            }
        }
        out.push(p);
    }
    out
}
