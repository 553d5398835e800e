// Types of Nutshell's async API (www/nutshell-async.js): the core in a dedicated worker.
import type { Analysis, DomAnalysis, Options, PageForm } from "./nutshell.js";

export interface NutshellOptions {
  /** Milliseconds a call may take in the worker before it is stopped (default 20000). */
  timeout?: number;
  /** URL of the worker script (default: nutshell-worker.js beside nutshell-async.js). */
  worker?: string | URL;
  /** URL of the core (default: pkg/nutshell_bg.wasm beside nutshell-async.js). */
  wasm?: string | URL;
  /**
   * URL of the full module (every language), fetched on the first text in a language the core
   * lacks (default: pkg/full/nutshell_bg.wasm beside nutshell-async.js, or full/ beside `wasm`).
   */
  full?: string | URL;
}

/**
 * The core in a worker. Calls run one at a time, in order; one that runs past `timeout` or traps
 * the core rejects with a readable Error and the worker is replaced. Where the page's CSP forbids
 * workers, calls run on the main thread within the core's same limits (the console says so once).
 */
export class Nutshell {
  constructor(options?: NutshellOptions);
  /** Milliseconds a call may take in the worker (for the calls made from now on). */
  timeout: number;
  /** "worker", "main-thread", or null before the first call. */
  readonly mode: "worker" | "main-thread" | null;
  /** As `analyze` in nutshell.js (HTML strings are parsed on the page side). */
  analyze(input: string, options?: Options): Promise<Analysis>;
  /** As `analyzeDom`: the page is read here (pageform.js), analyzed in the worker; `textNodes` attached here. */
  analyzePage(root: Document | Element, options?: Options): Promise<DomAnalysis>;
  /** A page form read elsewhere (an extension's content script). */
  analyzeForm(form: PageForm, options?: Options): Promise<Analysis>;
  /** Stop the worker now; a call in flight is rejected with `reason`. */
  terminate(reason?: Error): void;
}

/** One `Nutshell` per page. */
export function shared(): Nutshell;

/** Workers started by this module and not yet terminated. */
export function workersAlive(): number;
