// Types of www/present.js: presenting an Analysis (see nutshell.d.ts) as words.
import type { Analysis, Style, TimelineEntry } from "./nutshell.js";

/** Collapse runs of whitespace to one space and trim. */
export function squeeze(s: string): string;
/** The summary's sentences as strings, in document order. */
export function summarySentences(a: Analysis): string[];
/** Text of sentence `i` (whitespace collapsed); "" when there is none. */
export function sentenceText(a: Analysis, i: number): string;
/** Markdown special characters escaped, so article text never becomes links or markup. */
export function escapeMarkdown(s: string): string;
/** "4 March 2021", "March 2021" or "2021" for a TIMEX3 calendar value; other values as given. */
export function formatDate(value: string, granularity?: string, locale?: string): string;
/** First day of a TIMEX3 calendar value as a UTC time in ms (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www), or null. */
export function startDay(value: string): number | null;
/** A planned or expected event: `future` is set, or it starts after the publication date. */
export function isPlanned(a: Analysis, e: TimelineEntry): boolean;

export interface MarkdownOptions {
  /** The style the analysis was made with: key points become a bullet list. Default `key-points`. */
  style?: Style;
  /** Heading; default the analysis's title, else "Summary". */
  title?: string | null;
  /** Makes the heading a link. */
  url?: string | null;
  /** Include the timeline (default true). */
  timeline?: boolean;
  /** Include the keywords (default true). */
  keywords?: boolean;
}
/** The analysis as Markdown: heading, summary, keywords, timeline. */
export function toMarkdown(a: Analysis, options?: MarkdownOptions): string;
