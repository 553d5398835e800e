// The demo page: paste or open an article, see its summary, highlights, keywords and timeline.
// Every piece of article text reaches the page through `textContent` or text nodes, never as
// markup. No network request leaves this origin. The core runs in a worker
// (nutshell-async.js), so a huge or hostile paste never freezes the page.

import { copyText } from "./clipboard.js";
import { shared } from "./nutshell-async.js";
import { cutNote, explain, formatDate, referenceLine, toMarkdown } from "./present.js";
import { resultSections } from "./sections.js";
import { drawTimeline } from "./timeline-svg.js";

const $ = (id) => document.getElementById(id);
resultSections($("result-sections"), { chart: true });
const els = {
  article: $("article"),
  run: $("run"),
  file: $("file"),
  sample: $("sample"),
  sentences: $("sentences"),
  sentencesOut: $("sentences-out"),
  published: $("published"),
  style: $("style"),
  length: $("length"),
  copy: $("copy"),
  chart: $("timeline-chart"),
  status: $("status"),
  error: $("error"),
  results: $("results"),
  meta: $("meta"),
  summary: $("summary"),
  keywords: $("keywords"),
  timeline: $("timeline"),
  source: $("source"),
  reference: $("reference-text"),
  referenceDate: $("reference-date"),
  cancel: $("cancel"),
};

/** How to read the textarea: "auto", or "html" right after an .html file was opened. */
let inputKind = "auto";
let ready = false;
let timer = 0;
/** The Analysis on screen (for "Copy as Markdown" and redrawing the chart). */
let current = null;

