"""``python -m aiwatch`` is the ``aiwatch`` command."""

from aiwatch.cli import main

if __name__ == "__main__":  # a spawned Dask LocalCluster worker imports this module again
    main()
