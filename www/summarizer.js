// A face compatible with the browser's built-in Summarizer API (Chrome's `Summarizer`), backed
// by Nutshell's WebAssembly core, so a site can write
//
//   const S = (await self.Summarizer?.availability().catch(() => "")) === "available"
//     ? self.Summarizer : (await import("nutshell-summarizer/summarizer")).Summarizer;
//   const s = await S.create({ type: "key-points", length: "short", format: "markdown" });
//   const text = await s.summarize(article);
//
// Differences from the built-in API (stated in the README too): the summary is extractive (the
// article's own sentences, never new wording); `sharedContext` and per-call `context` are kept
// but do not change the summary; `outputLanguage` must be the input's language; `inputQuota` and
// `measureInputUsage` count UTF-8 bytes, not model tokens; streaming yields whole sentences.

import { init, analyze } from "./nutshell.js";
import { escapeMarkdown, summarySentences, squeeze } from "./present.js";
export { init };

const TYPES = ["key-points", "tldr", "teaser", "headline"];
const LENGTHS = ["short", "medium", "long"];
const FORMATS = ["plain-text", "markdown"];
/** The core's input limit (src/input/mod.rs MAX_INPUT_BYTES), in UTF-8 bytes. */
export const INPUT_QUOTA = 16 * 1024 * 1024;

const encoder = new TextEncoder();

function domError(name, message) {
  return typeof DOMException === "function" ? new DOMException(message, name) : Object.assign(new Error(message), { name });
}

function checkOptions(o = {}) {
  const type = o.type ?? "key-points";
  const length = o.length ?? "short";
  const format = o.format ?? "markdown";
  if (!TYPES.includes(type)) throw new TypeError(`Summarizer: type must be one of ${TYPES.join(", ")}, not ${JSON.stringify(type)}`);
  if (!LENGTHS.includes(length)) throw new TypeError(`Summarizer: length must be one of ${LENGTHS.join(", ")}, not ${JSON.stringify(length)}`);
  if (!FORMATS.includes(format)) throw new TypeError(`Summarizer: format must be one of ${FORMATS.join(", ")}, not ${JSON.stringify(format)}`);
  return { type, length, format };
}

function checkSignal(signal) {
  if (signal?.aborted) throw signal.reason ?? domError("AbortError", "The operation was aborted.");
}

/** The pieces of a summary in the order they are emitted (sentences; one headline). */
function pieces(a, type, format) {
  if (type === "headline") {
    const h = a.headline ?? summarySentences(a)[0] ?? "";
    return h ? [squeeze(h)] : [];
  }
  const sentences = summarySentences(a);
  const md = format === "markdown";
  if (type === "key-points") return sentences.map((s, i) => (i ? "\n" : "") + (md ? `- ${escapeMarkdown(s)}` : `• ${s}`));
  return sentences.map((s, i) => (i ? " " : "") + (md ? escapeMarkdown(s) : s));
}

export class Summarizer {
  #options;
  #destroyed = false;
  #controller = new AbortController();

  constructor(options, key) {
    if (key !== CREATE) throw new TypeError("Summarizer: use Summarizer.create()");
    this.#options = options;
  }

  /**
   * "available" once the core can run here (WebAssembly present and the options valid);
   * "unavailable" otherwise. Nutshell has no model to download, so never "downloadable".
   */
  static async availability(options = {}) {
    try {
      checkOptions(options);
    } catch {
      return "unavailable";
    }
    if (typeof WebAssembly !== "object") return "unavailable";
    const langs = [...(options.expectedInputLanguages ?? []), ...(options.expectedContextLanguages ?? [])];
    if (options.outputLanguage && langs.length && !langs.some((l) => l.split("-")[0] === options.outputLanguage.split("-")[0])) {
      return "unavailable"; // an extractive summary is in the input's language
    }
    return "available";
  }