/** A TIMEX3 value for a person: 2021-03-02 -> 2 March 2021, 199 -> the 1990s (present.js). */
export function humanDate(value, granularity) {
  return formatDate(value, granularity ?? (/^\d{4}-\d{2}$/.test(value) ? "month" : "day"));
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function squeeze(s) {
  return s.replace(/\s+/g, " ").trim();
}

function showError(message) {
  els.error.textContent = message;
  els.error.hidden = !message;
}

function setStatus(message) {
  els.status.textContent = message;
}

function options() {
  const style = els.style.value;
  const o =
    style === "count"
      ? { sentences: Number(els.sentences.value), input: inputKind }
      : { style, length: els.length.value, input: inputKind };
  if (els.published.value) o.published = els.published.value;
  return o;
}

/** Numbers each run: a result that a later run overtook is dropped. */
let runs = 0;

async function run() {
  clearTimeout(timer);
  if (!ready) return;
  const seq = ++runs;
  // Set while a result is coming (the core answers from its worker): tests and scripts wait on it.
  document.body.dataset.busy = "true";
  // A run that takes a while can be cancelled (the worker is stopped, its memory freed).
  const offerCancel = setTimeout(() => {
    if (seq === runs) els.cancel.hidden = false;
  }, 400);
  const text = els.article.value;
  const started = performance.now();
  let a;
  try {
    a = await shared().analyze(text, options());
  } catch (e) {
    clearTimeout(offerCancel);
    if (seq !== runs) return;
    els.cancel.hidden = true;
    delete document.body.dataset.busy;
    els.results.hidden = true;
    showError(explain(e));
    setStatus("");
    return;
  }
  clearTimeout(offerCancel);
  if (seq !== runs) return;
  els.cancel.hidden = true;
  delete document.body.dataset.busy;
  const ms = performance.now() - started;
  showError("");
  render(a);
  const prose = a.sentences.filter((s) => s.kind === "prose").length;
  const note = cutNote(a);
  setStatus(
    `${a.sentences.length} sentences (${prose} prose), ${a.timexes.length} dates, analyzed in ${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms.${note ? ` ${note}` : ""}`,
  );
}

function runSoon() {
  clearTimeout(timer);
  document.body.dataset.busy = "true";
  timer = setTimeout(run, 250);
}

function render(a) {
  els.results.hidden = false;
  current = a;
  renderMeta(a);
  renderSummary(a);
  renderKeywords(a);
  renderTimeline(a);
  renderSource(a);
}

function renderMeta(a) {
  const parts = [];
  if (a.title) parts.push(["title", a.title]);
  if (a.byline) parts.push(["byline", a.byline]);
  if (a.published) {
    parts.push([
      "published",
      `${humanDate(a.published)}${a.published_source === "option" ? " (given)" : a.published_source === "text" ? " (from the text)" : ""}`,
    ]);
  }
  parts.push(["language", a.language]);
  els.meta.replaceChildren(
    ...parts.map(([k, v]) => {
      const span = el("span", `meta-${k}`);
      span.append(el("span", "meta-key", `${k}: `), el("span", "meta-value", v));
      return span;
    }),
  );
}

function renderSummary(a) {
  const headline = els.style.value === "headline" && a.headline;
  const items = a.summary.map((i) => {
    const s = a.sentences[i];
    const li = el("li", "", headline ? squeeze(a.headline) : squeeze(a.text.slice(s.start, s.end)));
    li.dataset.sentence = String(i);
    li.title = "Show in the source";
    li.addEventListener("click", () => reveal(`s${i}`));
    return li;
  });
  if (items.length === 0) items.push(el("li", "empty", "No prose sentences to summarize."));
  els.summary.replaceChildren(...items);
}

function renderKeywords(a) {
  els.keywords.replaceChildren(
    ...a.keywords.map((k) => {
      const li = el("li", "", k.text);
      li.title = `score ${k.score}`;
      return li;
    }),
  );
}

function renderTimeline(a) {
  const items = a.timeline.map((e) => {
    const li = el("li", e.future ? "future" : "");
    const when = el("div", "when");
    when.append(el("span", "date", humanDate(e.value, e.granularity)), el("code", "value", e.value));
    if (e.published) when.append(el("span", "badge", "published"));
    if (e.future) when.append(el("span", "badge badge-future", "planned"));
    const what = el("div", "what", squeeze(e.label));
    li.append(when, what);
    li.dataset.value = e.value;
    li.title = "Show in the source";
    li.addEventListener("click", () => reveal(`t${e.timex}`));
    return li;
  });
  if (items.length === 0) items.push(el("li", "empty", "No dates found."));
  els.timeline.replaceChildren(...items);
  // What the relative dates were read against, in one line; the reader may set the date.
  const line = referenceLine(a);
  els.reference.textContent = line ? `${line}.` : "";
  els.reference.parentElement.hidden = !line;
  els.referenceDate.value = els.published.value;
  drawChart(a);
}

/** The timeline as an SVG time axis above the list (timeline-svg.js). */
function drawChart(a) {
  drawTimeline(els.chart, a, { onSelect: (e) => reveal(`t${e.timex}`) });
}

/**
 * The article text as text nodes, summary sentences in <mark>, dates in <span class="date">.
 * Offsets are UTF-16 code units, which is what String.prototype.slice takes.
 */
function renderSource(a) {
  const cuts = new Set([0, a.text.length]);
  const inSummary = new Set(a.summary);
  for (const i of inSummary) {
    cuts.add(a.sentences[i].start);
    cuts.add(a.sentences[i].end);
  }
  for (const t of a.timexes) {
    cuts.add(t.start);
    cuts.add(t.end);
  }
  const points = [...cuts].filter((p) => p >= 0 && p <= a.text.length).sort((x, y) => x - y);
  const bySpan = (x, y) => x[0] - y[0];
  const summarySpans = [...inSummary].map((i) => [a.sentences[i].start, a.sentences[i].end, i]).sort(bySpan);
  const dateSpans = a.timexes.map((t, i) => [t.start, t.end, i]).sort(bySpan);
  // Linear walk: `from` only grows, so each list keeps a cursor.
  const cursor = { summary: 0, date: 0 };
  const cover = (spans, key, p) => {
    while (cursor[key] < spans.length && spans[cursor[key]][1] <= p) cursor[key]++;
    const span = spans[cursor[key]];
    return span && span[0] <= p ? span : undefined;
  };

  const frag = document.createDocumentFragment();
  let currentMark = null;
  let currentMarkIndex = -1;
  for (let k = 0; k + 1 < points.length; k++) {
    const [from, to] = [points[k], points[k + 1]];
    if (from === to) continue;
    const piece = a.text.slice(from, to);
    const sentence = cover(summarySpans, "summary", from);
    const date = cover(dateSpans, "date", from);
    let node;
    if (date) {
      node = el("span", "date", piece);
      if (date[0] === from) node.id = `t${date[2]}`;
      node.title = a.timexes[date[2]].value;
    } else {
      node = document.createTextNode(piece);
    }
    if (sentence) {
      if (currentMarkIndex !== sentence[2]) {
        currentMark = el("mark");
        currentMark.id = `s${sentence[2]}`;
        currentMark.dataset.sentence = String(sentence[2]);
        currentMarkIndex = sentence[2];
        frag.append(currentMark);
      }
      currentMark.append(node);
    } else {
      currentMarkIndex = -1;
      frag.append(node);
    }
  }
  els.source.replaceChildren(frag);
}

function reveal(id) {
  const target = document.getElementById(id);
  if (!target) return;
  target.scrollIntoView({ behavior: "smooth", block: "center" });
  target.classList.remove("flash");
  void target.offsetWidth;
  target.classList.add("flash");
}

async function loadSample() {
  const response = await fetch(new URL("./sample.txt", import.meta.url));
  if (!response.ok) throw new Error(`cannot load the sample article (HTTP ${response.status})`);
  els.article.value = await response.text();
  inputKind = "auto";
  await run();
}

async function openFile(file) {
  const text = await file.text();
  const html = /\.html?$/i.test(file.name) || file.type === "text/html";
  els.article.value = text;
  inputKind = html ? "html" : "text";
  run();
}

async function copyMarkdown() {
  if (!current) return;
  const style = els.style.value === "count" ? "key-points" : els.style.value;
  const md = toMarkdown(current, { style });
  await copyText(md);
  setStatus("Copied the summary, keywords and timeline as Markdown.");
}

function updateStyle() {
  els.length.disabled = els.style.value === "count";
}

function updateLength() {
  const n = Number(els.sentences.value);
  els.sentencesOut.textContent = `${n} sentence${n === 1 ? "" : "s"}`;
}

els.run.addEventListener("click", run);
els.sample.addEventListener("click", () => loadSample().catch((e) => showError(e.message)));
els.article.addEventListener("input", () => {
  inputKind = "auto";
  runSoon();
});
els.sentences.addEventListener("input", () => {
  els.style.value = "count";
  updateStyle();
  updateLength();
  run();
});
els.style.addEventListener("change", () => {
  updateStyle();
  run();
});
els.length.addEventListener("change", run);
els.copy.addEventListener("click", () => copyMarkdown());
let lastWidth = 0;
new ResizeObserver(() => {
  const w = els.chart.clientWidth;
  if (current && w && Math.abs(w - lastWidth) > 2) drawChart(current);
  lastWidth = w;
}).observe(els.chart);
els.published.addEventListener("change", run);
els.referenceDate.addEventListener("change", () => {
  els.published.value = els.referenceDate.value;
  run();
});
els.file.addEventListener("change", () => {
  const f = els.file.files?.[0];
  if (f) openFile(f).catch((e) => showError(`cannot read ${f.name}: ${e.message}`));
  els.file.value = "";
});

els.cancel.addEventListener("click", () => {
  // Stops the worker: the run in flight rejects with "stopped" (shown as such), the next run
  // starts a new worker.
  shared().terminate(new Error("nutshell: stopped: you cancelled the summary"));
});

updateLength();
updateStyle();
try {
  await shared().analyze("Nutshell is ready.");
  ready = true;
  setStatus("Ready.");
  if (!els.article.value.trim()) await loadSample();
  else await run();
  document.body.dataset.ready = "true";
} catch (e) {
  setStatus("");
  showError(`Nutshell could not start: ${e instanceof Error ? e.message : String(e)}`);
}
