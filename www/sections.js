// The result sections the page surfaces show (the demo page and the extension's side panel):
// Summary, Keywords and Timeline, each a heading over the list its page fills, the timeline
// with the line that says what its dates were read against and the reader's date field. One
// skeleton, so both surfaces name, order and label them alike; the widget draws its own inside
// its shadow root.

/** An element with attributes and, optionally, text (never markup). */
function node(tag, attrs = {}, text) {
  const n = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v);
  if (text !== undefined) n.textContent = text;
  return n;
}

/** A section: its heading (`level`, id `<name>-heading`) over `body`. */
function section(name, title, level, ...body) {
  const s = node("section", { "aria-labelledby": `${name}-heading` });
  s.append(node(level, { id: `${name}-heading` }, title), ...body);
  return s;
}

/**
 * Append the three sections to `parent`: `#summary` (an `ol`), `#keywords` (a `ul`) and
 * `#timeline` (an `ol`), with `#reference` (hidden until there is a line), `#reference-text`
 * and `#reference-date`. `level` is the headings' tag; `hint`, a note under the summary
 * (`#summary-hint`); `chart`, a `#timeline-chart` box above the timeline list.
 */
export function resultSections(parent, { level = "h2", hint = null, chart = false } = {}) {
  const summary = [node("ol", { id: "summary", class: "summary" })];
  if (hint) summary.push(node("p", { id: "summary-hint", class: "hint" }, hint));
  const reference = node("p", { id: "reference", class: "reference", hidden: "" });
  const label = node("label", {}, "Set the date ");
  label.append(node("input", { id: "reference-date", type: "date" }));
  reference.append(node("span", { id: "reference-text" }), " ", label);
  const timeline = [reference];
  if (chart) timeline.push(node("div", { id: "timeline-chart", class: "timeline-chart" }));
  timeline.push(node("ol", { id: "timeline", class: "timeline" }));
  parent.append(
    section("summary", "Summary", level, ...summary),
    section("keywords", "Keywords", level, node("ul", { id: "keywords", class: "keywords" })),
    section("timeline", "Timeline", level, ...timeline),
  );
}
