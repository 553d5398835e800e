// A face of the browser's built-in Summarizer API (the Writing Assistance APIs spec), backed by
// Nutshell's WebAssembly core, so a site that uses the built-in API where the browser has it
// can load Nutshell everywhere else and keep its code:
//
//   import { Summarizer } from "nutshell-summarizer/summarizer";
//   const s = await Summarizer.create({ type: "key-points", length: "short", format: "markdown" });
//   const text = await s.summarize(article, { signal });
//
// What follows the spec as written: option conversion (TypeError for a value outside an enum),
// language tags (RangeError when malformed, canonicalized and deduplicated, best-fit matched),
// availability per language, create() with its monitor (ProgressEvents at 0 and 1) and signal,
// destroy() and per-call signals (AbortError or the signal's reason, promptly, the result
// discarded), summarizeStreaming() throwing at once when already aborted, measureInputUsage()
// and inputQuota, and QuotaExceededError with `requested` and `quota`. The core runs in the
// worker of Nutshell's async API (./nutshell-async.js), so a long input never holds the page and
// an abort stops the work itself.
//
// Differences from the built-in API (docs/surfaces.md, "npm package"): the summary
// is extractive (the article's own sentences, never new wording), so an output language must be
// the input's; `sharedContext` and `context` are kept and counted but do not change the summary;
// usage is counted in UTF-8 bytes, not model tokens; streaming yields whole sentences.

import { init, analyze, utf8Length, MAX_INPUT_BYTES } from "./nutshell.js";
import { Nutshell } from "./nutshell-async.js";
import { escapeMarkdown, summarySentences, squeeze } from "./present.js";
export { init };

const TYPES = ["tldr", "teaser", "key-points", "headline"];
const LENGTHS = ["short", "medium", "long"];
const FORMATS = ["plain-text", "markdown"];

/** The core's input limit (src/input/mod.rs MAX_INPUT_BYTES), in UTF-8 bytes. */
export const INPUT_QUOTA = MAX_INPUT_BYTES;

/**
 * Languages (ISO 639-1) the core summarizes with its own data: stems and stop lists
 * (src/text/words.rs), plus those tests/languages.rs checks without them (zh, ja, pl). Any
 * region or script of one of these (en-GB, zh-Hant) is the same language to an extractive
 * summary. Other languages are "unavailable" when named in `expectedInputLanguages`.
 */
export const LANGUAGES = Object.freeze([
  "ar",
  "da",
  "de",
  "el",
  "en",
  "es",
  "fi",
  "fr",
  "hu",
  "it",
  "ja",
  "nl",
  "no",
  "pl",
  "pt",
  "ro",
  "ru",
  "sv",
  "ta",
  "tr",
  "zh",
]);

// ---- Errors -----------------------------------------------------------------------------

function domError(name, message) {
  return typeof DOMException === "function"
    ? new DOMException(message, name)
    : Object.assign(new Error(message), { name });
}

/**
 * A QuotaExceededError with `requested` and `quota` (Web IDL's own interface where the browser
 * has it; a DOMException named so, carrying both numbers, elsewhere).
 */
function quotaError(requested, quota) {
  const message = `The input needs ${requested} of the ${quota} bytes of input quota.`;
  if (typeof globalThis.QuotaExceededError === "function") {
    try {
      const e = new globalThis.QuotaExceededError(message, { requested, quota });
      if (e.requested === requested) return e;
    } catch {
      // An older shape of the interface: fall through to a DOMException.
    }
  }
  const e = domError("QuotaExceededError", message);
  Object.defineProperties(e, {
    requested: { value: requested, enumerable: true },
    quota: { value: quota, enumerable: true },
  });
  return e;
}

// ---- Web IDL conversions ------------------------------------------------------------------

/** DOMString: like String(), but a Symbol is a TypeError. */
function domString(v) {
  return `${v}`;
}

function dictionary(v, what) {
  if (v === undefined || v === null) return {};
  if (typeof v !== "object" && typeof v !== "function") throw new TypeError(`Summarizer: ${what} must be an object`);
  return v;
}

