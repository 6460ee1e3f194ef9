// ESLint for the site's own JavaScript (`make test` runs it from the repository's root).
import js from "@eslint/js";
import globals from "globals";

export default [
  js.configs.recommended,
  {
    files: ["docs/assets/explorer/*.js"],
    languageOptions: { sourceType: "module", globals: { ...globals.browser, document$: "readonly" } },
  },
  {
    files: ["docs/assets/javascripts/*.js"],
    languageOptions: { sourceType: "script", globals: { ...globals.browser, document$: "readonly" } },
  },
  {
    files: ["hooks/*.js"],
    languageOptions: { sourceType: "commonjs", globals: globals.node },
  },
];
