// Run chrono-node over JSON Lines {id, text, ref, forward} on stdin; print JSON Lines
// {id, ms, results: [{start, end, text, type, value}]} with offsets in JS string units
// (UTF-16, equal to Python's for the BMP text of these corpora). Values at the granularity
// chrono is certain of: YYYY-MM-DD, YYYY-MM, YYYY, plus THH:MM when the hour is known.
const chrono = require('chrono-node');
const readline = require('readline');

function pad(n, w = 2) { return String(n).padStart(w, '0'); }

function value(c) {
  const y = c.get('year'), m = c.get('month'), d = c.get('day');
  const certain = (k) => c.isCertain(k);
  if (certain('hour')) {
    return { type: 'TIME', value: `${pad(y, 4)}-${pad(m)}-${pad(d)}T${pad(c.get('hour'))}:${pad(c.get('minute') || 0)}` };
  }
  if (!certain('day') && !certain('weekday') && certain('month')) {
    return { type: 'DATE', value: `${pad(y, 4)}-${pad(m)}` };
  }
  if (!certain('day') && !certain('weekday') && !certain('month') && certain('year')) {
    return { type: 'DATE', value: `${pad(y, 4)}` };
  }
  return { type: 'DATE', value: `${pad(y, 4)}-${pad(m)}-${pad(d)}` };
}

const rl = readline.createInterface({ input: process.stdin });
const lines = [];
rl.on('line', (l) => { if (l.trim()) lines.push(JSON.parse(l)); });
rl.on('close', () => {
  const out = [];
  let total = 0;
  for (const doc of lines) {
    const ref = doc.ref ? new Date(doc.ref) : new Date();
    const t0 = process.hrtime.bigint();
    const rs = chrono.parse(doc.text, ref, { forwardDate: !!doc.forward });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    total += ms;
    out.push(JSON.stringify({
      id: doc.id, ms,
      results: rs.map((r) => ({ start: r.index, end: r.index + r.text.length, text: r.text, ...value(r.start) })),
    }));
  }
  process.stdout.write(out.join('\n') + '\n');
});
