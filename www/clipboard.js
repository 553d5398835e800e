// Copying text to the clipboard, for the surfaces with a Copy button (the demo page and the
// extension's side panel). One place for the fallback: where the async Clipboard API is refused
// (no user activation, no permission, an insecure context), a hidden textarea is selected and
// copied with `execCommand("copy")`.

/**
 * Put `text` on the clipboard. What was copied is also left on `document.body.dataset.copied`,
 * where the end-to-end tests read it when a browser will not let a script read the clipboard.
 */
export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const t = document.createElement("textarea");
    t.value = text;
    document.body.append(t);
    t.select();
    document.execCommand("copy");
    t.remove();
  }
  document.body.dataset.copied = text;
}
