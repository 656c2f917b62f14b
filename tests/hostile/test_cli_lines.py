"""A careless operator: bad sources files, bad -s settings, malformed database URLs, an unreachable source.

Each is one `healthbreach: error:` line per problem (naming the source, the key and
what was expected), its exit code, and never a traceback.
"""

from __future__ import annotations

import re
import socket
import subprocess

import pytest
from click.testing import CliRunner

from healthbreach.cli import cli
from nightly.conftest import HEALTHBREACH

GOOD = "[ok]\ndomains = [\"127.0.0.1:8080\"]\nfeeds = [\"http://127.0.0.1:8080/feed/\"]\narticle_pattern = '^/a/'\n"


def error_lines(result) -> list[str]:
    out = result.output.strip().splitlines()
    assert "Traceback" not in result.output, result.output
    assert out and all(line.startswith("healthbreach: error: ") for line in out), result.output
    return [line.removeprefix("healthbreach: error: ") for line in out]


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize(
    ("toml", "lines"),
    [
        # a string where a list is expected: an error, never split into characters
        ('[x]\ndomains = "127.0.0.1:8080"\nfeeds = ["http://127.0.0.1:8080/f"]\narticle_pattern = "."\n',
         ["source 'x': domains: expected a list of strings such as [\"example.org\"], got the string '127.0.0.1:8080'"]),
        ('[x]\ndomains = ["a.fr"]\nfeeds = "http://a.fr/feed"\narticle_pattern = "."\n',
         ["source 'x': feeds: expected a list of strings such as [\"https://example.org/feed/\"], got the string 'http://a.fr/feed'"]),
        ('[x]\ndomains = ["a.fr"]\nfeeds = ["http://a.fr/f"]\narticle_pattern = 42\n',
         ["source 'x': article_pattern: expected a string, got the integer 42"]),
        ('[x]\ndomains = [1]\nfeeds = ["http://a.fr/f"]\narticle_pattern = "."\n',
         ["source 'x': domains[0]: expected a string, got the integer 1"]),
        ('[x]\ndomains = ["https://a.fr/"]\nfeeds = ["http://a.fr/f"]\narticle_pattern = "."\n',
         ["source 'x': domains[0]: expected a host name such as 'example.org' or '127.0.0.1:8080' (no scheme, path or wildcard), got 'https://a.fr/'"]),
        ('[x]\ndomains = ["a.fr"]\nfeeds = ["http://b.fr/f"]\narticle_pattern = "."\n',
         ["source 'x': feeds: 'http://b.fr/f' is not on the source's domains (a.fr): it would never be fetched"]),
        ('[x]\ndomains = ["a.fr"]\nfeeds = ["http://a.fr/f"]\narticle_pattern = "."\npartner = "yes"\nfeed = 1\n',
         ["source 'x': partner: expected true or false, got the string 'yes'",
          "source 'x': feed: unknown key (known keys: domains, article_pattern, feeds, sitemaps, listings, description, partner, enabled, max_listing_pages, seen_in, example, news_index, queries, timespan, index_url)"]),
        ('[x]\ndomains = ["a.fr"]\narticle_pattern = "("\n',
         ["source 'x': article_pattern: expected a regular expression, got '(' (missing ), unterminated subpattern at position 0)"]),
        ('[x]\ndomains = ["a.fr"]\narticle_pattern = "."\n', ["source 'x': no feeds, sitemaps or listings to discover articles from"]),
        ('[x]\nfeeds = ["http://a.fr/f"]\n', ["source 'x': domains: required key missing", "source 'x': article_pattern: required key missing"]),
        # a top-level key is not a source: said as such, not as "source 'title': unknown keys"
        ('title = "x"\n' + GOOD, ["top-level key 'title' = 'x' is not a source: each source is a [name] table"]),
        ("[x\n", [re.compile(r"not valid TOML \(Expected ']'")]),
    ],
)
def test_a_bad_sources_file_is_one_line_per_problem(tmp_path, toml, lines):
    path = tmp_path / "s.toml"
    path.write_text(toml, "utf-8")
    result = CliRunner().invoke(cli, ["crawl", "--sources-file", str(path), "--db", f"sqlite:///{tmp_path / 'hb.sqlite'}"])
    assert result.exit_code == 1
    got = error_lines(result)
    assert len(got) == len(lines), got
    for line, want in zip(got, lines):
        assert line.startswith(f"{path}: "), line
        line = line.removeprefix(f"{path}: ")
        assert want.match(line) if isinstance(want, re.Pattern) else line == want
    assert not (tmp_path / "hb.sqlite").exists()  # refused before the database was touched


def test_a_sources_file_that_is_not_utf8_is_one_line(tmp_path):
    path = tmp_path / "s.toml"
    path.write_bytes(GOOD.replace("'^/a/'", "'^/caf\xe9/'").encode("latin-1"))
    result = CliRunner().invoke(cli, ["run", "--sources-file", str(path), "--db", f"sqlite:///{tmp_path / 'hb.sqlite'}"])
    assert result.exit_code == 1
    assert error_lines(result) == [f"{path}: not UTF-8 text (byte 0xe9 on line 4); save the file as UTF-8"]


