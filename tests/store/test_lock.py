import subprocess
import sys
import time

import pytest

from minutetaker.store.lock import ArchiveInUse, ArchiveLock


def test_a_second_holder_is_refused_until_the_first_lets_go(tmp_path):
    first = ArchiveLock.acquire(tmp_path)
    with pytest.raises(ArchiveInUse, match="open in another minutetaker window"):
        ArchiveLock.acquire(tmp_path)
    first.release()
    ArchiveLock.acquire(tmp_path).release()


def test_a_killed_holder_leaves_no_lock_behind(tmp_path):
    code = (
        "import sys, time; from minutetaker.store.lock import ArchiveLock; "
        f"lock = ArchiveLock.acquire({str(tmp_path)!r}); print('held', flush=True); time.sleep(60)"
    )
    holder = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    with pytest.raises(ArchiveInUse):
        ArchiveLock.acquire(tmp_path)
    holder.kill()
    holder.wait()
    time.sleep(0.05)
    ArchiveLock.acquire(tmp_path).release()
