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
# A dead or hanging page is tried again at most this often within a run; later runs retry it
# with growing back-off (store/failures.py), up to HEALTHBREACH_FAILED_MAX_RUNS failed runs.
HEALTHBREACH_TIMEOUT_RETRY_TIMES = 1
HEALTHBREACH_FAILED_BACKOFF_HOURS = 20.0  # after n failed runs, wait 20 h * 2**(n-1): the next night, then 2, 4, 8 nights
HEALTHBREACH_FAILED_MAX_RUNS = 5
DOWNLOADER_MIDDLEWARES = {
    # Our per-source, per-port check replaces Scrapy's offsite middleware, which drops redirects without a line.
    "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,
    "healthbreach.crawler.middlewares.SourceDomainsMiddleware": 50,
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "healthbreach.crawler.middlewares.QuietRobotsTxtMiddleware": 100,
    "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
    "healthbreach.crawler.middlewares.LoopAwareMetaRefreshMiddleware": 580,
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
LOG_DATEFORMAT = "%Y-%m-%dT%H:%M:%S%z"  # our handler (logformatter.LineFormatter) writes ISO 8601 with the UTC offset
LOG_FILE = None  # --logfile: lines appended to this file instead of stderr
LOGSTATS_INTERVAL = 0  # our own progress line replaces Scrapy's
EXTENSIONS = {
    "healthbreach.crawler.progress.Progress": 500,
    "healthbreach.crawler.audit.RequestAudit": 510,
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
    # "Error downloading <robots.txt>" with a traceback: the spider's one line per unreachable host says it
    "scrapy.downloadermiddlewares.robotstxt": "CRITICAL",
}
HEALTHBREACH_PROGRESS_INTERVAL = 5.0
HEALTHBREACH_REQUEST_AUDIT = ""  # a file: every request really sent, one JSON line each (crawler/audit.py)

# -- checking `-s NAME=VALUE` overrides ----------------------------------------
# Each override is typed by the default it replaces (ours above, else Scrapy's):
# a number for a number, true/false for a flag, JSON for a list or a table.
# One line per problem, naming the setting, what was expected and what was given.

# Integer defaults that are durations or sizes in fractional units: a float is fine.
_fractional = ("DELAY", "TIMEOUT", "SECS", "INTERVAL", "BACKOFF", "_MB")
_log_levels = ("CRITICAL", "ERROR", "WARNING", "INFO", "DEBUG")


def _defaults() -> dict:
    from scrapy.settings import default_settings

    defaults = {k: getattr(default_settings, k) for k in dir(default_settings) if k.isupper()}
    defaults.update({k: v for k, v in globals().items() if k.isupper() and not k.startswith("_")})
    return defaults


def check_overrides(pairs: dict[str, str]) -> tuple[dict, list[str]]:
    """Raw NAME -> text overrides to typed values, and one problem line per bad one."""
    import difflib
    import json

    defaults = _defaults()
    typed, problems = {}, []
    for name, text in pairs.items():
        where = f"-s {name}={text}"
        if name not in defaults:
            close = difflib.get_close_matches(name, defaults, n=1)
            problems.append(f"{where}: unknown setting" + (f" (did you mean {close[0]}?)" if close else ""))
            continue
        default = defaults[name]
        try:
            value = json.loads(text)
        except ValueError:
            value = text
        if name == "LOG_LEVEL":
            if text.upper() not in _log_levels:
                problems.append(f"{where}: expected one of {', '.join(_log_levels)}")
                continue
            value = text.upper()
        elif isinstance(default, bool):
            if value not in (True, False, 0, 1):
                problems.append(f"{where}: expected true or false, got {text!r}")
                continue
            value = bool(value)
        elif isinstance(default, (int, float)):
            fractional = isinstance(default, float) or any(part in name for part in _fractional)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or (not fractional and not isinstance(value, int)):
                problems.append(f"{where}: expected {'a number' if fractional else 'an integer'}, got {text!r}")
                continue
            if value < 0 <= default:
                problems.append(f"{where}: expected a number >= 0, got {text!r}")
                continue
        elif isinstance(default, str):
            value = text
        elif isinstance(default, (list, tuple)):
            if not isinstance(value, list):
                value = [part.strip() for part in text.split(",") if part.strip()]
        elif isinstance(default, dict):
            if not isinstance(value, dict):
                problems.append(f"{where}: expected a JSON object such as {{\"name\": 1}}, got {text!r}")
                continue
        typed[name] = value
    return typed, problems
