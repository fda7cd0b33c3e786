"""The views' and table pages' names, help lines and node budget, without the libraries that draw
them (networkx, rdflib, pyvis): what ``gazette-kg view --help`` lists and declares. kg.views
builds its registries (VIEWS, PAGES) from these, in this order (tests/test_startup.py).
"""

from __future__ import annotations

# view name → its help line, in the order `gazette-kg view --help` lists them
VIEW_HELP = {
    "bureau": "one agency: its projects, partner agencies, posts and people",
    "agencies": "agencies sharing projects, with degree and betweenness",
    "amendments": "decisions and the documents they amend or repeal, by status",
    "person": "one person: posts over time, meetings and who else attended",
    "overview": "the whole graph by class",
}

# table page name → its help line
PAGE_HELP = {
    "indicators": (
        "plan indicator tables (baseline, targets, 是否达标, projects) and self-consistency findings"
    ),
}

# The node budget of a page (kg.views.metrics): a browser stays responsive and vis-network's
# layout settles with a few hundred nodes.
MAX_NODES = 300
