// The side panel: reads the current tab (scripting.executeScript runs pageform.js's
// self-contained `readPage` in the page's isolated world: the page as the flat page form, its
// address, and its text nodes kept there for highlighting), hands the form to the core in a
// worker (nutshell-async.js: a page that makes the core work hard or trap never freezes the
// panel; a page's own CSP and scripts never touch the core), and shows summary, keywords and
// timeline. Summary sentences are highlighted in the page with the CSS Custom Highlight API and
// scrolled to on click. Settings persist in storage.local. Article text is untrusted: it is
// only ever written with textContent; only the tab's own address is ever a link.
//
// Opened as a tab (tests, or a browser without side panels), `?tab=<id>` names the tab to read.

import { copyText } from "./lib/clipboard.js";
import { piecesOf } from "./lib/nutshell.js";
import { Nutshell } from "./lib/nutshell-async.js";
import { readPage } from "./lib/pageform.js";
import {
  cutNote,
  explain,
  formatDate,
  isPlanned,
  referenceLine,
  sentenceText,
  squeeze,
  toMarkdown,
} from "./lib/present.js";
import { highlightPieces, clearHighlights, readSelection, highlightNames, highlightCss } from "./lib/pagetext.js";
import { resultSections } from "./lib/sections.js";

/** This panel's highlight names in the page: unguessable, so no page can style or hide them. */
const NAMES = highlightNames();

const api = globalThis.browser ?? globalThis.chrome;
const $ = (id) => document.getElementById(id);
resultSections($("result"), { level: "h3", hint: "Select a sentence to find it in the page." });
const DEFAULTS = { type: "key-points", length: "short", highlight: true };

let settings = { ...DEFAULTS };
/** What is shown: { analysis, source: "page"|"selection", tabId, title, url, pieces } */
let shown = null;
let lastRequest = null;
/** The date the reader set by hand for the page shown (YYYY-MM-DD; "" for none). */
let readerDate = "";
/** Numbers each summary request: a result that a newer request overtook is dropped. */
let requestSeq = 0;
// The core in a worker: a page that makes it work hard (or trap) never freezes the panel.
const core = new Nutshell({
  worker: new URL("./lib/nutshell-worker.js", import.meta.url),
  wasm: new URL("./lib/pkg/nutshell_bg.wasm", import.meta.url),
});

/**
 * Run one call to the core with a Cancel button beside the status while it runs (it stops the
 * worker; the call rejects with "stopped", the next call starts a new worker).
 */
async function cancellable(call) {
  const button = $("cancel");
  button.hidden = false;
  try {
    return await call();
  } finally {
    button.hidden = true;
  }
}

function setStatus(text, error = false) {
  const s = $("status");
  s.textContent = text;
  s.classList.toggle("error", error);
}

function el(tag, attrs = {}, text) {
  const n = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v);
  if (text !== undefined) n.textContent = text;
  return n;
}

async function targetTabId() {
  const fromUrl = new URLSearchParams(location.search).get("tab");
  if (fromUrl) return Number(fromUrl);
  const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id ?? null;
}

async function inPage(tabId, func, args = []) {
  const [res] = await api.scripting.executeScript({ target: { tabId }, func, args });
  return res?.result;
}

function options() {
  const o = { style: settings.type, length: settings.length };
  if (readerDate) o.published = readerDate;
  return o;
}

async function summarizePage(tabId) {
  const seq = ++requestSeq;
  tabId ??= await targetTabId();
  lastRequest = { kind: "page", tabId };
  if (tabId == null) return setStatus("No tab to summarize.", true);
  setStatus("Reading the page…");
  let snap;
  try {
    // Read in the page's isolated world into the flat page form; its text nodes stay there
    // for highlighting.
    snap = await inPage(tabId, readPage, [null, true]);
  } catch (e) {
    shown = null;
    $("result").hidden = true;
    $("copy").disabled = true;
    return setStatus(
      "Nutshell can read a page only after you ask: press the Nutshell toolbar button or Alt+Shift+S on the page. " +
        `(${squeeze(e.message)})`,
      true,
    );
  }
  if (seq !== requestSeq) return;
  if (!snap?.form?.strings) return setStatus("This page has no article text to summarize.", true);
  setStatus("Summarizing…");
  let a;
  try {
    a = await cancellable(() => core.analyzeForm(snap.form, { ...options(), url: snap.url || null }));
  } catch (e) {
    if (seq === requestSeq) setStatus(explain(e), true);
    return;
  }
  if (seq !== requestSeq) return;
  if (!a.summary.length && !a.timeline.length) return setStatus("This page has no article text to summarize.", true);
  // Runs number the page's own text nodes (the reader's), so pieces need no mapping.
  const pieces = a.summary.map((i) => piecesOf(a, a.sentences[i].start, a.sentences[i].end));
  // Only the tab's own address is ever linked (a page's canonical URL is the page's word).
  shown = { analysis: a, source: "page", tabId, title: a.title || snap.title, url: snap.url, pieces };
  render();
  await highlight(-1);
}

