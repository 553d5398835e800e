// Nutshell's async API: the core runs in a dedicated worker (./nutshell-worker.js), so a long or
// hostile analysis never freezes the page. The page is read on the page side (./pageform.js)
// into the flat page form, which is all that crosses to the worker; the result comes back
// with `textNodes` attached on the page side, so `rangesOf`/`piecesOf` (./nutshell.js) map
// sentences back to the page as they do for `analyzeDom`.
//
//   import { Nutshell } from "./nutshell-async.js";
//   const core = new Nutshell();                 // or shared(): one per page
//   const a = await core.analyzePage(document, { style: "tldr" });
//   const b = await core.analyze(text, { sentences: 3 });
//
// A call that runs past `timeout` (20 s by default), or that traps the core, terminates the
// worker (its memory goes with it) and rejects with a readable Error; the next call starts a
// new worker. Calls run one at a time, in order. Where the page's Content-Security-Policy
// forbids the worker (`worker-src`), the same calls run on the main thread, within the same
// work limits of the core, and the console says so once. Types: ./nutshell-async.d.ts.

import { inputTooLarge } from "./nutshell.js";
import { readPage } from "./pageform.js";

const WORKER = new URL("./nutshell-worker.js", import.meta.url);
const WASM = new URL("./pkg/nutshell_bg.wasm", import.meta.url);
const FULL = new URL("./pkg/full/nutshell_bg.wasm", import.meta.url);

/** Workers started by this module and not yet terminated (tests count them). */
let alive = 0;
let warned = false;

/** How many of this module's workers are alive. */
export function workersAlive() {
  return alive;
}

export class Nutshell {
  #timeout;
  #workerUrl;
  #wasm;
  #full;
  #worker = null;
  /** Resolves to "worker" or "main-thread" once the core is up. */
  #ready = null;
  #mode = null;
  #pending = null; // the call in flight: { resolve, reject, timer }
  #queue = Promise.resolve();
  #sync = null;

  /**
   * `timeout`: ms a call may take in the worker before it is stopped (default 20000).
   * `worker`, `wasm`, `full`: URLs of the worker script, the core (English) and the full module
   * (every language: fetched on the first text the core lacks the language of), when not beside
   * this file; a `wasm` given alone has its full module in `full/` beside it.
   */
  constructor({ timeout = 20000, worker = WORKER, wasm = WASM, full } = {}) {
    this.#timeout = timeout;
    this.#workerUrl = worker;
    this.#wasm = wasm;
    this.#full = full ?? (wasm === WASM ? FULL : new URL("full/nutshell_bg.wasm", wasm));
  }

  /** Milliseconds a call may take in the worker (for the calls made from now on). */
  get timeout() {
    return this.#timeout;
  }
  set timeout(ms) {
    this.#timeout = ms;
  }

  /** "worker", "main-thread" (the page forbids workers), or null before the first call. */
  get mode() {
    return this.#mode;
  }

  /**
   * Analyze text or an HTML string (as `analyze` in ./nutshell.js). HTML is parsed here, with
   * the page's `DOMParser` (a worker has none), and crosses as the flat page form.
   */
  async analyze(input, options = {}) {
    if (typeof input !== "string") throw new TypeError("nutshell: input must be a string");
    const tooLarge = inputTooLarge(input);
    if (tooLarge) throw new Error(tooLarge);
    try {
      return await this.#enqueue({ op: "analyze", input, options });
    } catch (e) {
      // The core read the input as HTML and found no parser where it runs: parse it here.
      if (!/DOMParser is not available/.test(e?.message) || typeof DOMParser === "undefined") throw e;
      const doc = new DOMParser().parseFromString(input, "text/html");
      const { input: _kind, ...rest } = options ?? {};
      return this.analyzeForm(readPage(doc).form, rest);
    }
  }

  /**
   * Find and analyze the article in a live page (`document`, or an Element to look inside),
   * read here and analyzed in the worker. The result is `analyzeDom`'s: the Analysis with
   * `runs` and `textNodes`.
   */
  async analyzePage(root, options = {}) {
    if (root?.nodeType !== 1 && root?.nodeType !== 9)
      throw new TypeError("nutshell: root must be a Document or an Element");
    const { form, nodes } = readPage(root);
    const a = await this.analyzeForm(form, options);
    a.textNodes = nodes;
    return a;
  }

