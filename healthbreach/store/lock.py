"""One crawl or nightly run per database at a time: a lease row in the `locks` table.

Why a row and not PostgreSQL advisory locks or a lock file: the same code then
works on SQLite and PostgreSQL, across hosts sharing a PostgreSQL database,
and the row says who holds the lock and since when, for the error message.

    with RunLock(engine, command="run"):     # raises LockHeld if another holder is alive
        ...

Taking the lease is atomic in both databases: an INSERT that the primary key
makes fail when a row exists, or, when the existing holder is stale, an
UPDATE conditional on the stale holder's token (two processes taking over the
same stale lease: one UPDATE matches, the other matches nothing and loses).

A holder is stale, and its lease taken over, when
  - its lease expired: a live holder pushes `expires_at` forward from a
    heartbeat thread every ttl/4 seconds, so only a dead (or frozen) holder
    lets it pass; this is what frees a lock held by a run killed on another host;
  - or it ran on this host and its pid is gone (SIGKILL, power loss): no need
    to wait for the lease to expire.
Clocks: expiry compares this host's UTC clock with the holder's; hosts sharing
a database are assumed NTP-synchronised to well within the ttl.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import secrets
import socket
import threading
from dataclasses import dataclass

from sqlalchemy import Engine, delete, insert, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.schema import CreateTable

from healthbreach.store.models import Lock

log = logging.getLogger("healthbreach.lock")

DEFAULT_TTL = 300.0  # seconds a lease lives without a heartbeat
LOCK_NAME = "crawl"  # crawl and run share one lock: they write the same tables


def ensure_lock_table(engine: Engine) -> None:
    """Create the `locks` table alone if it is missing, so the lock can be taken before any other schema change.

    CREATE TABLE IF NOT EXISTS is atomic in SQLite; in PostgreSQL two concurrent
    ones can still collide on the catalog, so a transaction-scoped advisory lock
    serialises them. Migration 0003 leaves an existing `locks` table alone.
    """
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(448345467755)"))  # "hblk"
        conn.execute(CreateTable(Lock.__table__, if_not_exists=True))


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


@dataclass(frozen=True)
class Holder:
    host: str
    pid: int
    command: str
    acquired_at: dt.datetime
    expires_at: dt.datetime

    def describe(self) -> str:
        where = f"pid {self.pid}" if self.host == socket.gethostname() else f"pid {self.pid} on {self.host}"
        return f"since {self.acquired_at:%Y-%m-%d %H:%M:%S} UTC ({where})"


class LockHeld(Exception):
    """Another live process holds the lock."""

    def __init__(self, holder: Holder):
        super().__init__(f"held by {holder.command} {holder.describe()}")
        self.holder = holder


def pid_alive(pid: int) -> bool:
    """Is there a running (not zombie) process with this pid on this host?"""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            # state is the field after the parenthesised command name; Z is a killed process not yet reaped
            return f.read().rsplit(b")", 1)[1].split()[0] != b"Z"
    except (OSError, IndexError):
        return True


def _is_stale(row: Lock, now: dt.datetime) -> bool:
    if row.expires_at <= now:
        return True
    return row.host == socket.gethostname() and not pid_alive(row.pid)


class RunLock:
    """The lease on LOCK_NAME for the life of a `with` block, kept alive by a heartbeat thread."""

    def __init__(self, engine: Engine, command: str, ttl: float = DEFAULT_TTL, name: str = LOCK_NAME):
        self.engine = engine
        self.command = command
        self.ttl = dt.timedelta(seconds=ttl)
        self.name = name
        self.token = secrets.token_hex(16)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def acquire(self) -> None:
        now = utcnow()
        values = dict(
            token=self.token, host=socket.gethostname(), pid=os.getpid(), command=self.command,
            acquired_at=now, heartbeat_at=now, expires_at=now + self.ttl,
        )
        try:
            with self.engine.begin() as conn:
                conn.execute(insert(Lock).values(name=self.name, **values))
            return
        except IntegrityError:
            pass  # a row exists: take it over only if its holder is stale
        with self.engine.begin() as conn:
            row = conn.execute(select(Lock).where(Lock.name == self.name)).one_or_none()
            if row is not None and not _is_stale(row, now):
                raise LockHeld(Holder(row.host, row.pid, row.command, row.acquired_at, row.expires_at))
            if row is None:  # released between our INSERT and SELECT
                conn.execute(insert(Lock).values(name=self.name, **values))
            else:
                taken = conn.execute(
                    update(Lock).where(Lock.name == self.name, Lock.token == row.token).values(**values)
                ).rowcount
                if taken != 1:  # another process took over the stale lease first
                    return self._raise_current()
                log.warning("took over a stale lock left by %s (pid %s on %s)", row.command, row.pid, row.host)

    def _raise_current(self) -> None:
        with self.engine.connect() as conn:
            row = conn.execute(select(Lock).where(Lock.name == self.name)).one()
        raise LockHeld(Holder(row.host, row.pid, row.command, row.acquired_at, row.expires_at))

    def heartbeat(self) -> bool:
        """Push the lease forward; False if it is no longer ours."""
        now = utcnow()
        with self.engine.begin() as conn:
            return conn.execute(
                update(Lock).where(Lock.name == self.name, Lock.token == self.token)
                .values(heartbeat_at=now, expires_at=now + self.ttl)
            ).rowcount == 1

    def release(self) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(Lock).where(Lock.name == self.name, Lock.token == self.token))

    def _beat(self) -> None:
        interval = self.ttl.total_seconds() / 4
        while not self._stop.wait(interval):
            try:
                if not self.heartbeat():
                    log.error("lost the %s lock (taken over by another process); finishing anyway", self.name)
                    return
            except Exception as exc:  # a database hiccup: the next beat may succeed, the lease has slack
                log.warning("lock heartbeat failed: %s", type(exc).__name__)

    def __enter__(self) -> RunLock:
        self.acquire()
        self._thread = threading.Thread(target=self._beat, name="lock heartbeat", daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self.release()
