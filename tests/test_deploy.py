"""The published site waits for the tests: deploy.yml builds only after .ci/run passed."""

from pathlib import Path

import yaml

WORKFLOW = Path(__file__).resolve().parents[1] / ".github" / "workflows" / "deploy.yml"


def upstream(jobs, name):
    """Every job that ``name`` waits for, directly or through other jobs."""
    needs = jobs[name].get("needs", [])
    needs = [needs] if isinstance(needs, str) else needs
    return set(needs).union(*(upstream(jobs, need) for need in needs))


def test_every_job_that_builds_or_deploys_waits_for_the_job_that_runs_the_tests():
    jobs = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))["jobs"]
    testers = {
        name
        for name, job in jobs.items()
        if any("bash .ci/run" in step.get("run", "") for step in job["steps"])
    }
    assert testers, "deploy.yml runs no .ci/run"
    publishing = [
        name
        for name, job in jobs.items()
        if any("pages" in step.get("uses", "") or "make build" in step.get("run", "")
               for step in job["steps"])
    ]
    assert publishing
    for name in publishing:
        assert upstream(jobs, name) & testers, f"job {name!r} does not wait for the tests"


def test_the_build_checks_out_the_commit_the_tests_passed():
    jobs = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))["jobs"]
    steps = jobs["build"]["steps"]
    checkout = next(s for s in steps if s.get("uses", "").startswith("actions/checkout"))
    assert checkout["with"]["ref"] == "${{ github.sha }}"
