// Time segmentation and tokenization inside wasm (node's WebAssembly), MB/s.
// Usage: node eval/text/wasm_bench.mjs path/to/text_wasm_bench.wasm
import { readFileSync } from "node:fs";

const bytes = readFileSync(process.argv[2]);
// The core links wasm-bindgen on wasm32; these raw entry points never call into JS, so every
// import gets a stub that throws if it ever is called.
const module = await WebAssembly.compile(bytes);
const imports = {};
for (const imp of WebAssembly.Module.imports(module)) {
  imports[imp.module] ??= {};
  imports[imp.module][imp.name] = () => { throw new Error(`unexpected call to ${imp.module}.${imp.name}`); };
}
const instance = await WebAssembly.instantiate(module, imports);
const x = instance.exports;
const unit = "Mr. Smith met U.S. officials at 4 p.m. on Sunday. \u201cWhy now?\u201d he said. The deal, worth $3.5bn (\u00a32.7bn), was signed by Acme Corp. and L3Harris Technologies Inc. based in Canada. Growth was 3.5% in May... and then it slowed. See www.example.com for details. J. R. R. Tolkien's books sold well; e.g. The Hobbit. ";
const data = new TextEncoder().encode(unit.repeat(Math.ceil((1 << 20) / unit.length)));
const ptr = x.alloc(data.length);
new Uint8Array(x.memory.buffer, ptr, data.length).set(data);
function time(name, f) {
  f(); // warm up
  const runs = 5;
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) f();
  const s = (performance.now() - t0) / 1000 / runs;
  console.log(`| ${name} | ${(data.length / 1e6).toFixed(2)} MB | ${(s * 1e3).toFixed(1)} ms | ${(data.length / 1e6 / s).toFixed(1)} MB/s |`);
}
console.log("| wasm (node " + process.version + ") | input | time | throughput |\n|---|---|---|---|");
time("segment", () => x.segment(ptr, data.length));
time("tokenize", () => x.tokenize(ptr, data.length));
