"""The shape table: symbolic shapes, and the same shapes read off the arrays."""

import runpy
from pathlib import Path

import snippets.examples

SCRIPT = Path(snippets.examples.__file__).with_name("many_neurons_shapes.py")
N = {"n_0": 3, "n_1": 4, "n_2": 2, "m": 5}


def symbolic(shape, layer):
    """Evaluate a shape such as \\((n_l, n_{l-1})\\) for layer l of the page's network."""
    names = shape.removeprefix(r"\((").removesuffix(r")\)").replace("{", "").replace("}", "")
    values = []
    for name in filter(None, (n.strip() for n in names.split(","))):
        name = name.replace("l-1", str(layer - 1)).replace("_l", f"_{layer}").replace("_L", "_2")
        values.append(N[name])
    return str(tuple(values))


def test_every_printed_shape_matches_its_formula(capsys):
    runpy.run_path(str(SCRIPT), run_name="__main__")
    lines = capsys.readouterr().out.splitlines()
    rows = [[c.strip() for c in line.strip("|").split("|")] for line in lines[2:]]
    assert len(rows) == 10
    for symbol, _, shape, first, second in rows:
        for layer, printed in ((1, first), (2, second)):
            if printed:
                assert printed == symbolic(shape, layer), (symbol, layer)
    assert rows[0][3] == "(3, 5)"
    assert rows[-1][4] == "(2, 5)"
