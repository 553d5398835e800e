export * from "./nutshell.js";
export { Summarizer, INPUT_QUOTA, LANGUAGES } from "./summarizer.js";
export type * from "./summarizer.js";
export { toMarkdown, summarySentences, sentenceText, formatDate, isPlanned, escapeMarkdown } from "./present.js";
export type { MarkdownOptions } from "./present.js";
