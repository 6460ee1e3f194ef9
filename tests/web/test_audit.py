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


def test_the_table_shows_every_run_and_the_metrics_of_a_run_below_100(monkeypatch, capsys):
    def run(performance, index, metrics):
        scores = {"performance": performance, "accessibility": 100, "best-practices": 100,
                  "seo": 100}  # fmt: skip
        return scores, 110 * 1024, [], index, metrics

    runs = iter([run(100, 1600, "-"), run(98, 1400, "FCP 1.4 s, TBT 130 ms"), run(100, 1500, "-")])
    monkeypatch.setattr(audit, "build", lambda site: None)
    monkeypatch.setattr(audit, "pages", lambda site: ["explorer/"])
    monkeypatch.setattr(audit, "serve", lambda site: ("http://127.0.0.1:1/", FakeServer()))
    monkeypatch.setattr(audit, "lighthouse", lambda *args: next(runs))
    audit.main(["--runs", "3"])
    printed = capsys.readouterr().out
    assert "| explorer/ | 100 | 100 | 100 | 100 | 110 | 100, 98, 100 |" in printed
    assert "lowest single run 98" in printed
    low = "explorer/, run 2: performance 98 (host benchmark index 1400): FCP 1.4 s, TBT 130 ms"
    assert low in printed


class FakeServer:
    def shutdown(self):
        pass

    def server_close(self):
        pass
