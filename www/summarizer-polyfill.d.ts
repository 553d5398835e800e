// Side effect only: defines `self.Summarizer` as Nutshell's face where the browser has none, or
// has one whose availability() is not "available" (then kept as `Summarizer.builtin`).
import type { Summarizer as NutshellSummarizer } from "./summarizer.js";
declare global {
  // eslint-disable-next-line no-var
  var Summarizer: typeof NutshellSummarizer & { readonly nutshell?: true; readonly builtin?: unknown };
}
export {};
