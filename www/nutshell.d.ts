// Types of Nutshell's JS API (www/nutshell.js). They mirror src/analysis.rs (the result) and
// src/options.rs (the options) field for field: when a field is added there, add it here, in
// the interface of the same name, with the same doc line.
//
// Offsets (`start`, `end`) are UTF-16 code units into `Analysis.text`, end exclusive, so
// `analysis.text.slice(start, end)` is the sentence or expression. Missing values are `null`.

/** What kind of line or block a sentence comes from. Only `prose` is ranked and summarized. */
export type Kind = "prose" | "title" | "heading" | "dateline" | "boilerplate";

/** TimeML TIMEX3 types. */
export type TimexType = "DATE" | "TIME" | "DURATION" | "SET";

/** TIMEX3 `mod` values. */
export type TimexMod =
  | "BEFORE" | "AFTER" | "ON_OR_BEFORE" | "ON_OR_AFTER" | "LESS_THAN" | "MORE_THAN"
  | "EQUAL_OR_LESS" | "EQUAL_OR_MORE" | "START" | "MID" | "END" | "APPROX" | "EARLY" | "LATE";

/** Calendar granularity of a timeline entry (src/time/value.rs, `Granularity::name`). */
export type Granularity =
  | "millennium" | "century" | "decade" | "year" | "half" | "quarter" | "season" | "month"
  | "week" | "weekend" | "day" | "part-of-day" | "hour" | "minute";

/** Where `Analysis.published` came from. */
export type PublishedSource = "option" | "text" | "meta";

/** Where `Analysis.reference` came from: the publication date's source, or `story` (the latest day the story establishes). */
export type ReferenceSource = PublishedSource | "story";

/** What one expression was read against: the publication date or the story's clock. */
export type TimexAnchor = "published" | "story";

/** The reference the document's relative dates were read against. */
export interface Reference {
  /** TIMEX3 value at its granularity: `2019-02-19`, or `2019-06` for a month date line. */
  value: string;
  source: ReferenceSource;
}

export interface Sentence {
  /** UTF-16 offset of the first character. */
  start: number;
  /** UTF-16 offset just past the last character. */
  end: number;
  /** Rank score; 0 for sentences that are not prose. */
  score: number;
  kind: Kind;
}

export interface Keyword {
  text: string;
  score: number;
}

/** A temporal expression in the text. */
export interface Timex {
  start: number;
  end: number;
  /** The expression as written: `text.slice(start, end)`. */
  text: string;
  type: TimexType;
  /** TIMEX3 value: `2020-10-05`, `2020-10`, `2020-W40`, `199`, `P3D`, `PRESENT_REF`, `XXXX-09-27` ... */
  value: string;
  /** TIMEX3 mod, present only when the expression carries one ("early 2020": `EARLY`). */
  mod?: TimexMod;
  /** Index into `Analysis.sentences` of the sentence holding the expression. */
  sentence: number;
  /** What the value was read against; null when it needs no reference ("3 June 2019", "three days") or found none. */
  anchor: TimexAnchor | null;
}

/** One dated event: a distinct calendar value and what the article says happened then. */
export interface TimelineEntry {
  /** TIMEX3 value of the date. */
  value: string;
  granularity: Granularity;
  /** Index into `Analysis.sentences` of the first mention. */
  sentence: number;
  /** Index into `Analysis.timexes` of the first mention. */
  timex: number;
  /** Indices into `Analysis.timexes` of every expression that resolves to this entry. */
  mentions: number[];
  /** The event clause, trimmed. */
  label: string;
  /** A planned or expected event. */
  future: boolean;
  /** This entry is the publication date. */
  published: boolean;
  /** How central the event is to the story (higher is more). */
  salience: number;
}

/**
 * A stretch of `Analysis.text` copied one character for one from a text node of the page:
 * `text.slice(start, end)` is that node's data from `offset` on. `node` numbers the page's text
 * nodes in tree order (leaving out those inside script, style, svg ...). Empty for text input.
 */
export interface Run {
  start: number;
  end: number;
  node: number;
  /** Offset into the text node's data, UTF-16 code units (the DOM's unit). */
  offset: number;
}

