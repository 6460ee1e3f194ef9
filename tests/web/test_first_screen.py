"""hooks/first_screen.py: the blocks of each page's article below its first screen are marked."""

from html.parser import HTMLParser

import pytest
from bs4 import BeautifulSoup
from mkdocs.exceptions import PluginError

from tests.web.conftest import PAGES, ROOT, load_by_path

hook = load_by_path(ROOT / "hooks" / "first_screen.py", "first_screen_hook")
ARTICLE = '<article class="md-content__inner md-typeset">'


def page(blocks):
    return f"<main>{ARTICLE}{blocks}</article></main><footer><p>f</p></footer>"


def test_only_the_blocks_directly_inside_the_article_after_the_first_ones_are_marked():
    count = hook.FIRST_SCREEN
    blocks = "".join(f"<p>{n}<span>in {n}</span></p>" for n in range(count + 2))
    marked = hook.mark_blocks_below(page(blocks))
    assert marked == page(
        "".join(f"<p>{n}<span>in {n}</span></p>" for n in range(count))
        + "".join(
            f"<p data-below-first-screen>{n}<span>in {n}</span></p>"
            for n in range(count, count + 2)
        )
    )


def test_void_and_self_closed_elements_comments_and_scripts_are_read_as_html_is():
    """A script is read whole, and left unmarked: it is not a block."""
    first = "<p>first</p>" * hook.FIRST_SCREEN
    blocks = (
        '<p title="a > b">x<br>y</p><!-- <div> -->'
        '<img alt="" src="a.png"><hr/>'
        "<script>if (1 < 2) document.write('<div>')</script>"
        '<div class="x"><input type="radio" /><math><mi>x</mi></math></div>'
    )
    assert hook.mark_blocks_below(page(first + blocks)) == page(
        first + '<p title="a > b" data-below-first-screen>x<br>y</p><!-- <div> -->'
        '<img alt="" src="a.png" data-below-first-screen><hr data-below-first-screen/>'
        "<script>if (1 < 2) document.write('<div>')</script>"
        '<div class="x" data-below-first-screen><input type="radio" /><math><mi>x</mi></math>'
        "</div>"
    )


def test_an_article_without_its_end_tag_fails_clearly():
    with pytest.raises(ValueError, match="expected </article> after the article's start tag"):
        hook.mark_blocks_below(f"<main>{ARTICLE}<p>x</p></main>")


def test_a_page_without_an_article_is_left_alone():
    assert hook.mark_blocks_below("<main><p>x</p></main>") == "<main><p>x</p></main>"


@pytest.mark.parametrize(
    ("blocks", "message"),
    [("<div><p>x</p>", "got 1 unclosed"), ("<p>x</p></div>", "got a stray </div>")],
)
def test_unbalanced_tags_fail_the_build_naming_the_page(blocks, message):
    class File:
        src_uri = "broken.md"

    class Page:
        file = File()

    with pytest.raises(PluginError, match=f"broken.md: expected balanced tags, {message}"):
        hook.on_post_page(page(blocks), Page(), {})
    with pytest.raises(PluginError, match=f"404.html: expected balanced tags, {message}"):
        hook.on_post_template(page(blocks), "404.html", {})


class TopLevel(HTMLParser):
    """The article's direct children, as Python's own HTML parser reads them."""

    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.depth, self.children = 0, []

    def handle_starttag(self, tag, attrs):
        self.handle_startendtag(tag, attrs)
        self.depth += tag not in hook.VOID

    def handle_startendtag(self, tag, attrs):
        if self.depth == 0 and tag not in ("script", "style"):
            self.children.append((tag, "data-below-first-screen" in dict(attrs)))

    def handle_endtag(self, tag):
        self.depth -= 1


@pytest.mark.parametrize("path", [*PAGES, "404.html"])
def test_every_built_page_has_its_blocks_below_the_first_screen_marked(site, path):
    html = (site / path if path.endswith(".html") else site / path / "index.html").read_text()
    article = BeautifulSoup(html, "html.parser").find("article", class_="md-content__inner")
    reader = TopLevel()
    reader.feed("".join(str(child) for child in article.children))
    marks = [marked for _, marked in reader.children]
    drawn = min(len(marks), hook.FIRST_SCREEN)
    assert marks == [False] * drawn + [True] * (len(marks) - drawn)
    assert html.count("data-below-first-screen") == len(marks) - drawn
