// nutshell-summarizer: Nutshell's WebAssembly core for the browser (pages, bundlers, Web
// Workers, extension service workers). See README.md.
export { init, ready, analyze, loadFull, anyLanguage } from "./nutshell.js";
export { Summarizer, INPUT_QUOTA, LANGUAGES } from "./summarizer.js";
export { toMarkdown, summarySentences, sentenceText, formatDate, isPlanned, escapeMarkdown } from "./present.js";