  /** Load the core (once) and return a summarizer with these options. */
  static async create(options = {}) {
    const { type, length, format } = checkOptions(options);
    checkSignal(options.signal);
    // The monitor hears one "downloadprogress" at 1: there is nothing to download.
    if (typeof options.monitor === "function" && typeof EventTarget === "function") {
      const target = new EventTarget();
      options.monitor(target);
      await init(options.wasm);
      const ev = new Event("downloadprogress");
      Object.assign(ev, { loaded: 1, total: 1 });
      target.dispatchEvent(ev);
    } else {
      await init(options.wasm);
    }
    checkSignal(options.signal);
    const s = new Summarizer(
      {
        type, length, format,
        sharedContext: options.sharedContext ?? "",
        expectedInputLanguages: options.expectedInputLanguages ? [...options.expectedInputLanguages] : null,
        expectedContextLanguages: options.expectedContextLanguages ? [...options.expectedContextLanguages] : null,
        outputLanguage: options.outputLanguage ?? null,
      },
      CREATE,
    );
    options.signal?.addEventListener("abort", () => s.destroy(), { once: true });
    return s;
  }

  get type() { return this.#options.type; }
  get length() { return this.#options.length; }
  get format() { return this.#options.format; }
  get sharedContext() { return this.#options.sharedContext; }
  get expectedInputLanguages() { return this.#options.expectedInputLanguages; }
  get expectedContextLanguages() { return this.#options.expectedContextLanguages; }
  get outputLanguage() { return this.#options.outputLanguage; }
  /** Largest input accepted, in the units `measureInputUsage` counts (UTF-8 bytes). */
  get inputQuota() { return INPUT_QUOTA; }

  #check(input, options) {
    if (this.#destroyed) throw domError("InvalidStateError", "The summarizer has been destroyed.");
    checkSignal(options?.signal);
    const text = String(input ?? "");
    const usage = encoder.encode(text).length;
    if (usage > INPUT_QUOTA) throw domError("QuotaExceededError", `The input is ${usage} bytes; the quota is ${INPUT_QUOTA}.`);
    return text;
  }

  #run(text) {
    if (!text.trim()) return [];
    let a;
    try {
      a = analyze(text, { input: "text", style: this.#options.type, length: this.#options.length });
    } catch (e) {
      // The built-in API answers empty-ish input with an empty string, not an error.
      if (/empty|no sentences|no prose/i.test(e.message)) return [];
      throw e;
    }
    return pieces(a, this.#options.type, this.#options.format);
  }

  /** The summary as one string (`format` plain text or Markdown). */
  async summarize(input, options = {}) {
    const text = this.#check(input, options);
    return this.#run(text).join("");
  }

  /**
   * The summary as a ReadableStream of string chunks, one per sentence (the built-in API
   * streams tokens; an extractive summary is ready whole, so it streams sentence by sentence).
   */
  summarizeStreaming(input, options = {}) {
    let parts = null;
    let error = null;
    try {
      parts = this.#run(this.#check(input, options));
    } catch (e) {
      error = e;
    }
    const signal = options.signal;
    const own = this.#controller.signal;
    return new ReadableStream({
      pull(controller) {
        if (error) return controller.error(error);
        if (signal?.aborted) return controller.error(signal.reason ?? domError("AbortError", "The operation was aborted."));
        if (own.aborted) return controller.error(domError("AbortError", "The summarizer has been destroyed."));
        if (parts.length) controller.enqueue(parts.shift());
        if (!parts.length) controller.close();
      },
    });
  }

  /** How much of `inputQuota` this input uses: its UTF-8 length in bytes. */
  async measureInputUsage(input, options = {}) {
    if (this.#destroyed) throw domError("InvalidStateError", "The summarizer has been destroyed.");
    checkSignal(options.signal);
    return encoder.encode(String(input ?? "")).length;
  }

  /** Release the summarizer; later calls reject with InvalidStateError. */
  destroy() {
    this.#destroyed = true;
    this.#controller.abort();
  }
}

const CREATE = Symbol("create");

export default Summarizer;
