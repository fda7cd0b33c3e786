"""Views in a real headless Chromium (Debian chromium + chromium-driver, driven by selenium).

Each page must load from file://, draw the expected number of nodes and edges, find a known label
through its search box, log no console error, make no network request (Chromium's performance
log lists every request), and run none of the hostile labels of the crafted graph. A screenshot
of each view goes to artifacts/.

Skipped, with the reason, only where Chromium is absent; with CI=true (as .ci/run sets) a missing
browser is a failure, since .ci/browser.sh installs it there.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from kg.views import VIEWS, build_view, graphs, render

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"
PAGE_TIMEOUT = 30
# What a page may load: itself, inline data, and Chromium's own UI resources (chrome://, for the
# search box's clear button or the date picker). Anything else (http, https, ws, ftp…) is a network
# request the page must not make.
LOCAL_SCHEMES = ("file:", "data:", "blob:", "chrome:", "about:")

pytestmark = pytest.mark.browser


def _browser_missing() -> str | None:
    for path in (CHROMIUM, CHROMEDRIVER):
        if not os.access(path, os.X_OK):
            return (
                f"{path} not found: install Debian's chromium and chromium-driver (.ci/browser.sh)"
            )
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[test]')"
    return None


@pytest.fixture(scope="module")
def driver():
    missing = _browser_missing()
    if missing:
        if os.environ.get("CI") == "true":
            pytest.fail(f"browser tests must run in CI: {missing}")
        pytest.skip(missing)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="gkg-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-dev-shm-usage",
        "--window-size=1400,900",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    browser = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    browser.set_page_load_timeout(PAGE_TIMEOUT)
    try:
        yield browser
    finally:
        browser.quit()
        shutil.rmtree(profile, ignore_errors=True)


def open_page(driver, path: Path) -> None:
    """Load ``path`` and wait until the network has settled (physics off, drawn)."""
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get_log("browser")
    driver.get_log("performance")
    driver.get(path.resolve().as_uri())
    WebDriverWait(driver, PAGE_TIMEOUT).until(
        lambda d: d.execute_script("return !!(window.gkg && window.gkg.ready)")
    )


def requests_made(driver) -> list[str]:
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def console_errors(driver) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def rendered(driver) -> dict:
    return driver.execute_script("return window.gkg.rendered()")


def search(driver, text: str) -> dict:
    """Type ``text`` in the search box, submit, and read the selection and the status line."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    box = driver.find_element(By.ID, "gkg-search")
    box.clear()
    box.send_keys(text, Keys.ENTER)
    return {
        "selected": driver.execute_script(
            "return window.gkg.labels(window.gkg.network.getSelectedNodes())"
        ),
        "status": driver.find_element(By.ID, "gkg-search-status").text,
    }


def check_page(driver, path: Path, g, known_label: str, shot: str) -> None:
    """The checks every view page passes, and its screenshot."""
    open_page(driver, path)
    assert rendered(driver) == {"nodes": g.number_of_nodes(), "edges": g.number_of_edges()}
    ARTIFACTS.mkdir(exist_ok=True)
    driver.save_screenshot(str(ARTIFACTS / shot))
    found = search(driver, known_label)
    assert known_label in found["selected"], found
    assert found["status"].endswith(("match", "matches")), found
    assert console_errors(driver) == []
    outside = [u for u in requests_made(driver) if not u.startswith(LOCAL_SCHEMES)]
    assert outside == []
    assert driver.execute_script("return window.__pwned === undefined")


# ---------------------------------------------------------------------------------- crafted graph


@pytest.fixture(scope="module")
def crafted():
    from test_views import crafted_graph

    return crafted_graph()


@pytest.mark.parametrize("kind", list(VIEWS))
def test_crafted_views_render_hostile_text_as_text(driver, crafted, kind, tmp_path):
    from test_views import XSS_AGENCY, XSS_PERSON

    focus = {"bureau": "温州市", "person": "张"}.get(kind)
    g = build_view(kind, crafted, focus)
    path = render.write_html(g, tmp_path / f"{kind}.html")
    label = {"amendments": "某市<b>新</b>办法", "agencies": XSS_AGENCY}.get(kind, XSS_PERSON)
    check_page(driver, path, g, label, f"crafted-{kind}.png")
    from selenium.webdriver.common.by import By

    title = driver.find_element(By.ID, "gkg-title").text
    if kind == "bureau":
        assert title.startswith(XSS_AGENCY)
    assert driver.find_elements(By.CSS_SELECTOR, "img, svg") == []


def test_tooltip_shows_quote_as_text(driver, crafted, tmp_path):
    from test_views import XSS_AGENCY, XSS_QUOTE

    g = build_view("bureau", crafted, "温州市")
    open_page(driver, render.write_html(g, tmp_path / "bureau.html"))
    tip = driver.execute_script(
        "return window.gkg.tooltip(window.gkg.idsOf(arguments[0])[0])", XSS_AGENCY
    )
    assert XSS_QUOTE in tip and "lines 10–11" in tip
    # caption without the count, then the rows: kind of agency, whose gazette named it, IRI
    assert tip.startswith(
        XSS_AGENCY + " — agency · 机构kind of agencydepartment or bureau · 政府工作部门"
        "named in the gazette of某市人民政府公报 2024年第3期IRI"
    )


