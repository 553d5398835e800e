// <nutshell-summary>: an embeddable summary of an article on the same page, computed in the
// reader's browser by Nutshell's WebAssembly core (nothing leaves the page).
//
//   <script type="module" src="/widget/nutshell-summary.js"></script>
//   <nutshell-summary for="#article" type="key-points" length="short" timeline></nutshell-summary>
//
// Attributes: `for` (a CSS selector of the article; without it, the element's own text),
// `type` (key-points | tldr | teaser | headline), `length` (short | medium | long), `timeline`
// (boolean: also show the dated events, with a line saying what relative dates were read
// against and a date field the reader may set), `keywords` (boolean), `published` (YYYY-MM-DD), `lang`,
// `heading` (the visible title, "Summary" by default), `eager` (load the core at once rather
// than when the element first comes into view).
// Theming: CSS custom properties (--nutshell-bg, --nutshell-fg, --nutshell-accent, --nutshell-muted,
// --nutshell-border, --nutshell-radius, --nutshell-font, --nutshell-highlight) and parts
// (container, header, heading, meta, summary, item, timeline, event, date, label, keywords,
// status, source, reference, reference-date). Light and dark follow prefers-color-scheme unless the page sets the variables.
// Events: `nutshell-summary` (detail: the Analysis) after each run, `nutshell-error` on failure.
// Clicking (or Enter/Space on) a summary sentence highlights it in the article and scrolls to it.
// Untrusted article text is only ever written with textContent. The core runs in a worker
// (../nutshell-async.js): the page is read here, analyzed there, so a hostile article can not
// freeze the host page; where the page's CSP forbids workers it runs here, within the same limits.

import { piecesOf } from "../nutshell.js";
import { shared } from "../nutshell-async.js";
import { readPage } from "../pageform.js";
import { cutNote, explain, formatDate, isPlanned, referenceLine, sentenceText, squeeze } from "../present.js";
import { highlightPieces } from "../pagetext.js";

const TYPES = ["key-points", "tldr", "teaser", "headline"];
const LENGTHS = ["short", "medium", "long"];
const DEBOUNCE_MS = 250;

const STYLE = `
:host {
  --_bg: var(--nutshell-bg, #ffffff);
  --_fg: var(--nutshell-fg, #1b1f24);
  --_muted: var(--nutshell-muted, #57606a);
  --_accent: var(--nutshell-accent, #0b5cad);
  --_border: var(--nutshell-border, #d0d7de);
  --_future: var(--nutshell-future, #8a4b00);
  display: block;
  font: var(--nutshell-font, 1rem/1.5 system-ui, sans-serif);
  color: var(--_fg);
  contain: content;
}
@media (prefers-color-scheme: dark) {
  :host {
    --_bg: var(--nutshell-bg, #161b22);
    --_fg: var(--nutshell-fg, #e6edf3);
    --_muted: var(--nutshell-muted, #9da7b3);
    --_accent: var(--nutshell-accent, #7cb7ff);
    --_border: var(--nutshell-border, #30363d);
    --_future: var(--nutshell-future, #f0b35a);
  }
}
:host([hidden]) { display: none; }
.box { background: var(--_bg); border: 1px solid var(--_border); border-radius: var(--nutshell-radius, 10px); padding: 0.9em 1.1em; }
header { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.25em 0.75em; margin-bottom: 0.4em; }
h2 { font-size: 1.05em; margin: 0; }
.meta, .status { color: var(--_muted); font-size: 0.85em; }
ul, ol { margin: 0.3em 0; padding-left: 1.25em; }
.summary p { margin: 0.3em 0; }
li { margin: 0.2em 0; }
button.item { all: unset; display: block; }
.item.control { cursor: pointer; border-radius: 4px; padding: 0 0.15em; margin: 0 -0.15em; }
.control:hover { background: color-mix(in srgb, var(--_accent) 10%, transparent); }
.item:focus-visible, button:focus-visible { outline: 2px solid var(--_accent); outline-offset: 2px; }
.control[aria-pressed="true"] { background: color-mix(in srgb, var(--_accent) 18%, transparent); }
h3 { font-size: 0.95em; margin: 0.8em 0 0.2em; }
.timeline { list-style: none; padding: 0; }
.event { display: grid; grid-template-columns: 9.5em 1fr; gap: 0.6em; padding: 0.15em 0; border-top: 1px dotted var(--_border); }
.date { font-weight: 600; font-variant-numeric: tabular-nums; }
.event.future .date { color: var(--_future); }
.badge { font-size: 0.8em; border: 1px solid currentColor; border-radius: 4px; padding: 0 0.3em; color: var(--_future); }
.keywords { display: flex; flex-wrap: wrap; gap: 0.3em; list-style: none; padding: 0; }
.keywords li { border: 1px solid var(--_border); border-radius: 999px; padding: 0 0.6em; font-size: 0.85em; }
details { margin-top: 0.6em; color: var(--_muted); font-size: 0.9em; }
.reference { color: var(--_muted); font-size: 0.85em; margin: 0.1em 0 0.3em; }
.reference input { font: inherit; margin-left: 0.3em; }
.error { color: #b42318; }
@media (prefers-color-scheme: dark) { .error { color: #ff938a; } }
@media (max-width: 30em) { .event { grid-template-columns: 1fr; gap: 0; } }
`;

