// The timeline as a picture: a vertical SVG time axis (time runs down, so it fits a phone as
// well as a desktop), each dated event placed by its date, its granularity drawn as a span
// (a day is a dot, a month or a year a bar as long as that month or year), planned events
// hollow and dashed, the publication date a line across. Labels are pushed down only as far as
// needed to not overlap, with a leader to their place on the axis. Every string from the
// article is set with textContent. The list beside it stays the accessible, complete version;
// the SVG is a labelled image with a <title> per event.

import { formatDate, isPlanned, squeeze } from "./present.js";

const NS = "http://www.w3.org/2000/svg";
const DAY = 86400000;

/** [start, end) in UTC ms of a TIMEX3 calendar value, or null (durations, PRESENT_REF, XXXX ...). */
export function valueSpan(value) {
  const v = String(value ?? "");
  let m;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v))) {
    const s = Date.UTC(+m[1], +m[2] - 1, +m[3]);
    return [s, s + DAY];
  }
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(v))) {
    const jan4 = Date.UTC(+m[1], 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY + (+m[2] - 1) * 7 * DAY;
    return m[3] ? [monday + 5 * DAY, monday + 7 * DAY] : [monday, monday + 7 * DAY];
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(v))) return [Date.UTC(+m[1], +m[2] - 1, 1), Date.UTC(+m[1], +m[2], 1)];
  if ((m = /^(\d{4})-Q([1-4])$/.exec(v))) return [Date.UTC(+m[1], (+m[2] - 1) * 3, 1), Date.UTC(+m[1], +m[2] * 3, 1)];
  if ((m = /^(\d{4})-H([12])$/.exec(v))) return [Date.UTC(+m[1], (+m[2] - 1) * 6, 1), Date.UTC(+m[1], +m[2] * 6, 1)];
  if ((m = /^(\d{4})-(SP|SU|FA|AU|WI)$/.exec(v))) {
    const start = { SP: 2, SU: 5, FA: 8, AU: 8, WI: 11 }[m[2]];
    return [Date.UTC(+m[1], start, 1), Date.UTC(+m[1], start + 3, 1)];
  }
  if ((m = /^(\d{4})$/.exec(v))) return [Date.UTC(+m[1], 0, 1), Date.UTC(+m[1] + 1, 0, 1)];
  if ((m = /^(\d{3})$/.exec(v))) return [Date.UTC(+m[1] * 10, 0, 1), Date.UTC(+m[1] * 10 + 10, 0, 1)];
  if ((m = /^(\d{2})$/.exec(v))) return [Date.UTC(+m[1] * 100, 0, 1), Date.UTC(+m[1] * 100 + 100, 0, 1)];
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
  for (const w of words) {
    if (line && (line + " " + w).length > width) {
      out.push(line);
      line = w;
      if (out.length === lines) break;
    } else {
      line = line ? line + " " + w : w;
    }
  }
  if (out.length < lines && line) out.push(line);
  const used = out.join(" ").length;
  if (used < squeeze(text).length - 1) out[out.length - 1] = out[out.length - 1].replace(/[\s,;:.]*\S{0,3}$/, "") + "…";
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
    .sort((x, y) => x.span[0] - y.span[0] || x.span[1] - y.span[1]);
  container.replaceChildren();
  if (!entries.length) return null;

  const font = width < 420 ? 12 : 13;
  const charW = font * 0.56;
  const axisX = 56;
  const textX = axisX + 22;
  const maxChars = Math.max(16, Math.floor((width - textX - 8) / charW));
  const lineH = font + 4;
  const top = 18;

  // Time scale: enough height that an average label fits at its place.
  const t0 = entries[0].span[0];
  const t1 = Math.max(...entries.map((x) => x.span[1]));
  const laid = entries.map((x) => ({ ...x, lines: wrap(x.e.published ? "Publication date" : x.e.label || "(no label)", maxChars, 2) }));
  const heights = laid.map((x) => (1 + x.lines.length) * lineH + 8);
  const body = Math.max(260, heights.reduce((s, h) => s + h, 0) * 1.15);
  const scale = (t) => top + ((t - t0) / Math.max(t1 - t0, DAY)) * body;

  // Labels in date order, pushed down only when they would overlap the one above.
  let y = -Infinity;
  for (let i = 0; i < laid.length; i++) {
    const x = laid[i];
    x.y0 = scale(x.span[0]);
    x.y1 = Math.max(scale(x.span[1]), x.y0 + 1);
    x.ty = Math.max(x.y0 - lineH / 2, y);
    y = x.ty + heights[i];
  }
  const height = Math.ceil(Math.max(y, scale(t1)) + 12);

  const svg = node("svg", {
    width, height, viewBox: `0 0 ${width} ${height}`, class: "timeline-svg", role: "group",
    "aria-label": `Timeline: ${laid.length} dated events from ${formatDate(laid[0].e.value, laid[0].e.granularity)} to ${formatDate(laid.at(-1).e.value, laid.at(-1).e.granularity)}`,
  });

  // Axis with year ticks.
  svg.append(node("line", { x1: axisX, y1: top - 8, x2: axisX, y2: height - 6, class: "axis" }));
  const firstYear = new Date(t0).getUTCFullYear();
  const lastYear = new Date(t1).getUTCFullYear();
  const step = Math.max(1, Math.ceil((lastYear - firstYear + 1) / 12));
  for (let yr = firstYear; yr <= lastYear + 1; yr += step) {
    const t = Date.UTC(yr, 0, 1);
    if (t < t0 - DAY || t > t1) {
      if (yr !== firstYear) continue;
    }
    const ty = Math.max(top - 4, scale(Math.max(t, t0)));
    svg.append(node("line", { x1: axisX - 6, y1: ty, x2: axisX, y2: ty, class: "tick" }));
    svg.append(node("text", { x: axisX - 10, y: ty + 4, "text-anchor": "end", class: "year" }, String(yr)));
  }

  // Publication date: a line across.
  const pub = a.published ? valueSpan(a.published.slice(0, 10)) : null;
  if (pub && pub[0] >= t0 && pub[0] <= t1) {
    const py = scale(pub[0]);
    svg.append(node("line", { x1: axisX - 4, y1: py, x2: width - 4, y2: py, class: "published-line" }));
  }

  laid.forEach((x, i) => {
    const planned = isPlanned(a, x.e);
    const g = node("g", {
      class: `event ${planned ? "planned" : "past"} g-${x.e.granularity}${x.e.published ? " published" : ""}`,
      "data-value": x.e.value, "data-granularity": x.e.granularity,
    });
    if (onSelect) { g.setAttribute("tabindex", "0"); g.setAttribute("role", "button"); }
    const when = formatDate(x.e.value, x.e.granularity);
    g.append(node("title", {}, `${when}${planned ? " (planned)" : ""}: ${squeeze(x.e.label)}`));
    const long = x.y1 - x.y0 >= 6;
    if (long) g.append(node("rect", { x: axisX - 5, y: x.y0, width: 10, height: x.y1 - x.y0, rx: 3, class: "span" }));
    else g.append(node("circle", { cx: axisX, cy: x.y0, r: 5.5, class: "dot" }));
    const anchorY = long ? (x.y0 + Math.min(x.y1, x.y0 + 12)) / 2 : x.y0;
    const ty = x.ty + lineH / 2;
    g.append(node("path", { d: `M${axisX + 7},${anchorY} C${axisX + 14},${anchorY} ${textX - 10},${ty} ${textX - 3},${ty}`, class: "leader" }));
    const date = node("text", { x: textX, y: ty + font * 0.35, class: "date" }, when);
    if (planned) date.append(node("tspan", { class: "badge", dx: 6 }, "planned"));
    g.append(date);
    x.lines.forEach((line, k) => g.append(node("text", { x: textX, y: ty + font * 0.35 + (k + 1) * lineH, class: "label" }, line)));
    if (onSelect) {
      g.addEventListener("click", () => onSelect(x.e));
      g.addEventListener("keydown", (ev) => {
        if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); onSelect(x.e); }
      });
    }
    svg.append(g);
  });
  container.append(svg);
  return svg;
}
