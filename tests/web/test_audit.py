"""benchmarks/audit.py: its server, and the CPU slowdown it calibrates."""

import gzip
import urllib.request

import pytest

from tests.web.conftest import ROOT, load_by_path

audit = load_by_path(ROOT / "benchmarks" / "audit.py", "audit")


@pytest.mark.parametrize(
    ("benchmark_index", "slowdown"),
    [(150, 1), (800, 2), (1050, 2.5), (1300, 3), (1533, 4), (1766, 5), (2000, 6)],
)
def test_calibrated_slowdown_follows_lighthouses_calculator(benchmark_index, slowdown):
    assert audit.calibrated_slowdown(benchmark_index) == pytest.approx(slowdown, abs=0.01)


def test_the_server_sends_text_gzipped_and_everything_else_as_it_is(tmp_path):
    (tmp_path / "page").mkdir()
    (tmp_path / "page/index.html").write_text("<p>" + "∂z/∂w " * 500, encoding="utf-8")
    (tmp_path / "font.woff2").write_bytes(bytes(range(256)))
    base, server = audit.serve(tmp_path)

    def get(path, encoding):
        request = urllib.request.Request(base + path, headers={"Accept-Encoding": encoding})
        with urllib.request.urlopen(request) as response:
            return response.headers.get("Content-Encoding"), response.read()

    try:
        encoding, body = get("page/", "gzip, deflate")
        assert encoding == "gzip"
        assert gzip.decompress(body) == (tmp_path / "page/index.html").read_bytes()
        assert get("page/", "identity") == (None, (tmp_path / "page/index.html").read_bytes())
        assert get("font.woff2", "gzip") == (None, bytes(range(256)))
    finally:
        server.shutdown()
        server.server_close()
