// Render TeX to HTML with the pinned KaTeX, for hooks/katex.py.
// Reads one JSON request per line on stdin: {"tex": "...", "display": true|false};
// writes one JSON line per request: {"html": "..."} or {"error": "..."}.
const katex = require("katex");
const readline = require("readline");

const lines = readline.createInterface({ input: process.stdin });
lines.on("line", (line) => {
  const { tex, display } = JSON.parse(line);
  let reply;
  try {
    reply = { html: katex.renderToString(tex, { displayMode: display, throwOnError: true }) };
  } catch (error) {
    reply = { error: String(error.message) };
  }
  process.stdout.write(JSON.stringify(reply) + "\n");
});
