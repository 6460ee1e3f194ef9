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
