"""Live collection (issue 13): watched sources, polite fetching, a watch daemon, source health,
alerts and digests.

Collection is a reader of URLs in front of the same pipeline as ``extract`` and ``ingest``: a
fetched page goes through ``adapter`` (the one place that calls the processing code) and into the
corpus through the store's writer; every raw response is archived as WARC first, so the corpus can
be rebuilt offline with ``aiwatch ingest archive.warc.gz``.
"""
