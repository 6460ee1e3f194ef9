// The cost-surface explorer (docs/explorer.md): move (w, b) over C(w, b) and watch the two
// slices, their tangents, the gradient arrow and the numbers follow.
//
// It does no neuron math. Every number comes from surface.json, which the content layer
// (python -m hooks.content) writes into docs/generated/explorer/ from snippets/explorer_data.py, and is read with the same bilinear rule as
// snippets.explorer_data.bilinear (accurate to the file's "tolerance", 0.001, everywhere).
//
// Material's instant navigation swaps pages without reloading, and evaluates this module only
// once per document; so it mounts on every document$ emission and tears down the widgets whose
// element has left the page (listeners, observers and timers with them).

const DATA_URL = new URL("../../generated/explorer/surface.json", import.meta.url);
const SVG_NS = "http://www.w3.org/2000/svg";
const SLIDER_STEP = 0.05; // one arrow-key press
const ANNOUNCE_AFTER_MS = 800; // speak the values once the point has rested this long
const HEAT_PIXELS = 448; // heat-map resolution: 4 pixels per grid cell
const HEAT_ROWS_PER_TASK = 32; // about 3 ms each, on a laptop
const BANDS = 14; // contour bands, as in the home page's figure
const TANGENT_HALF_WIDTH = 1.25; // in units of w or b
const ARROW_MAX = 72; // the longest gradient arrow, in map units
// The learning rates the descent button accepts. The field's min and max attributes are set
// from here, and every message about the range reads them back from the field. The top is
// the largest of the descent page's three rates (snippets/descent.py: 1, 8 and 40), so a
// reader can replay all three from its start, (2.5, −2), which lies on this map; at the
// bottom, a step with a typical slope still changes the four decimals shown.
const RATE_RANGE = { min: "0.01", max: "40" };
const ANNOUNCE_AGAIN_MS = 100; // empty the live region this long before repeating a message

// Plot areas inside each SVG's viewBox (units ≈ CSS pixels at full width).
const MAP = { left: 46, top: 10, width: 300, height: 300, outerWidth: 362, outerHeight: 356 };
const SLICE = { left: 46, top: 10, width: 300, height: 140, outerWidth: 362, outerHeight: 196 };

const instances = new Map(); // widget root element -> Explorer
let dataPromise = null;
let uid = 0;

// ---------------------------------------------------------------------------------------
// Reading the data

function loadData() {
  dataPromise ??= fetch(DATA_URL)
    .then((response) => {
      if (!response.ok) throw new Error(`${response.status} for ${DATA_URL}`);
      return response.json();
    })
    .then(decode)
    .catch((error) => {
      dataPromise = null; // let a later visit try again
      throw error;
    });
  return dataPromise;
}

function axis([first, last, count]) {
  return { first, last, count, step: (last - first) / (count - 1) };
}

// Undo snippets.explorer_data.encode: two running sums of whole numbers, times the quantum.
function unpack(numbers, rows, columns, quantum) {
  if (numbers.length !== rows * columns) {
    throw new Error(`expected ${rows} × ${columns} numbers, got ${numbers.length}`);
  }
  const values = new Float64Array(numbers);
  for (let k = columns; k < values.length; k++) values[k] += values[k - columns];
  for (let k = 0; k < values.length; k++) {
    if (k % columns > 0) values[k] += values[k - 1];
  }
  for (let k = 0; k < values.length; k++) values[k] *= quantum;
  return values;
}

