// Reading a live page and highlighting sentences in it. The article itself is found by the
// WebAssembly core (`analyzeDom` in nutshell.js, one extractor for every surface); this file
// holds what must run inside the page. Each exported in-page function is self-contained (no
// imports, no closures over module state), because the extension hands them to
// `chrome.scripting.executeScript({ func })`, which serializes the function's source into the
// page's isolated world; the widget calls the same functions directly. State between calls (the
// text nodes that highlight pieces index) lives on `globalThis.__nutshellPage` of that world.
// Nothing here writes markup into the page: highlights use the CSS Custom Highlight API (ranges
// styled by `::highlight(...)`), so the page's DOM is never changed. The highlights' names are
// an argument (`names`, `{ summary, active }`): the widget, on a page that chose to embed it,
// uses the documented fixed names `nutshell-summary` / `nutshell-active` (the page may style
// them); the extension, on pages it does not trust, draws unguessable names once per panel
// (`highlightNames()`), so no page stylesheet can target, hide or restyle its highlights.

/**
 * A snapshot of the page for the extension: its HTML (to be parsed with `DOMParser` and read by
 * `analyzeDom` outside the page, so neither the page's CSP nor its scripts touch the core), its
 * address, and, kept in this world for `highlightPieces`, its text nodes in tree order.
 * Called with a parsed copy and `serialize = false`, it returns that copy's text nodes, numbered
 * the same way, so an index found in the copy names the same node in the page.
 * `<noscript>` content is left out of the numbering: a page with scripts holds it as one raw
 * text node, a parsed copy (scripting off) as elements.
 */
export function pageSnapshot(doc = document, serialize = true) {
  const nodes = [];
  const walker = doc.createTreeWalker(doc.documentElement ?? doc, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.parentElement?.closest("noscript")) nodes.push(n);
  }
  if (!serialize) return { nodes };
  globalThis.__nutshellPage = { nodes };
  return {
    html: doc.documentElement?.outerHTML ?? "",
    url: doc.location?.href ?? "",
    title: doc.title ?? "",
    nodes: nodes.length,
  };
}

/**
 * Highlight sentences in the page with the CSS Custom Highlight API
 * (`::highlight(nutshell-summary)`). `sentences[k]` lists a sentence's pieces
 * `{node, offset, end, text}`: `node` indexes `globalThis.__nutshellPage.nodes`, and the node's
 * data from `offset` to `end` (UTF-16) should read `text`; a piece whose node no longer says so
 * (the page changed, or the parsed copy numbered it differently) is looked for in the nodes
 * nearby, else left out. Each sentence becomes one range from its first piece to its last.
 * `active` (an index into `sentences`, or -1) is also highlighted as `nutshell-active` and
 * scrolled into view. Returns how many sentences were placed.
 */
export function highlightPieces(
  sentences,
  active = -1,
  pageNodes = null,
  names = { summary: "nutshell-summary", active: "nutshell-active" },
) {
  // The widget passes its own nodes (nothing is left on the host page's global object); the
  // extension's content-script world keeps them from `pageSnapshot`.
  const nodes = pageNodes ?? globalThis.__nutshellPage?.nodes;
  if (!nodes || typeof CSS === "undefined" || !CSS.highlights) return 0;
  const says = (n, p) => n?.isConnected && n.data.slice(p.offset, p.end) === p.text;
  const find = (p) => {
    if (says(nodes[p.node], p)) return nodes[p.node];
    for (let d = 1; d <= 64; d++) {
      if (says(nodes[p.node + d], p)) return nodes[p.node + d];
      if (says(nodes[p.node - d], p)) return nodes[p.node - d];
    }
    return null;
  };
  const made = sentences.map((pieces) => {
    const found = (pieces ?? []).map((p) => ({ p, n: find(p) })).filter((x) => x.n);
    if (!found.length) return null;
    const first = found[0];
    const last = found[found.length - 1];
    const range = new Range();
    try {
      range.setStart(first.n, first.p.offset);
      range.setEnd(last.n, last.p.end);
    } catch {
      return null;
    }
    return range.collapsed ? null : range;
  });
  const placed = made.filter(Boolean);
  CSS.highlights.set(names.summary, new Highlight(...placed));
  const act = made[active];
  if (act) {
    CSS.highlights.set(names.active, new Highlight(act));
    act.startContainer.parentElement?.scrollIntoView({ block: "center", behavior: "instant" });
  } else {
    CSS.highlights.delete(names.active);
  }
  return placed.length;
}

/** The highlighted text in the page, for tests and for the side panel's status line. */
export function highlightedText(names = { summary: "nutshell-summary", active: "nutshell-active" }) {
  const h = typeof CSS !== "undefined" && CSS.highlights?.get(names.summary);
  const a = typeof CSS !== "undefined" && CSS.highlights?.get(names.active);
  return { summary: h ? [...h].map((r) => r.toString()) : [], active: a ? [...a].map((r) => r.toString()) : [] };
}

/** Remove the highlights. */
export function clearHighlights(names = { summary: "nutshell-summary", active: "nutshell-active" }) {
  if (typeof CSS !== "undefined" && CSS.highlights) {
    CSS.highlights.delete(names.summary);
    CSS.highlights.delete(names.active);
  }
}

/** The page's current selection as plain text (empty when nothing is selected). */
export function readSelection() {
  return String(getSelection?.() ?? "").trim();
}

/**
 * Fresh, unguessable highlight names (`nutshell-summary-<16 hex>`, `nutshell-active-<same>`),
 * from the platform's CSPRNG. The extension draws them once per panel.
 */
export function highlightNames() {
  const hex = [...crypto.getRandomValues(new Uint8Array(8))].map((b) => b.toString(16).padStart(2, "0")).join("");
  return { summary: `nutshell-summary-${hex}`, active: `nutshell-active-${hex}` };
}

/** Styles of the two highlights `names`; inserted by the extension with `scripting.insertCSS`. */
export function highlightCss(names) {
  return `
::highlight(${names.summary}) { background-color: rgba(255, 214, 10, 0.45); color: inherit; }
::highlight(${names.active}) { background-color: rgba(255, 160, 0, 0.75); color: #000; }
`;
}