async function summarizeText(text, { tabId = null, title = "", url = "" } = {}) {
  const seq = ++requestSeq;
  lastRequest = { kind: "selection", tabId, text, title, url };
  if (!text.trim()) return setStatus("Select some text in the page first.", true);
  let a;
  try {
    a = await cancellable(() => core.analyze(text, { ...options(), input: "text" }));
  } catch (e) {
    if (seq === requestSeq) setStatus(explain(e), true);
    return;
  }
  if (seq !== requestSeq) return;
  shown = { analysis: a, source: "selection", tabId, title: title || "Selection", url, pieces: [] };
  if (tabId != null) await inPage(tabId, clearHighlights, [NAMES]).catch(() => {});
  render();
}

async function summarizeSelectionNow() {
  const tabId = await targetTabId();
  let text = "";
  try {
    text = (await inPage(tabId, readSelection)) ?? "";
  } catch (e) {
    return setStatus(`Cannot read the selection: ${squeeze(e.message)}`, true);
  }
  return summarizeText(text, { tabId });
}

async function highlight(active) {
  if (!shown || shown.source !== "page") return;
  try {
    if (!settings.highlight) {
      await inPage(shown.tabId, clearHighlights, [NAMES]);
      return;
    }
    await api.scripting.insertCSS({ target: { tabId: shown.tabId }, css: highlightCss(NAMES) });
    const placed = await inPage(shown.tabId, highlightPieces, [shown.pieces, active, null, NAMES]);
    if (active >= 0) setStatus(`Sentence ${active + 1} of the summary is highlighted in the page.`);
    else if (placed) setStatus(`${placed} summary sentences highlighted in the page.`);
  } catch (e) {
    setStatus(`Could not highlight in the page: ${squeeze(e.message)}`, true);
  }
}

function render() {
  const { analysis: a, source, title } = shown;
  $("result").hidden = false;
  $("copy").disabled = false;
  $("source-kind").textContent = source === "page" ? "This page" : "Your selection";
  $("doc-title").textContent = title || "Untitled";
  const prose = a.sentences.filter((s) => s.kind === "prose").length;
  const bits = [];
  if (a.published) bits.push(`Published ${formatDate(a.published, a.published.length === 7 ? "month" : "day")}`);
  bits.push(`${a.summary.length} of ${prose} sentences`);
  $("meta").textContent = bits.join(" · ");

  const list = $("summary");
  list.replaceChildren();
  const items = settings.type === "headline" && a.headline ? [a.headline] : a.summary.map((i) => sentenceText(a, i));
  items.forEach((text, k) => {
    const li = el("li");
    if (source === "page") {
      const b = el("button", { type: "button", "data-k": String(k) }, text);
      b.addEventListener("click", () => {
        for (const x of list.querySelectorAll("button")) x.removeAttribute("aria-current");
        b.setAttribute("aria-current", "true");
        highlight(k);
      });
      li.append(b);
    } else {
      li.textContent = text;
    }
    list.append(li);
  });
  if (!items.length) list.append(el("li", { class: "empty" }, "No summary sentences."));
  $("summary-hint").hidden = source !== "page";

  const kw = $("keywords");
  kw.replaceChildren(...a.keywords.slice(0, 10).map((k) => el("li", {}, k.text)));
  if (!a.keywords.length) kw.append(el("li", { class: "empty" }, "None found."));

  const tl = $("timeline");
  tl.replaceChildren();
  for (const e of a.timeline) {
    const li = el("li", { class: isPlanned(a, e) ? "future" : "past", "data-value": e.value });
    const t = el("time", { datetime: e.value }, formatDate(e.value, e.granularity));
    if (isPlanned(a, e)) t.append(el("span", { class: "badge" }, "planned"));
    li.append(t, el("span", { class: "label" }, e.published ? "Published" : e.label));
    tl.append(li);
  }
  if (!a.timeline.length) tl.append(el("li", { class: "empty" }, "No dated events."));
  // What the relative dates were read against; the reader may set the date.
  const line = referenceLine(a);
  $("reference-text").textContent = line ? `${line}.` : "";
  $("reference").hidden = !line;
  $("reference-date").value = readerDate;
  setStatus(cutNote(a) || (source === "page" ? "Summary ready." : "Summary of the selection ready."));
}

