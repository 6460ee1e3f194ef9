"""A wrong gradient cannot reach the site: each one, planted in a copy, fails the build.

Every example script and notebook checks what it shows (snippets.verify). Here each
gradient of every snippets module whose numbers appear on a page is broken in a
temporary copy of the project, and the strict build of that copy must fail with a
message that names the page and both disagreeing values.
"""

import os
import re
import shutil

import pytest

from tests.web.conftest import ROOT, build_site

# (file, the line as it is, the line broken): one wrong gradient each.
MUTATIONS = {
    "neuron: ∂C/∂w scaled by 0.2": (
        "snippets/neuron.py",
        "dC_dw = np.sum(a_prev * delta)",
        "dC_dw = 0.2 * np.sum(a_prev * delta)",
    ),
    "cost: the 2 of 2(a - y) forgotten": (
        "snippets/cost.py",
        "return 2 * (a - y)",
        "return a - y",
    ),
    "cost: the cross-entropy's δ scaled": (
        "snippets/cost.py",
        "    return a - y\n",
        "    return 0.9 * (a - y)\n",
    ),
    "chain: δ without σ'(z)": (
        "snippets/chain.py",
        "delta[layer - 1] = dC_da[layer] * slope",
        "delta[layer - 1] = dC_da[layer]",
    ),
    "layers: hidden δ without σ'(z)": (
        "snippets/layers.py",
        "deltas[layer - 1] = (W.T @ delta) * sigmoid_prime(zs[layer - 1])",
        "deltas[layer - 1] = W.T @ delta",
    ),
    "layers: ∂C/∂b summed where the cost is a mean": (
        "snippets/layers.py",
        "dC_db = [scale * delta.sum(axis=1) for delta in deltas]",
        "dC_db = [delta.sum(axis=1) for delta in deltas]",
    ),
    "mixed: the σ'(z)² term dropped": (
        "snippets/mixed.py",
        "bracket = sigmoid_second(z) * (a - y) + sigmoid_prime(z) ** 2",
        "bracket = sigmoid_second(z) * (a - y)",
    ),
    "total: σ'(z1) missing from the path through a1": (
        "snippets/total.py",
        "through_a1 = w * sigmoid_prime(z1) * a0",
        "through_a1 = w * a0",
    ),
    "total: the path's velocity db/dt": (
        "snippets/total.py",
        "2.4 * (1 - t)",
        "2.4 * (1 - 0.5 * t)",
    ),
    "surface: ∂C/∂w on the grid without a_prev": (
        "snippets/surface.py",
        "return np.sum(delta * a_prev, axis=-1), np.sum(delta, axis=-1)",
        "return np.sum(delta, axis=-1), np.sum(delta, axis=-1)",
    ),
    "gradcheck: the central difference divided by h, not 2h": (
        "snippets/gradcheck.py",
        "grad[i] = (f_plus - f_minus) / (2 * h)",
        "grad[i] = (f_plus - f_minus) / h",
    ),
    "gradcheck: the complex step divided by 2h": (
        "snippets/gradcheck.py",
        "grad[i] = np.imag(f(_read_only(nudged))) / h",
        "grad[i] = np.imag(f(_read_only(nudged))) / (2 * h)",
    ),
    "mixed: σ'' with the wrong sign": (
        "snippets/mixed.py",
        "return -sigmoid_prime(z) * np.tanh(z / 2)",
        "return sigmoid_prime(z) * np.tanh(z / 2)",
    ),
    "descent: a step uphill": (
        "snippets/descent.py",
        "path[t + 1] = w - eta * dC_dw, b - eta * dC_db",
        "path[t + 1] = w + eta * dC_dw, b + eta * dC_db",
    ),
}
# What the build copies; everything else it reads (node_modules, the venv) is shared.
PROJECT = ("docs", "hooks", "overrides", "snippets", "mkdocs.yml")
REFUSAL = re.compile(r"docs/\S+\.md\S*: not published, because \S+ failed")


@pytest.fixture(scope="module")
def warm_cache(site, tmp_path_factory):
    """A copy of the cache the `site` build filled: only what a mutation touches is redone."""
    cache = tmp_path_factory.mktemp("wrong-numbers") / "cache"
    shutil.copytree(os.environ.get("BUILD_CACHE", ROOT / ".cache"), cache)
    return cache


def mutated_copy(folder, file, line, broken):
    for name in PROJECT:
        source = ROOT / name
        if source.is_dir():
            ignore = shutil.ignore_patterns("__pycache__")
            shutil.copytree(source, folder / name, ignore=ignore)
        else:
            shutil.copy(source, folder / name)
    (folder / "node_modules").symlink_to(ROOT / "node_modules")
    target = folder / file
    text = target.read_text(encoding="utf-8")
    assert text.count(line) == 1, f"{file} no longer has the line {line!r}: update MUTATIONS"
    target.write_text(text.replace(line, broken), encoding="utf-8")


@pytest.mark.build
@pytest.mark.parametrize(("file", "line", "broken"), MUTATIONS.values(), ids=MUTATIONS.keys())
def test_a_wrong_gradient_fails_the_build(tmp_path, warm_cache, file, line, broken):
    mutated_copy(tmp_path, file, line, broken)
    result = build_site(
        tmp_path / "mkdocs.yml",
        tmp_path / "site",
        cwd=tmp_path,
        BUILD_CACHE=str(warm_cache),
        PYTHONPATH=str(tmp_path),  # `import snippets` finds the broken copy, not ROOT's
    )
    assert result.returncode != 0, f"the build published a site with {broken!r} in {file}"
    assert REFUSAL.search(result.stderr), result.stderr[-3000:]
    assert re.search(r"the formula gives .+, but .+ gives ", result.stderr) or (
        "the page says" in result.stderr
    ), result.stderr[-3000:]
