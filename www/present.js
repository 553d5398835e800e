// Presenting an Analysis as words: the summary's sentences, a headline, and Markdown.
// Shared by every surface (demo page, widget, extension side panel, npm package and its
// Summarizer face) so they all say the same thing the same way. Pure functions over the
// Analysis object (see nutshell.d.ts); no DOM, no network.

/** Collapse runs of whitespace (line breaks inside a sentence) to one space. */
export const squeeze = (s) => String(s).replace(/\s+/g, " ").trim();

/** The summary's sentences as strings, in document order. */
export function summarySentences(a) {
  return a.summary.map((i) => squeeze(a.text.slice(a.sentences[i].start, a.sentences[i].end)));
}

/** Text of sentence `i`. */
export function sentenceText(a, i) {
  const s = a.sentences[i];
  return s ? squeeze(a.text.slice(s.start, s.end)) : "";
}

// What a Markdown renderer could turn into markup or a link, and how each is kept text:
// CommonMark's inline and block markers and entities (a backslash before the character), and
// the autolinks of GFM and linkify renderers (marked, markdown-it with `linkify`, micromark's
// GFM): `scheme://` and `//` URLs, `www.` hosts, e-mail addresses, and bare domains such as
// example.com (the dot before a top-level domain). Every escape is a backslash before ASCII
// punctuation, so the rendered text reads exactly as the article wrote it.
const MD_SPECIAL = /[\\`*_{}[\]<>()#+!|~&@]/g;
const MD_LINKS = [
  [/\/\//g, "\\/\\/"], // https:// ftp:// and protocol-relative //host
  [/\b(https?|ftp|mailto|xmpp):/gi, "$1\\:"],
  [/\b(www)\./gi, "$1\\."],
  // A dot between a host label and a top-level domain (linkify's list, and any two letters).
  [
    /(?<=[\p{L}\p{N}-])\.(?=(?:biz|com|edu|gov|net|org|pro|web|xxx|aero|asia|coop|info|museum|name|shop|рф|[a-z]{2})(?![\p{L}\p{N}-]))/giu,
    "\\.",
  ],
];

/**
 * Article text as Markdown that renders back to exactly that text: no link, image, HTML,
 * emphasis, list, heading or rule can come out of it, whatever the article says.
 */
export function escapeMarkdown(s) {
  let out = squeeze(s).replace(MD_SPECIAL, "\\$&");
  for (const [re, to] of MD_LINKS) out = out.replace(re, to);
  // At the start of a line: an ordered-list number, or a dash (list item, rule, setext line).
  return out
    .replace(/^(\d+)\. /, "$1\\. ")
    .replace(/^-/, "\\-")
    .replace(/^=/, "\\=");
}

/**
 * `Date.UTC` for any year: `Date.UTC` reads years 0-99 as 1900-1999 ("AD 33" would be 1933).
 */
export function utc(year, month = 0, day = 1) {
  const d = new Date(Date.UTC(2000, month, day));
  d.setUTCFullYear(year, month, day);
  return d.getTime();
}

/**
 * What to tell a reader when the core refused or gave up, from its Error: every surface says
 * the same thing, never a stack trace.
 */
export function explain(error) {
  const m = String(error?.message ?? error ?? "").replace(/^nutshell: /, "");
  if (/^stopped/.test(m)) return "Stopped: no summary (you cancelled it).";
  if (/too large/.test(m)) return "No summary: the page is too large to summarize (over 16 MB of text).";
  if (/has no text/.test(m)) return "No summary: the input has no text.";
  if (/no article found/.test(m)) return "No summary: there is no article text here to summarize.";
  if (/took longer than/.test(m))
    return `No summary: the page took too long to summarize and was stopped (${m.match(/longer than ([\d.]+ s)/)?.[1] ?? "time limit"}).`;
  if (/^internal error/.test(m))
    return "No summary: Nutshell hit an internal error on this page (please report it); try again.";
  if (/binary data/.test(m)) return "No summary: this is not text.";
  return `No summary: ${m}`;
}

/** A note for a partial result (the Analysis's `cut`), or "" when the whole input was read. */
export function cutNote(a) {
  const cut = a?.cut ?? [];
  if (!cut.length) return "";
  const read = cut.some((c) => /^(dom_|html_nodes|html_work)/.test(c.limit));
  const analyzed = cut.some((c) => c.limit === "sentences" || c.limit === "tokens");
  if (read) return "Summary of the first part only: the page is too large or too convoluted to read whole.";
  if (analyzed) return "Summary of the first part only: the text is too long to analyze whole.";
  return "";
}

const ordinal = (n) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th")}`;
const SEASONS = { SP: "spring", SU: "summer", FA: "autumn", WI: "winter" };

/**
 * Human form of a TIMEX3 calendar value at its granularity: "4 March 2021", "March 2021",
 * "2021", "Q3 2021", "first half of 2021", "spring 2021", "week of 7 June 2021", "the 1990s",
 * "the 14th century". `month` is the month's form ("long": March, "short": Mar).
 */
export function formatDate(value, granularity, locale = "en-GB", month = "long") {
  const v = value ?? "";
  if (/^\d{3}$/.test(v)) return `the ${v}0s`;
  if (/^\d{2}$/.test(v)) return `the ${ordinal(Number(v) + 1)} century`;
  if (/^\d$/.test(v)) return `the ${ordinal(Number(v) + 1)} millennium`;
  let m = /^(\d{4})-Q([1-4])$/.exec(v);
  if (m) return `Q${m[2]} ${m[1]}`;
  m = /^(\d{4})-H([12])$/.exec(v);
  if (m) return `${m[2] === "1" ? "first" : "second"} half of ${m[1]}`;
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(v);
  if (m) return `${SEASONS[m[2]]} ${m[1]}`;
  m = /^(\d{4})-W\d{2}(-WE)?$/.exec(v);
  if (m) {
    const monday = startDay(v.slice(0, 8));
    const day = new Date(monday + (m[2] ? 5 : 0) * 86400000);
    const when = day.toLocaleDateString(locale, { timeZone: "UTC", day: "numeric", month, year: "numeric" });
    return `${m[2] ? "weekend" : "week"} of ${when}`;
  }
  m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(v);
  if (!m) return v;
  const [, y, mo, d] = m;
  const date = new Date(utc(+y, mo ? +mo - 1 : 0, d ? +d : 1));
  const opts = { timeZone: "UTC", year: "numeric" };
  if (mo) opts.month = month;
  if (d && granularity !== "month" && granularity !== "year") opts.day = "numeric";
  return date.toLocaleDateString(locale, opts);
}

/**
 * The one line that says what the article's relative dates ("Tuesday", "last week") were read
 * against: "Dates read relative to about 19 Feb 2019, from the story". Empty when the article
 * has no date that needed a reference.
 */
export function referenceLine(a, locale = "en-GB") {
  const r = a.reference;
  const relative = a.timexes.some((t) => t.anchor || (t.type !== "DURATION" && t.type !== "SET" && /X/.test(t.value)));
  if (!r) return relative ? "Relative dates were not resolved: the article gives no date to read them against" : "";
  const g = r.value.length === 4 ? "year" : r.value.length === 7 ? "month" : "day";
  const when = formatDate(r.value, g, locale, g === "day" ? "short" : "long");
  const from =
    { story: "from the story", option: "the date set", text: "from the date line", meta: "from the page" }[r.source] ??
    "";
  return `Dates read relative to ${r.source === "story" ? "about " : ""}${when}, ${from}`;
}

/** First day of a TIMEX3 calendar value (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www) as a UTC time, or null. */
export function startDay(value) {
  const w = /^(\d{4})-W(\d{2})/.exec(value ?? "");
  if (w) {
    const jan4 = utc(+w[1], 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86400000;
    return monday + (+w[2] - 1) * 7 * 86400000;
  }
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value ?? "");
  if (!m) return null;
  return utc(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1);
}

/**
 * Whether a timeline entry is a planned or expected event: the core says so (`future`), or
 * it starts after the publication date (an article cannot report what has not happened yet).
 */
export function isPlanned(a, e) {
  if (e.future) return true;
  if (e.published || !a.published) return false;
  const at = startDay(e.value);
  const pub = startDay(a.published.slice(0, 10));
  return at !== null && pub !== null && at > pub;
}

/** `url` when it is an absolute http(s) URL, else null. */
export function webUrl(url) {
  try {
    const u = new URL(String(url ?? ""));
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}

/**
 * The analysis as Markdown: title, summary (a bullet list for key points, a paragraph
 * otherwise), keywords and timeline. `style` is the summary style the analysis was made with.
 */
export function toMarkdown(
  a,
  { style = "key-points", title = a.title, url = null, timeline = true, keywords = true } = {},
) {
  const out = [];
  const heading = title ? escapeMarkdown(title) : "Summary";
  // `url` is the caller's (the tab's own address), never a page's: and even so, only an
  // http(s) URL becomes a link.
  const link = webUrl(url);
  out.push(link ? `# [${heading}](<${link.replace(/[<>\s]/g, encodeURIComponent)}>)` : `# ${heading}`, "");
  const sentences = summarySentences(a);
  if (style === "headline" && a.headline) out.push(`**${escapeMarkdown(a.headline)}**`);
  else if (style === "key-points") for (const s of sentences) out.push(`- ${escapeMarkdown(s)}`);
  else out.push(sentences.map(escapeMarkdown).join(" "));
  if (keywords && a.keywords.length) {
    out.push("", `**Keywords:** ${a.keywords.map((k) => escapeMarkdown(k.text)).join(", ")}`);
  }
  if (timeline && a.timeline.length) {
    out.push("", "## Timeline", "");
    for (const e of a.timeline) {
      const when = formatDate(e.value, e.granularity);
      const tag = isPlanned(a, e) ? " *(planned)*" : "";
      const label = e.published ? "Published" : e.label;
      out.push(`- **${escapeMarkdown(when)}**${tag}: ${escapeMarkdown(label)}`);
    }
  }
  return out.join("\n") + "\n";
}