async function copyMarkdown() {
  if (!shown) return;
  const md = toMarkdown(shown.analysis, { style: settings.type, title: shown.title, url: shown.url || null });
  await copyText(md);
  setStatus("Copied the summary as Markdown.");
}

async function loadSettings() {
  const got = await api.storage.local.get("settings");
  settings = { ...DEFAULTS, ...(got.settings ?? {}) };
  $("type").value = settings.type;
  for (const r of document.querySelectorAll("input[name=length]")) r.checked = r.value === settings.length;
  $("highlight").checked = settings.highlight;
}

async function saveSettings() {
  settings = {
    type: $("type").value,
    length: document.querySelector("input[name=length]:checked")?.value ?? "short",
    highlight: $("highlight").checked,
  };
  await api.storage.local.set({ settings });
}

function rerun() {
  if (!lastRequest) return;
  if (lastRequest.kind === "selection") return summarizeText(lastRequest.text, lastRequest);
  return summarizePage(lastRequest.tabId);
}

async function handle(request) {
  if (!request) return;
  if (request.kind === "selection") await summarizeText(request.text, request);
  else await summarizePage(request.tabId);
}

async function main() {
  await loadSettings();
  $("controls").addEventListener("change", async (ev) => {
    await saveSettings();
    if (ev.target.id === "highlight") return highlight(-1);
    rerun();
  });
  $("controls").addEventListener("submit", (ev) => ev.preventDefault());
  $("summarize-page").addEventListener("click", () => summarizePage());
  $("summarize-selection").addEventListener("click", () => summarizeSelectionNow());
  $("copy").addEventListener("click", copyMarkdown);
  $("reference-date").addEventListener("change", (ev) => {
    readerDate = ev.target.value;
    rerun();
  });
  $("cancel").addEventListener("click", () =>
    core.terminate(new Error("nutshell: stopped: you cancelled the summary")),
  );
  api.runtime.onMessage.addListener((m, sender) => {
    // Only this extension's own pages and service worker talk to the panel (never a content
    // script of a web page: those have a sender.tab).
    if (sender?.id !== api.runtime.id || sender.tab) return;
    if (m?.type === "summarize-page") summarizePage(m.tabId);
    if (m?.type === "summarize-selection") handle(m.request);
  });
  // Follow the browser: a newly active tab, or the shown tab loading a new page, is summarized
  // (where the extension may read it; otherwise the status says how to allow it).
  const pinned = new URLSearchParams(location.search).get("tab");
  if (!pinned && api.tabs?.onActivated) {
    // (another page: the reader's date was for the last one)
    api.tabs.onActivated.addListener(({ tabId }) => {
      readerDate = "";
      summarizePage(tabId);
    });
    api.tabs.onUpdated.addListener((tabId, info) => {
      if (info.status === "complete" && shown?.source === "page" && shown.tabId === tabId) {
        readerDate = "";
        summarizePage(tabId);
      }
    });
  }
  // A request made just before the panel opened (toolbar button, shortcut, context menu).
  const { request } = await api.storage.session.get("request");
  const fresh = request && Date.now() - request.at < 15000 && (!pinned || String(request.tabId) === pinned);
  await (fresh ? handle(request) : summarizePage());
  document.body.dataset.ready = "true";
}

main().catch((e) => setStatus(`Nutshell failed to start: ${e.message}`, true));
