// Makes `self.Summarizer` usable everywhere:  import "nutshell-summarizer/polyfill";
//
// The name then belongs to a small dispatcher that decides per call, with the caller's own
// options, which summarizer answers:
// - availability(options) and create(options) ask the browser's own Summarizer first, with the
//   same options. Where it says "available", "downloadable" or "downloading", its answer and its
//   summarizer are what the page gets, exactly as without the polyfill.
// - Nutshell answers only where the browser has no Summarizer, or its availability() is
//   "unavailable" for these options (or fails for another reason than bad options: a bad
//   option is the browser's TypeError or RangeError, passed on as is).
// - A site that prefers an extractive summary now over a multi-gigabyte model download opts in
//   with `setPolicy({ download: "nutshell" })`: then "downloadable" and "downloading" are
//   answered by Nutshell too.
// `Summarizer.builtin` is the browser's own API (or null), `Summarizer.nutshell` Nutshell's face:
// `s instanceof Summarizer.nutshell` tells which one made a summarizer, and `s instanceof
// Summarizer` holds for both.
import { Summarizer as Nutshell } from "./summarizer.js";

const existing = globalThis.Summarizer;
/** The browser's own Summarizer, when there is one (and it is not this polyfill again). */
const builtin =
  existing && !existing.nutshell && typeof existing.availability === "function" && typeof existing.create === "function"
    ? existing
    : (existing?.builtin ?? null);

let policy = { download: "native" };

/**
 * How the polyfill decides: `{ download: "native" }` (the default) leaves "downloadable" and
 * "downloading" to the browser's model; `{ download: "nutshell" }` answers them with Nutshell.
 */
export function setPolicy(p = {}) {
  const download = p.download ?? "native";
  if (download !== "native" && download !== "nutshell") {
    throw new TypeError(`nutshell polyfill: download must be "native" or "nutshell", not ${JSON.stringify(download)}`);
  }
  policy = { download };
}

/** The browser's answer for these options, or null where Nutshell should answer. */
async function builtinAvailability(options) {
  if (!builtin) return null;
  let a;
  try {
    a = await builtin.availability(options);
  } catch (e) {
    // Bad options are bad for Nutshell too: the browser's own error says so.
    if (e instanceof TypeError || e instanceof RangeError) throw e;
    return null;
  }
  if (a === "available") return a;
  if ((a === "downloadable" || a === "downloading") && policy.download === "native") return a;
  return null;
}

/** The global: a constructor-like function, as the built-in interface object is. */
function Summarizer() {
  throw new TypeError("Illegal constructor: use Summarizer.create()");
}
Summarizer.prototype = Nutshell.prototype;

const method = (value) => ({ value, writable: true, configurable: true });
Object.defineProperties(Summarizer, {
  availability: method(async function availability(options = {}) {
    return (await builtinAvailability(options)) ?? Nutshell.availability(options);
  }),
  create: method(async function create(options = {}) {
    return (await builtinAvailability(options)) ? builtin.create(options) : Nutshell.create(options);
  }),
  [Symbol.hasInstance]: { value: (x) => x instanceof Nutshell || (builtin !== null && x instanceof builtin) },
  builtin: { value: builtin, enumerable: true },
  nutshell: { value: Nutshell, enumerable: true },
});
Object.defineProperty(globalThis, "Summarizer", { value: Summarizer, writable: true, configurable: true });

export default Summarizer;