function enumValue(v, allowed, name, fallback) {
  if (v === undefined) return fallback;
  const s = domString(v);
  if (!allowed.includes(s)) {
    throw new TypeError(`Summarizer: ${JSON.stringify(s)} is not a valid value for ${name} (${allowed.join(", ")})`);
  }
  return s;
}

function stringList(v, name) {
  if (v === undefined) return undefined;
  if (v === null || typeof v !== "object" || typeof v[Symbol.iterator] !== "function") {
    throw new TypeError(`Summarizer: ${name} must be a sequence of strings`);
  }
  return Array.from(v, domString);
}

function isAbortSignal(v) {
  return Object.prototype.toString.call(v) === "[object AbortSignal]";
}

function signalOption(v) {
  if (v === undefined) return undefined;
  if (!isAbortSignal(v)) throw new TypeError("Summarizer: signal must be an AbortSignal");
  return v;
}

/** SummarizerCreateCoreOptions, its members read in the spec's (alphabetical) order. */
function coreOptions(options) {
  const o = dictionary(options, "options");
  const expectedContextLanguages = stringList(o.expectedContextLanguages, "expectedContextLanguages");
  const expectedInputLanguages = stringList(o.expectedInputLanguages, "expectedInputLanguages");
  const format = enumValue(o.format, FORMATS, "format", "markdown");
  const length = enumValue(o.length, LENGTHS, "length", "short");
  const outputLanguage = o.outputLanguage === undefined ? undefined : domString(o.outputLanguage);
  const type = enumValue(o.type, TYPES, "type", "key-points");
  return { o, expectedContextLanguages, expectedInputLanguages, format, length, outputLanguage, type };
}

/** SummarizerCreateOptions: the core options, then monitor, sharedContext and signal. */
function createOptions(options) {
  const c = coreOptions(options);
  const monitor = c.o.monitor;
  if (monitor !== undefined && typeof monitor !== "function")
    throw new TypeError("Summarizer: monitor must be a function");
  const sharedContext = c.o.sharedContext === undefined ? undefined : domString(c.o.sharedContext);
  const signal = signalOption(c.o.signal);
  return { ...c, monitor, sharedContext, signal };
}

/** SummarizerSummarizeOptions: context, signal. */
function callOptions(options) {
  const o = dictionary(options, "options");
  const context = o.context === undefined ? undefined : domString(o.context);
  const signal = signalOption(o.signal);
  return { context, signal };
}

function inputString(args) {
  if (args.length < 1) throw new TypeError("Summarizer: 1 argument required, but only 0 present");
  return domString(args[0]);
}

// ---- Language tags ------------------------------------------------------------------------

/** One tag, structurally validated (RangeError) and canonicalized (ECMA-402). */
function canonicalTag(tag) {
  return Intl.getCanonicalLocales(tag)[0];
}

/** Validate, canonicalize and deduplicate the language options in place. */
function canonicalizeLanguages(c) {
  for (const key of ["expectedInputLanguages", "expectedContextLanguages"]) {
    if (c[key] !== undefined) c[key] = [...new Set(c[key].map(canonicalTag))];
  }
  if (c.outputLanguage !== undefined) c.outputLanguage = canonicalTag(c.outputLanguage);
}

/** A tag without its Unicode extension sequences (what a best-fit match returns). */
function withoutExtensions(tag) {
  const i = tag.search(/-x-/i);
  const head = i < 0 ? tag : tag.slice(0, i);
  const tail = i < 0 ? "" : tag.slice(i);
  return head.replace(/-u(?:-[a-z0-9]{2,8})+/gi, "") + tail;
}

const primary = (tag) => tag.split("-")[0];

/**
 * Language availability as the spec computes it, with Nutshell's partition: input and output
 * languages are those of LANGUAGES (any region or script); context is kept but never read, so
 * its language does not matter. An output language none of the expected input languages has is
 * "unavailable": an extractive summary cannot change language. Replaces each tag with its
 * best-fit match (the tag without Unicode extensions).
 */
