// The dedicated worker that runs Nutshell's core for the async API (./nutshell-async.js), so
// a long or hostile analysis never blocks the page. It answers one request at a time:
//
//   { id, op: "analyze", input, options }        -> { id, result } | { id, error, trap }
//   { id, op: "analyzePage", form, options }      (form from ./pageform.js readPage)
//   { op: "init", wasm }                          -> { ready: true } | { error }
//
// `trap: true` marks an internal error (the core trapped): the client then terminates this
// worker and starts a new one, which returns all of its memory. Errors are plain messages.

import { init, analyze, analyzePage } from "./nutshell.js";

let started = null;

/** Handle one message (exported for test fixtures that wrap the worker). */
export async function handle(data, reply) {
  if (data?.op === "init") {
    started ??= init(data.wasm ?? undefined);
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
    if (op === "analyze") result = analyze(data.input, options);
    else if (op === "analyzePage") result = analyzePage(data.form, options);
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
