"""hooks/material_onload.py and overrides/: Material's start-up changes, made early or lighter."""

import re
from pathlib import Path

import pytest
from mkdocs.exceptions import PluginError

from tests.web.conftest import PAGES, ROOT, load_by_path

hook = load_by_path(ROOT / "hooks" / "material_onload.py", "material_onload_hook")
WRAPPED = (
    '<div class="md-typeset__scrollwrap"><div class="md-typeset__table">'
    '<table class="md-data-table">'
)
# The same in a built page, where hooks/first_screen.py may have marked the outer box.
WRAPPED_IN_PAGE = re.compile(
    r'<div class="md-typeset__scrollwrap"[^>]*><div class="md-typeset__table">'
    r'<table class="md-data-table">'
)


# --- the hook's parts ------------------------------------------------------------------------


def test_a_markdown_table_is_wrapped_as_material_would():
    html = "<p>x</p><table><tr><td>1</td></tr></table><p>y</p>"
    assert hook.wrap_tables(html) == (
        f"<p>x</p>{WRAPPED}<tr><td>1</td></tr></table></div></div><p>y</p>"
    )


def test_a_table_with_attributes_is_left_alone_even_around_a_markdown_table():
    inner = "<table><tr><td>1</td></tr></table>"
    html = f'<table class="highlighttable"><tr><td>{inner}</td></tr></table>'
    assert hook.wrap_tables(html) == (
        f'<table class="highlighttable"><tr><td>{WRAPPED}<tr><td>1</td></tr>'
        "</table></div></div></td></tr></table>"
    )


def test_unbalanced_tables_fail_clearly():
    with pytest.raises(ValueError, match="expected balanced <table> tags, got 1 unclosed"):
        hook.wrap_tables("<table><tr><td>1</td></tr>")


def test_code_blocks_become_tab_stops_and_inline_code_does_not():
    html = '<pre><span></span><code>x = 1</code></pre><p><code>x</code></p><pre><code>y</code>'
    assert hook.focusable_code_blocks(html) == (
        '<pre><span></span><code tabindex="0">x = 1</code></pre><p><code>x</code></p>'
        '<pre><code tabindex="0">y</code>'
    )


def test_an_asset_is_patched_once_and_says_so():
    replacements = [("table:not([class])", "T"), ("b", "B")]
    patched = hook.patch_asset("a table:not([class]) b", replacements, "x.css")
    assert patched == "a T B" + hook.PATCHED
    assert hook.patch_asset(patched, replacements, "x.css") == patched


def test_an_asset_without_the_expected_text_fails_the_build():
    with pytest.raises(PluginError, match=r"expected 'old' in Material's x\.css"):
        hook.patch_asset("body{new}", [("new", "newer"), ("old", "new")], "x.css")


MERGES = (
    'Hs=L(...me("a").map(e=>A(e)),...me("b").map(e=>B(e,{x:1}))),'
    '$s=H(()=>L(...me("c").map(e=>e.x?C(e):y))),Ki=ct.pipe('
)


def test_each_component_is_mounted_later_in_a_task_of_its_own():
    patched = hook.start_each_component_in_its_own_task(MERGES)
    task = hook.EACH_IN_ITS_OWN_TASK
    assert patched == (
        f'Hs={task}...me("a").map(e=>()=>A(e)),...me("b").map(e=>()=>B(e,{{x:1}}))),'
        f'$s=H(()=>{task}...me("c").map(e=>()=>e.x?C(e):y))),Ki=ct.pipe('
    )


@pytest.mark.parametrize(
    "bundle",
    [
        MERGES.replace("Hs=L(", "Hs=M("),  # Material renamed its merge
        MERGES.replace(",Ki=ct.pipe(", ",Kj=ct.pipe("),  # or what follows it
        MERGES.replace("y))),Ki", "y)),Ki"),  # or content$ is no longer in a defer
        MERGES.replace('...me("a").map(e=>A(e))', "A(document)"),  # a mount of another shape
    ],
)
def test_an_unexpected_shape_of_materials_components_fails_the_build(bundle):
    with pytest.raises(PluginError, match="expected"):
        hook.start_each_component_in_its_own_task(bundle)


