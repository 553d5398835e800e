#!/usr/bin/env bash
# Regenerate www/screenshots/ (side panel, page highlights, widget light and dark, demo page, the
# demo reading a late month date line against the story's clock) by
# running the surfaces' browser tests with NUTSHELL_SCREENSHOTS=1. Needs www/pkg
# (tools/build-wasm.sh) and www/node_modules (tools/install.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p www/screenshots
tests=(www/tests/extension.test.mjs www/tests/widget.test.mjs)
[ -f www/tests/demo-surfaces.test.mjs ] && tests+=(www/tests/demo-surfaces.test.mjs)
# the demo with a month date line printed months after the story: demo-story-clock.png
tests+=(www/tests/reference.test.mjs)
NUTSHELL_SCREENSHOTS=1 node --test --test-concurrency=1 "${tests[@]}"
ls -l www/screenshots/
