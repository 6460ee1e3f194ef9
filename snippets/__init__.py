"""The math behind every number and figure on the site.

One module per concept, numpy only: ``neuron`` (one sigmoid neuron),
``cost`` (what we are minimising), ``gradcheck`` (finite differences and the
complex step). Figures live apart, in ``snippets.plots``, and the scripts whose
printed output appears on pages live in ``snippets.examples``.
"""
