"""CLI commands: one module per command, each a few lines over a library function.

Every module exposes ``HELP`` (one line), ``EPILOG`` (ends with an example),
``add_arguments(parser)`` and ``run(args) -> int``. kg.cli adds ``--build`` and ``--debug``.
"""