let sheet = null;
function styleSheet() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLE);
  }
  return sheet;
}

/** `::highlight()` must be styled in the document (it applies to the page's own text). */
let pageSheetAdded = false;
function addPageHighlightStyle() {
  if (pageSheetAdded) return;
  pageSheetAdded = true;
  const s = new CSSStyleSheet();
  s.replaceSync(
    "::highlight(nutshell-summary){background-color:var(--nutshell-highlight,rgba(255,214,10,.4));color:inherit}" +
      "::highlight(nutshell-active){background-color:var(--nutshell-highlight-active,rgba(255,160,0,.7));color:#000}",
  );
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, s];
}

function el(tag, attrs = {}, text) {
  const n = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v);
  if (text !== undefined) n.textContent = text;
  return n;
}

let counter = 0;

export class NutshellSummary extends HTMLElement {
  static observedAttributes = ["for", "type", "length", "timeline", "keywords", "published", "lang", "heading"];

  #root;
  #box;
  #status;
  #visible = false;
  #timer = 0;
  #sourceObserver = null;
  #source = null;
  #io = null;
  #analysis = null;
  #pieces = [];
  #id = ++counter;
  #running = false;
  /** The date the reader set by hand (YYYY-MM-DD; "" for none): it wins over `published`. */
  #readerDate = "";

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: "open" });
    this.#root.adoptedStyleSheets = [styleSheet()];
    this.#box = el("section", { class: "box", part: "container", "aria-busy": "true" });
    const header = el("header", { part: "header" });
    const h = el("h2", { part: "heading", id: "h" }, this.getAttribute("heading") ?? "Summary");
    header.append(h);
    this.#status = el(
      "p",
      { class: "status", part: "status", role: "status", "aria-live": "polite" },
      "Summary loads when shown.",
    );
    this.#box.setAttribute("aria-labelledby", "h");
    this.#box.append(header, this.#status);
    this.#root.append(this.#box);
  }

  /** The last Analysis (null before the first run). */
  get analysis() {
    return this.#analysis;
  }

  connectedCallback() {
    if (this.hasAttribute("eager") || typeof IntersectionObserver !== "function") {
      this.#visible = true;
      this.#schedule(0);
    } else if (!this.#io) {
      this.#io = new IntersectionObserver(
        (entries) => {
          if (entries.some((e) => e.isIntersecting)) {
            this.#visible = true;
            this.#io.disconnect();
            this.#io = null;
            this.#schedule(0);
          }
        },
        { rootMargin: "200px" },
      );
      this.#io.observe(this);
    }
    this.#watchSource();
  }

  disconnectedCallback() {
    this.#io?.disconnect();
    this.#io = null;
    this.#sourceObserver?.disconnect();
    this.#sourceObserver = null;
    clearTimeout(this.#timer);
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue === newValue) return;
    if (name === "heading") {
      this.#root.getElementById("h").textContent = newValue ?? "Summary";
      return;
    }
    if (name === "for") this.#watchSource();
    this.#schedule(0);
  }

  /** Summarize again now (the source is re-read). */
  refresh() {
    this.#visible = true;
    return this.#run();
  }

  #sourceElement() {
    const sel = this.getAttribute("for");
    if (!sel) return this;
    try {
      return this.ownerDocument.querySelector(sel);
    } catch {
      return null;
    }
  }

  #watchSource() {
    if (!this.isConnected) return;
    const src = this.#sourceElement();
    if (src === this.#source && this.#sourceObserver) return;
    this.#sourceObserver?.disconnect();
    this.#source = src;
    if (!src) {
      // Not there yet (a page that renders its article later): wait for it to appear.
      this.#sourceObserver = new MutationObserver(() => {
        if (this.#sourceElement()) {
          this.#sourceObserver.disconnect();
          this.#sourceObserver = null;
          this.#watchSource();
          this.#schedule(DEBOUNCE_MS);
        }
      });
      this.#sourceObserver.observe(this.ownerDocument.documentElement, { childList: true, subtree: true });
      return;
    }
    this.#sourceObserver = new MutationObserver(() => this.#schedule(DEBOUNCE_MS));
    this.#sourceObserver.observe(src, { childList: true, subtree: true, characterData: true });
  }

  #schedule(ms) {
    if (!this.#visible || !this.isConnected) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#run(), ms);
  }

  async #run() {
    if (this.#running) return this.#schedule(DEBOUNCE_MS);
    this.#running = true;
    this.#box.setAttribute("aria-busy", "true");
    try {
      const src = this.#sourceElement();
      if (!src) throw new Error(`nothing matches for="${this.getAttribute("for")}"`);
      if (!this.#analysis) this.#status.textContent = "Summarizing…";
      const type = TYPES.includes(this.getAttribute("type")) ? this.getAttribute("type") : "key-points";
      const length = LENGTHS.includes(this.getAttribute("length")) ? this.getAttribute("length") : "short";
      const options = { style: type, length, url: this.ownerDocument.location?.href ?? null };
      if (this.getAttribute("published")) options.published = this.getAttribute("published");
      if (this.#readerDate) options.published = this.#readerDate;
      if (this.getAttribute("lang")) options.language = this.getAttribute("lang");
      // The core reads the live DOM: the article inside `src` (the page's whole document when
      // `for` names <html> or <body>), with the page's metadata for the publication date.
      const root =
        src === this.ownerDocument.documentElement || src === this.ownerDocument.body ? this.ownerDocument : src;
      const { form, nodes } = readPage(root);
      // A mutation that left the text and markup as they were (a class toggled elsewhere, an
      // attribute the reader does not keep): nothing to do.
      const key = JSON.stringify([options, form.cut, form.ops.length]) + form.strings;
      if (this.#analysis && key === this.#lastKey && form.ops.every((x, i) => x === this.#lastOps[i])) return;
      const a = await shared().analyzeForm(form, options);
      a.textNodes = nodes;
      this.#lastKey = key;
      this.#lastOps = form.ops;
      this.#nodes = nodes;
      this.#analysis = a;
      this.#render(a, type, src !== this);
      this.__runs = (this.__runs ?? 0) + 1; // how many results were shown (tests and debugging)
      this.dispatchEvent(new CustomEvent("nutshell-summary", { detail: a, bubbles: true, composed: true }));
    } catch (e) {
      this.#analysis = null;
      this.#renderError(e);
      this.dispatchEvent(new CustomEvent("nutshell-error", { detail: e, bubbles: true, composed: true }));
    } finally {
      this.#running = false;
      this.#box.setAttribute("aria-busy", "false");
    }
  }

  /** The text nodes the last result's pieces index (kept per widget: several may share a page). */
  #nodes = [];
  /** What the last result was made from (see #run). */
  #lastKey = null;
  #lastOps = [];

  #clear() {
    const header = this.#box.querySelector("header");
    this.#box.replaceChildren(header);
    header.querySelector(".meta")?.remove();
    return header;
  }

  #renderError(e) {
    this.#clear();
    const p = el("p", { class: "status error", part: "status", role: "status" }, explain(e));
    this.#status = p;
    this.#box.append(p);
  }

  #render(a, type, external) {
    const header = this.#clear();
    const prose = a.sentences.filter((s) => s.kind === "prose").length;
    header.append(el("span", { class: "meta", part: "meta" }, `${a.summary.length} of ${prose} sentences`));
    this.#pieces = a.summary.map((i) => piecesOf(a, a.sentences[i].start, a.sentences[i].end));
    let summary;
    // A sentence: a control (find it in the article) when the article is elsewhere on the page.
    // In a list it is a <button>; inside a paragraph a <span role="button"> so it wraps as text.
    const item = (i, k, inline = false) => {
      const text = sentenceText(a, i);
      if (!external) return el("span", { class: "item", part: "item", "data-sentence": String(i) }, text);
      const n = inline
        ? el(
            "span",
            {
              class: "item control",
              part: "item",
              role: "button",
              tabindex: "0",
              "data-sentence": String(i),
              title: "Show in the article",
            },
            text,
          )
        : el(
            "button",
            {
              type: "button",
              class: "item control",
              part: "item",
              "data-sentence": String(i),
              title: "Show in the article",
            },
            text,
          );
      n.addEventListener("click", () => this.#focusSentence(k));
      if (inline) {
        n.addEventListener("keydown", (ev) => {
          if (ev.key === "Enter" || ev.key === " ") {
            ev.preventDefault();
            this.#focusSentence(k);
          }
        });
      }
      return n;
    };
    if (type === "headline") {
      summary = el("p", { class: "summary", part: "summary" });
      const i = a.summary[0];
      const n = i === undefined ? el("span", {}, "") : item(i, 0, true);
      if (a.headline) n.textContent = squeeze(a.headline);
      const strong = el("strong");
      strong.append(n);
      summary.append(strong);
    } else if (type === "key-points") {
      summary = el("ul", { class: "summary", part: "summary" });
      a.summary.forEach((i, k) => {
        const li = el("li");
        li.append(item(i, k));
        summary.append(li);
      });
    } else {
      summary = el("p", { class: "summary", part: "summary" });
      a.summary.forEach((i, k) => {
        if (k) summary.append(" ");
        summary.append(item(i, k, true));
      });
    }
    this.#box.append(summary);
    if (this.hasAttribute("keywords") && a.keywords.length) {
      const kw = el("ul", { class: "keywords", part: "keywords", "aria-label": "Keywords" });
      for (const k of a.keywords.slice(0, 8)) kw.append(el("li", {}, k.text));
      this.#box.append(kw);
    }
    if (this.hasAttribute("timeline") && this.getAttribute("timeline") !== "false") {
      const id = `t${this.#id}`;
      this.#box.append(el("h3", { id }, "Timeline"));
      const line = referenceLine(a);
      if (line) {
        const p = el("p", { class: "reference", part: "reference" }, `${line}.`);
        const label = el("label", {}, " Set the date");
        const input = el("input", { type: "date", part: "reference-date" });
        input.value = this.#readerDate || this.getAttribute("published") || "";
        input.addEventListener("change", () => {
          this.#readerDate = input.value;
          this.#schedule(0);
        });
        label.append(input);
        p.append(label);
        this.#box.append(p);
      }
      const ol = el("ol", { class: "timeline", part: "timeline", "aria-labelledby": id });
      for (const e of a.timeline) {
        const li = el("li", {
          class: isPlanned(a, e) ? "event future" : "event",
          part: isPlanned(a, e) ? "event future" : "event",
        });
        const when = el("span", { class: "when" });
        when.append(el("time", { class: "date", part: "date", datetime: e.value }, formatDate(e.value, e.granularity)));
        if (isPlanned(a, e)) when.append(" ", el("span", { class: "badge", part: "badge" }, "planned"));
        li.append(when, el("span", { class: "label", part: "label" }, e.published ? "Published" : e.label));
        ol.append(li);
      }
      if (!a.timeline.length) ol.append(el("li", { class: "status" }, "No dated events."));
      this.#box.append(ol);
    }
    this.#status = el("p", { class: "status", part: "status", role: "status", "aria-live": "polite" }, cutNote(a));
    this.#box.append(this.#status);
  }

  #focusSentence(k) {
    addPageHighlightStyle();
    highlightPieces(this.#pieces, k, this.#nodes);
    this.#root.querySelectorAll(".control").forEach((n, j) => n.setAttribute("aria-pressed", String(j === k)));
    this.#status.textContent = `Sentence ${k + 1} highlighted in the article.`;
  }
}

if (!customElements.get("nutshell-summary")) customElements.define("nutshell-summary", NutshellSummary);