/**
 * A limit that shaped a partial result (src/limits.rs; SECURITY.md, "Resource limits"): the
 * input was too big or too convoluted to be read or analyzed whole.
 */
export interface Cut {
  /** `html_depth`, `html_formatting`, `html_attributes`, `html_nodes`, `html_work`, `dom_nodes`, `dom_text`, `sentences`, `tokens`, `keywords`. */
  limit: string;
  /** The limit's value for this input. */
  max: number;
  /** What was left out, for a person. */
  message: string;
}

/**
 * The result of `analyze`: the same shape as the CLI's JSON, offsets in UTF-16 code units.
 * Every string field is text from the input (untrusted): render it as text, never as HTML, and
 * check a URL's scheme yourself before linking it (`url` and `image` are http(s) or null).
 */
export interface Analysis {
  title: string | null;
  byline: string | null;
  /** ISO 8601 / TIMEX3 value at the granularity known (`2021-03` for a month header). */
  published: string | null;
  published_source: PublishedSource | null;
  /** The reference relative dates were actually read against: the publication date, or the story's clock when the publication date is missing, coarser than a day or far from the story's own dates; null when there is neither. */
  reference: Reference | null;
  /** ISO 639-1 code of the article's language. */
  language: string;
  /** The article text every offset indexes (the input verbatim for text input). */
  text: string;
  sentences: Sentence[];
  /** Indices into `sentences`, in document order. */
  summary: number[];
  /** With style `headline`: the summary's sentence as a headline, cut to its leading clause; null otherwise. */
  headline: string | null;
  keywords: Keyword[];
  /** Temporal expressions in text order. */
  timexes: Timex[];
  /** Dated events in date order. */
  timeline: TimelineEntry[];
  /** Site name from the page's metadata (HTML input); null when unknown or for text input. */
  site_name: string | null;
  /** Last modification date the page states (ISO 8601); null when unknown. */
  modified: string | null;
  /** Canonical URL of the page, resolved against its address; http(s) only, else null. */
  url: string | null;
  /** Lead image URL, resolved against the page's address; http(s) only, else null. */
  image: string | null;
  /** Whether the page looks like an article (Readability's pre-check); null for text input. */
  probably_article: boolean | null;
  /** Map from `text` back to the page's text nodes (empty for text input). */
  runs: Run[];
  /** The limits that shaped this result; empty when the whole input was read and analyzed. */
  cut: Cut[];
}

/** How to read the input: HTML when it starts like markup (`auto`), or as given. */
export type InputKind = "auto" | "text" | "html";

/** Direction of an underspecified date with no tense to go by. */
export type Prefer = "tense" | "past" | "future";

/** Summary style, after the browser Summarizer API's types. */
export type Style = "key-points" | "tldr" | "teaser" | "headline";

/** Summary length for a style. */
export type Length = "short" | "medium" | "long";

/** Options of `analyze`: the same keys as a CLI `--batch` line. Unknown keys are ignored. */
export interface Options {
  input?: InputKind;
  /** Publication date, `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or full ISO 8601; overrides what the document says. */
  published?: string | null;
  /** At most this many summary sentences (default 3 when no other bound is set). */
  sentences?: number | null;
  /** At most this many words in the summary (with `sentences`, the tighter bound holds). */
  words?: number | null;
  /** At most this share (0 < ratio <= 1) of the article's prose sentences, at least one. */
  ratio?: number | null;
  /** Summary style; with `length`, sets a sentence count. */
  style?: Style | null;
  /** `short` (the default), `medium` or `long`, for the style. */
  length?: Length | null;
  /** Force the language (ISO 639-1) instead of detecting it. */
  language?: string | null;
  /** Alias of `language`. */
  lang?: string | null;
  prefer?: Prefer;
  /** The page's address, for the URL date pattern and `url` in the result (analyzeDom). */
  url?: string | null;
}

/**
 * Load and start the WebAssembly core. `source` may be a URL of `nutshell_bg.wasm`, its bytes,
 * or a compiled module. Without arguments the full module (`pkg/full/nutshell_bg.wasm`, every
 * language) is loaded. With a `source` (the English core, `pkg/nutshell_bg.wasm`), a call on a
 * text in another language throws an Error with `needsFull: true` until `loadFull()` has loaded
 * `full` (default: `full/nutshell_bg.wasm` beside a URL `source`); `anyLanguage` does both.
 */
