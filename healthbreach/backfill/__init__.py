"""Backfill from web archives: WARC files (Common Crawl's CC-NEWS first of all) read as if crawled.

    warc.py      WARC_OR_LIST arguments to locations; a location's French-candidate HTML responses
    gate.py      the cheap first judgement: French HTML whose URL or text passes the relevance gate
    ingest.py    one kept page cleaned, judged, extracted and stored exactly as a crawl does
    files.py     one WARC file, start to end, and the warc_files row that makes a rerun skip it
    cluster.py   many files on Dask distributed: a LocalCluster, or a scheduler's workers
"""
