#!/usr/bin/env bash
# Give the browser extension (www/extension/) its own copy of the WebAssembly core and the JS it
# shares with the other surfaces, in www/extension/lib/ (gitignored): www/pkg/ (built by
# tools/build-wasm.sh), nutshell.js, present.js, pagetext.js. Then www/extension/ loads
# unpacked (chrome://extensions, "Load unpacked"; Firefox: about:debugging, "Load Temporary Add-on").
#
#   tools/build-extension.sh              refresh www/extension/lib/
#   tools/build-extension.sh --test DIR   also write a copy to DIR whose manifest adds the host
#                                         permission http://127.0.0.1/* (automation cannot press
#                                         the toolbar button that grants activeTab). The shipped
#                                         manifest never has it.
#   tools/build-extension.sh --zip FILE   also pack the shipped extension into FILE
set -euo pipefail
cd "$(dirname "$0")/.."
EXT=www/extension

if [ ! -f www/pkg/nutshell_bg.wasm ]; then
  echo "build-extension: www/pkg/ is missing; run tools/build-wasm.sh first" >&2
  exit 1
fi
rm -rf "$EXT/lib"
mkdir -p "$EXT/lib/pkg"
cp www/pkg/nutshell.js www/pkg/nutshell_bg.wasm "$EXT/lib/pkg/"
cp www/nutshell.js www/present.js www/pagetext.js "$EXT/lib/"

# The shipped manifest: no host permissions, the strict CSP.
python3 - "$EXT/manifest.json" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
assert "host_permissions" not in m, "the shipped manifest must not ask for host permissions"
assert set(m["permissions"]) <= {"activeTab", "scripting", "sidePanel", "contextMenus", "storage"}, m["permissions"]
assert m["content_security_policy"]["extension_pages"] == "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'"
PY
echo "build-extension: $EXT ready to load unpacked"

while [ $# -gt 0 ]; do
  case "$1" in
    --test)
      out="$2"; shift 2
      rm -rf "$out"; mkdir -p "$out"
      cp -r "$EXT"/. "$out"/
      python3 - "$out/manifest.json" <<'PY'
import json, sys
p = sys.argv[1]
m = json.load(open(p))
m["name"] += " (test build)"
m["host_permissions"] = ["http://127.0.0.1/*"]
# Chromium warns about Firefox-only keys; the test build drops them to keep the log clean.
m.pop("sidebar_action", None)
m["background"].pop("scripts", None)
json.dump(m, open(p, "w"), indent=2)
PY
      echo "build-extension: test build (host permission http://127.0.0.1/*) in $out"
      ;;
    --zip)
      out="$(realpath -m "$2")"; shift 2
      rm -f "$out"
      (cd "$EXT" && python3 -c "import shutil,sys; shutil.make_archive(sys.argv[1][:-4], 'zip', '.')" "$out")
      echo "build-extension: packed $out"
      ;;
    *) echo "build-extension: unknown argument $1" >&2; exit 2 ;;
  esac
done
