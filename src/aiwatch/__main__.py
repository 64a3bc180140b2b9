"""``python -m aiwatch`` is the ``aiwatch`` command."""

from aiwatch.cli import main

main()
