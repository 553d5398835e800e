// The benchmark's worker (www/bench/browser.mjs): the benchmark build of the core in a module
// Web Worker, as a page that keeps the core off its main thread would run it. Each message is
// `{input, options}`; the reply is the Analysis (structured-cloned back) or `{error}`.
import init, { analyze } from "/target/bench/pkg/nutshell.js";

const ready = init();
self.onmessage = async (e) => {
  await ready;
  try {
    self.postMessage(analyze(e.data.input, e.data.options));
  } catch (err) {
    self.postMessage({ error: String(err?.message ?? err) });
  }
};
