"""A page that includes a missing file or region fails the build in one clear line."""


import pytest

from tests.web.conftest import build_one_page


def build_page(tmp_path, content):
    """A strict build of one page, with the site's config and only the includes hook."""
    return build_one_page(tmp_path, content, ("includes.py",))


def fence(include):
    return f'```python\n--8<-- "{include}"\n```'


BROKEN = {
    "missing file": (
        "snippets/no_such_file.py",
        'docs/index.md: --8<-- "snippets/no_such_file.py": there is no file '
        "snippets/no_such_file.py",
    ),
    "missing region": (
        "snippets/neuron.py:no_such_region",
        'docs/index.md: --8<-- "snippets/neuron.py:no_such_region": snippets/neuron.py has '
        "no region 'no_such_region'; its regions are ['gradients', 'partials_of_z', "
        "'squared_error_delta']",
    ),
    "nothing generated": (
        "docs/generated/outputs/no_such_example.md",
        'docs/index.md: --8<-- "docs/generated/outputs/no_such_example.md": the content layer '
        "wrote no docs/generated/outputs/no_such_example.md; see docs/generated/manifest.json "
        "for what it writes (python -m hooks.content)",
    ),
}


@pytest.mark.build
@pytest.mark.parametrize(("include", "line"), BROKEN.values(), ids=BROKEN.keys())
def test_a_broken_include_fails_with_one_line_that_names_page_file_and_regions(
    tmp_path, include, line
):
    result = build_page(tmp_path, fence(include))
    assert result.returncode != 0
    assert f"ERROR   -  {line}\n" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.build
def test_an_include_of_an_existing_region_builds(tmp_path):
    result = build_page(tmp_path, fence("snippets/neuron.py:gradients"))
    assert result.returncode == 0, result.stderr
