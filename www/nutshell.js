// Nutshell's JS API: a small hand-written wrapper over the wasm-bindgen glue in ./pkg/.
//
//   import { init, analyze, analyzeDom, rangesOf } from "./nutshell.js";
//   await init();
//   const a = analyze(articleText, { sentences: 3, published: "2021-03-04" });
//   a.summary.map(i => a.text.slice(a.sentences[i].start, a.sentences[i].end));
//
// Offsets in the result are UTF-16 code units, so `text.slice(start, end)` works.
// Bad input throws an `Error` with a readable message. A panic inside the core (a bug) traps
// the WebAssembly instance, whose memory may then be corrupt: this wrapper reads the panic's
// message, switches to a fresh instance, and throws `Error("nutshell: internal error: ...")`
// so no caller ever sees "unreachable executed". Types: ./nutshell.d.ts.
//
// Two modules share the glue: the core (pkg/nutshell_bg.wasm: English data, language
// identification for every language) and the full module (pkg/full/nutshell_bg.wasm: every
// language's stemmer, date locale and cues). `init()` alone loads the full one, so every call
// works at once. `init(core)` starts with the core: a call in another language then throws an
// Error with `needsFull` set until `await loadFull()` has switched the instance to the full
// module (the async API, ./nutshell-async.js, does that itself); results are identical.

// The first instance is imported statically, so the module also works where `import()` is not
// allowed (service workers, extension service workers included); the spare copies that recover
// from a panic are imported dynamically, and where that is refused, recovery is unavailable.
import * as firstGlue from "./pkg/nutshell.js";

const GLUE = new URL("./pkg/nutshell.js", import.meta.url);
const WASM = new URL("./pkg/nutshell_bg.wasm", import.meta.url);
const FULL = new URL("./pkg/full/nutshell_bg.wasm", import.meta.url);

/** The compiled module, shared by every instance. */
let compiled = null;
/** The glue module whose instance serves calls. */
let active = null;
/** A loaded, not yet instantiated copy of the glue, ready to take over after a panic. */
let spare = null;
let spareLoading = null;
let copies = 0;
let initializing = null;
/** Instances started so far (the first, and one per recovery). */
let instances = 0;
/** Where the full module is while the core serves calls (null once the full one does). */
let fullSource = null;
let fullLoading = null;

/**
 * Whether the glue can be reset and re-instantiated in place (tools/build-wasm.sh adds
 * `__nutshellReset`): then a trapped instance is dropped and garbage-collected, and no spare
 * copy of the glue is ever loaded.
 */
const resettable = typeof firstGlue.__nutshellReset === "function";

/** A fresh copy of the glue module: its own `wasm` instance and memory views. */
async function loadGlue() {
  copies += 1;
  if (copies === 1) return firstGlue;
  const url = new URL(GLUE);
  if (copies > 1) url.searchParams.set("instance", String(copies));
  // Left to the browser by bundlers (webpack would otherwise make it a context module).
  return import(/* webpackIgnore: true */ url.href);
}

async function compile(source) {
  if (source instanceof WebAssembly.Module) return source;
  if (source instanceof ArrayBuffer || ArrayBuffer.isView(source)) return WebAssembly.compile(source);
  const response = await fetch(source ?? WASM);
  if (!response.ok) {
    throw new Error(`nutshell: cannot load ${response.url}: HTTP ${response.status}`);
  }
  if (WebAssembly.compileStreaming && response.headers.get("content-type") === "application/wasm") {
    return WebAssembly.compileStreaming(response);
  }
  return WebAssembly.compile(await response.arrayBuffer());
}

function refillSpare() {
  if (resettable || spare || spareLoading) return;
  spareLoading = loadGlue().then(
    (glue) => {
      spareLoading = null;
      if (active) {
        spare = glue;
      } else {
        // A panic came before the spare was ready: this copy takes over now.
        glue.initSync({ module: compiled });
        active = glue;
        refillSpare();
      }
    },
    () => {
      spareLoading = null;
    },
  );
}

/**
 * Load and start the WebAssembly core. Call (and await) once before `analyze`; later calls
 * return at once. `source` may be a URL of `nutshell_bg.wasm`, its bytes, or a compiled
 * `WebAssembly.Module`; by default the full module (`pkg/full/nutshell_bg.wasm`, every language)
 * is fetched. Given a `source` (the English core, `pkg/nutshell_bg.wasm`), the full module is
 * `full` (same kinds), by default `full/nutshell_bg.wasm` beside a URL `source`, and is loaded by
 * `loadFull()`.
 */
