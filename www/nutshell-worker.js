// The dedicated worker that runs Nutshell's core for the async API (./nutshell-async.js), so
// a long or hostile analysis never blocks the page. It answers one request at a time:
//
//   { id, op: "analyze", input, options }        -> { id, result } | { id, error, trap }
//   { id, op: "analyzePage", form, options }      (form from ./pageform.js readPage)
//   { op: "init", wasm, full }                    -> { ready: true } | { error }
//
// `wasm` is the core (English); a text in a language it lacks loads `full` (every language) once
// and runs again there (./nutshell.js, `loadFull`).
//
// `trap: true` marks an internal error (the core trapped): the client then terminates this
// worker and starts a new one, which returns all of its memory. Errors are plain messages.

import { init, analyze, analyzePage, anyLanguage } from "./nutshell.js";

let started = null;

/** Handle one message (exported for test fixtures that wrap the worker). */
export async function handle(data, reply) {
  if (data?.op === "init") {
    started ??= init(data.wasm ?? undefined, data.wasm ? { full: data.full ?? undefined } : {});
    try {
      await started;
      reply({ ready: true });
    } catch (e) {
      reply({ error: String(e?.message ?? e) });
    }
    return;
  }
  const { id, op, options } = data ?? {};
  try {
    await (started ??= init());
    let result;
    if (op === "analyze") result = await anyLanguage(() => analyze(data.input, options));
    else if (op === "analyzePage") result = await anyLanguage(() => analyzePage(data.form, options));
    else throw new Error(`nutshell worker: unknown request ${JSON.stringify(op)}`);
    reply({ id, result });
  } catch (e) {
    const message = String(e?.message ?? e);
    reply({ id, error: message, trap: message.startsWith("nutshell: internal error") });
  }
}

if (
  typeof WorkerGlobalScope !== "undefined" &&
  globalThis instanceof WorkerGlobalScope &&
  !globalThis.__nutshellWorkerWrapped
) {
  globalThis.onmessage = (e) => handle(e.data, (m) => globalThis.postMessage(m));
}
