"""Shared test settings: hypothesis runs the same examples on every machine."""

from hypothesis import HealthCheck, settings

settings.register_profile(
    "default",
    deadline=None,  # no timed tests; speed belongs in benchmarks/
    derandomize=True,  # reproducible CI: the same examples on every run
    max_examples=100,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile("default")
