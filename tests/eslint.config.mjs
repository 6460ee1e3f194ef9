// ESLint for the site's own JavaScript (`make test` runs it from the repository's root).
import js from "@eslint/js";
import globals from "globals";

const page = { ...globals.browser, document$: "readonly" }; // document$: Material's page stream

export default [
  js.configs.recommended,
  {
    files: ["docs/assets/explorer/*.js", "docs/assets/checks/*.js"],
    languageOptions: { sourceType: "module", globals: page },
  },
  {
    files: ["docs/assets/javascripts/*.js"],
    languageOptions: { sourceType: "script", globals: page },
  },
  {
    files: ["hooks/*.js"],
    languageOptions: { sourceType: "commonjs", globals: globals.node },
  },
];
