// Answer checks and predictions (snippets/answer_check.py writes their markup).
//
// It does no neuron math. Each answer check carries, in its data-answer-check attribute,
// the numbers the build computed with the site's tested code: the right answer, the number
// each named mistake gives, and a bank of variants with fresh numbers. This script reads the
// reader's number, compares, and says which it matched. Progress is kept in this browser's
// localStorage only, and the "Forget my answers" button clears it.
//
// Material's instant navigation swaps pages without reloading, and evaluates this module only
// once per document; so it mounts on every document$ emission, as the explorer does.

const STORAGE_KEY = "answer-checks";
const CLOSE_FACTOR = 20; // "close" when within this many tolerances, but not within one

// ---------------------------------------------------------------------------------------
// Reading a typed number: -0.222, −0.222 (Unicode minus), -2.22e-1, -2/9, 0,222, 2.22×10^-1

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

export function parseAnswer(text) {
  let s = String(text)
    .trim()
    .replace(/[\u2212\u2012\u2013\u2014\uFE63\uFF0D]/g, "-")
    .replace(/[\s\u00A0\u202F]/g, "")
    .replace(/[×x·*]10\^?/i, "e")
    .replace(/^\((.*)\)$/, "$1");
  if (!s.includes(".") && /^[+-]?\d+,\d+$/.test(s)) s = s.replace(",", ".");
  const parts = s.split("/");
  if (parts.length > 2 || !parts.every((part) => NUMBER.test(part))) return NaN;
  const value = parts.length === 2 ? Number(parts[0]) / Number(parts[1]) : Number(parts[0]);
  return Number.isFinite(value) ? value : NaN;
}

function format(value, places) {
  if (places === null) return String(Number(value.toPrecision(12)));
  const text = value.toFixed(places);
  return Number(text) === 0 ? text.replace(/^-/, "") : text;
}

// ---------------------------------------------------------------------------------------
// Progress, in this browser only

function loadProgress() {
  try {
    return JSON.parse(localStorage.getItem(STORAGE_KEY)) || {};
  } catch {
    return {};
  }
}

function saveProgress(progress) {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(progress));
  } catch {
    // Storage refused (private mode, or full): the checks still work, without memory.
  }
}

function solvedCount() {
  return Object.keys(loadProgress()).length;
}

// ---------------------------------------------------------------------------------------
// One answer check

class AnswerCheck {
  constructor(root) {
    this.root = root;
    this.data = JSON.parse(root.dataset.answerCheck);
    this.index = 0;
    this.input = root.querySelector("input");
    this.verdict = root.querySelector(".answer-check__verdict");
    this.details = root.querySelector("details");
    this.onForgetClick = () => this.forget();
    this.progress = this.addProgress();
    this.onCheck = () => this.check();
    this.onKey = (event) => {
      if (event.key === "Enter") this.check();
    };
    this.onAnother = () => this.another();
    root.querySelector("[data-check]").addEventListener("click", this.onCheck);
    this.input.addEventListener("keydown", this.onKey);
    root.querySelector("[data-another]")?.addEventListener("click", this.onAnother);
    this.showProgress();
  }

  // The numbers of the question shown now, by name: {values: {name: x}, mistakes: {name: x}}.
  get current() {
    const [values, wrong] = this.data.bank[this.index];
    const { names, mistakes } = this.data;
    return {
      values: Object.fromEntries(names.map((name, i) => [name, values[i]])),
      mistakes: Object.fromEntries(mistakes.map((name, i) => [name, wrong[i]])),
    };
  }

  places(name) {
    return this.data.places[this.data.names.indexOf(name)];
  }

  // The line under the box: what this browser remembers, and a way to forget it.
  addProgress() {
    const line = this.root.querySelector(".answer-check__progress");
    const forget = line.querySelector("button");
    forget.addEventListener("click", this.onForgetClick);
    return { text: line.querySelector("span"), forget };
  }

  showProgress() {
    const progress = loadProgress();
    const count = Object.keys(progress).length;
    const here = progress[this.root.id] ? "You have solved this one before. " : "";
    this.progress.text.textContent =
      `${here}Right answers on this site: ${count}, remembered in this browser only.`;
    this.progress.forget.hidden = count === 0;
  }

  forget() {
    try {
      localStorage.removeItem(STORAGE_KEY);
    } catch {
      // nothing stored
    }
    for (const check of instances.values()) check.showProgress?.();
    this.say("Your answers are forgotten: this browser keeps none now.");
    this.input.focus();
  }

  say(...parts) {
    this.verdict.replaceChildren(...parts);
  }

