// Types of www/pageform.js: a live page read into the flat page form, on the page side.
import type { PageForm } from "./nutshell.js";

/**
 * Read `root` (a Document, or an Element whose document's <head> still counts; `document` by
 * default) into the flat page form and the page's Text nodes in the order `runs[].node`
 * numbers them. Stops at the core's input limit (16 MiB of text, 574,288 nodes; `form.cut`).
 */
export function readPage(root?: Document | Element | null, keep?: false): { form: PageForm & { ops: number[] }; nodes: Text[] };
/** With `keep`: the nodes stay in this realm (`globalThis.__nutshellPage`), the result is plain data. */
export function readPage(root: Document | Element | null, keep: true): { form: PageForm & { ops: number[] }; nodes: number; url: string; title: string };