# --- the built site ----------------------------------------------------------------------------


@pytest.mark.build
@pytest.mark.parametrize("page", PAGES)
def test_no_table_is_left_for_material_to_wrap(site, page):
    html = (site / page / "index.html").read_text(encoding="utf-8")
    assert "<table>" not in html
    assert html.count('class="md-data-table"') == len(WRAPPED_IN_PAGE.findall(html))


@pytest.mark.build
@pytest.mark.parametrize("page", PAGES)
def test_every_code_block_is_a_tab_stop_before_material_mounts_it(site, page):
    html = (site / page / "index.html").read_text(encoding="utf-8")
    blocks = re.findall(r"<pre\b[^>]*>(?:<span></span>)?<code[^>]*>", html)
    assert all('tabindex="0"' in block for block in blocks), page


@pytest.mark.build
def test_some_page_has_a_data_table(site):
    assert any(WRAPPED_IN_PAGE.search((site / p / "index.html").read_text("utf-8")) for p in PAGES)


@pytest.mark.build
def test_materials_stylesheets_are_patched(site):
    (main,) = (site / "assets/stylesheets").glob("main.*.min.css")
    (palette,) = (site / "assets/stylesheets").glob("palette.*.min.css")
    assert "table:is(:not([class]),.md-data-table)" in main.read_text(encoding="utf-8")
    assert "data-md-color-switching" not in palette.read_text(encoding="utf-8")


def bundle_text(site):
    (bundle,) = (site / "assets/javascripts").glob("bundle.*.min.js")
    return bundle.read_text(encoding="utf-8")


@pytest.mark.build
def test_materials_bundle_leaves_the_color_scheme_meta_alone(site):
    text = bundle_text(site)
    assert text.endswith(hook.PATCHED)
    assert 'name:"color-scheme"' not in text


@pytest.mark.build
def test_materials_bundle_waits_for_the_search_toggle_before_fetching_the_index(site):
    text = bundle_text(site)
    assert 'location.protocol!=="file:"),Je("search")' not in text
    assert 'Je("search").pipe(Re(o=>o),b(()=>t))' in text
    assert "z([t,r.pipe(" not in text  # the highlighter no longer asks for it at once


@pytest.mark.build
def test_materials_components_start_each_in_a_task_of_its_own(site):
    text = bundle_text(site)
    assert text.count(hook.EACH_IN_ITS_OWN_TASK) == 2  # content components, then controls
    # The names the patch uses: RxJS's defer, subscribeOn and async scheduler.
    assert "function H(e){return new F(function(t){U(e()).subscribe(t)})}" in text
    assert "function et(e,t){" in text
    assert "pe=new Ot(St)" in text


@pytest.mark.build
def test_materials_bundle_starts_when_it_comes_after_domcontentloaded(site):
    text = bundle_text(site)
    assert ':setTimeout(()=>e.next(document)),e' in text


@pytest.mark.build
def test_materials_bundle_sets_instant_navigation_up_later_and_resolves_urls_on_a_click(site):
    text = bundle_text(site)
    assert "$(document).subscribe(vi)" not in text
    assert 'subscribe(([a,{offset:c}])=>{vi(document),history.replaceState(c,""),' in text
    assert 'V("navigation.instant")&&setTimeout(()=>gi(' in text


@pytest.mark.build
def test_materials_bundle_asks_v8_to_compile_all_of_it_as_it_streams_in(site):
    assert bundle_text(site).startswith('//# allFunctionsCalledOnLoad\n"use strict";(()=>{')


