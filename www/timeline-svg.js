// The timeline as a picture: a vertical SVG time axis (time runs down, so it fits a phone as
// well as a desktop), each dated event placed by its date, its granularity drawn as a span
// (a day is a dot, a month or a year a bar as long as that month or year), planned events
// hollow and dashed, the publication date a line across. Labels are pushed down only as far as
// needed to not overlap, with a leader to their place on the axis. Every string from the
// article is set with textContent. The list beside it stays the accessible, complete version;
// the SVG is a labelled image with a <title> per event.

import { formatDate, isPlanned, squeeze, utc } from "./present.js";

const NS = "http://www.w3.org/2000/svg";
const DAY = 86400000;

/** [start, end) in UTC ms of a TIMEX3 calendar value, or null (durations, PRESENT_REF, XXXX ...). */
export function valueSpan(value) {
  const v = String(value ?? "");
  let m;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v))) {
    const s = utc(+m[1], +m[2] - 1, +m[3]);
    return [s, s + DAY];
  }
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(v))) {
    const jan4 = utc(+m[1], 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY + (+m[2] - 1) * 7 * DAY;
    return m[3] ? [monday + 5 * DAY, monday + 7 * DAY] : [monday, monday + 7 * DAY];
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(v))) return [utc(+m[1], +m[2] - 1, 1), utc(+m[1], +m[2], 1)];
  if ((m = /^(\d{4})-Q([1-4])$/.exec(v))) return [utc(+m[1], (+m[2] - 1) * 3, 1), utc(+m[1], +m[2] * 3, 1)];
  if ((m = /^(\d{4})-H([12])$/.exec(v))) return [utc(+m[1], (+m[2] - 1) * 6, 1), utc(+m[1], +m[2] * 6, 1)];
  if ((m = /^(\d{4})-(SP|SU|FA|AU|WI)$/.exec(v))) {
    const start = { SP: 2, SU: 5, FA: 8, AU: 8, WI: 11 }[m[2]];
    return [utc(+m[1], start, 1), utc(+m[1], start + 3, 1)];
  }
  if ((m = /^(\d{4})$/.exec(v))) return [utc(+m[1], 0, 1), utc(+m[1] + 1, 0, 1)];
  if ((m = /^(\d{3})$/.exec(v))) return [utc(+m[1] * 10, 0, 1), utc(+m[1] * 10 + 10, 0, 1)];
  if ((m = /^(\d{2})$/.exec(v))) return [utc(+m[1] * 100, 0, 1), utc(+m[1] * 100 + 100, 0, 1)];
  return null;
}

function node(tag, attrs = {}, text) {
  const n = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, String(v));
  if (text !== undefined) n.textContent = text;
  return n;
}

/** Greedy word wrap to at most `lines` lines of about `width` characters, with an ellipsis. */
function wrap(text, width, lines) {
  const words = squeeze(text).split(" ");
  const out = [];
  let line = "";
  let i = 0;
  for (; i < words.length; i++) {
    const w = words[i];
    if (line && (line + " " + w).length > width) {
      out.push(line);
      line = "";
      if (out.length === lines) break;
    }
    line = line ? line + " " + w : w;
  }
  if (out.length < lines && line) out.push(line);
  if (i < words.length) {
    let last = out[out.length - 1];
    while (last.length + 1 > width && last.includes(" ")) last = last.slice(0, last.lastIndexOf(" "));
    out[out.length - 1] = last.replace(/[\s,;:.]+$/, "") + "…";
  }
  return out;
}

/**
 * Draw `a.timeline` (an Analysis) into `container` as an SVG as wide as the container.
 * `onSelect(entry)` is called when an event is clicked or activated with the keyboard.
 * Returns the SVG element (or null when no entry has a calendar date).
 */