function languageAvailability(c) {
  const supported = (tag) => LANGUAGES.includes(primary(tag));
  let ok = true;
  if (c.expectedInputLanguages) {
    c.expectedInputLanguages = [...new Set(c.expectedInputLanguages.map(withoutExtensions))];
    ok &&= c.expectedInputLanguages.every(supported);
  }
  if (c.expectedContextLanguages)
    c.expectedContextLanguages = [...new Set(c.expectedContextLanguages.map(withoutExtensions))];
  if (c.outputLanguage !== undefined) {
    c.outputLanguage = withoutExtensions(c.outputLanguage);
    ok &&= supported(c.outputLanguage);
    const inputs = c.expectedInputLanguages ?? [];
    if (inputs.length && !inputs.some((t) => primary(t) === primary(c.outputLanguage))) ok = false;
  }
  return ok ? "available" : "unavailable";
}

function availabilityOf(c) {
  if (typeof WebAssembly !== "object") return "unavailable";
  // Every type, format and length is available; languages decide the rest.
  return languageAvailability(c);
}

// ---- Usage --------------------------------------------------------------------------------

/**
 * Input usage of one call: the UTF-8 bytes of what a model would be given, the input and the
 * context joined by a line break. Never 0: the quota is finite (the spec asks for a positive
 * number then), and it grows with the input's length.
 */
function usageOf(input, context) {
  return utf8Length(input) + 1 + utf8Length(context ?? "");
}

// ---- Abort signals ------------------------------------------------------------------------

/** One signal aborted when any of `signals` is (AbortSignal.any, or the same by hand). */
function anySignal(signals) {
  const list = signals.filter(Boolean);
  if (list.length === 1) return list[0];
  if (typeof AbortSignal.any === "function") return AbortSignal.any(list);
  const controller = new AbortController();
  for (const s of list) {
    if (s.aborted) {
      controller.abort(s.reason);
      break;
    }
    s.addEventListener("abort", () => controller.abort(s.reason), { once: true });
  }
  return controller.signal;
}

/** Resolves after pending events (an abort() issued right after the call) have run. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * A promise that `run(resolve, reject)` settles, or that rejects with the abort reason when
 * `signal` aborts first (the abort listener goes when it settles).
 */
function untilAborted(signal, run) {
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    const settle = (f) => (v) => {
      signal.removeEventListener("abort", onAbort);
      f(v);
    };
    run(settle(resolve), settle(reject));
  });
}

// ---- The monitor --------------------------------------------------------------------------

const handlers = new WeakMap();

/**
 * What create()'s `monitor` callback receives: an EventTarget that hears `downloadprogress`
 * ProgressEvents (`loaded` 0, then 1, `total` 1, `lengthComputable`), also through
 * `ondownloadprogress`.
 */
export class CreateMonitor extends EventTarget {
  get ondownloadprogress() {
    return handlers.get(this)?.fn ?? null;
  }

  set ondownloadprogress(fn) {
    let h = handlers.get(this);
    if (typeof fn !== "function") {
      if (h) h.fn = null;
      return;
    }
    if (!h) {
      // Registered once, at the first assignment, like any event handler attribute.
      h = { fn: null };
      handlers.set(this, h);
      this.addEventListener("downloadprogress", (e) => h.fn?.call(this, e));
    }
    h.fn = fn;
  }
}

function progressEvent(loaded) {
  const init = { loaded, total: 1, lengthComputable: true };
  if (typeof ProgressEvent === "function") return new ProgressEvent("downloadprogress", init);
  const e = new Event("downloadprogress");
  for (const [k, v] of Object.entries(init)) Object.defineProperty(e, k, { value: v, enumerable: true });
  return e;
}

// ---- The summary --------------------------------------------------------------------------

/** Only whitespace and control or format characters: nothing to summarize. */
const NOTHING = /^[\s\p{Cc}\p{Cf}]*$/u;

