// The store uploads (tools/build-extension.sh --store target/store): the Chrome Web Store zip,
// the Firefox add-on zip (addons.mozilla.org), and the listing text. Both zips come from the one
// folder www/extension/ and differ only in their manifests; the Firefox one passes `web-ext
// lint` (Mozilla's addons-linter, what AMO runs on upload) with no error and one known warning; the
// listing justifies exactly the permissions asked for and says what is collected (nothing).
// extension.test.mjs installs each zip in its browser.

import { before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, WWW } from "./lib/harness.mjs";

const OUT = join(ROOT, "target", "store");
const source = JSON.parse(await readFile(join(WWW, "extension", "manifest.json"), "utf8"));
const zips = {
  chrome: join(OUT, `nutshell-${source.version}-chrome.zip`),
  firefox: join(OUT, `nutshell-${source.version}-firefox.zip`),
};

/** A zip's entries: { name: bytes } (Python's zipfile, as the build script writes them). */
function unzip(path) {
  const out = execFileSync(
    "python3",
    [
      "-c",
      `import base64, json, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
print(json.dumps({i.filename: base64.b64encode(z.read(i)).decode() for i in z.infolist()}))`,
      path,
    ],
    { encoding: "utf8", maxBuffer: 64 << 20 },
  );
  return Object.fromEntries(Object.entries(JSON.parse(out)).map(([k, v]) => [k, Buffer.from(v, "base64")]));
}

let built;
before(() => {
  built = execFileSync(join(ROOT, "tools", "build-extension.sh"), ["--store", OUT], { encoding: "utf8" });
});

describe("store-ready extension builds", () => {
  test("two zips from one folder: the same files, each manifest fit for its browser", () => {
    assert.match(built, /nutshell-[\d.]+-chrome\.zip, .*nutshell-[\d.]+-firefox\.zip, .*store-listing\.md/);
    const chrome = unzip(zips.chrome);
    const firefox = unzip(zips.firefox);
    const names = Object.keys(chrome).sort();
    assert.deepEqual(Object.keys(firefox).sort(), names, "the same files in both");
    for (const f of names)
      if (f !== "manifest.json") assert.ok(chrome[f].equals(firefox[f]), `${f} is the same in both`);
    for (const f of [
      "manifest.json",
      "background.js",
      "sidepanel.html",
      "sidepanel.js",
      "sidepanel.css",
      "lib/nutshell.js",
      "lib/pkg/nutshell_bg.wasm",
      "lib/pkg/full/nutshell_bg.wasm",
      "lib/pkg/nutshell.js",
      "lib/present.js",
      "lib/pagetext.js",
      "lib/clipboard.js",
      "lib/sections.js",
      "icons/128.png",
    ]) {
      assert.ok(names.includes(f), `${f} is packed`);
    }
    assert.deepEqual(
      names.filter((f) => /(^|\/)\.|~$|test-blank/.test(f)),
      [],
      "no dotfile, editor or test file",
    );

    const c = JSON.parse(chrome["manifest.json"]);
    assert.equal(c.name, source.name);
    assert.equal(c.version, source.version);
    assert.deepEqual(c.background, { service_worker: "background.js", type: "module" });
    assert.equal(c.sidebar_action, undefined);
    assert.equal(c.browser_specific_settings, undefined);
    assert.deepEqual(c.permissions, source.permissions);
    assert.equal(c.side_panel.default_path, "sidepanel.html");
    assert.equal(c.host_permissions, undefined, "no host permissions");

    const f = JSON.parse(firefox["manifest.json"]);
    assert.equal(f.version, source.version);
    assert.deepEqual(f.background, { scripts: ["background.js"], type: "module" });
    assert.equal(f.side_panel, undefined);
    assert.equal(f.minimum_chrome_version, undefined);
    assert.deepEqual(
      f.permissions,
      source.permissions.filter((p) => p !== "sidePanel"),
    );
    assert.equal(f.sidebar_action.default_panel, "sidepanel.html");
    assert.deepEqual(f.browser_specific_settings.gecko, source.browser_specific_settings.gecko);
    assert.deepEqual(f.browser_specific_settings.gecko.data_collection_permissions, { required: ["none"] });
    assert.equal(f.host_permissions, undefined, "no host permissions");
  });

  test("the same source gives the same zips, byte for byte", async () => {
    const before = { chrome: await readFile(zips.chrome), firefox: await readFile(zips.firefox) };
    execFileSync(join(ROOT, "tools", "build-extension.sh"), ["--store", OUT], { stdio: "pipe" });
    assert.ok((await readFile(zips.chrome)).equals(before.chrome));
    assert.ok((await readFile(zips.firefox)).equals(before.firefox));
  });

  test("web-ext lint: the Firefox package has no error (one known warning)", async () => {
    const dir = await mkdtemp(join(tmpdir(), "nutshell-amo-"));
    try {
      execFileSync("python3", [
        "-c",
        "import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])",
        zips.firefox,
        dir,
      ]);
      let out;
      try {
        out = execFileSync(
          join(WWW, "node_modules", ".bin", "web-ext"),
          ["lint", "--source-dir", dir, "--output", "json", "--no-config-discovery"],
          {
            encoding: "utf8",
            stdio: ["ignore", "pipe", "pipe"],
            env: { ...process.env, NO_UPDATE_NOTIFIER: "1" },
          },
        );
      } catch (e) {
        out = e.stdout; // web-ext exits non-zero when there are errors; the report says which
      }
      const report = JSON.parse(out);
      const lines = (list) => list.map((m) => `${m.code}: ${m.message} (${m.file ?? ""})`);
      assert.deepEqual(lines(report.errors), [], "errors");
      // One warning, understood: nutshell.js's panic recovery imports a fresh copy of the
      // package's own glue (a URL built from import.meta.url, never from outside), which the
      // linter cannot tell from remote code. AMO accepts add-ons with warnings.
      assert.deepEqual(
        lines(report.warnings),
        ["UNSAFE_VAR_ASSIGNMENT: Unsafe call to import for argument 0 (lib/nutshell.js)"],
        "warnings",
      );
      assert.equal(report.summary.errors, 0);
      console.log(
        `# web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices`,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test("the store listing: description, a justification for each permission, privacy disclosures", async () => {
    const md = await readFile(join(OUT, "store-listing.md"), "utf8");
    assert.match(
      md,
      new RegExp(
        `^# ${source.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} ${source.version.replace(/\./g, "\\.")}: store listing`,
      ),
    );
    assert.ok(md.includes(`\n${source.description}\n`), "the manifest's description is the summary");
    assert.ok(source.description.length <= 132, "the Chrome Web Store's summary limit");
    for (const h of [
      "## Description",
      "## Single purpose (Chrome Web Store)",
      "## Permission justifications",
      "## Privacy",
      "## Source code for AMO review",
    ]) {
      assert.ok(md.includes(`\n${h}\n`), h);
    }
    const justified = [...md.matchAll(/^- `(\w+)`[^:]*: (.+)$/gm)].map((m) => m[1]).sort();
    assert.deepEqual(justified, [...source.permissions].sort(), "each permission asked for is justified, and no other");
    assert.match(md, /Data collected: none\./);
    assert.match(md, /Data sent: nothing\./);
    assert.ok(!/\{(version|name|description)\}/.test(md), "no placeholder left");
  });
});