export function drawTimeline(container, a, { onSelect = null } = {}) {
  const width = Math.max(260, Math.floor(container.clientWidth || 600));
  const entries = a.timeline
    .map((e) => ({ e, span: valueSpan(e.value) }))
    .filter((x) => x.span)
    .sort((x, y) => x.span[0] - y.span[0] || y.span[1] - x.span[1]);
  container.replaceChildren();
  if (!entries.length) return null;

  const font = width < 420 ? 12 : 13;
  const charW = font * 0.56;
  const axisX = 50;
  const textX = axisX + 24;
  const maxChars = Math.max(16, Math.floor((width - textX - 8) / charW));
  const lineH = font + 4;
  const top = 16;

  // Vertical placement: events in date order, each below the previous one's label, further
  // apart for longer gaps (log of the gap, so a decade does not dwarf a week). Between two
  // events time runs linearly, so spans and year ticks land where their dates are.
  const laid = entries.map((x) => ({
    ...x,
    lines: wrap(x.e.published ? "Publication date" : x.e.label || "(no label)", maxChars, width < 420 ? 3 : 2),
  }));
  const heights = laid.map((x) => (1 + x.lines.length) * lineH + 10);
  let y = top;
  laid.forEach((x, i) => {
    if (i > 0) {
      const gapDays = (x.span[0] - laid[i - 1].span[0]) / DAY;
      y += Math.max(heights[i - 1], 10 + 16 * Math.log2(1 + gapDays / 30));
    }
    x.y = y;
  });
  const last = laid[laid.length - 1];
  /** y of a time: piecewise linear between events; a short, capped run after the last one. */
  const at = (t) => {
    if (t <= laid[0].span[0]) return laid[0].y;
    for (let i = 1; i < laid.length; i++) {
      if (t <= laid[i].span[0]) {
        const p = laid[i - 1];
        const q = laid[i];
        if (q.span[0] === p.span[0]) return q.y;
        return p.y + ((t - p.span[0]) / (q.span[0] - p.span[0])) * (q.y - p.y);
      }
    }
    return last.y + Math.min(60, Math.max(0, (t - last.span[0]) / DAY) * 0.6);
  };
  const t0 = laid[0].span[0];
  const t1 = Math.max(...laid.map((x) => x.span[1]));
  const height = Math.ceil(Math.max(last.y + heights[heights.length - 1], at(t1)) + 8);

  const first = laid[0].e;
  const svg = node("svg", {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    class: "timeline-svg",
    role: "group",
    "aria-label": `Timeline: ${laid.length} dated events from ${formatDate(first.value, first.granularity)} to ${formatDate(last.e.value, last.e.granularity)}`,
  });

  // The axis, with a tick at each new year (labelled where labels do not crowd each other).
  svg.append(node("line", { x1: axisX, y1: top - 10, x2: axisX, y2: height - 4, class: "axis" }));
  const firstYear = new Date(t0).getUTCFullYear();
  svg.append(node("text", { x: axisX - 10, y: laid[0].y + 4, "text-anchor": "end", class: "year" }, String(firstYear)));
  let lastLabel = laid[0].y;
  for (let yr = firstYear + 1; yr <= new Date(t1 - 1).getUTCFullYear(); yr++) {
    const ty = at(utc(yr, 0, 1));
    svg.append(node("line", { x1: axisX - 6, y1: ty, x2: axisX, y2: ty, class: "tick" }));
    if (ty - lastLabel >= 16) {
      svg.append(node("text", { x: axisX - 10, y: ty + 4, "text-anchor": "end", class: "year" }, String(yr)));
      lastLabel = ty;
    }
  }

  laid.forEach((x) => {
    const planned = isPlanned(a, x.e);
    const g = node("g", {
      class: `event ${planned ? "planned" : "past"}${x.e.published ? " published" : ""}`,
      "data-value": x.e.value,
      "data-granularity": x.e.granularity,
    });
    if (onSelect) {
      g.setAttribute("tabindex", "0");
      g.setAttribute("role", "button");
    }
    const when = formatDate(x.e.value, x.e.granularity);
    g.append(
      node(
        "title",
        {},
        `${when}${planned ? " (planned)" : ""}: ${x.e.published ? "publication date" : squeeze(x.e.label)}`,
      ),
    );
    const y0 = x.y;
    const y1 = at(x.span[1]);
    // A month, a season, a year ...: a bar from its first to its last day.
    if (y1 - y0 >= 8)
      g.append(node("rect", { x: axisX - 5, y: y0 - 5, width: 10, height: y1 - y0 + 5, rx: 5, class: "span" }));
    g.append(node("circle", { cx: axisX, cy: y0, r: 5.5, class: "dot" }));
    g.append(node("line", { x1: axisX + 8, y1: y0, x2: textX - 4, y2: y0, class: "leader" }));
    const date = node("text", { x: textX, y: y0 + font * 0.35, class: "date" }, when);
    if (planned) date.append(node("tspan", { class: "badge", dx: 6 }, "planned"));
    g.append(date);
    x.lines.forEach((line, k) =>
      g.append(node("text", { x: textX, y: y0 + font * 0.35 + (k + 1) * lineH, class: "label" }, line)),
    );
    if (onSelect) {
      g.addEventListener("click", () => onSelect(x.e));
      g.addEventListener("keydown", (ev) => {
        if (ev.key === "Enter" || ev.key === " ") {
          ev.preventDefault();
          onSelect(x.e);
        }
      });
    }
    svg.append(g);
  });
  container.append(svg);
  return svg;
}
