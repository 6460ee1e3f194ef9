// Typeset TeX as MathML with the pinned Temml, for hooks/mathml.py.
// Reads one JSON request per line on stdin: {"tex": "...", "display": true|false};
// writes one JSON line per request: {"mathml": "..."} or {"error": "..."}.
const temml = require("temml");
const readline = require("readline");

const lines = readline.createInterface({ input: process.stdin });
lines.on("line", (line) => {
  const { tex, display } = JSON.parse(line);
  let reply;
  try {
    const options = { displayMode: display, throwOnError: true, annotate: false };
    reply = { mathml: temml.renderToString(tex, options) };
  } catch (error) {
    reply = { error: String(error.message) };
  }
  process.stdout.write(JSON.stringify(reply) + "\n");
});