@pytest.mark.build
def test_materials_bundle_leaves_the_pages_stylesheets_their_urls(site):
    text = bundle_text(site)
    assert ':not(link[rel=stylesheet], svg *)":"[href], [src]",e))' in text
    assert 'c.setAttribute("href",r.sheet.href)' in text


@pytest.mark.build
@pytest.mark.parametrize("page", PAGES)
def test_scripts_wait_for_the_first_paint_and_start_up_changes_are_made_in_the_head(
    site, page
):
    html = (site / page / "index.html").read_text(encoding="utf-8")
    head = html.split("</head>")[0]
    assert 'document.documentElement.className = "js js-focus-visible"' in head
    sources = re.findall(r'<script [^>]*\ssrc="([^"]+)"', html)
    assert all(src.endswith("/explorer/explorer.js") for src in sources)  # it waits itself
    placeholders = re.findall(
        r'<script type="text/plain" data-after-first-paint data-src="([^"]+)"', html
    )
    assert [src.rsplit("/", 1)[-1] for src in placeholders][:2] == [
        next((site / "assets/javascripts").glob("bundle.*.min.js")).name,
        "a11y.js",
    ]
    assert "window.materialStarted = new Promise(" in html


# Served with this at the top of <head>, a page is first painted a second late.
HIDDEN_FOR_A_SECOND = """<style id="hidden">html { display: none }</style><script>
  setTimeout(() => {
    window.shownAt = performance.now();
    document.getElementById("hidden").remove();
  }, 1000);
</script>"""


@pytest.mark.browser
def test_materials_bundle_is_fetched_once_the_first_paint_is_on_screen(browser, served_site):
    url = served_site + "derivatives/notation/"

    def hide_for_a_second(route):
        response = route.fetch()
        body = response.text().replace("<head>", "<head>" + HIDDEN_FOR_A_SECOND, 1)
        route.fulfill(response=response, body=body)

    context = browser.new_context()
    context.route(url, hide_for_a_second)
    page = context.new_page()
    try:
        page.goto(url, wait_until="load")
        page.wait_for_function("window.component$ !== undefined")
        page.wait_for_function("performance.getEntriesByName('first-paint').length")
        shown, painted, fetched, added = page.evaluate(
            """() => [
              window.shownAt,
              performance.getEntriesByName("first-paint")[0].startTime,
              performance.getEntriesByType("resource")
                .filter(entry => /\\/(bundle\\.[0-9a-f]+\\.min|a11y)\\.js$/.test(entry.name))
                .map(entry => entry.startTime),
              [...document.head.querySelectorAll("script[src]")]
                .map(script => script.getAttribute("src").split("/").pop()),
            ]"""
        )
    finally:
        context.close()
    assert shown < painted
    assert len(fetched) == 2
    assert min(fetched) > painted
    assert [name.split(".")[0] for name in added] == ["bundle", "a11y"]  # in <head>, in order


@pytest.mark.browser
def test_material_starts_without_rewrapping_tables_or_changing_the_head(
    browser, site, served_site
):
    page_with_table = next(
        p for p in PAGES
        if WRAPPED_IN_PAGE.search((site / p / "index.html").read_text(encoding="utf-8"))
    )
    context = browser.new_context()
    page = context.new_page()
    try:
        page.goto(served_site + page_with_table, wait_until="networkidle")
        # Material mounts its components as document$ emits; this subscriber runs after them.
        page.wait_for_function("window.document$ !== undefined")
        page.evaluate("new Promise(done => document$.subscribe(() => done()))")
        state = page.evaluate(
            """() => ({
              nested: document.querySelectorAll(".md-typeset__table .md-typeset__scrollwrap")
                .length,
              tables: document.querySelectorAll(".md-typeset__table > table.md-data-table")
                .length,
              border: getComputedStyle(document.querySelector("table.md-data-table"))
                .borderTopStyle,
              relative: [...document.head.querySelectorAll("link[href]")]
                .filter(e => !/^(?:[a-z]+:)?\\/\\//i.test(e.getAttribute("href")))
                .map(e => e.rel),
              absoluteLinks: [...document.querySelectorAll("a[href]")]
                .filter(e => e.getAttribute("href").startsWith(location.origin)).length,
              links: document.querySelectorAll("a[href]").length,
              htmlClass: document.documentElement.className,
            })"""
        )
    finally:
        context.close()
    assert state["nested"] == 0
    assert state["tables"] >= 1
    assert state["border"] == "solid"  # Material's table style still applies
    # Only the stylesheets keep their relative URLs: a new URL would load them again.
    assert state["relative"] == ["stylesheet"] * 4
    # The body's links are made absolute only once the reader follows one.
    assert state["links"] > 20
    assert state["absoluteLinks"] == 0
    assert "no-js" not in state["htmlClass"]


