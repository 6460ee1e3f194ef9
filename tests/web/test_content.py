"""The content layer (hooks/content.py): one step, without MkDocs, that writes every
generated file into docs/generated/, rewrites only what changed, and removes what no step
writes any more."""

import json
import re
import subprocess
import sys

import markdown
import pytest

from hooks import content, figures
from snippets.plots.registry import FIGURES
from tests.web.conftest import ROOT, markdown_pages

pytestmark = pytest.mark.build
INCLUDE = re.compile(r'--8<-- "docs/generated/(?P<path>[^"]+)"')


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    """The content layer's files, written into an empty folder, and its manifest."""
    out = tmp_path_factory.mktemp("generated")
    manifest, changed = content.generate(out)
    assert changed == len(manifest) + 1  # every file, and the manifest
    return out, manifest


def test_it_runs_alone_as_a_module():
    result = subprocess.run(
        [sys.executable, "-m", "hooks.content"], cwd=ROOT,
        capture_output=True, text=True, check=False, timeout=600,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(r"docs/generated/: \d+ files, \d+ changed, in [\d.]+ s\n", result.stdout)


def test_the_manifest_lists_every_file_with_its_step(generated):
    out, manifest = generated
    written = {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()}
    assert written == {*manifest, content.MANIFEST}
    assert json.loads((out / content.MANIFEST).read_text()) == manifest
    assert set(manifest.values()) == set(content.STEPS)
    for figure_id in FIGURES:
        assert manifest[f"figures/{figure_id}.md"] == "figures"


def test_every_include_of_a_page_is_a_file_the_layer_writes(generated):
    _, manifest = generated
    included = {
        match["path"]
        for page in markdown_pages()
        for match in INCLUDE.finditer(page.read_text(encoding="utf-8"))
    }
    assert len(included) > 60
    assert included <= set(manifest), sorted(included - set(manifest))


def test_a_second_run_rewrites_nothing_and_removes_what_no_step_writes(generated):
    out, manifest = generated
    stale = out / "figures" / "no_longer_registered.md"
    stale.write_text("![old](x.svg)\n", encoding="utf-8")
    edited = out / "outputs" / "partial_z.md"
    edited.write_text("edited by hand\n", encoding="utf-8")
    untouched = out / "figures" / "partial_slices-light.svg"
    before = untouched.stat().st_mtime_ns
    again, changed = content.generate(out)
    assert again == manifest
    assert changed == 2  # the edited file written back, the stale one removed
    assert not stale.exists()
    assert edited.read_text(encoding="utf-8").startswith('```text title="Output of partial_z.py"')
    assert untouched.stat().st_mtime_ns == before


@pytest.mark.parametrize("figure_id", ["partial_slices", "home_surface_slice"])
def test_a_figure_include_shows_one_image_per_scheme_and_layout(generated, figure_id):
    out, _ = generated
    images = (out / "figures" / f"{figure_id}.md").read_text(encoding="utf-8").splitlines()
    phone = (out / "figures" / f"{figure_id}-phone-light.svg").exists()
    assert len(images) == (4 if phone else 2)
    for line in images:
        assert line.startswith(f"![{FIGURES[figure_id].alt[:40]}")
        src = re.search(r"\]\((/generated/figures/[^)]+)\)", line)[1]
        assert (out / src.removeprefix("/generated/").split("#")[0]).is_file()
        assert re.search(r'width="\d+" height="\d+" loading="lazy"', line)
        assert (".figure-phone" in line) == ("-phone-" in src)
        assert (".figure-wide" in line) == (phone and "-phone-" not in src)


def test_phone_images_are_named_by_layout_and_scheme():
    assert figures.name("f", "desktop", "dark") == "f-dark"
    assert figures.name("f", "phone", "light") == "f-phone-light"


def test_an_excerpt_is_titled_and_linked_by_the_markdown_extension():
    source = '```python\n--8<-- "snippets/neuron.py:gradients"\n```\n'
    html = markdown.markdown(
        source,
        extensions=["hooks.excerpts", "pymdownx.superfences", "pymdownx.snippets", "attr_list"],
        extension_configs={"pymdownx.snippets": {"base_path": [str(ROOT)], "check_paths": True}},
    )
    assert '<span class="filename">neuron.py (excerpt)</span>' in html
    assert 'href="/generated/scripts/neuron.py"' in html
    assert '<span class="k">def</span>' in html, "pymdownx.snippets filled the fence after"
