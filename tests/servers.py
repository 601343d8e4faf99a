"""Real servers on loopback for the tests: SMTP (aiosmtpd), S3 (moto_server) and Redis."""

import shutil
import socket
import subprocess
import sys
import threading
import time
from email import message_from_bytes, policy
from pathlib import Path

from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_port(port: int, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError(f"nothing listens on port {port} after {seconds} s")


class _Collect:
    def __init__(self, messages):
        self.messages = messages
        self.refusing = False

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.refusing:
            return "451 4.3.0 Try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        message = message_from_bytes(envelope.content, policy=policy.default)
        message.envelope_to = list(envelope.rcpt_tos)
        self.messages.append(message)
        return "250 OK"


class SMTPServer:
    def __init__(self, port: int | None = None):
        self.host = "127.0.0.1"
        self.port = port or free_port()
        self.messages = []
        self._handler = _Collect(self.messages)
        self._controller = Controller(self._handler, hostname=self.host, port=self.port)

    def refuse(self, refusing: bool = True) -> None:
        """Answer every recipient with a temporary refusal (451), as a full server does."""
        self._handler.refusing = refusing

    def start(self):
        self._controller.start()

    def stop(self):
        self._controller.stop()


class SilentSMTPServer:
    """Accepts connections and never says a word: a mail server that hangs."""

    def __init__(self):
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self.connections: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while True:
            try:
                connection, _ = self._listener.accept()
            except OSError:
                return
            self.connections.append(connection)

    def wait_for_connection(self, seconds: float = 30) -> None:
        deadline = time.monotonic() + seconds
        while not self.connections:
            if time.monotonic() > deadline:
                raise RuntimeError(f"no connection to the silent SMTP server in {seconds} s")
            time.sleep(0.05)

    def open_connections(self) -> int:
        """Connections whose client is still waiting (has not hung up)."""
        waiting = 0
        for connection in self.connections:
            connection.setblocking(False)
            try:
                waiting += connection.recv(1, socket.MSG_PEEK) != b""
            except BlockingIOError:
                waiting += 1
            except OSError:
                pass
        return waiting

    def stop(self):
        self._listener.close()
        for connection in self.connections:
            connection.close()


class _Process:
    """A server binary started on a free loopback port, stopped at the end."""

    scheme = ""

    def __init__(self):
        self.port = free_port()
        self.url = f"{self.scheme}://127.0.0.1:{self.port}"
        self._process = None

    def command(self) -> list[str]:
        raise NotImplementedError

    def start(self):
        self._process = subprocess.Popen(
            self.command(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        wait_for_port(self.port)

    def stop(self):
        self._process.terminate()
        self._process.wait(timeout=10)


class MotoServer(_Process):
    """moto's S3 as a real HTTP process; boto3 talks to it through endpoint_url."""

    binary = Path(sys.executable).parent / "moto_server"
    scheme = "http"

    def command(self) -> list[str]:
        return [str(self.binary), "-H", "127.0.0.1", "-p", str(self.port)]


class RedisServer(_Process):
    """A throwaway redis-server on loopback, nothing saved to disk."""

    binary = shutil.which("redis-server")
    scheme = "redis"

    def command(self) -> list[str]:
        return [self.binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", ""]
