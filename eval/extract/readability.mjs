// Readability.js on jsdom, for score.py: reads [{file, url}] as JSON on stdin, prints one JSON
// line per page: {text, title, byline, date}. Scripts are not run (jsdom's default).
import { readFileSync } from "node:fs";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";

const jobs = JSON.parse(readFileSync(0, "utf8"));
const quiet = new VirtualConsole();
for (const { file, url } of jobs) {
  let out = { text: "", title: null, byline: null, date: null };
  try {
    const dom = new JSDOM(readFileSync(file, "utf8"), { url, virtualConsole: quiet });
    const a = new Readability(dom.window.document).parse();
    if (a) out = { text: a.textContent || "", title: a.title, byline: a.byline, date: a.publishedTime };
    dom.window.close();
  } catch (e) {
    out.error = String(e);
  }
  process.stdout.write(JSON.stringify(out) + "\n");
}
