// Reading a live page into the flat page form, on the page side: one string and one list of
// numbers, which is all that crosses to the worker that runs the core (a worker has no DOM).
// The format and its decoder are the core's (src/input/flat.rs); the walk mirrors the core's
// own DOM walk (src/input/dom.rs): the same elements skipped, the same attributes kept, the
// same text nodes numbered, so `runs[].node` indexes the `nodes` this returns.
//
// `readPage` is self-contained (no imports, no closures over module state): the extension
// hands it to `chrome.scripting.executeScript({ func })`, which serializes its source.

/**
 * Read `root` (a Document, or an Element whose document's <head> still counts) into
 * `{ form: { strings, ops, cut }, nodes }`: `ops` a plain array of numbers (JSON-safe, for the
 * extension's messaging; `Uint32Array.from(ops)` for the core), `cut` the limits that stopped
 * the reading ("dom_text", "dom_nodes"), `nodes` the page's Text nodes in the order runs
 * number them. Stops at the core's input limit: 16 MiB of text, 574,288 nodes.
 * With `keep` (the extension, injected into the page's isolated world), the nodes stay in that
 * world for `highlightPieces` (on `globalThis.__nutshellPage`) and the result is
 * `{ form, nodes: count, url, title }`, all plain data.
 */
export function readPage(root = document, keep = false) {
  root ??= document;
  // The core's lists (src/input/page.rs SKIPPED and KEPT_ATTRS; a test keeps them equal).
  const SKIPPED =
    "style template svg math iframe object embed canvas select textarea button input audio video map dialog";
  const KEPT_ATTRS =
    "itemprop itemtype href rel datetime content name property src lang type http-equiv data-src pubdate itemscope charset alt";
  const MAX_TEXT_UNITS = 16 * 1024 * 1024;
  const MAX_NODES = 574288;
  const skipped = new Set(SKIPPED.split(" "));
  const kept = new Set(["id", "class", "role", "hidden", "aria-hidden", "style", ...KEPT_ATTRS.split(" ")]);
  const parts = [];
  const ops = [];
  const nodes = [];
  const cut = [];
  let units = 0;
  let count = 0;
  let depth = 0;
  const put = (s) => {
    parts.push(s);
    ops.push(s.length);
  };
  const open = (tag, attrs) => {
    ops.push(1, attrs.length / 2);
    put(tag);
    for (const a of attrs) put(a);
    depth += 1;
  };
  const close = () => {
    ops.push(3);
    depth -= 1;
  };
  const skip = (tag, el) => {
    if (tag === "script") {
      const t = (el.getAttribute("type") ?? "").trim().toLowerCase();
      return t !== "application/ld+json" && t !== "application/json";
    }
    return skipped.has(tag);
  };
  /**
   * Walk the subtree at `start` (no recursion: any depth; past 512 open elements an element's
   * text joins its ancestor's, as the parsers' depth cap does). Returns false once stopped.
   */
  const walk = (start) => {
    let node = start;
    const opened = []; // per element descended into: whether it was opened in the form
    for (;;) {
      if (++count > MAX_NODES) {
        cut.push("dom_nodes");
        return false;
      }
      let descend = false;
      if (node.nodeType === 1) {
        const tag = node.localName.toLowerCase();
        const rawNoscript = tag === "noscript" && !node.firstElementChild;
        if (!rawNoscript && !skip(tag, node)) {
          const deep = depth >= 512;
          if (!deep) {
            const attrs = [];
            for (const a of node.attributes) {
              const name = a.name.toLowerCase();
              if (kept.has(name) && attrs.length < 128) attrs.push(name, a.value);
            }
            open(tag, attrs);
          }
          opened.push(!deep);
          descend = true;
        }
      } else if (node.nodeType === 3 || node.nodeType === 4) {
        const data = node.data;
        if (units + data.length > MAX_TEXT_UNITS) {
          cut.push("dom_text");
          return false;
        }
        units += data.length;
        ops.push(2);
        put(data);
        nodes.push(node);
      }
      if (descend) {
        if (node.firstChild) {
          node = node.firstChild;
          continue;
        }
        if (opened.pop()) close();
      }
      for (;;) {
        if (node === start) return true;
        if (node.nextSibling) {
          node = node.nextSibling;
          break;
        }
        node = node.parentNode;
        if (!node) return true;
        if (opened.pop()) close();
      }
    }
  };
  const doc = root.nodeType === 9 ? root : null;
  if (doc) {
    if (doc.documentElement) walk(doc.documentElement);
  } else {
    const head = root.ownerDocument?.head;
    if (head && !head.contains(root) && !root.contains(head)) {
      open("html", []);
      if (walk(head)) walk(root);
    } else {
      walk(root);
    }
  }
  while (depth > 0) close();
  const form = { strings: parts.join(""), ops, cut };
  if (!keep) return { form, nodes };
  globalThis.__nutshellPage = { nodes };
  const d = root.ownerDocument ?? root;
  return { form, nodes: nodes.length, url: d.location?.href ?? "", title: d.title ?? "" };
}
