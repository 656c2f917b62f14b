"""One short line per dropped item: the URL and the reason, never the item (it holds the raw page)."""

from __future__ import annotations

import datetime as dt
import logging

from scrapy.logformatter import LogFormatter


class HealthbreachLogFormatter(LogFormatter):
    def dropped(self, item, exception, response, spider=None):
        return {"level": logging.WARNING, "msg": "dropped %(reason)s", "args": {"reason": str(exception)}}

    def item_error(self, item, exception, response, spider=None):
        # Scrapy's default prints the whole item, raw page included; the traceback follows via exc_info.
        return {"level": logging.ERROR, "msg": "%(url)s: pipeline failed (%(error)s)", "args": {"url": getattr(item, "url", "?"), "error": f"{type(exception).__name__}: {exception}"}}

    def scraped(self, item, response, spider=None):
        return {"level": logging.DEBUG, "msg": "stored %(url)s", "args": {"url": getattr(item, "url", "?")}}


class LineFormatter(logging.Formatter):
    """Every line with its date, time and UTC offset (a nightly log is appended to for months);
    an exception as one '(Type: message)' suffix, its traceback only when debugging."""

    def __init__(self, fmt: str, tracebacks: bool = False) -> None:
        super().__init__(fmt)
        self.tracebacks = tracebacks

    def formatTime(self, record, datefmt=None) -> str:  # noqa: N802 - logging's name
        return dt.datetime.fromtimestamp(record.created).astimezone().isoformat(timespec="seconds")

    def format(self, record) -> str:
        if not record.exc_info or self.tracebacks:
            return super().format(record)
        exc = record.exc_info[1]
        plain = logging.makeLogRecord({**record.__dict__, "exc_info": None, "exc_text": None})
        return f"{super().format(plain)} ({type(exc).__name__}: {str(exc)[:200]})" if exc else super().format(plain)


LOG_HANDLER_NAME = "healthbreach"


class StderrHandler(logging.StreamHandler):
    """Writes to whatever sys.stderr is at the time of each line (click's test runner swaps it)."""

    def __init__(self) -> None:
        super().__init__()

    @property
    def stream(self):
        import sys

        return sys.stderr

    @stream.setter
    def stream(self, _value) -> None:
        pass


LINE_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(level: str = "INFO", logfile: str | None = None, fmt: str = LINE_FORMAT, logger: str = "") -> logging.Handler:
    """One handler on `logger` (the root by default): stderr, or `logfile` appended to; replaces any we installed before."""
    target = logging.getLogger(logger)
    for old in [h for h in target.handlers if h.get_name() == LOG_HANDLER_NAME]:
        target.removeHandler(old)
        old.close()
    handler = logging.FileHandler(logfile, encoding="utf-8") if logfile else StderrHandler()
    handler.set_name(LOG_HANDLER_NAME)
    handler.setFormatter(LineFormatter(fmt, tracebacks=level == "DEBUG"))
    target.addHandler(handler)
    target.setLevel(level)
    return handler
