// Material wraps each code block's copy button in a <nav>, and axe asks every
// <nav> landmark on a page to have a distinct name. These are not navigation:
// give them role "none". Material adds them as each code block comes into view
// (content.lazy), so watch the page's content for them.
const codeNavs = new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (node instanceof Element && node.matches(".md-code__nav")) {
        node.setAttribute("role", "none");
      }
    }
  }
});
document$.subscribe(({ body }) => {
  codeNavs.disconnect();
  for (const nav of body.querySelectorAll(".md-code__nav")) {
    nav.setAttribute("role", "none");
  }
  const content = body.querySelector(".md-content");
  if (content) codeNavs.observe(content, { childList: true, subtree: true });
});

// A wide table or formula scrolls sideways inside its box on a phone. Keyboard users can
// only scroll what they can focus (axe: scrollable-region-focusable), and every reader
// needs a cue that more is hidden to the right. So each box that really scrolls becomes
// a focusable, named group, marked for site.css's edge shadow; boxes that fit are left
// alone, so a wide screen gains no tab stops. Checked again when the width changes.
// Only a display formula (math.css) or a table and its wrappers can scroll; an inline
// formula wraps with its line. Every box is measured first and marked after, so the page
// is laid out once, not once per mark.
function scrollCandidates(root) {
  const boxes = new Set(root.querySelectorAll(".md-content article div.arithmatex"));
  for (const table of root.querySelectorAll(".md-content article table")) {
    boxes.add(table);
    for (let box = table.parentElement, up = 0; box && up < 2; box = box.parentElement, up++) {
      if (box.matches("article")) break;
      boxes.add(box);
    }
  }
  return boxes;
}

function scrolls(box) {
  const { overflowX } = getComputedStyle(box);
  return (overflowX === "auto" || overflowX === "scroll") && box.scrollWidth > box.clientWidth + 1;
}

function markScrollingBoxes(root) {
  const measured = [...scrollCandidates(root)].map((box) => [box, scrolls(box)]);
  for (const [box, scrolling] of measured) {
    if (scrolling && !box.hasAttribute("data-scrolls")) {
      const what = box.querySelector("table") || box.matches("table") ? "Table" : "Formula";
      box.setAttribute("data-scrolls", "");
      box.setAttribute("tabindex", "0");
      box.setAttribute("role", "group");
      box.setAttribute("aria-label", `${what}, scroll sideways to see all of it`);
    } else if (!scrolling && box.hasAttribute("data-scrolls")) {
      for (const name of ["data-scrolls", "tabindex", "role", "aria-label"]) {
        box.removeAttribute(name);
      }
    }
  }
}
let resizeTimer;
window.addEventListener("resize", () => {
  clearTimeout(resizeTimer);
  resizeTimer = setTimeout(() => markScrollingBoxes(document), 200);
});
document$.subscribe(({ body }) => markScrollingBoxes(body));

// Material's search box is a dialog without a name (axe: aria-dialog-name). Name each
// unnamed dialog after the field inside it, in the words the field itself shows.
document$.subscribe(({ body }) => {
  for (const dialog of body.querySelectorAll("[role=dialog]:not([aria-label], [aria-labelledby])")) {
    const field = dialog.querySelector("input[placeholder]");
    if (field) dialog.setAttribute("aria-label", field.placeholder);
  }
});
