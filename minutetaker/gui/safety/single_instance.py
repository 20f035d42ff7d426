"""One window per archive: a second start brings the first window to the front.

The window holding an archive's lock listens on a local socket (a Unix domain
socket, or a named pipe on Windows; never the network) whose name comes from a
hash of the archive folder's path. A second ``minutetaker`` on the same folder
finds the lock taken, connects, sends ``raise`` and waits for ``ok``; the first
window then shows itself in front, and the second exits. If nobody answers (a
process that hangs while holding the lock), the second says the lock's sentence.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtNetwork import QLocalServer, QLocalSocket

RAISE = b"raise\n"
OK = b"ok\n"
WAIT_MS = 2000
ALREADY_OPEN = "minutetaker is already open on this archive; brought it to the front."


def server_name(folder: Path) -> str:
    """The local socket's name for the archive in ``folder``: the same for every
    spelling of the folder's path, different for every folder and user."""
    resolved = str(Path(folder).expanduser().resolve())
    if os.name == "nt":  # pragma: no cover - Windows paths ignore case
        resolved = resolved.lower()
    digest = hashlib.sha256(resolved.encode("utf-8")).hexdigest()[:20]
    user = os.getuid() if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    return f"minutetaker-{user}-{digest}"


class RaiseServer(QObject):
    """Listens for a second start on the same archive and brings ``window`` forward.

    Start it only while holding the archive's lock: a socket file left by a
    killed window is then certainly stale, and is removed before listening.
    """

    def __init__(self, folder: Path, window) -> None:
        super().__init__(window)
        self.window = window
        self.name = server_name(folder)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._connected)
        QLocalServer.removeServer(self.name)
        self.listening = self.server.listen(self.name)

    def _connected(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        if bytes(socket.readLine().data()) == RAISE:
            self.bring_to_front()
            socket.write(OK)
            socket.flush()
        socket.disconnectFromServer()

    def bring_to_front(self) -> None:
        w = self.window
        if w.isMinimized():
            w.showNormal()
        w.setWindowState(w.windowState() & ~Qt.WindowState.WindowMinimized)
        w.show()
        w.raise_()
        w.activateWindow()

    def close(self) -> None:
        self.server.close()


def ask_to_raise(folder: Path, wait_ms: int | None = None) -> bool:
    """Ask the window that has ``folder`` open to come to the front; True if it did."""
    wait_ms = WAIT_MS if wait_ms is None else wait_ms
    socket = QLocalSocket()
    socket.connectToServer(server_name(folder))
    if not socket.waitForConnected(wait_ms):
        return False
    socket.write(RAISE)
    if not socket.waitForBytesWritten(wait_ms):
        return False
    answer = b""
    while not answer.endswith(b"\n") and socket.waitForReadyRead(wait_ms):
        answer += bytes(socket.readAll().data())
    socket.abort()
    return answer == OK
