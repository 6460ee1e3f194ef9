"""Figure functions (matplotlib), kept apart from the numpy-only math they draw.

Each figure function takes a ``Theme`` first and returns a matplotlib Figure.
``registry.FIGURES`` names every figure the site shows; the build renders each
one in a light and a dark variant.
"""
