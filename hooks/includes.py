"""MkDocs hook: a page that includes a missing file or region fails in one clear line.

pymdownx.snippets (``check_paths: true``) refuses the same includes, but inside a long
traceback that names neither the file nor its regions. This hook looks first, before
any page is converted, and names the page, the include, and the regions the file has.
"""

import re

from mkdocs.exceptions import PluginError

from hooks.build_cache import ROOT

INCLUDE = re.compile(r'^[ \t]*--8<-- "(?P<path>[^":]+)(?::(?P<region>[A-Za-z_][\w-]*))?"', re.M)
REGION = re.compile(r"--8<-- \[(?P<end>start|end):(?P<name>[\w-]+)\]")


def regions(text):
    """The names of the regions that both start and end in ``text``."""
    marks = {(match["end"], match["name"]) for match in REGION.finditer(text)}
    return sorted(name for kind, name in marks if kind == "start" and ("end", name) in marks)


def on_page_markdown(markdown, page, config, files):
    for include in INCLUDE.finditer(markdown):
        path, region = include["path"], include["region"]
        named = f"{path}:{region}" if region else path
        where = f'docs/{page.file.src_uri}: --8<-- "{named}"'
        source = ROOT / path
        if not source.is_file():
            if path.startswith("docs/generated/"):
                raise PluginError(
                    f"{where}: the content layer wrote no {path}; see docs/generated/"
                    "manifest.json for what it writes (python -m hooks.content)"
                )
            raise PluginError(f"{where}: there is no file {path}")
        if region and region not in (known := regions(source.read_text(encoding="utf-8"))):
            raise PluginError(
                f"{where}: {path} has no region {region!r}; its regions are {known}"
            )
    return markdown