  /** Analyze a page form read elsewhere (an extension's content script: `readPage`). */
  analyzeForm(form, options = {}) {
    const ops = Uint32Array.from(form.ops);
    return this.#enqueue({ op: "analyzePage", form: { strings: form.strings, ops, cut: form.cut ?? [] }, options }, [
      ops.buffer,
    ]);
  }

  /** Stop the worker now (a call in flight is rejected); the next call starts a new one. */
  terminate(reason = new Error("nutshell: stopped")) {
    const w = this.#worker;
    this.#worker = null;
    this.#ready = null;
    if (w) {
      w.terminate();
      alive -= 1;
    }
    const p = this.#pending;
    this.#pending = null;
    if (p) {
      clearTimeout(p.timer);
      p.reject(reason);
    }
  }

  #enqueue(msg, transfer = []) {
    const run = this.#queue.then(() => this.#call(msg, transfer));
    this.#queue = run.catch(() => {});
    return run;
  }

  async #call(msg, transfer) {
    const mode = await this.#start();
    if (mode === "main-thread") return this.#callSync(msg);
    const w = this.#worker;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        const s = this.#timeout >= 1000 ? Math.round(this.#timeout / 1000) : this.#timeout / 1000;
        this.terminate(new Error(`nutshell: the analysis took longer than ${s} s and was stopped`));
      }, this.#timeout);
      this.#pending = { resolve, reject, timer };
      w.postMessage(msg, transfer);
    });
  }

  #start() {
    if (this.#ready) return this.#ready;
    if (this.#mode === "main-thread") return (this.#ready = Promise.resolve("main-thread"));
    this.#ready = new Promise((resolve) => {
      let w;
      try {
        w = new Worker(this.#workerUrl, { type: "module", name: "nutshell" });
      } catch (e) {
        resolve(this.#fallback(e));
        return;
      }
      alive += 1;
      this.#worker = w;
      let up = false;
      w.onmessage = (ev) => {
        if (w !== this.#worker) return;
        const m = ev.data;
        if (!up) {
          up = true;
          if (m?.ready) {
            this.#mode = "worker";
            resolve("worker");
          } else {
            this.terminate();
            resolve(this.#fallback(new Error(m?.error ?? "the worker did not start")));
          }
          return;
        }
        const p = this.#pending;
        this.#pending = null;
        if (!p) return;
        clearTimeout(p.timer);
        if (m.error === undefined) {
          p.resolve(m.result);
          return;
        }
        const error = new Error(m.error);
        // A trapped core: this worker goes, with all its memory; the next call starts another.
        if (m.trap) this.terminate(error);
        p.reject(error);
      };
      w.onerror = (ev) => {
        ev.preventDefault?.();
        if (w !== this.#worker) return;
        if (!up) {
          // The worker could not be loaded (a CSP that forbids it, where the browser reports
          // that as an error event rather than an exception).
          up = true;
          this.terminate();
          resolve(this.#fallback(new Error(ev.message || "the worker failed to load")));
          return;
        }
        this.terminate(new Error(`nutshell: internal error: the worker failed (${ev.message || "no message"})`));
      };
      w.postMessage({ op: "init", wasm: String(this.#wasm), full: String(this.#full) });
    });
    return this.#ready;
  }

  #fallback(cause) {
    this.#mode = "main-thread";
    if (!warned) {
      warned = true;
      console.warn(
        `nutshell: no worker here (the page's Content-Security-Policy, worker-src, or: ${cause?.message ?? cause}); the core runs on the main thread, within the same limits`,
      );
    }
    return "main-thread";
  }

  async #callSync(msg) {
    this.#sync ??= import("./nutshell.js").then(async (core) => {
      await core.init(this.#wasm, { full: this.#full });
      return core;
    });
    const core = await this.#sync;
    return core.anyLanguage(() =>
      msg.op === "analyze" ? core.analyze(msg.input, msg.options) : core.analyzePage(msg.form, msg.options),
    );
  }
}

let sharedCore = null;

/** One `Nutshell` per page, for surfaces that share it. */
export function shared() {
  sharedCore ??= new Nutshell();
  return sharedCore;
}
