"""Is dz_2/dw just a_1? A prediction before the two-paths code."""

from snippets.answer_check import prediction
from snippets.exercise import fill
from snippets.total import dz2_dw_by_path

W, B, A0 = 0.5, -1.5, 2.0  # as total_two_paths.py

if __name__ == "__main__":
    direct, through_a1 = dz2_dw_by_path(W, B, A0)
    print(prediction(
        "total-two-paths",
        r"Before reading on: is the slope \(dz_2/dw\) equal to \(a_1\), the lecture's "
        r"\(\partial z_2/\partial w\)?",
        [("Yes, it is a₁", False,
          "a₁ is the slope with a₁ held fixed. But a₁ was computed from w, so it moves too, "
          "and that second path adds its own slope."),
         ("No, there is more", True,
          "w reaches z₂ twice: directly, and through a₁. The total derivative adds both.")],
        fill(r"No. With \(w = $w\), \(b = $b\), \(a_0 = $a0\): the direct path gives "
             r"\(a_1 \approx $direct\) and the path through \(a_1\) adds "
             r"\(w\,\sigma'(z_1)\,a_0 \approx $through\), so \(dz_2/dw \approx $total\).",
             w=str(W), b=str(B), a0=str(A0), direct=direct, through=through_a1,
             total=direct + through_a1),
    ))