@pytest.mark.browser
def test_instant_navigation_keeps_the_stylesheets_it_has(browser, served_site):
    context = browser.new_context()
    page = context.new_page()
    sheets = """() => [...document.querySelectorAll("link[rel=stylesheet]")]
      .map(link => [link.kept === true, link.sheet !== null])"""
    try:
        page.goto(served_site, wait_until="networkidle")
        page.wait_for_function("window.component$ !== undefined")
        page.evaluate(
            """() => {
              window.samePage = true;
              for (const link of document.querySelectorAll("link[rel=stylesheet]")) {
                link.kept = true;
              }
            }"""
        )
        visited = []
        for path in ["derivatives/notation/", "backprop/chain/"]:  # two levels down, across
            title = page.title()
            page.evaluate(  # by where the link leads: its href may still be relative
                f"[...document.querySelectorAll('.md-nav a')]"
                f".find(a => a.href === {served_site + path!r}).click()"
            )
            page.wait_for_function(f"document.title !== {title!r}")
            visited.append((page.url, page.evaluate("window.samePage"), page.evaluate(sheets)))
        colour = page.evaluate("getComputedStyle(document.querySelector('.md-header')).color")
    finally:
        context.close()
    for url, same_page, kept in visited:
        assert same_page, f"{url} was loaded, not navigated to instantly"
        assert kept == [[True, True]] * 4, url
    assert visited[-1][0] == served_site + "backprop/chain/"
    assert colour != "rgb(0, 0, 0)"  # Material's header style still applies


@pytest.mark.browser
def test_a_link_that_stays_on_screen_still_leads_to_its_page_after_instant_navigation(
    browser, served_site
):
    # The header stays when instant navigation swaps the page below it, so a relative URL in
    # it must be made absolute before the address changes: the patched bundle does that when
    # the reader follows a link, no longer as it starts.
    context = browser.new_context()
    page = context.new_page()
    try:
        page.goto(served_site, wait_until="networkidle")
        page.wait_for_function("window.component$ !== undefined")
        page.evaluate(
            """() => {
              window.samePage = true;
              const probe = document.createElement("a");
              probe.id = "probe";
              probe.setAttribute("href", "derivatives/partial/");
              document.querySelector(".md-header__inner").append(probe);
            }"""
        )
        before = page.evaluate("document.getElementById('probe').getAttribute('href')")
        title = page.title()
        page.evaluate("document.querySelector('.md-nav a[href$=\"/notation/\"]').click()")
        page.wait_for_function(f"document.title !== {title!r}")
        same_page, url, probe = page.evaluate(
            "[window.samePage, location.href, document.getElementById('probe').href]"
        )
    finally:
        context.close()
    assert before == "derivatives/partial/"  # left alone as the bundle started
    assert same_page
    assert url == served_site + "derivatives/notation/"  # two levels down
    assert probe == served_site + "derivatives/partial/"


