"""Lighthouse on every page: the four category scores and the first-visit weight.

`make audit` builds the site, serves it on loopback with gzip, and runs Lighthouse 12
(pinned in package.json) in headless Chromium with its default mobile emulation, once per
page, with an empty cache. Prints one Markdown table and the minimum over all pages, and
the host's benchmark index as Lighthouse measured it. A busy host makes single runs vary;
``--runs 3`` shows, for each page, the run with the median performance score, and in its last
column every run's performance score.

Lighthouse slows the CPU 4x by default, which turns a host with a benchmark index near
1533 into its reference phone. On a slower host, ``--calibrate`` first measures the index
and then uses the slowdown Lighthouse's CPU-throttling calculator gives for it.
"""

import argparse
import functools
import gzip
import http.server
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COMPRESSIBLE = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".map", ".mjs"}


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Static files; text types gzip-compressed when the client accepts it.

    Every text file is compressed once, before the first request (``compressed``): compressing
    as a page loads took CPU from the browser, on a host with few cores, while Lighthouse timed it.
    """

    def __init__(self, *args, compressed, **kwargs):
        self.compressed = compressed
        super().__init__(*args, **kwargs)

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        body = self.compressed.get(path)
        if body is None or "gzip" not in self.headers.get("Accept-Encoding", ""):
            return super().send_head()
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=31536000")
        self.end_headers()
        self.wfile.write(body)
        return None

    def log_message(self, format, *args):
        pass


def compress_text_files(folder):
    """{path: gzip-compressed bytes} for every text file under ``folder``."""
    return {
        path: gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)
        for path in Path(folder).rglob("*")
        if path.suffix in COMPRESSIBLE and path.is_file()
    }


def serve(folder):
    """Start serving ``folder``; return (base_url, server).

    Stop it with ``server.shutdown()``, then ``server.server_close()``.
    """
    folder = Path(folder).resolve()
    handler = functools.partial(
        GzipHandler, directory=str(folder), compressed=compress_text_files(folder)
    )
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}/", server


LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
METRICS = {  # the five that make up the performance score
    "FCP": "first-contentful-paint", "SI": "speed-index", "LCP": "largest-contentful-paint",
    "TBT": "total-blocking-time", "CLS": "cumulative-layout-shift",
}  # fmt: skip
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run "
    "--disable-background-networking --disable-component-update --disable-sync"
)


def build(destination):
    env = os.environ | {"NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(destination)]
    subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True)


def pages(site):
    return sorted(
        p.parent.relative_to(site).as_posix().removeprefix(".") + "/"
        for p in site.rglob("index.html")
    )


def lighthouse(url, chrome, cpu_slowdown=None):
    env = os.environ | {"CHROME_PATH": chrome}
    command = [
        str(LIGHTHOUSE), url, "--output=json", "--output-path=stdout", "--quiet",
        f"--chrome-flags={CHROME_FLAGS}", "--only-categories=" + ",".join(CATEGORIES),
    ]
    if cpu_slowdown is not None:
        command.append(f"--throttling.cpuSlowdownMultiplier={cpu_slowdown}")
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    report = json.loads(result.stdout)
    scores = {c: round(100 * (report["categories"][c]["score"] or 0)) for c in CATEGORIES}
    weight = report["audits"]["total-byte-weight"]["numericValue"]
    failing = sorted(
        audit_id
        for category in CATEGORIES
        for ref in report["categories"][category]["auditRefs"]
        if ref["weight"] > 0
        and (audit_id := ref["id"]) in report["audits"]
        and (report["audits"][audit_id]["score"] is not None)
        and report["audits"][audit_id]["score"] < 1
    )
    metrics = ", ".join(
        f"{name} {report['audits'][audit_id]['displayValue']}"
        for name, audit_id in METRICS.items()
    )
    return scores, weight, failing, report["environment"]["benchmarkIndex"], metrics


def calibrated_slowdown(benchmark_index):
    """The CPU slowdown that makes this host a Lighthouse reference phone.

    Lighthouse's default 4x assumes a host with a benchmark index near 1533 (its CPU
    throttling docs); its calculator maps 800 -> 2x, 1300 -> 3x, 1533 -> 4x, linearly.
    """
    if benchmark_index >= 1300:
        return 3 + (benchmark_index - 1300) / 233
    if benchmark_index >= 800:
        return 2 + (benchmark_index - 800) / 500
    return 1 + max(benchmark_index - 150, 0) / 650


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--page", action="append", help="audit only this path (repeatable)")
    parser.add_argument(
        "--calibrate", action="store_true",
        help="scale Lighthouse's CPU slowdown to this host's benchmark index (default: 4x)",
    )
    parser.add_argument(
        "--runs", type=int, default=1,
        help="Lighthouse runs per page; the run with the median performance score is shown",
    )
    args = parser.parse_args(argv)
    chrome = shutil.which("chromium") or "/usr/bin/chromium"
    with tempfile.TemporaryDirectory(prefix="audit-") as tmp:
        site = Path(tmp) / "site"
        build(site)
        unknown = sorted(set(args.page or []) - set(pages(site)))
        if unknown:
            known = " ".join(pages(site))
            parser.error(f"no such page: {', '.join(unknown)}; the pages are {known}")
        base, server = serve(site)
        rows = []
        try:
            slowdown = None
            if args.calibrate:
                _, _, _, index, _ = lighthouse(base, chrome)
                slowdown = round(calibrated_slowdown(index), 1)
            for path in args.page or pages(site):
                url = base + path.lstrip("/")
                runs = [lighthouse(url, chrome, slowdown) for _ in range(args.runs)]
                ranked = sorted(runs, key=lambda run: run[0]["performance"])
                rows.append((path, *ranked[len(runs) // 2][:4], runs))
        finally:
            server.shutdown()
            server.server_close()
    print("| page | perf | a11y | best pr. | SEO | first visit (KB, compressed) | perf, each run |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | --- |")
    for path, scores, weight, *_, runs in rows:
        numbers = " | ".join(str(scores[c]) for c in CATEGORIES)
        each_run = ", ".join(str(run[0]["performance"]) for run in runs)
        print(f"| {path} | {numbers} | {weight / 1024:.0f} | {each_run} |")
    minimum = " | ".join(str(min(r[1][c] for r in rows)) for c in CATEGORIES)
    weights = [r[2] / 1024 for r in rows]
    spread = f"max {max(weights):.0f}, median {statistics.median(weights):.0f}"
    lowest_run = min(run[0]["performance"] for r in rows for run in r[-1])
    print(f"| **minimum** | {minimum} | {spread} | lowest single run {lowest_run} |")
    indexes = [r[4] for r in rows]
    print(
        f"\nCPU slowdown {slowdown or 4}x (Lighthouse {'calibrated' if slowdown else 'default'}); "
        f"host benchmark index {min(indexes):.0f}-{max(indexes):.0f}, "
        f"median {statistics.median(indexes):.0f} (Lighthouse's 4x assumes about 1533)"
    )
    for path, _, _, failing, *_ in rows:
        if failing:
            print(f"{path}: below 1 in {', '.join(failing)}")
    for path, *_, runs in rows:
        for number, (scores, _, _, index, metrics) in enumerate(runs, 1):
            if scores["performance"] < 100:
                print(
                    f"{path}, run {number}: performance {scores['performance']} "
                    f"(host benchmark index {index:.0f}): {metrics}"
                )


if __name__ == "__main__":
    main()