function quantile(sorted, q) {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

// Round tick values 0, s, 2s, … up to `top`, with s = 1, 2 or 5 times a power of ten.
function niceTicks(top) {
  const power = 10 ** Math.floor(Math.log10(top / 3));
  const step = [1, 2, 5, 10].map((f) => f * power).find((s) => top / s <= 4);
  const digits = Math.max(0, -Math.floor(Math.log10(step)));
  const count = Math.floor(top / step) + 1;
  return Array.from({ length: count }, (_, k) => Number((k * step).toFixed(digits)));
}

// The page's other work can run between the steps of a long job: the rest of the job
// waits for a later task.
const nextTask = () => new Promise((resolve) => setTimeout(resolve));

async function decode(json) {
  const w = axis(json.w);
  const b = axis(json.b);
  const costs = {};
  for (const [name, grids] of Object.entries(json.costs)) {
    const grid = {};
    for (const [quantity, numbers] of Object.entries(grids)) {
      // Each grid, then each summary, in a task of its own: a whole cost took 25 ms on a
      // slow host.
      await nextTask();
      grid[quantity] = unpack(numbers, b.count, w.count, json.quantum);
    }
    await nextTask();
    // Band edges at equal shares of the grid, so that every band shows; a fixed C axis
    // for the slices, so that moving the point moves the curves instead of rescaling them.
    const sortedC = Float64Array.from(grid.C).sort();
    grid.levels = Array.from({ length: BANDS - 1 }, (_, k) => quantile(sortedC, (k + 1) / BANDS));
    grid.top = sortedC[sortedC.length - 1] * 1.05;
    grid.ticks = niceTicks(grid.top);
    await nextTask();
    const steepness = grid.dC_dw.map((g, k) => Math.hypot(g, grid.dC_db[k])).sort();
    grid.typicalSteepness = quantile(steepness, 0.5);
    costs[name] = grid;
  }
  return {
    w,
    b,
    costs,
    labels: json.labels,
    start: json.start,
    learningRate: json.learning_rate,
  };
}

const clamp = (x, low, high) => Math.min(high, Math.max(low, x));

// Where `value` falls on an axis: the first index of its cell and the position inside the
// cell, from 0 to 1. A value off the axis is clamped to it.
function cell(axis, value) {
  const position = (clamp(value, axis.first, axis.last) - axis.first) / axis.step;
  const index = Math.min(Math.floor(position), axis.count - 2);
  return [index, position - index];
}

// Inside the cell whose lower-left value is values[k], in rows of m, at (s, t).
function interpolate(values, m, k, s, t) {
  return (
    (1 - s) * (1 - t) * values[k] +
    s * (1 - t) * values[k + 1] +
    (1 - s) * t * values[k + m] +
    s * t * values[k + m + 1]
  );
}

// The same rule as snippets.explorer_data.bilinear; points off the grid are clamped to it.
function bilinear(data, values, w, b) {
  const [j, s] = cell(data.w, w); // the cell's left column
  const [i, t] = cell(data.b, b); // and its lower row
  return interpolate(values, data.w.count, i * data.w.count + j, s, t);
}

// ---------------------------------------------------------------------------------------
// Small helpers: elements, numbers, colours

function element(namespace, tag, attributes = {}, children = []) {
  const node = namespace
    ? document.createElementNS(namespace, tag)
    : document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

const html = (tag, attributes, children) => element(null, tag, attributes, children);
const svg = (tag, attributes, children) => element(SVG_NS, tag, attributes, children);

function setAttributes(node, attributes) {
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
}

// A line or path drawn twice: a wide stroke in the page background under the coloured one,
// so that it keeps its contrast over every shade of the heat map.
function haloed(tag, className) {
  const under = svg(tag, { class: `explorer__halo ${className}` });
  const over = svg(tag, { class: className });
  const set = (attributes) => [under, over].forEach((node) => setAttributes(node, attributes));
  return { group: svg("g", {}, [under, over]), set };
}

// Four decimals, a real minus sign, and never "−0.0000".
function format(x) {
  return (Math.abs(x) < 5e-5 ? 0 : x).toFixed(4).replace("-", "\u2212");
}

const tickLabel = (x) => String(x).replace("-", "\u2212");

// A CSS colour (any syntax, alpha included) as [r, g, b], painted over `under`.
function rgb(css, under = [255, 255, 255]) {
  const context = new OffscreenCanvas(1, 1).getContext("2d", { willReadFrequently: true });
  context.fillStyle = `rgb(${under.join(" ")})`;
  context.fillRect(0, 0, 1, 1);
  context.fillStyle = css;
  context.fillRect(0, 0, 1, 1);
  return Array.from(context.getImageData(0, 0, 1, 1).data.slice(0, 3));
}

const mix = (from, to, t) => from.map((c, k) => Math.round(c + (to[k] - c) * t));

// The colour at `t` (0 to 1) of a colour map given as evenly spaced stops ([r, g, b] each).
function colourAt(stops, t) {
  const position = clamp(t, 0, 1) * (stops.length - 1);
  const k = Math.min(Math.floor(position), stops.length - 2);
  return mix(stops[k], stops[k + 1], position - k);
}

// WCAG relative luminance and contrast ratio of [r, g, b] colours.
function luminance(colour) {
  const [r, g, b] = colour.map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(first, second) {
  const [darker, lighter] = [luminance(first), luminance(second)].sort((p, q) => p - q);
  return (lighter + 0.05) / (darker + 0.05);
}

// The contour line between two bands: of the two line colours, the one whose smaller
// contrast with the bands is the larger (snippets.plots.theme.contour_line_colour).
function lineBetween(low, high, lines) {
  const worst = (line) => Math.min(contrast(line, low), contrast(line, high));
  return lines.reduce((best, line) => (worst(line) > worst(best) ? line : best));
}

// Axis ticks and labels around a plot area; `xs` and `ys` map data values to viewBox units.
function axes(area, { xTicks, x, xLabel, yTicks, y, yLabel }) {
  const bottom = area.top + area.height;
  const marks = [];
  for (const value of xTicks) {
    marks.push(svg("line", { x1: x(value), x2: x(value), y1: bottom, y2: bottom + 5 }));
    const label = { x: x(value), y: bottom + 18, "text-anchor": "middle" };
    marks.push(svg("text", label, [tickLabel(value)]));
  }
  for (const value of yTicks) {
    marks.push(svg("line", { x1: area.left - 5, x2: area.left, y1: y(value), y2: y(value) }));
    const label = { x: area.left - 8, y: y(value) + 4, "text-anchor": "end" };
    marks.push(svg("text", label, [tickLabel(value)]));
  }
  const middle = area.top + area.height / 2;
  const xText = svg("text", {
    class: "explorer__axis-label",
    x: area.left + area.width / 2,
    y: bottom + 38,
    "text-anchor": "middle",
  }, [xLabel]);
  const yText = svg("text", {
    class: "explorer__axis-label",
    transform: `translate(12 ${middle}) rotate(-90)`,
    "text-anchor": "middle",
  }, [yLabel]);
  return { ticks: svg("g", { class: "explorer__axis" }, marks), xText, yText };
}

function integersIn({ first, last }) {
  const values = [];
  for (let v = Math.ceil(first); v <= last; v++) values.push(v);
  return values;
}

function arrowPath(x, y, dx, dy, length) {
  const tipX = x + dx * length;
  const tipY = y + dy * length;
  const head = Math.min(10, length / 2);
  const baseX = tipX - dx * head;
  const baseY = tipY - dy * head;
  const p = (a, b) => `${a.toFixed(2)},${b.toFixed(2)}`;
  const side = head / 2;
  return (
    `M${p(x, y)}L${p(baseX, baseY)}` +
    `M${p(tipX, tipY)}L${p(baseX - dy * side, baseY + dx * side)}` +
    `L${p(baseX + dy * side, baseY - dx * side)}Z`
  );
}

// ---------------------------------------------------------------------------------------
// One explorer

class Explorer {
  constructor(root) {
    this.root = root;
    this.id = `explorer-${++uid}`;
    this.controller = new AbortController();
    this.alive = true;
    root.dataset.explorerState = "loading";
    loadData().then(
      async (data) => {
        await nextTask(); // not in the task that decoded the data's last part
        if (this.alive) this.build(data);
      },
      (error) => this.alive && this.fail(error),
    );
  }

  destroy() {
    this.alive = false;
    this.controller.abort();
    clearTimeout(this.announceTimer);
  }

  // Without the data, put the static figure (kept in <noscript>) back in place.
  fail(error) {
    console.warn("cost explorer:", error);
    this.root.dataset.explorerState = "failed";
    const fallback = this.root.querySelector("noscript");
    const template = html("template");
    template.innerHTML = fallback ? fallback.textContent : "";
    const message =
      "The interactive explorer could not load its data; here is the static picture instead.";
    this.root.append(html("p", { class: "explorer__failed" }, [message]), template.content);
  }

  async build(data) {
    this.data = data;
    const [w0, b0] = data.start;
    this.state = { w: w0, b: b0, cost: Object.keys(data.costs)[0] };
    const { signal } = this.controller;

    this.live = html("p", { class: "explorer__sr-only", "aria-live": "polite" });
    const { sliders, controls } = this.buildControls();
    this.root.append(
      html("div", { class: "explorer__widget" }, [
        this.buildPlots(sliders),
        this.buildValues(),
        controls,
        this.live,
      ]),
    );

    this.map.addEventListener("pointerdown", (event) => this.pointerDown(event), { signal });
    this.map.addEventListener("pointermove", (event) => this.pointerMove(event), { signal });
    for (const type of ["pointerup", "pointercancel", "lostpointercapture"]) {
      this.map.addEventListener(type, () => (this.dragging = null), { signal });
    }

    // Then, each in a task of its own: styling and laying out the new elements, drawing the
    // values and slices, and the heat map (and then the explorer is "ready").
    for (const step of [
      () => this.root.getBoundingClientRect(),
      () => this.update({ announce: false }),
      () => this.drawHeat(),
    ]) {
      await nextTask();
      if (!this.alive) return;
      step();
    }
  }

  // --- the map: heat map of C, the slice lines, the gradient arrow, the point ---

  mapX(w) {
    const { first, last } = this.data.w;
    return MAP.left + ((w - first) / (last - first)) * MAP.width;
  }

  mapY(b) {
    const { first, last } = this.data.b;
    return MAP.top + ((last - b) / (last - first)) * MAP.height;
  }

  // The map, the sliders under it, and the two slices: beside the map on a wide screen, and
  // under the sliders on a narrow one, where the sliders also stay on screen while the
  // reader scrolls from the map to the slices (explorer.css).
  buildPlots(sliders) {
    const clip = `${this.id}-clip-map`;
    const area = { x: MAP.left, y: MAP.top, width: MAP.width, height: MAP.height };
    this.heat = svg("image", { ...area, preserveAspectRatio: "none" });
    this.sliceAlongW = haloed("line", "explorer__along-w");
    this.sliceAlongW.set({ x1: MAP.left, x2: MAP.left + MAP.width });
    this.sliceAlongB = haloed("line", "explorer__along-b");
    this.sliceAlongB.set({ y1: MAP.top, y2: MAP.top + MAP.height });
    this.arrow = haloed("path", "explorer__arrow");
    this.point = svg("circle", { r: 7 });
    const { ticks, xText, yText } = axes(MAP, {
      xTicks: integersIn(this.data.w),
      x: (w) => this.mapX(w),
      xLabel: "weight w",
      yTicks: integersIn(this.data.b),
      y: (b) => this.mapY(b),
      yLabel: "bias b",
    });
    this.map = svg(
      "svg",
      {
        viewBox: `0 0 ${MAP.outerWidth} ${MAP.outerHeight}`,
        class: "explorer__map",
        role: "img",
        "aria-label":
          "Contour map of the cost C over weight w (across) and bias b (up), with the point " +
          "(w, b), the two slice lines through it and the gradient arrow. " +
          "Drag the point, or use the sliders below.",
      },
      [
        svg("clipPath", { id: clip }, [svg("rect", area)]),
        this.heat,
        svg("rect", { ...area, class: "explorer__frame" }),
        ticks,
        xText,
        yText,
        svg("g", { "clip-path": `url(#${clip})` }, [
          this.sliceAlongW.group,
          this.sliceAlongB.group,
          this.arrow.group,
        ]),
        svg("g", { class: "explorer__point" }, [this.point]),
      ],
    );
    const caption =
      "Darker colours mean a lower cost, as in the site's figures. The arrow is the gradient " +
      "(∂C/∂w, ∂C/∂b): it points uphill, longer where the surface is steeper; a descent step " +
      "goes the opposite way.";
    const legend = html("p", { class: "explorer__legend", "aria-hidden": "true" }, [
      html("span", {}, ["lower cost"]),
      html("span", { class: "explorer__legend-bar" }),
      html("span", {}, ["higher cost"]),
    ]);
    const mapFigure = html("figure", { class: "explorer__figure" }, [
      this.map,
      legend,
      html("figcaption", {}, [caption]),
    ]);

    this.slices = [
      this.buildSlice("w", "explorer__along-w"),
      this.buildSlice("b", "explorer__along-b"),
    ];
    return html("div", { class: "explorer__plots" }, [
      mapFigure,
      sliders,
      html("div", { class: "explorer__slices" }, this.slices.map((slice) => slice.figure)),
    ]);
  }

  // A slice plot: C against `variable` ("w" or "b"), the other parameter held fixed.
  buildSlice(variable, className) {
    const range = this.data[variable];
    const other = variable === "w" ? "b" : "w";
    const clip = `${this.id}-clip-${variable}`;
    const area = { x: SLICE.left, y: SLICE.top, width: SLICE.width, height: SLICE.height };
    const x = (v) => SLICE.left + ((v - range.first) / (range.last - range.first)) * SLICE.width;
    const slice = {
      variable,
      other,
      range,
      x,
      curve: haloed("path", className),
      tangent: haloed("line", "explorer__tangent"),
      point: svg("circle", { r: 5.5 }),
      caption: html("figcaption"),
    };
    // The C axis depends on the cost, so its ticks are redrawn with the curve.
    slice.axes = svg("g");
    const plot = svg(
      "svg",
      {
        viewBox: `0 0 ${SLICE.outerWidth} ${SLICE.outerHeight}`,
        class: "explorer__slice",
        role: "img",
        "aria-label":
          `The slice through the point with ${other} held fixed: the cost C as a function of ` +
          `${variable} alone, and its tangent at the point, whose slope is ∂C/∂${variable}.`,
      },
      [
        svg("clipPath", { id: clip }, [svg("rect", area)]),
        svg("rect", { ...area, class: "explorer__frame" }),
        slice.axes,
        svg("g", { "clip-path": `url(#${clip})` }, [slice.curve.group, slice.tangent.group]),
        svg("g", { class: "explorer__point" }, [slice.point]),
      ],
    );
    slice.figure = html("figure", { class: "explorer__figure" }, [slice.caption, plot]);
    return slice;
  }

  // --- the numbers and the controls ---

  buildValues() {
    const rows = [
      ["w", "weight w", ""],
      ["b", "bias b", ""],
      ["C", "cost C", ""],
      ["dC_dw", "∂C/∂w, slope of the slice at fixed b", "explorer__along-w-value"],
      ["dC_db", "∂C/∂b, slope of the slice at fixed w", "explorer__along-b-value"],
    ];
    this.values = {};
    const list = html("dl", { class: "explorer__values" });
    for (const [key, name, className] of rows) {
      this.values[key] = html("dd", { "data-explorer-value": key });
      list.append(html("div", { class: className }, [html("dt", {}, [name]), this.values[key]]));
    }
    return list;
  }

  buildControls() {
    const { signal } = this.controller;

    this.sliders = {};
    const sliders = [];
    for (const [key, name] of [["w", "weight w"], ["b", "bias b"]]) {
      const range = this.data[key];
      const input = html("input", {
        id: `${this.id}-${key}`,
        type: "range",
        min: range.first,
        max: range.last,
        step: SLIDER_STEP,
      });
      input.addEventListener("input", () => this.moveTo({ [key]: Number(input.value) }), {
        signal,
      });
      this.sliders[key] = input;
      const label = html("label", { for: input.id }, [name]);
      const className = `explorer__slider explorer__slider--${key}`;
      sliders.push(html("div", { class: className }, [label, input]));
    }

    const costs = html("fieldset", { class: "explorer__costs" }, [html("legend", {}, ["Cost"])]);
    for (const name of Object.keys(this.data.costs)) {
      const radio = html("input", { type: "radio", name: `${this.id}-cost`, value: name });
      radio.checked = name === this.state.cost;
      radio.addEventListener("change", () => this.setCost(name), { signal });
      costs.append(html("label", {}, [radio, ` ${this.data.labels[name]}`]));
    }

    // Any number in the range, however many decimals (step "any"), so that the field is
    // valid exactly when the browser's own check finds it valid.
    const rateId = `${this.id}-rate`;
    this.rate = html("input", {
      id: rateId,
      type: "number",
      ...RATE_RANGE,
      step: "any",
      required: "",
      value: this.data.learningRate,
      inputmode: "decimal",
      "aria-describedby": `${rateId}-range ${rateId}-problem`,
    });
    const range = html("p", { id: `${rateId}-range`, class: "explorer__rate-range" }, [
      `a number from ${this.rate.min} to ${this.rate.max}`,
    ]);
    this.rateMessage = html("p", { id: `${rateId}-problem`, class: "explorer__rate-problem" });
    this.rateMessage.hidden = true;
    // Say what is wrong once the reader has finished typing (the field loses focus, or the
    // step button is pressed); once said, follow each keystroke, and clear it as soon as
    // the value is good again.
    this.rate.addEventListener("change", () => this.checkRate({ announce: true }), { signal });
    this.rate.addEventListener("input", () => this.checkRate({ onlyIfShown: true }), {
      signal,
    });
    const primary = "explorer__button explorer__button--primary";
    const step = html("button", { type: "button", class: primary }, [
      "Take one gradient-descent step",
    ]);
    const reset = html("button", { type: "button", class: "explorer__button" }, [
      "Back to the start",
    ]);
    step.addEventListener("click", () => this.descend(), { signal });
    const [w0, b0] = this.data.start;
    reset.addEventListener("click", () => this.moveTo({ w: w0, b: b0 }), { signal });
    const rate = html("div", { class: "explorer__rate" }, [
      html("label", { for: this.rate.id }, ["learning rate η"]),
      this.rate,
      range,
    ]);

    const controls = html("div", { class: "explorer__controls" }, [
      costs,
      html("div", { class: "explorer__descent" }, [
        rate,
        this.rateMessage,
        html("div", { class: "explorer__buttons" }, [step, reset]),
      ]),
    ]);
    return { sliders: html("div", { class: "explorer__sliders" }, sliders), controls };
  }

  // --- interaction ---

  pointerDown(event) {
    if (event.button !== 0) return;
    event.preventDefault();
    this.dragging = event.pointerId;
    this.map.setPointerCapture(event.pointerId);
    this.pointTo(event);
  }

  pointerMove(event) {
    if (event.pointerId === this.dragging) this.pointTo(event);
  }

  pointTo(event) {
    const screen = new DOMPoint(event.clientX, event.clientY);
    const where = screen.matrixTransform(this.map.getScreenCTM().inverse());
    const { w, b } = this.data;
    this.moveTo({
      w: w.first + ((where.x - MAP.left) / MAP.width) * (w.last - w.first),
      b: b.last - ((where.y - MAP.top) / MAP.height) * (b.last - b.first),
    });
  }

  // A step with a learning rate the field refuses would be a step with a number the
  // reader never chose: say what is wrong instead, and leave the point (and the focus) where
  // they are.
  descend() {
    if (!this.checkRate({ announce: true })) return;
    const eta = Number(this.rate.value);
    const { dC_dw, dC_db } = this.read();
    this.moveTo({ w: this.state.w - eta * dC_dw, b: this.state.b - eta * dC_db });
  }

  // What is wrong with the learning rate in the field, in words, or null if nothing is.
  // The browser's own check decides (required, min, max); this only names the problem.
  describeRate() {
    const field = this.rate;
    const { validity } = field;
    if (validity.valid) return null;
    const accepted = `use a number from ${field.min} to ${field.max}.`;
    // A field with letters in it (or a number too big for the browser) has the value "".
    if (validity.badInput) return `η is not a number: ${accepted}`;
    if (validity.valueMissing) return `η is empty: ${accepted}`;
    const typed = `η = ${field.value.replace("-", "\u2212")}`;
    const eta = Number(field.value);
    if (eta < 0) return `${typed} is negative, so the step would go uphill: ${accepted}`;
    if (eta === 0) return `${typed} would not move the point: ${accepted}`;
    if (validity.rangeUnderflow) return `${typed} is too small: ${accepted}`;
    if (validity.rangeOverflow) return `${typed} is too large: ${accepted}`;
    return `${typed} is not accepted: ${accepted}`;
  }

  // Show, update or clear the message under the field; true if the value is good.
  checkRate({ announce = false, onlyIfShown = false } = {}) {
    const problem = this.describeRate();
    if (onlyIfShown && this.rateMessage.hidden && problem) return false;
    this.rateMessage.textContent = problem ?? "";
    this.rateMessage.hidden = !problem;
    if (problem) {
      this.rate.setAttribute("aria-invalid", "true");
    } else {
      this.rate.removeAttribute("aria-invalid");
    }
    if (problem && announce) this.say(problem);
    return !problem;
  }

  // Speak `message` through the polite live region, even if it is what it said last.
  say(message) {
    clearTimeout(this.announceTimer);
    this.live.textContent = "";
    this.announceTimer = setTimeout(() => (this.live.textContent = message), ANNOUNCE_AGAIN_MS);
  }

  setCost(name) {
    this.state.cost = name;
    this.drawHeat();
    this.update();
  }

  // Never leave the grid: outside it there is no data, only guesses.
  moveTo({ w = this.state.w, b = this.state.b }) {
    this.state.w = clamp(w, this.data.w.first, this.data.w.last);
    this.state.b = clamp(b, this.data.b.first, this.data.b.last);
    this.update();
  }

  read(w = this.state.w, b = this.state.b) {
    const grid = this.data.costs[this.state.cost];
    return {
      C: bilinear(this.data, grid.C, w, b),
      dC_dw: bilinear(this.data, grid.dC_dw, w, b),
      dC_db: bilinear(this.data, grid.dC_db, w, b),
    };
  }

  // --- drawing ---

  // The heat map: C in BANDS bands of the figures' colour map (explorer.css holds its stops),
  // the same in both schemes, with a contour line between each two bands.
  // Its 200 000 pixels took 40 ms of main thread: they are worked out HEAT_ROWS_PER_TASK
  // rows at a time, each in a task of its own, so that the page can paint and answer input
  // in between. A newer drawing (another cost) supersedes one under way.
  async drawHeat() {
    const drawing = (this.drawing = Symbol("heat map"));
    const style = getComputedStyle(this.root);
    const stops = style.getPropertyValue("--explorer-cost-colormap").split(",").map((c) => rgb(c));
    const lines = ["--explorer-contour-dark", "--explorer-contour-light"].map((name) =>
      rgb(style.getPropertyValue(name)),
    );
    const word = (colour) => new Uint32Array(Uint8ClampedArray.from([...colour, 255]).buffer)[0];
    const bands = Array.from({ length: BANDS }, (_, k) => colourAt(stops, (k + 0.5) / BANDS));
    const shades = bands.map(word);
    // edges[k]: the line between band k - 1 and band k.
    const edges = bands.map((band, k) => word(lineBetween(bands[Math.max(k - 1, 0)], band, lines)));

    const grid = this.data.costs[this.state.cost];
    const { w, b } = this.data;
    const n = HEAT_PIXELS;
    // Each pixel is read as bilinear() reads a point, each column's cell worked out once.
    const columns = Array.from({ length: n }, (_, px) =>
      cell(w, w.first + ((px + 0.5) / n) * (w.last - w.first)),
    );
    const band = new Uint8Array(n * n);
    const pixels = new Uint32Array(n * n); // RGBA, as ImageData holds them
    for (let py = 0; py < n; py++) {
      if (py % HEAT_ROWS_PER_TASK === 0) {
        await nextTask();
        if (this.drawing !== drawing || !this.alive) return;
      }
      const [i, t] = cell(b, b.last - ((py + 0.5) / n) * (b.last - b.first));
      for (let px = 0, k = py * n; px < n; px++, k++) {
        const [j, s] = columns[px];
        const C = interpolate(grid.C, w.count, i * w.count + j, s, t);
        let level = 0;
        while (level < grid.levels.length && C > grid.levels[level]) level++;
        band[k] = level;
        const left = px > 0 ? band[k - 1] : level;
        const above = py > 0 ? band[k - n] : level;
        const edge = Math.max(left, above, level);
        pixels[k] = left !== level || above !== level ? edges[edge] : shades[level];
      }
    }
    const canvas = html("canvas", { width: n, height: n });
    const context = canvas.getContext("2d");
    context.putImageData(new ImageData(new Uint8ClampedArray(pixels.buffer), n, n), 0, 0);
    this.heat.setAttribute("href", canvas.toDataURL("image/png"));
    this.root.dataset.explorerState = "ready";
  }

  update({ announce = true } = {}) {
    const { w, b } = this.state;
    const values = this.read();
    const grid = this.data.costs[this.state.cost];

    for (const [key, value] of Object.entries({ w, b, ...values })) {
      this.values[key].textContent = format(value);
      this.values[key].dataset.value = String(value);
    }
    for (const [key, value] of Object.entries({ w, b })) {
      this.sliders[key].value = String(value);
      this.sliders[key].setAttribute("aria-valuetext", format(value));
    }

    const px = this.mapX(w);
    const py = this.mapY(b);
    setAttributes(this.point, { cx: px, cy: py });
    this.sliceAlongW.set({ y1: py, y2: py });
    this.sliceAlongB.set({ x1: px, x2: px });
    // Screen y grows downwards, so the arrow's y component is -∂C/∂b.
    const steepness = Math.hypot(values.dC_dw, values.dC_db);
    const length = (ARROW_MAX * steepness) / (steepness + grid.typicalSteepness);
    const dx = values.dC_dw / steepness;
    const dy = -values.dC_db / steepness;
    this.arrow.set({ d: length < 3 ? "" : arrowPath(px, py, dx, dy, length) });

    this.drawSlice(this.slices[0], values.C, values.dC_dw, grid);
    this.drawSlice(this.slices[1], values.C, values.dC_db, grid);

    if (announce) this.scheduleAnnouncement(values);
  }

  drawSlice(slice, C, slope, grid) {
    const { range, variable, other, x } = slice;
    const here = this.state[variable];
    const held = this.state[other];
    const y = (value) => SLICE.top + SLICE.height * (1 - value / grid.top);
    const at = (v) => (variable === "w" ? this.read(v, held).C : this.read(held, v).C);

    const points = [];
    for (let k = 0; k < range.count; k++) {
      const v = range.first + k * range.step;
      points.push(`${x(v).toFixed(2)},${y(at(v)).toFixed(2)}`);
    }
    slice.curve.set({ d: `M${points.join("L")}` });
    const [v1, v2] = [here - TANGENT_HALF_WIDTH, here + TANGENT_HALF_WIDTH];
    slice.tangent.set({
      x1: x(v1),
      x2: x(v2),
      y1: y(C + slope * (v1 - here)),
      y2: y(C + slope * (v2 - here)),
    });
    setAttributes(slice.point, { cx: x(here), cy: y(C) });

    const { ticks, xText, yText } = axes(SLICE, {
      xTicks: integersIn(range),
      x,
      xLabel: `${variable === "w" ? "weight w" : "bias b"} (${other} held at ${format(held)})`,
      yTicks: grid.ticks,
      y,
      yLabel: "cost C",
    });
    slice.axes.replaceChildren(ticks, xText, yText);
    slice.caption.textContent =
      `Slice at ${other} = ${format(held)}: C against ${variable} alone. ` +
      `Tangent slope ∂C/∂${variable} = ${format(slope)}.`;
  }

  scheduleAnnouncement(values) {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      const { w, b, cost } = this.state;
      this.live.textContent =
        `${this.data.labels[cost]}: w ${format(w)}, b ${format(b)}, cost ${format(values.C)}, ` +
        `slope in w, ∂C/∂w, ${format(values.dC_dw)}; slope in b, ∂C/∂b, ${format(values.dC_db)}.`;
    }, ANNOUNCE_AFTER_MS);
  }
}

// ---------------------------------------------------------------------------------------
// Mounting, on the first load and after every instant navigation

function mountAll() {
  for (const [root, explorer] of instances) {
    if (!root.isConnected) {
      explorer.destroy();
      instances.delete(root);
    }
  }
  for (const root of document.querySelectorAll("[data-cost-explorer]")) {
    if (!instances.has(root)) instances.set(root, new Explorer(root));
  }
}

// For tests and the curious: how many explorers are mounted right now.
globalThis.costExplorer = Object.freeze({
  get live() {
    return instances.size;
  },
});

// Material's bundle is loaded once the first paint is on screen (overrides/main.html), so
// on a first visit this module runs before it: wait for window.materialStarted, and then
// mount on every document$, which instant navigation emits again for each new page.
// Inserted again by instant navigation, this module finds Material already running.
function start() {
  if (globalThis.document$) {
    globalThis.document$.subscribe(mountAll);
  } else {
    mountAll();
  }
}

if (globalThis.document$ || !globalThis.materialStarted) {
  start();
} else {
  globalThis.materialStarted.then(start);
}
