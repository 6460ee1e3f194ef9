"""Content step: the cost-surface explorer's grids, as ``explorer/surface.json``.

The numbers come from snippets.explorer_data (encode(surface_data())), so the page's
JavaScript (docs/assets/explorer/explorer.js) only reads and interpolates them. The file is
cached by content hash of that module and every snippets module it imports.
"""

import json

from hooks.build_cache import CACHE, digest, module_path, source_closure, write_atomic

MODULE = "snippets.explorer_data"
PATH = "explorer/surface.json"


def generate(out):
    key = digest(source_closure(module_path(MODULE)), PATH)
    cached = CACHE / "explorer" / f"surface-{key}.json"
    if not cached.exists():
        from snippets.explorer_data import encode, surface_data

        text = json.dumps(encode(surface_data()), separators=(",", ":"), ensure_ascii=False)
        write_atomic(cached, text.encode())
    return {PATH: cached.read_bytes()}
