"""The site's build, in two layers.

The content layer runs without any site generator: ``python -m hooks.content`` draws the
figures, runs the example scripts, writes the complete scripts, the explorer's data and the
math font into ``docs/generated/`` (never committed), cached by content hash. Pages take
what it wrote with ordinary Markdown: ``--8<--`` includes of its Markdown files, which
hold images and code blocks. Two Python-Markdown extensions (``hooks.excerpts``,
``hooks.mathml``) title the code excerpts and typeset the formulas; MkDocs and Zensical
both run them from ``markdown_extensions``.

The MkDocs hooks, in the order mkdocs.yml lists them (the one place that order is kept):
``versions``, ``includes``, ``generate`` (runs the content layer, so that ``make serve``
redraws after an edit), ``notebooks`` and ``search_text``.
"""
