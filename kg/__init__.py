"""gazette-kg: Chinese government gazettes (政府公报) → a validated knowledge graph.

The flow is one way: text → records → triples → validated graph → queries, views, exports.
Library entry points: :func:`kg.build.build`, :func:`kg.extract.extract_source`,
:func:`kg.validate.validate`. The CLI (``gazette-kg``) is a thin layer over them.
"""

__version__ = "0.1.0"