/** The pieces of a summary in the order they are emitted (sentences; one headline). */
function pieces(a, type, format) {
  const md = format === "markdown";
  if (type === "headline") {
    const h = a.headline ?? summarySentences(a)[0] ?? "";
    return h ? [md ? escapeMarkdown(h) : squeeze(h)] : [];
  }
  const sentences = summarySentences(a);
  if (type === "key-points")
    return sentences.map((s, i) => (i ? "\n" : "") + (md ? `- ${escapeMarkdown(s)}` : `• ${s}`));
  return sentences.map((s, i) => (i ? " " : "") + (md ? escapeMarkdown(s) : s));
}

// ---- The core, off the page's thread ------------------------------------------------------

/**
 * Where the core runs: the worker of Nutshell's async API (./nutshell-async.js), one for every
 * summarizer of the page, so a long input never holds the page and an abort can stop it (the
 * worker is terminated with the reason, and the next call starts a new one). Calls take turns
 * here rather than in the worker's own queue, so a call aborted while waiting never runs, and
 * terminating the worker stops only the call that is running. Where there is no Worker (Node,
 * Deno without one) or the caller passed the wasm as bytes or a module (which a worker cannot
 * fetch), the core runs on this thread, as the synchronous API does. A call still running after
 * CALL_TIMEOUT stops with an UnknownError (the built-in API has none; the caller's signal is the
 * way to stop sooner): 1.9 MB took 13-16 s in the worker on a loaded two-core machine, and the
 * quota is 16 MiB.
 */
const CALL_TIMEOUT = 5 * 60 * 1000;
const cores = new Map();
let turn = Promise.resolve();

function workerFor(wasm) {
  if (typeof Worker !== "function") return null;
  if (wasm !== undefined && typeof wasm !== "string" && !(wasm instanceof URL)) return null;
  const key = wasm === undefined ? "" : String(wasm);
  if (!cores.has(key))
    cores.set(key, new Nutshell(wasm === undefined ? { timeout: CALL_TIMEOUT } : { timeout: CALL_TIMEOUT, wasm }));
  return cores.get(key);
}

/** Load the core where calls will run (the worker, or this thread). */
async function loadCore(wasm) {
  const w = workerFor(wasm);
  if (!w) return init(wasm);
  // A first call starts the worker and loads the wasm there; its answer is not needed.
  await w.analyze("Ready.", { input: "text" }).catch((e) => {
    if (!/empty|no sentences|no prose/i.test(e?.message)) throw e;
  });
}

/** Run `task` when the calls before it are done (one call in the core at a time). */
function inTurn(task) {
  const run = turn.then(task);
  turn = run.catch(() => {});
  return run;
}

/**
 * The core's work for one call: the Analysis of `text`, or null when `signal` aborted first.
 * Starts after pending events, so an abort issued right after the call stops it before it
 * starts; an abort while it runs terminates the worker.
 */
function runCore(text, o, signal, wasm) {
  const options = { input: "text", style: o.type, length: o.length };
  return inTurn(async () => {
    await nextTask();
    if (signal.aborted) return null;
    const w = workerFor(wasm);
    try {
      if (!w) return analyze(text, options);
      const stop = () => w.terminate(signal.reason);
      signal.addEventListener("abort", stop, { once: true });
      try {
        return await w.analyze(text, options);
      } finally {
        signal.removeEventListener("abort", stop);
      }
    } catch (e) {
      if (signal.aborted) return null;
      // The core says so when the text holds no sentence: an empty summary, not an error.
      if (/empty|no sentences|no prose/i.test(e?.message)) return { empty: true };
      throw domError("UnknownError", String(e?.message ?? e));
    }
  });
}

// ---- The class ----------------------------------------------------------------------------

const CREATE = Symbol("create");

export class Summarizer {
  #o;
  #quota;
  #destroyer = new AbortController();