@pytest.mark.browser
def test_nothing_fades_while_the_reader_switches_the_scheme(browser, served_site):
    context = browser.new_context(color_scheme="light")
    page = context.new_page()
    try:
        page.goto(served_site, wait_until="networkidle")
        during, after = page.evaluate(
            """async () => {
              const link = document.querySelector(".md-nav__link");
              const duration = () => getComputedStyle(link).transitionDuration;
              document.querySelector("form[data-md-component=palette] label:not([hidden])")
                .click();
              const during = duration();
              await new Promise(done => requestAnimationFrame(() =>
                requestAnimationFrame(() => requestAnimationFrame(done))));
              return [during, duration()];
            }"""
        )
        scheme = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    finally:
        context.close()
    assert scheme == "slate"
    assert during == "0s"
    assert after != "0s"  # navigation links fade on hover again once the switch is drawn


@pytest.mark.browser
@pytest.mark.parametrize(
    ("scheme", "first", "switched"), [("light", "light", "dark"), ("dark", "dark", "light")]
)
def test_one_color_scheme_meta_follows_the_readers_scheme(
    browser, served_site, scheme, first, switched
):
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    try:
        page.goto(served_site, wait_until="networkidle")
        page.wait_for_function("document.querySelector('form[data-md-component=palette] label')")
        read = "[...document.querySelectorAll('meta[name=color-scheme]')].map(m => m.content)"
        before = page.evaluate(read)
        page.locator("form[data-md-component=palette] label:not([hidden])").click()
        after = page.evaluate(read)
        page.reload(wait_until="networkidle")  # the choice is remembered
        reloaded = page.evaluate(read)
    finally:
        context.close()
    assert before == [first]
    assert after == [switched]
    assert reloaded == [switched]


@pytest.mark.browser
def test_search_fetches_its_index_only_once_the_reader_opens_it(browser, served_site):
    context = browser.new_context()
    page = context.new_page()
    fetched = []
    page.on("request", lambda request: fetched.append(request.url.rsplit("/", 1)[-1]))
    try:
        page.goto(served_site, wait_until="networkidle")
        page.wait_for_function("window.component$ !== undefined")
        before = "search_index.json" in fetched
        query = page.locator("input[data-md-component=search-query]")
        query.click()  # focusing the query opens search
        query.fill("bias")
        page.wait_for_selector(".md-search-result__item")
        meta = page.locator(".md-search-result__meta").inner_text()
        first = page.locator(".md-search-result__item a").first.get_attribute("href")
    finally:
        context.close()
    assert not before
    assert "search_index.json" in fetched
    assert "matching" in meta.lower()
    assert first.startswith(served_site)


@pytest.mark.browser
def test_a_page_opened_from_a_search_result_still_highlights_the_words(browser, served_site):
    context = browser.new_context()
    page = context.new_page()
    try:
        page.goto(served_site + "derivatives/partial/?h=bias", wait_until="networkidle")
        page.wait_for_selector("article mark")
        marked = page.locator("article mark").first.inner_text()
    finally:
        context.close()
    assert marked.lower() == "bias"


def test_the_palette_override_keeps_materials_own_script():
    import material

    original = Path(material.__file__).parent / "templates/partials/javascripts/palette.html"
    script = original.read_text("utf-8").split("-#}", 1)[1].strip().removesuffix("</script>")
    override = (ROOT / "overrides/partials/javascripts/palette.html").read_text("utf-8")
    assert script + "else " in override


@pytest.mark.browser
@pytest.mark.parametrize(("scheme", "palette"), [("light", "default"), ("dark", "slate")])
def test_a_first_visit_is_drawn_in_the_readers_scheme_before_material_starts(
    browser, served_site, scheme, palette
):
    context = browser.new_context(color_scheme=scheme)
    context.route("**/bundle.*.min.js", lambda route: route.abort())
    page = context.new_page()
    try:
        page.goto(served_site + "derivatives/partial/", wait_until="load")
        drawn = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
        started = page.evaluate("'document$' in window")
    finally:
        context.close()
    assert not started
    assert drawn == palette
