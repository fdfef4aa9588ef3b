"""axe-core in the browser (axe-playwright-python): WCAG 2.1 A/AA violations."""
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}


def serious_violations(page):
    """axe-core's serious and critical WCAG 2.1 A/AA violations on the page."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options=AXE_OPTIONS).response
    return [
        f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']]}"
        for v in results["violations"] if v["impact"] in ("serious", "critical")
    ]


def assert_none_found(found):
    """``found`` maps a URL to its violations; print them all, then fail if any."""
    for url, violations in found.items():
        print(url, *violations, sep="\n  ")
    assert not found, found
