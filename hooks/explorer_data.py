"""MkDocs hook: export the cost-surface explorer's grids as assets/explorer/surface.json.

The numbers come from snippets.explorer_data (encode(surface_data())), so the page's
JavaScript only reads and interpolates them. The file is cached by content hash of
that module and every snippets module it imports.
"""

import json

from build_cache import CACHE, digest, module_path, source_closure, write_atomic
from mkdocs.structure.files import File

MODULE = "snippets.explorer_data"
URI = "assets/explorer/surface.json"


def on_files(files, config):
    key = digest(source_closure(module_path(MODULE)), URI)
    cached = CACHE / "explorer" / f"surface-{key}.json"
    if not cached.exists():
        from snippets.explorer_data import encode, surface_data

        text = json.dumps(encode(surface_data()), separators=(",", ":"), ensure_ascii=False)
        write_atomic(cached, text.encode())
    files.append(File.generated(config, URI, abs_src_path=str(cached)))
    return files
