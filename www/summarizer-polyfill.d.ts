// Types of www/summarizer-polyfill.js: `self.Summarizer` becomes a dispatcher that asks the
// browser's own Summarizer first and answers with Nutshell only where it is absent or
// "unavailable" (see the module's comment).
//
// These typings declare no global value, so they compose with any declaration of the built-in
// API (@types/dom-chromium-ai's `declare abstract class Summarizer`, or the DOM library's own):
// with one in scope, `Summarizer.create(...)` is typed by it, and `self.Summarizer` by both. They
// add the dispatcher to `Window`, so `self.Summarizer` / `window.Summarizer` are typed even
// without one; the module's default export is the same object.
import type {
  Availability,
  Summarizer as NutshellSummarizer,
  SummarizerCreateCoreOptions,
  SummarizerCreateOptions,
} from "./summarizer.js";

/** What the polyfill installs as `self.Summarizer`. */
export interface SummarizerDispatcher {
  /** The browser's answer when "available" (or "downloadable"/"downloading" under the default policy), Nutshell's otherwise. */
  availability(options?: SummarizerCreateCoreOptions): Promise<Availability>;
  /** The browser's summarizer where its availability() allows (see above), Nutshell's otherwise. */
  create(options?: SummarizerCreateOptions): Promise<NutshellSummarizer>;
  readonly prototype: NutshellSummarizer;
  /** The browser's own Summarizer, or null where it has none. */
  readonly builtin: object | null;
  /** Nutshell's face: `s instanceof Summarizer.nutshell` tells which one made `s`. */
  readonly nutshell: typeof NutshellSummarizer;
}

export interface SummarizerPolicy {
  /**
   * Who answers where the browser's model must be downloaded first ("downloadable",
   * "downloading"): the browser (`"native"`, the default) or Nutshell (`"nutshell"`).
   */
  download?: "native" | "nutshell";
}

/** Set how the dispatcher decides (for every later call). */
export function setPolicy(policy?: SummarizerPolicy): void;

declare const Summarizer: SummarizerDispatcher;
export default Summarizer;

declare global {
  interface Window {
    Summarizer: SummarizerDispatcher;
  }
}