@pytest.mark.parametrize(
    ("setting", "line"),
    [
        ("DOWNLOAD_TIMEOUT=abc", "-s DOWNLOAD_TIMEOUT=abc: expected a number, got 'abc'"),
        ("RETRY_TIMES=1.5", "-s RETRY_TIMES=1.5: expected an integer, got '1.5'"),
        ("ROBOTSTXT_OBEY=yes", "-s ROBOTSTXT_OBEY=yes: expected true or false, got 'yes'"),
        ("CONCURRENT_REQUESTS=-1", "-s CONCURRENT_REQUESTS=-1: expected a number >= 0, got '-1'"),
        ("DOWNLOAD_TIMOUT=5", "-s DOWNLOAD_TIMOUT=5: unknown setting (did you mean DOWNLOAD_TIMEOUT?)"),
        ("LOG_LEVEL=LOUD", "-s LOG_LEVEL=LOUD: expected one of CRITICAL, ERROR, WARNING, INFO, DEBUG"),
        ("NOVALUE", "-s NOVALUE: expected NAME=VALUE"),
    ],
)
def test_a_bad_setting_is_one_line_and_exit_2(tmp_path, setting, line):
    path = tmp_path / "s.toml"
    path.write_text(GOOD, "utf-8")
    for command in ("crawl", "run"):
        result = CliRunner().invoke(cli, [command, "--sources-file", str(path), "--db", f"sqlite:///{tmp_path / 'hb.sqlite'}", "-s", setting])
        assert result.exit_code == 2, result.output
        assert error_lines(result) == [line]


@pytest.mark.parametrize(
    "url", ["sqlite://host:notaport/x.sqlite", "postgresql+psycopg://hb@127.0.0.1:notaport/x", "not a url"],
)
@pytest.mark.parametrize("command", [["crawl"], ["run"], ["runs"], ["incidents"], ["extract", "--db"]])
def test_a_malformed_database_url_is_one_line(tmp_path, url, command):
    path = tmp_path / "s.toml"
    path.write_text(GOOD, "utf-8")
    args = [*command, url] if command[-1] == "--db" else [*command, "--db", url]
    if command[0] in ("crawl", "run"):
        args += ["--sources-file", str(path)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1, result.output
    (line,) = error_lines(result)
    assert "not a database URL" in line and "notaport" not in line.split(":")[0]


def test_a_malformed_database_url_in_a_real_process(tmp_path):
    done = subprocess.run([*HEALTHBREACH, "crawl", "--db", "postgresql+psycopg://hb:secret@127.0.0.1:notaport/x"],
                          capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr == ("healthbreach: error: <malformed database URL>: not a database URL, its port is not a number "
                           "(expected e.g. postgresql+psycopg://user@host:5432/db)\n")


def test_an_unreachable_source_exits_3_with_one_line_per_host(tmp_path):
    port = closed_port()
    path = tmp_path / "s.toml"
    path.write_text(
        f"[dead]\ndomains = [\"127.0.0.1:{port}\"]\narticle_pattern = '^/a/'\n"
        f"feeds = [\"http://127.0.0.1:{port}/feed/\", \"http://127.0.0.1:{port}/autre-feed/\"]\n", "utf-8")
    fast = ["-s", "RETRY_TIMES=1", "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=false", "-s", "HEALTHBREACH_PROGRESS_INTERVAL=0"]
    base = [*HEALTHBREACH, "crawl", "--sources-file", str(path), "--db", f"sqlite:///{tmp_path / 'hb.sqlite'}", *fast]

    done = subprocess.run(base, capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert done.returncode == 3, done.stderr  # as `run`: a source could not be read at all
    lines = done.stderr.strip().splitlines()
    assert "Traceback" not in done.stderr and len(lines) == 2, done.stderr
    assert re.fullmatch(
        rf"\d{{4}}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d WARNING healthbreach\.crawl: http://127\.0\.0\.1:{port}/(autre-)?feed/: "
        rf"connection refused after 2 attempts \(.*\) \(dead; host 127\.0\.0\.1:{port} not reached\)", lines[0]), lines[0]
    assert re.fullmatch(rf"healthbreach: error: source dead not reached: http://127\.0\.0\.1:{port}/(autre-)?feed/: connection refused after 2 attempts .*", lines[1])
    assert "Crawl run 1: finished" in done.stdout and "connection refused" in done.stdout

    # -L DEBUG shows the tracebacks; --logfile takes the log lines off stderr
    logfile = tmp_path / "crawl.log"
    debug = subprocess.run([*base, "-L", "DEBUG", "--logfile", str(logfile)], capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert debug.returncode == 3
    assert debug.stderr.strip().splitlines() == [lines[1]]  # only the command's own error line
    log = logfile.read_text()
    assert "Traceback" in log and " DEBUG " in log and f"host 127.0.0.1:{port} not reached" in log


@pytest.mark.parametrize(
    ("args", "code", "says"),
    [
        (["--logfile", "/nonexistent/dir/crawl.log"], 2, "Invalid value for --logfile: cannot write to /nonexistent/dir/crawl.log (No such file or directory)"),
        (["-L", "LOUD"], 2, "Invalid value for '-L' / '--loglevel'"),
        (["--sources-file", "/"], 2, "Invalid value for '--sources-file': File '/' is a directory."),
    ],
)
def test_other_bad_options_are_one_line(tmp_path, args, code, says):
    result = CliRunner().invoke(cli, ["crawl", "--db", f"sqlite:///{tmp_path / 'hb.sqlite'}", *args])
    assert result.exit_code == code, result.output
    (line,) = error_lines(result)
    assert says in line, line
