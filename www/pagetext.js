// Reading an article out of a live page and highlighting sentences in it. Each exported
// function is self-contained (no imports, no closures over module state), because the extension
// hands them to `chrome.scripting.executeScript({ func })`, which serializes the function's
// source into the page's isolated world; the widget calls the same functions directly.
// State between calls (the text nodes the offsets index) lives on `globalThis.__nutshellPage`
// of that world. Nothing here writes markup into the page: highlights use the CSS Custom
// Highlight API (ranges styled by `::highlight(...)`), so the page's DOM is never changed.

/**
 * The readable text of `root` (a selector, an element, or the page's article when null),
 * with block boundaries as line breaks; returns `{ text, title, url, root }`. Remembers which
 * text node each character came from, so later calls can turn offsets back into DOM ranges.
 */
export function readArticle(rootSpec = null) {
  // The page's own statement of its publication date (YYYY-MM-DD), or "": metadata first, then
  // a <time datetime> in the article's header or byline (not one in the story's text).
  const publishedDate = (doc, root) => {
    const day = (v) => (/^\d{4}-\d{2}-\d{2}/.exec(String(v ?? "").trim()) ?? [""])[0];
    const metas = ['meta[property="article:published_time"]', 'meta[name="article:published_time"]',
      'meta[itemprop="datePublished"]', 'meta[name="date"]', 'meta[name="pubdate"]', 'meta[name="DC.date.issued"]'];
    for (const sel of metas) {
      const d = day(doc.querySelector(sel)?.getAttribute("content"));
      if (d) return d;
    }
    const scope = root.contains(doc.querySelector("h1")) ? root : doc;
    for (const t of scope.querySelectorAll('[itemprop="datePublished"], time[pubdate], time[datetime]')) {
      const d = day(t.getAttribute("datetime") ?? t.getAttribute("content"));
      if (!d) continue;
      if (t.matches('[itemprop="datePublished"], time[pubdate]') || t.closest('header, [class*="byline"], [class*="dateline"], [class*="meta"], [class*="publish"]')) return d;
    }
    return "";
  };
  const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "CANVAS", "IFRAME", "OBJECT",
    "BUTTON", "SELECT", "TEXTAREA", "INPUT", "NAV", "FORM", "DIALOG", "NUTSHELL-SUMMARY"]);
  const PAGE_CHROME = new Set(["FOOTER", "ASIDE"]);
  const BLOCK = /^(P|DIV|H[1-6]|LI|UL|OL|DL|DT|DD|BLOCKQUOTE|PRE|SECTION|ARTICLE|MAIN|HEADER|FOOTER|FIGURE|FIGCAPTION|TABLE|TR|TD|TH|CAPTION|HR|BR|ADDRESS|DETAILS|SUMMARY)$/;
  const PARA = /^(P|H[1-6]|LI|BLOCKQUOTE|PRE|FIGCAPTION|TR|DT|DD|HR|TABLE|UL|OL|SECTION|ARTICLE)$/;
  const doc = document;
  let root = null;
  if (rootSpec instanceof Element) root = rootSpec;
  else if (typeof rootSpec === "string" && rootSpec) root = doc.querySelector(rootSpec);
  if (!root) {
    const candidates = [...doc.querySelectorAll("article, main, [role=main], [itemprop=articleBody]")];
    const pText = (el) => [...el.querySelectorAll("p")].reduce((n, p) => n + p.textContent.length, 0);
    candidates.sort((a, b) => pText(b) - pText(a));
    root = candidates[0] && pText(candidates[0]) > 200 ? candidates[0] : null;
    if (!root) {
      // The element holding the most paragraph text directly.
      let best = null;
      let bestLen = 0;
      const parents = new Map();
      for (const p of doc.querySelectorAll("p")) {
        const parent = p.parentElement;
        parents.set(parent, (parents.get(parent) ?? 0) + p.textContent.length);
      }
      for (const [el, n] of parents) if (n > bestLen) { best = el; bestLen = n; }
      root = best ?? doc.body;
    }
  }
  // Layout decides what is a block (a styled <span> can be one, a <div> can be inline).
  const layout = (el) => {
    if (el.hidden || el.getAttribute("aria-hidden") === "true") return "hidden";
    const cs = getComputedStyle(el);
    if (cs.display === "none" || cs.visibility === "hidden") return "hidden";
    if (cs.display === "list-item") return "para";
    if (/^(block|flex|grid|table|flow-root)/.test(cs.display)) return "block";
    return cs.display === "contents" || !el.isConnected ? null : "inline";
  };
  let text = "";
  const nodes = []; // [textStart, node] in text order
  let pending = ""; // separator owed before the next text
  const owe = (sep) => { if (text && sep.length > pending.length) pending = sep; };
  const walk = (el, top) => {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) {
        const raw = n.data;
        let piece = "";
        const map = []; // map[k]: index in raw of the k-th character kept
        let start = -1;
        for (let i = 0; i < raw.length; i++) {
          const c = raw[i];
          if (c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\f") {
            const prev = piece ? piece[piece.length - 1] : pending ? "\n" : text[text.length - 1];
            if (prev === undefined || prev === " " || prev === "\n") continue;
            if (start < 0) start = text.length;
            piece += " ";
            map.push(i);
          } else {
            if (start < 0) {
              text += pending;
              pending = "";
              start = text.length;
            }
            piece += c;
            map.push(i);
          }
        }
        if (!piece) continue;
        nodes.push({ start, node: n, map, len: piece.length });
        text += piece;
      } else if (n.nodeType === 1) {
        const tag = n.tagName.toUpperCase();
        if (SKIP.has(tag) || (!top && PAGE_CHROME.has(tag))) continue;
        const shape = layout(n);
        if (shape === "hidden") continue;
        if (tag === "BR") { owe("\n"); continue; }
        const block = shape === "block" || shape === "para" || (shape === null && BLOCK.test(tag));
        const sep = PARA.test(tag) || shape === "para" ? "\n\n" : "\n";
        if (block) owe(sep);
        walk(n, false);
        if (block) owe(sep);
      }
    }
  };
  walk(root, true);
  const h1 = doc.querySelector("h1");
  const title = (h1 && root.contains(h1) ? h1.textContent : doc.title || h1?.textContent || "").replace(/\s+/g, " ").trim();
  globalThis.__nutshellPage = { text, nodes, root };
  return { text, title, url: location.href, lang: doc.documentElement.lang || "", published: publishedDate(doc, root) };
}

