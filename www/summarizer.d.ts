// Types of www/summarizer.js: a face of the browser's built-in Summarizer API (the Writing
// Assistance APIs spec), backed by Nutshell. Every name here is the module's own, so these
// typings sit beside any declaration of the built-in API (@types/dom-chromium-ai, or the DOM
// library's own once it has one) without clashing. Differences from the built-in API: the
// summary is extractive (the article's own sentences); `sharedContext` and `context` are kept
// and counted but do not change the summary; usage is counted in UTF-8 bytes; streaming yields
// sentences.
import type { Length, Style } from "./nutshell.js";

export type SummarizerType = Style;
export type SummarizerLength = Length;
export type SummarizerFormat = "plain-text" | "markdown";
export type Availability = "unavailable" | "downloadable" | "downloading" | "available";

export interface SummarizerCreateCoreOptions {
  /** Default `key-points`. Any other value than the four rejects with TypeError. */
  type?: SummarizerType;
  /** Default `short`. */
  length?: SummarizerLength;
  /** Default `markdown`. */
  format?: SummarizerFormat;
  /** BCP 47 tags (RangeError when malformed); canonicalized and deduplicated. */
  expectedInputLanguages?: ReadonlyArray<string>;
  expectedContextLanguages?: ReadonlyArray<string>;
  /** Must be the language of one of `expectedInputLanguages` (an extractive summary cannot translate). */
  outputLanguage?: string;
}

/** Events a `CreateMonitor` hears. */
export interface CreateMonitorEventMap {
  downloadprogress: ProgressEvent;
}

/**
 * What `monitor` is called with: `downloadprogress` ProgressEvents at `loaded` 0 and then 1
 * (`total` 1, `lengthComputable` true) before `create()` resolves.
 */
export declare class CreateMonitor extends EventTarget {
  ondownloadprogress: ((this: CreateMonitor, ev: ProgressEvent) => unknown) | null;
  addEventListener<K extends keyof CreateMonitorEventMap>(
    type: K,
    listener: (this: CreateMonitor, ev: CreateMonitorEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof CreateMonitorEventMap>(
    type: K,
    listener: (this: CreateMonitor, ev: CreateMonitorEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions): void;
}

export type CreateMonitorCallback = (monitor: CreateMonitor) => void;

export interface SummarizerCreateOptions extends SummarizerCreateCoreOptions {
  /** Kept (readable as `sharedContext`) and counted against `inputQuota`; it does not change the summary. */
  sharedContext?: string;
  /** Called once with a CreateMonitor before anything loads; if it throws, `create()` rejects with that. */
  monitor?: CreateMonitorCallback;
  /** Aborting before creation rejects with its reason; after, destroys the summarizer with it. */
  signal?: AbortSignal;
  /** Nutshell extension: where the wasm comes from (a URL, bytes or a compiled module). */
  wasm?: string | URL | Request | BufferSource | WebAssembly.Module;
}

export interface SummarizerSummarizeOptions {
  /** Counted by `measureInputUsage` and against `inputQuota`; does not change an extractive summary. */
  context?: string;
  /** Aborting rejects the call (or errors the stream) with its reason at once; the result is discarded. */
  signal?: AbortSignal;
}

/**
 * The error of an input over `inputQuota` (Web IDL's QuotaExceededError: a DOMException named
 * "QuotaExceededError"): `requested` is the call's usage, `quota` the quota, both in bytes.
 */
export interface SummarizerQuotaExceededError extends DOMException {
  readonly name: "QuotaExceededError";
  readonly requested: number;
  readonly quota: number;
}

/** The core's input limit in UTF-8 bytes (16 MiB). */
export const INPUT_QUOTA: number;

/** Languages (ISO 639-1) the core summarizes with its own data; any region or script of one of them is available. */
export const LANGUAGES: ReadonlyArray<string>;

export declare class Summarizer {
  private constructor();
  /**
   * "available" where WebAssembly runs and every language named is one of LANGUAGES (the output
   * language also one of the input languages); "unavailable" otherwise. Never "downloadable".
   * Rejects with TypeError for a value outside an enum, RangeError for a malformed language tag.
   */
  static availability(options?: SummarizerCreateCoreOptions): Promise<Availability>;
  /**
   * Loads the core once and returns a summarizer. Rejects with TypeError or RangeError for bad
   * options, NotSupportedError where availability() is "unavailable", the signal's reason when
   * aborted, and QuotaExceededError when `sharedContext` alone is over the quota.
   */
  static create(options?: SummarizerCreateOptions): Promise<Summarizer>;
  /** `""` when none was given. */
  readonly sharedContext: string;
  readonly type: SummarizerType;
  readonly format: SummarizerFormat;
  readonly length: SummarizerLength;
  /** Canonical tags, or null when none (or an empty list) was given. */
  readonly expectedInputLanguages: ReadonlyArray<string> | null;
  readonly expectedContextLanguages: ReadonlyArray<string> | null;
  readonly outputLanguage: string | null;
  /** Bytes each call may use (`measureInputUsage`): the core's limit less `sharedContext`. */
  readonly inputQuota: number;
  /**
   * The summary: key points as lines ("- " in Markdown, "• " in plain text), other types as a
   * paragraph, a headline as one line; Markdown escaped so article text never becomes a link or
   * markup; "" for input with nothing to summarize. Rejects with AbortError after destroy(), the
   * signal's reason when aborted, QuotaExceededError over the quota, NotSupportedError when the
   * input is not in `outputLanguage`.
   */
  summarize(input: string, options?: SummarizerSummarizeOptions): Promise<string>;
  /**
   * The same summary as a stream of chunks, one per sentence; concatenated they equal
   * `summarize`. Throws at once (AbortError or the signal's reason) when already aborted.
   */
  summarizeStreaming(input: string, options?: SummarizerSummarizeOptions): ReadableStream<string>;
  /** UTF-8 bytes of the input and the context joined by a line break (never 0). */
  measureInputUsage(input: string, options?: SummarizerSummarizeOptions): Promise<number>;
  /** Calls in progress and later ones reject with an AbortError DOMException; streams error. */
  destroy(): void;
}

export { init } from "./nutshell.js";
export default Summarizer;
