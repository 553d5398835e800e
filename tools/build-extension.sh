#!/usr/bin/env bash
# Give the browser extension (www/extension/) its own copy of the WebAssembly core and the JS it
# shares with the other surfaces, in www/extension/lib/ (gitignored): www/pkg/ (built by
# tools/build-wasm.sh), nutshell.js, present.js, pagetext.js, clipboard.js, sections.js. Then www/extension/ loads
# unpacked (chrome://extensions, "Load unpacked"; Firefox: about:debugging, "Load Temporary Add-on").
# Every build below comes from that one folder; only the manifest differs per browser:
#   Chrome: no Firefox keys (sidebar_action, background.scripts, browser_specific_settings);
#   Firefox: no Chrome keys (side_panel and the sidePanel permission, background.service_worker,
#            minimum_chrome_version): the toolbar button opens the sidebar (sidebar_action).
#
#   tools/build-extension.sh                      refresh www/extension/lib/
#   tools/build-extension.sh --store DIR          the store uploads: DIR/nutshell-<version>-chrome.zip
#                                                 (Chrome Web Store), DIR/nutshell-<version>-firefox.zip
#                                                 (addons.mozilla.org) and DIR/store-listing.md (the
#                                                 listing: description, permission justifications,
#                                                 privacy disclosures; from www/extension-store/listing.md)
#   tools/build-extension.sh --test DIR           a Chromium test build in DIR whose manifest adds
#                                                 the host permission http://127.0.0.1/* (automation
#                                                 cannot press the toolbar button that grants
#                                                 activeTab). The shipped manifests never have it.
#   tools/build-extension.sh --test-firefox DIR   the same for Firefox (the Firefox manifest)
#   tools/build-extension.sh --zip FILE           the Chrome zip alone, into FILE
set -euo pipefail
cd "$(dirname "$0")/.."
EXT=www/extension

if [ ! -f www/pkg/nutshell_bg.wasm ]; then
  echo "build-extension: www/pkg/ is missing; run tools/build-wasm.sh first" >&2
  exit 1
fi
rm -rf "$EXT/lib"
mkdir -p "$EXT/lib/pkg/full"
cp www/pkg/nutshell.js www/pkg/nutshell_bg.wasm "$EXT/lib/pkg/"
# Every language, packaged (no network): loaded from the extension on the first page in another
# language than English.
cp www/pkg/full/nutshell_bg.wasm "$EXT/lib/pkg/full/"
cp www/nutshell.js www/present.js www/pagetext.js www/pageform.js www/clipboard.js www/sections.js www/nutshell-async.js www/nutshell-worker.js "$EXT/lib/"
# The test hook does not ship.
sed -i '/@test-hook-start/,/@test-hook-end/d' "$EXT/lib/nutshell.js"

# The shipped manifest: no host permissions, the strict CSP.
python3 - "$EXT/manifest.json" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
assert "host_permissions" not in m, "the shipped manifest must not ask for host permissions"
assert set(m["permissions"]) <= {"activeTab", "scripting", "sidePanel", "contextMenus", "storage"}, m["permissions"]
assert m["content_security_policy"]["extension_pages"] == "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'self'; connect-src 'self'"
PY
echo "build-extension: $EXT ready to load unpacked"

