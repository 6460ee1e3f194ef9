"""The chain's forward trace table: z^l and a^l for l = 1, 2, 3, from the page's chain."""

import runpy
from pathlib import Path

import snippets.examples
from snippets.chain import A0, B, W, forward

SCRIPT = Path(snippets.examples.__file__).with_name("chain_forward.py")


def test_forward_table(capsys):
    runpy.run_path(str(SCRIPT), run_name="__main__")
    lines = capsys.readouterr().out.splitlines()
    z, a = forward(W, B, A0)
    assert len(lines) == 2 + 1 + len(W)
    assert lines[2] == f"| 0 (input) | | | | {A0:.6f} |"
    for layer in range(1, len(W) + 1):
        i = layer - 1
        assert lines[2 + layer] == (
            f"| {layer} | {W[i]:g} | {B[i]:g} | {z[i]:.6f} | {a[layer]:.6f} |"
        )