export function init(source, { full } = {}) {
  if (!initializing) {
    initializing = (async () => {
      if (source === undefined && full === undefined) {
        source = FULL;
      } else {
        fullSource = full ?? beside(source);
      }
      compiled = await compile(source);
      const glue = await loadGlue();
      glue.initSync({ module: compiled });
      active = glue;
      instances += 1;
      refillSpare();
    })();
    initializing.catch(() => {
      initializing = null;
    });
  }
  return initializing;
}

/** The full module's URL beside a URL of the core, or the default one. */
function beside(source) {
  if (typeof source !== "string" && !(source instanceof URL)) return FULL;
  return new URL("full/nutshell_bg.wasm", new URL(source, globalThis.location?.href ?? import.meta.url));
}

/**
 * Switch to the full module (every language), fetching and compiling it once: the calls that
 * threw an Error with `needsFull` then succeed. Resolves at once where it serves already.
 */
export function loadFull() {
  if (!fullSource) return initializing ?? Promise.resolve();
  fullLoading ??= (async () => {
    await initializing;
    const module = await compile(fullSource);
    compiled = module;
    fullSource = null;
    if (active) {
      active.__nutshellReset();
      active.initSync({ module });
      instances += 1;
    }
  })();
  fullLoading.catch(() => {
    fullLoading = null;
  });
  return fullLoading;
}

/** Whether `init()` has finished. */
export function ready() {
  return active !== null;
}

/**
 * Instances of the core this module has started, and glue copies it has loaded: with the reset
 * in place, a trap replaces the instance and `glueCopies` stays 1.
 */
export function coreStats() {
  return { instances, glueCopies: copies, resettable };
}

function internalError(cause) {
  let message = null;
  try {
    message = active.takePanicMessage() ?? null;
  } catch {
    // The trapped instance could not even say why; fall back on the trap's own message.
  }
  const trapped = active;
  active = null;
  if (resettable) {
    // The same module, a new instance: the old one (and its memory) is unreachable now.
    trapped.__nutshellReset();
    trapped.initSync({ module: compiled });
    active = trapped;
    instances += 1;
  } else if (spare) {
    spare.initSync({ module: compiled });
    active = spare;
    spare = null;
    instances += 1;
  }
  refillSpare();
  const error = new Error(`nutshell: internal error: ${message ?? String(cause?.message ?? cause)}`);
  error.cause = cause;
  return error;
}

function call(fn) {
  if (!active) {
    throw new Error(
      compiled
        ? "nutshell: restarting after an internal error; try again in a moment"
        : "nutshell: call (and await) init() before analyze()",
    );
  }
  let result;
  try {
    result = fn(active);
  } catch (e) {
    // Errors the core returns are plain `Error`s (a message for the caller); anything else
    // thrown from inside (a RuntimeError from a panic or an allocation failure, a RangeError
    // from an exhausted stack, whatever an engine throws instead) leaves the instance unusable.
    if (e?.constructor !== Error) throw internalError(e);
    if (fullSource && active.__needsFull?.()) throw needsFull();
    throw e;
  }
  // The core looked up a language it lacks: the result would differ from the full module's.
  if (fullSource && active.__needsFull?.()) throw needsFull();
  return result;
}

function needsFull() {
  const error = new Error(
    "nutshell: this text needs the full module (every language): await loadFull(), then call again",
  );
  error.needsFull = true;
  return error;
}

/**
 * `fn()` (a call of this module's API), run again after `loadFull()` when the core lacked the
 * text's language: the async API's way to call.
 */
export async function anyLanguage(fn) {
  try {
    return fn();
  } catch (e) {
    if (!e?.needsFull) throw e;
    await loadFull();
    return fn();
  }
}

/** The core's input limit, in UTF-8 bytes (`MAX_INPUT_BYTES`). */
export const MAX_INPUT_BYTES = 16 * 1024 * 1024;

/**
 * UTF-8 length of a JS string, without encoding it (a lone surrogate counts 3, as U+FFFD): what
 * the core counts against `MAX_INPUT_BYTES`, and the Summarizer face's input usage.
 */
