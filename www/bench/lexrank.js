// LexRank (Erkan & Radev 2004) in plain JS, the peer Nutshell's summary ranking is timed against
// in the browser (www/bench/browser.mjs), written for this project after the published
// algorithm as sumy implements it: each sentence a bag of lower-cased words less stop words, term
// frequency over the sentence's most frequent word, idf log(N / sentences with the word), the
// idf-modified cosine between every pair of sentences, edges above 0.1, the degree-normalized
// matrix, and the power method to a change below 0.1 (sumy's defaults). No stemming: the peer
// does a little less work than sumy, so a ratio against it errs in the peer's favour.
//
// The npm package `lexrank` needs node (request, unfluff, natural) and so cannot run in a tab.
//
//   lexRank(["First sentence.", "Second one."]) -> [score, score]

const STOP = new Set(
  (
    "a about above after again against all am an and any are as at be because been before being below between both but by " +
    "can could did do does doing down during each few for from further had has have having he her here hers herself him himself his how i if " +
    "in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves out over own same " +
    "she should so some such than that the their theirs them themselves then there these they this those through to too under until up very " +
    "was we were what when where which while who whom why will with would you your yours yourself yourselves said says"
  ).split(" "),
);

const WORD = /[\p{L}\p{N}]+/gu;

function words(sentence) {
  const out = [];
  for (const m of sentence.toLowerCase().matchAll(WORD)) if (!STOP.has(m[0])) out.push(m[0]);
  return out;
}

/** LexRank scores of `sentences` (strings), in their order. */
export function lexRank(sentences, threshold = 0.1, epsilon = 0.1) {
  const n = sentences.length;
  if (n === 0) return [];
  const bags = sentences.map(words);
  // term frequency over the sentence's most frequent term
  const tfs = bags.map((ws) => {
    const tf = new Map();
    for (const w of ws) tf.set(w, (tf.get(w) ?? 0) + 1);
    let max = 1;
    for (const v of tf.values()) if (v > max) max = v;
    for (const [k, v] of tf) tf.set(k, v / max);
    return tf;
  });
  const df = new Map();
  for (const tf of tfs) for (const w of tf.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  const idf = new Map();
  for (const [w, c] of df) idf.set(w, Math.log(n / c));
  const norms = tfs.map((tf) => {
    let s = 0;
    for (const [w, v] of tf) s += (v * idf.get(w)) ** 2;
    return Math.sqrt(s);
  });
  const matrix = Array.from({ length: n }, () => new Float64Array(n));
  const degrees = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let sim = 0;
      if (norms[i] > 0 && norms[j] > 0) {
        const [a, b] = tfs[i].size < tfs[j].size ? [tfs[i], tfs[j]] : [tfs[j], tfs[i]];
        let dot = 0;
        for (const [w, v] of a) {
          const u = b.get(w);
          if (u !== undefined) dot += v * u * idf.get(w) ** 2;
        }
        sim = dot / (norms[i] * norms[j]);
      }
      if (sim > threshold) {
        matrix[i][j] = 1;
        degrees[i] += 1;
      }
    }
  }
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) matrix[i][j] = degrees[i] > 0 ? matrix[i][j] / degrees[i] : 0;
  // power method: p = M^T p until the step is below epsilon
  let p = new Float64Array(n).fill(1 / n);
  for (let iter = 0; iter < 1000; iter++) {
    const next = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const pi = p[i];
      if (pi === 0) continue;
      const row = matrix[i];
      for (let j = 0; j < n; j++) next[j] += row[j] * pi;
    }
    let delta = 0;
    for (let i = 0; i < n; i++) delta += (next[i] - p[i]) ** 2;
    p = next;
    if (Math.sqrt(delta) < epsilon) break;
  }
  return Array.from(p);
}
