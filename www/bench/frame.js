// In the benchmark page (browser.mjs, extract.mjs): a page's HTML loaded into a sandboxed iframe
// (same origin, so the benchmark can read its document; no scripts).

/** The iframe holding `html`, once it has loaded. */
export function loadFrame(html) {
  return new Promise((resolve) => {
    const f = document.createElement("iframe");
    f.setAttribute("sandbox", "allow-same-origin");
    f.onload = () => resolve(f);
    f.srcdoc = html;
    document.body.append(f);
  });
}