export function utf8Length(s) {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * The core's "too large" message for `input`, decided before the string is copied anywhere
 * (wasm memory, a worker), or null. UTF-8 takes at least one byte per UTF-16 unit: a string
 * longer than the limit in units is over it in bytes; a shorter one may be too (up to 3 bytes
 * a unit), and the core itself says so.
 */
export function inputTooLarge(input) {
  if (typeof input !== "string" || input.length <= MAX_INPUT_BYTES) return null;
  return `the input is too large: ${utf8Length(input)} bytes, the limit is ${MAX_INPUT_BYTES} bytes`;
}

/**
 * Analyze an article (plain text, or an HTML string with `input: "html"` or markup-looking input). Returns the Analysis as a plain
 * object; throws an `Error` with a readable message for input or options it cannot take.
 */
export function analyze(input, options = {}) {
  if (typeof input !== "string") {
    throw new TypeError(`nutshell: input must be a string, not ${input === null ? "null" : typeof input}`);
  }
  checkOptions(options);
  const tooLarge = inputTooLarge(input);
  if (tooLarge) throw new Error(tooLarge);
  return call((glue) => glue.analyze(input, options ?? {}));
}

/**
 * Analyze a page read into the flat page form (`readPage` in ./pageform.js: `{strings, ops,
 * cut}`), for code with no DOM to hand the core (a worker). Same options and result as
 * `analyzeDom`, without `textNodes`: the reader's `nodes` are the text nodes `runs` index.
 */
export function analyzePage(form, options = {}) {
  if (typeof form?.strings !== "string" || !(Array.isArray(form.ops) || form.ops instanceof Uint32Array)) {
    throw new TypeError("nutshell: the page form must be { strings, ops, cut } from readPage()");
  }
  checkOptions(options);
  const ops = form.ops instanceof Uint32Array ? form.ops : Uint32Array.from(form.ops);
  const cut = Array.isArray(form.cut) ? form.cut.join(",") : "";
  return call((glue) => glue.analyzePage(form.strings, ops, cut, options ?? {}));
}

function checkOptions(options) {
  if (options !== undefined && options !== null && (typeof options !== "object" || Array.isArray(options))) {
    throw new TypeError("nutshell: options must be an object");
  }
}

const nodeTypeOf = Object.getOwnPropertyDescriptor(globalThis.Node?.prototype ?? {}, "nodeType")?.get;

function checkRoot(root) {
  // The platform's own getter: it refuses an object that only looks like a node ({nodeType: 9}),
  // and accepts a real node of another realm (an iframe's or DOMParser's document).
  let type = null;
  try {
    type = nodeTypeOf ? nodeTypeOf.call(root) : null;
  } catch {
    type = null;
  }
  if (type !== 1 && type !== 9) {
    throw new TypeError("nutshell: root must be a Document or an Element");
  }
}

/**
 * Find the article in a page and analyze it, reading the live DOM (a `Document`, e.g. `document`
 * or one from `DOMParser`, or an `Element` to look inside). The result is the Analysis of
 * `analyze` plus metadata from the page (title, byline, published, site_name, url, image ...),
 * `runs` and `textNodes`: `rangesOf(a, start, end)` turns any offsets of `a.text` into DOM Ranges.
 */
export function analyzeDom(root, options = {}) {
  checkRoot(root);
  checkOptions(options);
  return call((glue) => glue.analyzeDom(root, options ?? {}));
}

/**
 * Extraction only: `{ title, byline, text, textNodes }` of the article in a live page, without
 * sentences, summary or timeline (the same extractor as `analyzeDom`).
 */
export function extractDom(root) {
  checkRoot(root);
  return call((glue) => glue.extractDom(root));
}

/** Whether a page looks like an article (cheap; Readability's pre-check on the same model). */
export function isProbablyArticle(root) {
  checkRoot(root);
  return call((glue) => glue.isProbablyArticle(root));
}

/**
 * Where `a.text.slice(start, end)` lies in the page, for a result of `analyzeDom`: one piece
 * `{node, offset, end, text}` per text node the stretch crosses, `node` an index into
 * `a.textNodes`, `offset`/`end` UTF-16 positions in that node's data, `text` what they hold.
 * Text the extractor added (a line break between blocks, collapsed whitespace) has no piece.
 * Plain data, so it can be handed to code in another realm (an extension's content script).
 */
export function piecesOf(a, start, end) {
  const out = [];
  const runs = a.runs ?? [];
  // Runs are in text order: binary search for the first that ends after `start`.
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < runs.length && runs[k].start < end; k++) {
    const r = runs[k];
    const s = Math.max(start, r.start);
    const e = Math.min(end, r.end);
    if (s < e)
      out.push({
        node: r.node,
        offset: r.offset + (s - r.start),
        end: r.offset + (e - r.start),
        text: a.text.slice(s, e),
      });
  }
  return out;
}

/**
 * The DOM Ranges that hold `a.text.slice(start, end)` for a result of `analyzeDom`, one per
 * piece (see `piecesOf`). Empty when `a` has no `textNodes`.
 */
export function rangesOf(a, start, end) {
  const nodes = a.textNodes;
  if (!nodes) return [];
  return piecesOf(a, start, end).flatMap((p) => {
    const node = nodes[p.node];
    if (!node) return [];
    const range = node.ownerDocument.createRange();
    range.setStart(node, p.offset);
    range.setEnd(node, p.end);
    return [range];
  });
}

// @test-hook-start (tools/build-npm.sh and tools/build-extension.sh leave this out)
/** Panics inside the core on purpose (tests only: proves the recovery above). */
export function __panicForTests() {
  return call((glue) => glue.__panicForTests());
}
// @test-hook-end