def test_class_filter_and_date_filter(driver, crafted, tmp_path):
    from selenium.webdriver.common.by import By

    g = build_view("person", crafted, "张")
    open_page(driver, render.write_html(g, tmp_path / "person.html"))
    before = rendered(driver)
    driver.find_element(By.CSS_SELECTOR, 'input[data-group="event"]').click()
    after = rendered(driver)
    assert after["nodes"] == before["nodes"] - 1
    assert after["edges"] < before["edges"]
    driver.find_element(By.CSS_SELECTOR, 'input[data-group="event"]').click()
    assert rendered(driver) == before
    driver.execute_script("""
        var input = document.getElementById('gkg-date');
        input.value = '2024-03-04';
        input.dispatchEvent(new Event('change'));""")
    early = rendered(driver)
    assert early["edges"] == before["edges"] - 2  # both attendances are dated 2024-03-05
    driver.find_element(By.ID, "gkg-date-clear").click()
    assert rendered(driver) == before


# ---------------------------------------------------------------------------------- the sample


@pytest.fixture(scope="module")
def sample_reader(sample_build):
    from kg.build import load_dataset
    from kg.views import union_graph
    from kg.views.reader import Reader

    return Reader(union_graph(load_dataset(sample_build)))


# view → a label the sample's page must find (None: the focus entity's own label)
SAMPLE_LABELS = {
    "bureau": None,
    "agencies": "温州市生态环境局",
    "amendments": "温州市政府行政规范性文件制定实施细则",
    "person": None,
    "overview": "温州市生态环境局",
}


@pytest.mark.parametrize("kind", list(VIEWS))
def test_sample_views_in_chromium(driver, sample_reader, kind, tmp_path):
    g = build_view(kind, sample_reader)
    label = SAMPLE_LABELS[kind]
    if label is None:
        label = next(d["label"] for _, d in g.nodes(data=True) if d.get("focus"))
    else:
        label = next(d["label"] for _, d in g.nodes(data=True) if label in d["label"])
    assert g.number_of_nodes() >= 3
    path = render.write_html(g, tmp_path / f"{kind}.html")
    check_page(driver, path, g, label, f"sample-{kind}.png")


def test_sample_agencies_open_readable(driver, sample_reader, tmp_path):
    """The agencies page opens still (laid out in Python, physics off), every agency's label
    drawn and no edge label until zoomed in; unticking a kind of agency hides exactly those."""
    from selenium.webdriver.common.by import By

    g = build_view("agencies", sample_reader)
    open_page(driver, render.write_html(g, tmp_path / "agencies.html"))
    net = "var net = window.gkg.network;"
    assert driver.execute_script(f"{net} return net.physics.physicsEnabled") is False
    drawn = """
        return Object.keys(net.body.{0}).filter(function (id) {{
            return net.body.{0}[id].labelModule.visible(); }}).length;"""
    assert driver.execute_script(net + drawn.format("nodes")) == g.number_of_nodes()
    assert driver.execute_script(net + drawn.format("edges")) == 0
    driver.execute_script(f"{net} net.moveTo({{scale: 2, animation: false}}); net.redraw();")
    assert driver.execute_script(net + drawn.format("edges")) == g.number_of_edges()
    before = rendered(driver)
    governments = sum(1 for _, d in g.nodes(data=True) if d["agency_kind"] == "government")
    driver.find_element(By.CSS_SELECTOR, 'input[data-group="government"]').click()
    after = rendered(driver)
    assert after["nodes"] == before["nodes"] - governments == g.number_of_nodes() - 11
    assert after["edges"] < before["edges"]
    assert console_errors(driver) == []


def test_agencies_of_several_governments_filter_by_government(driver, tmp_path):
    """With agencies of more than one government, a second filter hides a government's agencies
    (and its box) at once."""
    from selenium.webdriver.common.by import By
    from test_views import large_graph

    g = build_view("agencies", large_graph(projects=60, agencies=40))
    for i, node in enumerate(sorted(g)):
        g.nodes[node]["government"] = "甲县人民政府" if i % 3 else "乙县人民政府"
    in_yi = sum(1 for _, d in g.nodes(data=True) if d["government"] == "乙县人民政府")
    open_page(driver, render.write_html(g, tmp_path / "agencies.html"))
    before = rendered(driver)
    driver.find_element(By.CSS_SELECTOR, 'input[data-box="乙县人民政府"]').click()
    after = rendered(driver)
    assert after["nodes"] == before["nodes"] - in_yi
    assert after["edges"] < before["edges"]
    driver.find_element(By.CSS_SELECTOR, 'input[data-box="乙县人民政府"]').click()
    assert rendered(driver) == before
    assert console_errors(driver) == []


