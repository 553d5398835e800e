// Types of www/summarizer.js: a face compatible with the browser's built-in Summarizer API,
// backed by Nutshell. Differences from the built-in API: the summary is extractive (the
// article's own sentences); `sharedContext` and `context` are kept but do not change the
// summary; `inputQuota` and `measureInputUsage` count UTF-8 bytes; streaming yields sentences.
import type { Length, Style } from "./nutshell.js";

export type SummarizerType = Style;
export type SummarizerLength = Length;
export type SummarizerFormat = "plain-text" | "markdown";
export type Availability = "unavailable" | "downloadable" | "downloading" | "available";

export interface SummarizerCreateCoreOptions {
  /** Default `key-points`. */
  type?: SummarizerType;
  /** Default `short`. */
  length?: SummarizerLength;
  /** Default `markdown`. */
  format?: SummarizerFormat;
  expectedInputLanguages?: string[];
  expectedContextLanguages?: string[];
  /** An extractive summary is in the input's language; a different one makes availability "unavailable". */
  outputLanguage?: string;
}

export interface SummarizerCreateOptions extends SummarizerCreateCoreOptions {
  /** Kept (readable as `sharedContext`) but not used: Nutshell does not generate text. */
  sharedContext?: string;
  /** Hears one `downloadprogress` event (loaded 1): there is no model to download. */
  monitor?: (monitor: EventTarget) => void;
  /** Aborting before creation rejects; after, destroys the summarizer. */
  signal?: AbortSignal;
  /** Nutshell extension: where the wasm comes from (a URL, bytes or a compiled module). */
  wasm?: string | URL | Request | BufferSource | WebAssembly.Module;
}

export interface SummarizerSummarizeOptions {
  /** Accepted for compatibility; does not change an extractive summary. */
  context?: string;
  signal?: AbortSignal;
}

/** The core's input limit in UTF-8 bytes (16 MiB). */
export const INPUT_QUOTA: number;

export declare class Summarizer {
  private constructor();
  /** "available" where WebAssembly runs and the options are valid; "unavailable" otherwise. Never "downloadable". */
  static availability(options?: SummarizerCreateCoreOptions): Promise<Availability>;
  /** Loads the core once and returns a summarizer. Rejects with TypeError for bad options. */
  static create(options?: SummarizerCreateOptions): Promise<Summarizer>;
  readonly type: SummarizerType;
  readonly length: SummarizerLength;
  readonly format: SummarizerFormat;
  readonly sharedContext: string;
  readonly expectedInputLanguages: ReadonlyArray<string> | null;
  readonly expectedContextLanguages: ReadonlyArray<string> | null;
  readonly outputLanguage: string | null;
  /** Largest input accepted, in the units of `measureInputUsage` (UTF-8 bytes). */
  readonly inputQuota: number;
  /** The summary: key points as lines ("- " in Markdown, "• " in plain text), other types as a paragraph, a headline as one line. */
  summarize(input: string, options?: SummarizerSummarizeOptions): Promise<string>;
  /** The same summary as a stream of chunks, one per sentence; concatenated they equal `summarize`. */
  summarizeStreaming(input: string, options?: SummarizerSummarizeOptions): ReadableStream<string>;
  /** How much of `inputQuota` `input` uses (its UTF-8 length). */
  measureInputUsage(input: string, options?: SummarizerSummarizeOptions): Promise<number>;
  /** Later calls reject with an InvalidStateError DOMException; streams in progress error. */
  destroy(): void;
}

export { init } from "./nutshell.js";
export default Summarizer;
