"""The shape table: symbolic shapes, and the same shapes read off the arrays."""

from tests.examples.conftest import table_rows

N = {"n_0": 3, "n_1": 4, "n_2": 2, "m": 5}


def symbolic(shape, layer):
    """Evaluate a shape such as \\((n_l, n_{l-1})\\) for layer l of the page's network."""
    names = shape.removeprefix(r"\((").removesuffix(r")\)").replace("{", "").replace("}", "")
    values = []
    for name in filter(None, (n.strip() for n in names.split(","))):
        name = name.replace("l-1", str(layer - 1)).replace("_l", f"_{layer}").replace("_L", "_2")
        values.append(N[name])
    return str(tuple(values))


def test_every_printed_shape_matches_its_formula(printed):
    rows = table_rows(printed("many_neurons_shapes"))
    assert len(rows) == 10
    for symbol, _, shape, first, second in rows:
        for layer, shown in ((1, first), (2, second)):
            if shown:
                assert shown == symbolic(shape, layer), (symbol, layer)
    assert rows[0][3] == "(3, 5)"
    assert rows[-1][4] == "(2, 5)"