def test_build_pages_draw_all_their_data(driver, sample_build):
    """The pages `gazette-kg build` wrote: everything in their data island is drawn."""
    for kind in VIEWS:
        path = sample_build / "views" / f"{kind}.html"
        page = path.read_text(encoding="utf-8")
        island = page.split('id="gkg-data">', 1)[1].split("</script>", 1)[0]
        data = json.loads(island)
        open_page(driver, path)
        assert rendered(driver) == {"nodes": len(data["nodes"]), "edges": len(data["edges"])}
        assert console_errors(driver) == []


def test_large_graph_is_cut_to_the_budget_and_laid_out_without_physics(driver, tmp_path):
    """H7: 1,050 entities; the agencies view keeps 300 by budget-weighted degree, says so, and
    the page is ready at once (precomputed positions, physics off)."""
    from selenium.webdriver.common.by import By
    from test_views import large_graph

    rdf = large_graph()
    total = graphs.agencies_graph(rdf).number_of_nodes()
    g = build_view("agencies", rdf)
    assert g.number_of_nodes() == 300 < total
    open_page(driver, render.write_html(g, tmp_path / "large.html"))
    assert rendered(driver) == {"nodes": 300, "edges": g.number_of_edges()}
    assert driver.execute_script("return window.gkg.network.physics.physicsEnabled") is False
    notes = driver.find_element(By.CSS_SELECTOR, "p.note").text
    assert notes.startswith(f"showing the top 300 of {total} nodes by weighted_degree")
    assert console_errors(driver) == []
    driver.save_screenshot(str(ARTIFACTS / "large-agencies.png"))


def _as_of(driver, day: str) -> dict:
    driver.execute_script(
        """
        var input = document.getElementById('gkg-date');
        input.value = arguments[0];
        input.dispatchEvent(new Event('change'));""",
        day,
    )
    return rendered(driver)


def test_bureau_as_of_a_day_shows_who_held_the_post(driver, crafted, tmp_path):
    from test_views import XSS_PERSON

    g = build_view("bureau", crafted, "温州市")
    open_page(driver, render.write_html(g, tmp_path / "bureau.html"))
    everything = rendered(driver)
    visible = "return window.gkg.labels(window.gkg.network.body.nodeIndices)"
    before = _as_of(driver, "2024-01-01")  # 李四 appointed in 2023-05, not yet removed
    assert before["edges"] == everything["edges"] - 2
    assert XSS_PERSON not in driver.execute_script(visible)
    after = _as_of(driver, "2024-03-01")  # 李四 removed on 2024-02-10, 张… appointed that day
    assert after["edges"] == everything["edges"] - 1
    assert XSS_PERSON in driver.execute_script(visible)
    assert driver.execute_script("""
        var net = window.gkg.network;
        return net.body.edgeIndices.map(function (id) { return net.body.edges[id].options.label; })
            .filter(function (label) { return /2023-05|2024-02-10/.test(label); }).sort();""") == [
        "任 2024-02-10",
        "免 2024-02-10",
    ]
    driver.find_element("id", "gkg-date-clear").click()
    assert rendered(driver) == everything


def test_an_empty_view_says_so(driver, tmp_path):
    from rdflib import Graph
    from selenium.webdriver.common.by import By

    open_page(driver, render.write_html(build_view("agencies", Graph()), tmp_path / "e.html"))
    assert rendered(driver) == {"nodes": 0, "edges": 0}
    assert driver.find_element(By.ID, "gkg-status").text == "Nothing to show."
    assert "no projects" in driver.find_element(By.CSS_SELECTOR, "p.note").text
    assert console_errors(driver) == []


# ---------------------------------------------------------------------------------- controls


def test_request_log_sees_a_network_request(driver, tmp_path):
    """Control for the offline checks: a page that does load from the network is caught."""
    page = tmp_path / "leaky.html"
    page.write_text(
        '<!DOCTYPE html><img src="http://127.0.0.1:9/leak.png">'
        "<script>window.gkg = {ready: true}</script>",
        encoding="utf-8",
    )
    open_page(driver, page)
    assert "http://127.0.0.1:9/leak.png" in requests_made(driver)


def test_content_security_policy_blocks_fetches(driver, crafted, tmp_path):
    """Even script running in a view page cannot reach the network: the CSP refuses it."""
    open_page(driver, render.write_html(build_view("agencies", crafted), tmp_path / "a.html"))
    driver.get_log("performance")
    outcome = driver.execute_async_script("""
        var done = arguments[arguments.length - 1];
        fetch('http://127.0.0.1:9/x').then(function () { done('fetched'); },
                                           function (e) { done('refused'); });""")
    assert outcome == "refused"
    assert not [u for u in requests_made(driver) if u.startswith("http")]
    assert any("Content Security Policy" in m for m in console_errors(driver))
