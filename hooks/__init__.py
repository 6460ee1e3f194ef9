"""The site's build, in two layers.

The content layer runs without any site generator: ``python -m hooks.content`` draws the
figures, runs the example scripts and the notebooks, writes the complete scripts, the
explorer's data and the math font into ``docs/generated/`` (never committed), cached by
content hash; hooks/content.py lists its steps. Pages take what it wrote with ordinary
Markdown: ``--8<--`` includes of its Markdown files, which hold images and code blocks.
Two Python-Markdown extensions (``hooks.excerpts``, ``hooks.mathml``) title the code
excerpts and typeset the formulas; MkDocs and Zensical both run them from
``markdown_extensions``.

The MkDocs hooks are the other modules here that define ``on_…`` events; mkdocs.yml's
``hooks:`` list is the one place that says which run, and in what order.
"""