  check() {
    const typed = this.input.value;
    const value = parseAnswer(typed);
    const { tolerance } = this.data;
    const { values, mistakes } = this.current;
    const answer = values.answer;
    const shown = format(answer, this.places("answer"));
    this.root.dataset.verdict = "";
    this.input.removeAttribute("aria-invalid");
    if (typed.trim() === "") {
      this.say("Type a number first.");
      return;
    }
    if (Number.isNaN(value)) {
      this.input.setAttribute("aria-invalid", "true");
      this.root.dataset.verdict = "unreadable";
      this.say(
        `“${typed}” is not a number this box can read. Type a decimal such as -0.222, ` +
          "a power of ten such as -2.22e-1, or a fraction such as -2/9.",
      );
      return;
    }
    if (Math.abs(value - answer) <= tolerance) {
      this.root.dataset.verdict = "right";
      this.say(`Right: the answer is ${shown} (yours is within ${tolerance}).`);
      const progress = loadProgress();
      progress[this.root.id] = true;
      saveProgress(progress);
      for (const check of instances.values()) check.showProgress?.();
      return;
    }
    // Every named mistake that gives the reader's number, in the order the page lists them.
    const matches = Object.keys(mistakes).filter(
      (name) => Math.abs(value - mistakes[name]) <= tolerance,
    );
    if (matches.length > 0) {
      this.root.dataset.verdict = "mistake";
      const reasons = [];
      matches.forEach((name, i) => {
        const says = this.root.querySelector(`[data-says="${name}"]`);
        if (i > 0) reasons.push(", or if ");
        reasons.push(...Array.from(says.childNodes, (node) => node.cloneNode(true)));
      });
      const wrong = format(mistakes[matches[0]], this.places("answer"));
      this.say(`Not yet: ${wrong} is what you get if `, ...reasons, ".");
      return;
    }
    this.root.dataset.verdict = "wrong";
    if (Math.abs(value - answer) <= CLOSE_FACTOR * tolerance) {
      this.say(
        `Close, but not within ${tolerance}: keep four decimal places in every step ` +
          "and round only at the end.",
      );
    } else {
      this.say(
        "Not yet, and not one of the typical slips either. Work it again one factor at a " +
          "time, or open the answer below and compare step by step.",
      );
    }
  }

  another() {
    this.index = (this.index + 1) % this.data.bank.length;
    const { values, mistakes } = this.current;
    for (const span of this.root.querySelectorAll("[data-value]")) {
      const name = span.dataset.value;
      span.textContent = name.startsWith("mistake:")
        ? format(mistakes[name.slice("mistake:".length)], this.places("answer"))
        : format(values[name], this.places(name));
    }
    this.input.value = "";
    this.input.removeAttribute("aria-invalid");
    this.root.dataset.verdict = "";
    if (this.details) this.details.open = false;
    const numbering = `${this.index + 1} of ${this.data.bank.length}`;
    this.say(`New numbers (set ${numbering}): the question above has changed.`);
  }

  destroy() {
    this.input.removeEventListener("keydown", this.onKey);
  }
}

// ---------------------------------------------------------------------------------------
// One prediction: one click commits, then the answer opens

class Prediction {
  constructor(root) {
    this.root = root;
    this.verdict = root.querySelector(".prediction__verdict");
    this.buttons = Array.from(root.querySelectorAll("button[data-right]"));
    this.onClick = (event) => this.choose(event.currentTarget);
    for (const button of this.buttons) button.addEventListener("click", this.onClick);
  }

  choose(button) {
    for (const other of this.buttons) other.setAttribute("aria-pressed", String(other === button));
    const right = button.dataset.right === "true";
    this.root.dataset.verdict = right ? "right" : "wrong";
    const start = right ? "Right. " : "Not so. ";
    this.verdict.textContent = start + button.dataset.reply;
    const details = this.root.querySelector("details");
    if (details) details.open = true;
  }

  destroy() {
    for (const button of this.buttons) button.removeEventListener("click", this.onClick);
  }
}

// ---------------------------------------------------------------------------------------
// Mounting, on the first load and after every instant navigation

const instances = new Map(); // element -> AnswerCheck or Prediction

function mountAll() {
  for (const [root, widget] of instances) {
    if (!root.isConnected) {
      widget.destroy();
      instances.delete(root);
    }
  }
  for (const root of document.querySelectorAll("[data-answer-check]")) {
    if (!instances.has(root)) instances.set(root, new AnswerCheck(root));
  }
  for (const root of document.querySelectorAll("[data-prediction]")) {
    if (!instances.has(root)) instances.set(root, new Prediction(root));
  }
}

// For tests: how many widgets are mounted, and how many answers this browser remembers.
globalThis.answerChecks = Object.freeze({
  get live() {
    return instances.size;
  },
  get solved() {
    return solvedCount();
  },
});

if (globalThis.document$) {
  globalThis.document$.subscribe(mountAll);
} else {
  mountAll();
}
