"""The run lock: one holder at a time, stale holders taken over, released on exit."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest
from sqlalchemy import select, update

from healthbreach.store.lock import LockHeld, RunLock, utcnow
from healthbreach.store.models import Lock


def dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()  # reaped: the pid names no process now
    return proc.pid


def test_second_holder_is_refused_while_first_holds(engine):
    with RunLock(engine, command="run"):
        with pytest.raises(LockHeld) as caught:
            RunLock(engine, command="crawl").acquire()
    holder = caught.value.holder
    assert holder.command == "run" and holder.pid > 0
    assert "since" in holder.describe() and f"pid {holder.pid}" in holder.describe()


def test_released_on_exit_even_after_an_error(engine):
    with pytest.raises(RuntimeError):
        with RunLock(engine, command="run"):
            raise RuntimeError("boom")
    with engine.connect() as conn:
        assert conn.scalars(select(Lock.name)).all() == []
    with RunLock(engine, command="crawl"):
        pass


def test_dead_pid_on_this_host_is_taken_over(engine):
    first = RunLock(engine, command="crawl")
    first.acquire()
    with engine.begin() as conn:
        conn.execute(update(Lock).values(pid=dead_pid()))  # as if SIGKILLed
    with RunLock(engine, command="run") as second:
        assert not first.heartbeat()  # the old holder's lease is gone
        assert second.heartbeat()


def test_expired_lease_on_another_host_is_taken_over(engine):
    RunLock(engine, command="crawl").acquire()
    past = utcnow() - dt.timedelta(seconds=1)
    with engine.begin() as conn:
        conn.execute(update(Lock).values(host="elsewhere.example", expires_at=past))
    with RunLock(engine, command="run"):
        pass


def test_live_lease_on_another_host_blocks(engine):
    RunLock(engine, command="crawl").acquire()
    with engine.begin() as conn:
        conn.execute(update(Lock).values(host="elsewhere.example", pid=dead_pid()))
    with pytest.raises(LockHeld) as caught:
        RunLock(engine, command="run").acquire()
    assert "on elsewhere.example" in caught.value.holder.describe()


def test_heartbeat_pushes_the_lease_forward(engine):
    lock = RunLock(engine, command="run")
    lock.acquire()
    with engine.begin() as conn:
        conn.execute(update(Lock).values(expires_at=utcnow()))  # about to expire
    assert lock.heartbeat()
    with engine.connect() as conn:
        assert conn.scalar(select(Lock.expires_at)) > utcnow() + dt.timedelta(seconds=60)
