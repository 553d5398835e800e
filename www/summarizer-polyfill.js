// Makes `self.Summarizer` usable everywhere:  import "nutshell-summarizer/polyfill";
// Where the browser has no Summarizer, or has one that cannot summarize right now (its
// availability() is not "available": no model yet, a multi-gigabyte download pending, an
// unsupported machine), Nutshell's face takes the name; the built-in one stays reachable as
// `Summarizer.builtin`. Where the built-in API is ready, it is left alone.
// `Summarizer.nutshell === true` tells which one is in place.
import { Summarizer } from "./summarizer.js";

const builtin = globalThis.Summarizer;
let ready = false;
if (builtin && typeof builtin.availability === "function") {
  try {
    ready = (await builtin.availability()) === "available";
  } catch {
    ready = false;
  }
}
if (!ready) {
  Object.defineProperty(Summarizer, "nutshell", { value: true });
  if (builtin) Object.defineProperty(Summarizer, "builtin", { value: builtin });
  Object.defineProperty(globalThis, "Summarizer", { value: Summarizer, writable: true, configurable: true });
}
