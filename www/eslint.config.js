// The JS lint gate (tools/test.sh): ESLint's recommended rules on every script of www/.
// Scripts that run in a page, a worker or the extension get the browser's globals; tests and
// benchmarks run in Node and hand functions to the page or the extension (page.evaluate), so
// they get all three.
import js from "@eslint/js";
import globals from "globals";

export default [
  {
    ignores: [
      "node_modules/",
      "pkg/",
      "extension/lib/",
      "npm/",
      "test-results/",
      "extension-store/",
      "screenshots/",
      "tests/fixtures/",
    ],
  },
  js.configs.recommended,
  {
    files: ["**/*.js", "**/*.mjs"],
    languageOptions: { ecmaVersion: 2024, sourceType: "module", globals: { ...globals.browser, ...globals.worker } },
    rules: {
      // `catch {}` marks an error the code means to drop; `const { a, ...rest }` drops `a`.
      "no-unused-vars": [
        "error",
        {
          args: "after-used",
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          ignoreRestSiblings: true,
          caughtErrors: "none",
        },
      ],
      "no-empty": ["error", { allowEmptyCatch: true }],
    },
  },
  {
    files: ["extension/**/*.js"],
    languageOptions: { globals: { ...globals.browser, ...globals.webextensions } },
  },
  {
    files: ["tests/**/*.mjs", "bench/**/*.mjs", "eslint.config.js"],
    languageOptions: { globals: { ...globals.node, ...globals.browser, ...globals.webextensions } },
  },
];
