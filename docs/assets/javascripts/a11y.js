// Material wraps each code block's copy button in a <nav>, and axe asks every
// <nav> landmark on a page to have a distinct name. These are not navigation:
// give them role "none" after Material has mounted them on each page.
document$.subscribe(({ body }) => {
  for (const nav of body.querySelectorAll(".md-code__nav")) {
    nav.setAttribute("role", "none");
  }
});
