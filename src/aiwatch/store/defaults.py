"""Defaults the command line needs without importing the store (numpy, SQLAlchemy) at start-up."""

#: Estimated Jaccard similarity of character 5-gram sets at which an article is a near-duplicate.
#: A republished story with a new title, a few edited sentences and an outlet's footer scores
#: 0.7–0.95; two different reports of the same press conference score below 0.3 (bench_store.py).
DEFAULT_THRESHOLD = 0.6