/**
 * Highlight sentences `ranges` ([{start, end}] offsets into the last `readArticle` text) in the
 * page with the CSS Custom Highlight API (`::highlight(nutshell-summary)`); `active` (an index
 * into `ranges`, or -1) is also highlighted as `nutshell-active` and scrolled into view.
 * Returns how many ranges were placed.
 */
export function highlightRanges(ranges, active = -1) {
  const state = globalThis.__nutshellPage;
  if (!state || typeof CSS === "undefined" || !CSS.highlights) return 0;
  // Offsets into `text` -> (node, offset), by binary search over the node list.
  const locate = (offset, atEnd) => {
    const nodes = state.nodes;
    let lo = 0;
    let hi = nodes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (atEnd ? nodes[mid].start < offset : nodes[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    const e = nodes[lo];
    if (!e) return null;
    const k = Math.max(0, Math.min(offset - e.start, e.len));
    if (atEnd) return { node: e.node, offset: k === 0 ? 0 : e.map[k - 1] + 1 };
    return { node: e.node, offset: k >= e.len ? e.node.data.length : e.map[k] };
  };
  const made = [];
  for (const r of ranges) {
    const a = locate(r.start, false);
    const b = locate(r.end, true);
    if (!a || !b || !a.node.isConnected || !b.node.isConnected) { made.push(null); continue; }
    const range = new Range();
    try {
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, b.offset);
    } catch { made.push(null); continue; }
    made.push(range);
  }
  const placed = made.filter(Boolean);
  CSS.highlights.set("nutshell-summary", new Highlight(...placed));
  const act = made[active];
  if (act) {
    CSS.highlights.set("nutshell-active", new Highlight(act));
    const el = act.startContainer.parentElement;
    el?.scrollIntoView({ block: "center", behavior: "instant" });
  } else {
    CSS.highlights.delete("nutshell-active");
  }
  return placed.length;
}

/** The highlighted text in the page, for tests and for the side panel's status line. */
export function highlightedText() {
  const h = typeof CSS !== "undefined" && CSS.highlights?.get("nutshell-summary");
  const a = typeof CSS !== "undefined" && CSS.highlights?.get("nutshell-active");
  return { summary: h ? [...h].map((r) => r.toString()) : [], active: a ? [...a].map((r) => r.toString()) : [] };
}

/** Remove the highlights. */
export function clearHighlights() {
  if (typeof CSS !== "undefined" && CSS.highlights) {
    CSS.highlights.delete("nutshell-summary");
    CSS.highlights.delete("nutshell-active");
  }
}

/** The page's current selection as plain text (empty when nothing is selected). */
export function readSelection() {
  return String(getSelection?.() ?? "").trim();
}

/** Styles of the two highlights; inserted by the extension with `scripting.insertCSS`. */
export const HIGHLIGHT_CSS = `
::highlight(nutshell-summary) { background-color: rgba(255, 214, 10, 0.45); color: inherit; }
::highlight(nutshell-active) { background-color: rgba(255, 160, 0, 0.75); color: #000; }
`;