# build BROWSER OUT [--test]: the extension for one browser, as a folder (OUT) or a zip (OUT.zip).
build() {
  python3 - "$EXT" "$@" <<'PY'
import json, os, sys, zipfile
src, browser, out = sys.argv[1], sys.argv[2], sys.argv[3]
test = "--test" in sys.argv[4:]
m = json.load(open(os.path.join(src, "manifest.json")))
if browser == "chrome":
    # Chromium warns about Firefox-only keys.
    m.pop("sidebar_action", None)
    m.pop("browser_specific_settings", None)
    m["background"].pop("scripts", None)
elif browser == "firefox":
    # Firefox has no side panel API (its sidebar is sidebar_action) and runs the background as
    # an event page (background.scripts), not a service worker.
    m.pop("side_panel", None)
    m.pop("minimum_chrome_version", None)
    m["permissions"] = [p for p in m["permissions"] if p != "sidePanel"]
    m["background"].pop("service_worker", None)
else:
    sys.exit(f"build-extension: unknown browser {browser}")
if test:
    m["name"] += " (test build)"
    m["host_permissions"] = ["http://127.0.0.1/*"]
# Only what the extension runs: no editor files, no dotfiles.
files = []
for root, dirs, names in os.walk(src):
    dirs[:] = sorted(d for d in dirs if not d.startswith("."))
    for n in sorted(names):
        if n.startswith(".") or n.endswith("~") or n == "manifest.json":
            continue
        files.append(os.path.relpath(os.path.join(root, n), src))
manifest = (json.dumps(m, indent=2, ensure_ascii=False) + "\n").encode()
if out.endswith(".zip"):
    # Reproducible: fixed order and timestamps, so the same source gives the same zip.
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("manifest.json", manifest)] + [(f, open(os.path.join(src, f), "rb").read()) for f in files]:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
else:
    os.makedirs(out, exist_ok=True)
    for f in files:
        os.makedirs(os.path.dirname(os.path.join(out, f)) or out, exist_ok=True)
        with open(os.path.join(src, f), "rb") as a, open(os.path.join(out, f), "wb") as b:
            b.write(a.read())
    open(os.path.join(out, "manifest.json"), "wb").write(manifest)
    if test:
        # An empty extension page: where a test runs extension API calls in Firefox.
        open(os.path.join(out, "test-blank.html"), "w").write("<!doctype html><meta charset=utf-8><title>test</title>\n")
PY
}

# listing OUT: the store listing, with a justification for every permission each store's
# manifest asks for (and none for a permission it does not ask for).
listing() {
  python3 - "$EXT/manifest.json" www/extension-store/listing.md "$1" <<'PY'
import json, re, sys
m = json.load(open(sys.argv[1]))
text = open(sys.argv[2], encoding="utf-8").read()
justified = dict(re.findall(r"^- `(\w+)`[^:]*: (.+)$", text, re.M))
asked = set(m["permissions"]) | set(m.get("host_permissions", []))
missing = sorted(asked - set(justified))
extra = sorted(set(justified) - asked)
if missing or extra:
    sys.exit(f"build-extension: store listing: permissions without a justification {missing}, justified but not asked for {extra}")
text = text.replace("{version}", m["version"]).replace("{name}", m["name"]).replace("{description}", m["description"])
open(sys.argv[3], "w", encoding="utf-8").write(text)
PY
}

version=$(python3 -c "import json; print(json.load(open('$EXT/manifest.json'))['version'])")
while [ $# -gt 0 ]; do
  case "$1" in
    --store)
      out="$2"; shift 2
      mkdir -p "$out"
      rm -f "$out"/nutshell-*-chrome.zip "$out"/nutshell-*-firefox.zip
      build chrome "$out/nutshell-$version-chrome.zip"
      build firefox "$out/nutshell-$version-firefox.zip"
      listing "$out/store-listing.md"
      echo "build-extension: $out/nutshell-$version-chrome.zip, $out/nutshell-$version-firefox.zip, $out/store-listing.md"
      ;;
    --test|--test-firefox)
      browser=chrome; [ "$1" = "--test-firefox" ] && browser=firefox
      out="$2"; shift 2
      rm -rf "$out"
      build "$browser" "$out" --test
      echo "build-extension: $browser test build (host permission http://127.0.0.1/*) in $out"
      ;;
    --zip)
      out="$(realpath -m "$2")"; shift 2
      rm -f "$out"
      build chrome "$out"
      echo "build-extension: packed $out"
      ;;
    *) echo "build-extension: unknown argument $1" >&2; exit 2 ;;
  esac
done