  constructor(o, key) {
    if (key !== CREATE) throw new TypeError("Illegal constructor: use Summarizer.create()");
    this.#o = o;
    this.#quota = INPUT_QUOTA - (o.sharedContext === null ? 0 : utf8Length(o.sharedContext));
  }

  /**
   * "available" where WebAssembly runs and the languages named are ones the core summarizes
   * (and the output language is an input language); "unavailable" otherwise. Never
   * "downloadable": there is no model to download. Rejects with TypeError for a value outside
   * an enum and RangeError for a malformed language tag.
   */
  static async availability(options = {}) {
    const c = coreOptions(options);
    canonicalizeLanguages(c);
    await null;
    return availabilityOf(c);
  }

  /** Load the core (once) and return a summarizer with these options, as the spec creates one. */
  static create(options = {}) {
    let c;
    try {
      c = createOptions(options);
      canonicalizeLanguages(c);
    } catch (e) {
      return Promise.reject(e);
    }
    const signal = c.signal;
    if (signal?.aborted) return Promise.reject(signal.reason);
    let monitor = null;
    if (c.monitor) {
      monitor = new CreateMonitor();
      try {
        c.monitor.call(undefined, monitor);
      } catch (e) {
        return Promise.reject(e);
      }
    }
    return new Promise((resolve, reject) => {
      let settled = false;
      const fail = (e) => {
        if (!settled) reject(e);
        settled = true;
      };
      const onAbort = () => fail(signal.reason);
      signal?.addEventListener("abort", onAbort, { once: true });
      (async () => {
        await null;
        if (availabilityOf(c) === "unavailable") {
          const what = c.outputLanguage ? ` for output language ${c.outputLanguage}` : "";
          throw domError(
            "NotSupportedError",
            `Summarizer: these options cannot be met${what}; availability() is "unavailable"`,
          );
        }
        // Nothing to download: the monitor hears 0 and 1, each as its own task, unless aborted.
        for (const loaded of [0, 1]) {
          await nextTask();
          if (signal?.aborted || !monitor) continue;
          monitor.dispatchEvent(progressEvent(loaded));
        }
        const shared = c.sharedContext === undefined ? 0 : utf8Length(c.sharedContext);
        if (shared > INPUT_QUOTA) throw quotaError(shared, INPUT_QUOTA);
        await loadCore(c.o.wasm);
        await nextTask();
        if (settled || signal?.aborted) return;
        const s = new Summarizer(
          {
            type: c.type,
            length: c.length,
            format: c.format,
            sharedContext: c.sharedContext ?? null,
            expectedInputLanguages: c.expectedInputLanguages?.length
              ? Object.freeze([...c.expectedInputLanguages])
              : null,
            expectedContextLanguages: c.expectedContextLanguages?.length
              ? Object.freeze([...c.expectedContextLanguages])
              : null,
            outputLanguage: c.outputLanguage ?? null,
            wasm: c.o.wasm,
          },
          CREATE,
        );
        signal?.removeEventListener("abort", onAbort);
        signal?.addEventListener("abort", () => s.#destroy(signal.reason), { once: true });
        settled = true;
        resolve(s);
      })().catch(fail);
    });
  }

  /** The spec's attribute is a DOMString; null (no sharedContext given) reads as "". */
  get sharedContext() {
    return this.#o.sharedContext ?? "";
  }
  get type() {
    return this.#o.type;
  }
  get format() {
    return this.#o.format;
  }
  get length() {
    return this.#o.length;
  }
  get expectedInputLanguages() {
    return this.#o.expectedInputLanguages;
  }
  get expectedContextLanguages() {
    return this.#o.expectedContextLanguages;
  }
  get outputLanguage() {
    return this.#o.outputLanguage;
  }
  /** Input quota left for each call, in UTF-8 bytes: the core's limit less `sharedContext`. */
  get inputQuota() {
    return this.#quota;
  }

  /** The signal a call watches: this summarizer's destruction and the caller's own signal. */
  #signal(signal) {
    return anySignal([this.#destroyer.signal, signal]);
  }

  /**
   * Run one summary: `chunk(piece)` per piece, then `done()`, or `error(e)`; nothing after the
   * signal aborts or `stopped()` says so.
   */
  #produce(text, context, signal, { chunk, done, error, stopped = () => false }) {
    const usage = usageOf(text, context);
    if (usage > this.#quota) return error(quotaError(usage, this.#quota));
    if (NOTHING.test(text)) return nextTask().then(() => signal.aborted || stopped() || done());
    runCore(text, this.#o, signal, this.#o.wasm).then(
      (a) => {
        if (a === null || signal.aborted || stopped()) return;
        if (a.empty) return done();
        const want = this.#o.outputLanguage;
        if (want && a.language !== "und" && a.language !== primary(want)) {
          return error(
            domError(
              "NotSupportedError",
              `Summarizer: the input is in ${a.language}; an extractive summary cannot be in ${want}`,
            ),
          );
        }
        for (const p of pieces(a, this.#o.type, this.#o.format)) chunk(p);
        done();
      },
      (e) => signal.aborted || stopped() || error(e),
    );
  }

  /**
   * A call's input text, context and signal (the destroyer's and the caller's), converted as the
   * built-in API does; throws a TypeError for bad arguments, the abort reason when already aborted.
   */
  #call(args) {
    const text = inputString(args);
    const o = callOptions(args[1]);
    const signal = this.#signal(o.signal);
    if (signal.aborted) throw signal.reason;
    return { text, context: o.context, signal };
  }

  /**
   * `run(call, resolve, reject)` as a promise, rejected instead for bad arguments, an aborted
   * signal, or an abort before it settles.
   */
  #promise(args, run) {
    let call;
    try {
      call = this.#call(args);
    } catch (e) {
      return Promise.reject(e);
    }
    return untilAborted(call.signal, (resolve, reject) => run(call, resolve, reject));
  }

  /** The summary as one string (`format` plain text or Markdown). */
  summarize(...args) {
    return this.#promise(args, ({ text, context, signal }, resolve, reject) => {
      let out = "";
      this.#produce(text, context, signal, {
        chunk: (p) => {
          out += p;
        },
        done: () => resolve(out),
        error: reject,
      });
    });
  }

  /**
   * The summary as a ReadableStream of string chunks, one per sentence (the built-in API streams
   * tokens; an extractive summary is ready whole, so it streams sentence by sentence). Throws at
   * once when the summarizer is destroyed or the signal already aborted.
   */
  summarizeStreaming(...args) {
    const { text, context, signal } = this.#call(args);
    let canceled = false;
    let finished = false;
    const produce = (text, context, handlers) => this.#produce(text, context, signal, handlers);
    return new ReadableStream({
      start(controller) {
        const onAbort = () => {
          if (finished || canceled) return;
          finished = true;
          controller.error(signal.reason);
        };
        signal.addEventListener("abort", onAbort, { once: true });
        const end = () => {
          finished = true;
          signal.removeEventListener("abort", onAbort);
        };
        produce(text, context, {
          chunk: (p) => {
            if (!finished && !canceled) controller.enqueue(p);
          },
          done: () => {
            if (finished || canceled) return;
            end();
            controller.close();
          },
          error: (e) => {
            if (finished || canceled) return;
            end();
            controller.error(e);
          },
          stopped: () => canceled,
        });
      },
      cancel() {
        canceled = true;
      },
    });
  }

  /**
   * How much of `inputQuota` a call with this input and context uses: UTF-8 bytes of the input
   * and the context joined by a line break (so never 0).
   */
  measureInputUsage(...args) {
    return this.#promise(args, ({ text, context, signal }, resolve) =>
      nextTask().then(() => signal.aborted || resolve(usageOf(text, context))),
    );
  }

  #destroy(reason) {
    this.#destroyer.abort(reason);
  }

  /** Release the summarizer: calls in progress and later ones reject with an AbortError. */
  destroy() {
    this.#destroy(domError("AbortError", "The summarizer has been destroyed."));
  }
}

export default Summarizer;