export function init(
  source?: string | URL | Request | BufferSource | WebAssembly.Module,
  options?: { full?: string | URL | BufferSource | WebAssembly.Module },
): Promise<void>;

/** Switch to the full module (every language), loading it once. */
export function loadFull(): Promise<void>;

/** `fn()`, run again after `loadFull()` when the core lacked the text's language. */
export function anyLanguage<T>(fn: () => T): Promise<T>;


/** Whether `init()` has finished. */
export function ready(): boolean;

/**
 * Summarize an article and build its timeline. Throws an `Error` with a readable message for
 * input it cannot take (empty, binary, too large, HTML before extraction lands) or bad options;
 * an internal error (a bug) throws `Error("nutshell: internal error: ...")` and the core restarts.
 */
export function analyze(input: string, options?: Options): Analysis;

/** The result of `analyzeDom`: the Analysis plus the page's text nodes that `runs[i].node` indexes. */
export interface DomAnalysis extends Analysis {
  textNodes: Text[];
}

/**
 * Find the article in a live page (`document`, a `DOMParser` document, or an `Element` to look
 * inside) and analyze it; metadata (title, byline, dates, site name, URL, image) comes from the
 * page. Throws like `analyze`, and a `TypeError` when `root` is not a Document or an Element.
 */
export function analyzeDom(root: Document | Element, options?: Options): DomAnalysis;

/** The article of a page without the analysis: what `extractDom` returns. */
export interface Extracted {
  title: string | null;
  byline: string | null;
  /** The article text, blocks separated by blank lines. */
  text: string;
  textNodes: Text[];
}

/** Extraction only (no sentences, summary or timeline), with the same extractor as `analyzeDom`. */
export function extractDom(root: Document | Element): Extracted;

/** Whether the page looks like an article: cheap, for deciding whether to offer a summary. */
export function isProbablyArticle(root: Document | Element): boolean;

/** Where a stretch of `Analysis.text` lies in the page: part of one text node. */
export interface Piece {
  /** Index into `textNodes`. */
  node: number;
  /** UTF-16 positions in the node's data. */
  offset: number;
  end: number;
  /** What the node holds there. */
  text: string;
}

/**
 * `a.text.slice(start, end)` as pieces of text nodes: plain data, for highlighting from another
 * realm (an extension's content script). Empty for text input.
 */
export function piecesOf(a: Analysis, start: number, end: number): Piece[];

/**
 * The DOM Ranges holding `a.text.slice(start, end)` (one per text node crossed), e.g. a summary
 * sentence's `start`/`end`, for highlighting it in the page. Empty without `textNodes`.
 */
export function rangesOf(a: DomAnalysis, start: number, end: number): Range[];

/** The core's input limit in UTF-8 bytes (16 MiB). */
export const MAX_INPUT_BYTES: number;

/** UTF-8 length of a string, without encoding it (a lone surrogate counts 3, as U+FFFD). */
export function utf8Length(s: string): number;

/** The core's "too large" message for `input`, decided without copying it, or null. */
export function inputTooLarge(input: string): string | null;

/** A page read into the flat page form (`readPage` in pageform.js). */
export interface PageForm {
  /** Every tag, attribute and text of the page, one after another. */
  strings: string;
  /** The walk: OPEN = 1, attrs, tag length, (name, value length)*; TEXT = 2, length; CLOSE = 3. Lengths in UTF-16 units of `strings`. */
  ops: number[] | Uint32Array;
  /** Limits the reader applied: `dom_text`, `dom_nodes`. */
  cut: string[];
}

/** Analyze a page form (for code with no DOM: a worker). `analyzeDom`'s result without `textNodes`. */
export function analyzePage(form: PageForm, options?: Options): Analysis;

/** Core instances started and glue copies loaded by this module (a trap replaces the instance in place). */
export function coreStats(): { instances: number; glueCopies: number; resettable: boolean };
