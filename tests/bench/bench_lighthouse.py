"""Benchmark: Lighthouse (mobile) on the home, product and trace pages.

Lighthouse comes from the project's package.json (``npm ci`` in ``make
bench``) and drives Debian's Chromium (``CHROME_PATH``, default
/usr/bin/chromium) against the gunicorn-served site of
``tests/bench/server.py``. Targets: performance and accessibility ≥ 95.
Skipped, with the reason, where Node or the installed Lighthouse or
Chromium is missing. Prints and records the scores; asserts nothing.
"""
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.bench import report, server

LIGHTHOUSE = server.ROOT / "node_modules" / ".bin" / "lighthouse"
CHROME = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
PAGES = ["home", "product", "trace"]
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
CHROME_FLAGS = ("--headless=new --no-sandbox --disable-gpu --disable-background-networking "
                "--disable-component-update --disable-sync --no-first-run")


def _missing() -> str:
    if not shutil.which("node"):
        return "node is not installed"
    if not LIGHTHOUSE.exists():
        return "node_modules/.bin/lighthouse is missing (run `npm ci` at the repository root)"
    if not Path(CHROME).exists():
        return f"no Chromium at {CHROME} (make browser, or set CHROME_PATH)"
    return ""


def audit(url: str, out: Path) -> dict:
    """Scores (0–100) by category, and the figures the findings quote."""
    done = subprocess.run(
        [str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={out}",
         f"--only-categories={','.join(CATEGORIES)}", "--form-factor=mobile",
         f"--chrome-flags={CHROME_FLAGS}"],
        env={**os.environ, "CHROME_PATH": CHROME}, timeout=180, capture_output=True,
        text=True)
    if done.returncode:
        raise RuntimeError(f"lighthouse {url} failed:\n{done.stderr[-2000:]}")
    result = json.loads(out.read_text(encoding="utf-8"))
    audits = result["audits"]
    scores = {c: round(result["categories"][c]["score"] * 100) for c in CATEGORIES}
    failing = sorted(
        a["id"] for a in audits.values()
        if a.get("score") is not None and a["score"] < 0.9
        and a.get("scoreDisplayMode") in ("binary", "numeric", "metricSavings"))
    return {**scores,
            "LCP ms": round(audits["largest-contentful-paint"]["numericValue"]),
            "weight KB": round(audits["total-byte-weight"]["numericValue"] / 1024),
            "failing audits": f"{len(failing)}: " + ", ".join(failing[:4])
            + (", …" if len(failing) > 4 else "") if failing else "—"}


def test_lighthouse_scores(served_site):
    reason = _missing()
    if reason:
        print(f"\nLighthouse skipped: {reason}")
        pytest.skip(reason)
    rows = []
    for name in PAGES:
        path = served_site.pages[name]
        found = audit(served_site.base + path, server.VAR / f"lighthouse-{name}.json")
        rows.append([name, path, *found.values()])
        keys = list(found)
    report.show("lighthouse", "Lighthouse, mobile (reports in var/bench/lighthouse-*.json)",
                report.table(["page", "path", *keys], rows),
                "Targets: performance ≥ 95, accessibility ≥ 95. \"failing audits\" counts "
                "the audits scored below 0.9 (all of them are in the JSON reports).")
