"""Scrapy settings for healthbreach crawls.

Layered: these defaults, then the deployment's environment (the database URL,
HEALTHBREACH_DB), then command-line flags. Any override for one source or for
the local demo carries a comment saying why.
"""

from healthbreach import __version__

BOT_NAME = "healthbreach"
SPIDER_MODULES = ["healthbreach.crawler.spider"]

# Identify ourselves and be polite: robots.txt, one request at a time per
# domain, AutoThrottle adapting the delay to the server's latency.
USER_AGENT = f"healthbreach/{__version__} (+https://github.com/healthbreach/healthbreach; health-sector breach monitoring)"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 1
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 2.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False

# GDELT asks for one request every 5 seconds per address; Google News is asked once per query.
DOWNLOAD_SLOTS = {"api.gdeltproject.org": {"concurrency": 1, "delay": 5.0}}
# Hosts on private addresses that index-found links may reach: none (tests list their loopback outlets).
HEALTHBREACH_PRIVATE_HOSTS_ALLOWED = []

# News pages are small: a page over 10 MiB is not an article (also caps gzip bombs).
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
DOWNLOAD_TIMEOUT = 30
REDIRECT_MAX_TIMES = 5

RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [429, 500, 502, 503, 504, 522, 524, 408]
HEALTHBREACH_RETRY_BACKOFF_BASE = 2.0
HEALTHBREACH_RETRY_BACKOFF_MAX = 60.0
DOWNLOADER_MIDDLEWARES = {
    "healthbreach.crawler.middlewares.SourceDomainsMiddleware": 60,
    "healthbreach.crawler.newsindex.OutletGuardMiddleware": 61,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "healthbreach.crawler.middlewares.BackoffRetryMiddleware": 550,
    "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
    "healthbreach.crawler.middlewares.LoopAwareRedirectMiddleware": 600,
}
# A request that fails is said once, by the spider's errback (URL and reason):
# Scrapy's own "Gave up retrying" line would say it twice.
RETRY_GIVE_UP_LOG_LEVEL = "DEBUG"

ITEM_PIPELINES = {
    "healthbreach.pipelines.CleanPipeline": 100,
    "healthbreach.pipelines.LanguagePipeline": 150,
    "healthbreach.pipelines.SinceFilterPipeline": 200,
    "healthbreach.pipelines.RelevancePipeline": 300,
    "healthbreach.pipelines.ExtractPipeline": 400,
    "healthbreach.pipelines.StorePipeline": 900,
}
HEALTHBREACH_EXTRACT = True

LOG_LEVEL = "INFO"
LOG_FORMATTER = "healthbreach.crawler.logformatter.HealthbreachLogFormatter"
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
LOG_DATEFORMAT = "%H:%M:%S"
LOGSTATS_INTERVAL = 0  # our own progress line replaces Scrapy's
EXTENSIONS = {
    "healthbreach.crawler.progress.Progress": 500,
    "scrapy.extensions.remote_control.RemoteControl": None,  # no listening port on a nightly job
}
# Scrapy's own INFO lines (middlewares enabled, stats dump) are noise for users.
HEALTHBREACH_SCRAPY_LOG_LEVEL = "WARNING"
# Scrapy loggers whose warnings repeat what the spider's errback says in its one line.
HEALTHBREACH_QUIET_LOGGERS = {
    "scrapy.core.downloader.handlers.http11": "ERROR",  # "Expected to receive N bytes which is larger than download max size"
    "scrapy.downloadermiddlewares.httpcompression": "ERROR",  # the same for compressed bodies
    "trafilatura": "CRITICAL",  # "discarding data", "Document is empty" before our "dropped <url>: <reason>"
    "alembic": "WARNING",  # "Context impl SQLiteImpl." each time the store opens
}
HEALTHBREACH_PROGRESS_INTERVAL = 5.0
