"""A real SMTP server on loopback for the tests: aiosmtpd, messages kept in a list."""

import socket
from email import message_from_bytes, policy

from aiosmtpd.controller import Controller


class _Collect:
    def __init__(self, messages):
        self.messages = messages

    async def handle_DATA(self, server, session, envelope):
        message = message_from_bytes(envelope.content, policy=policy.default)
        message.envelope_to = list(envelope.rcpt_tos)
        self.messages.append(message)
        return "250 OK"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class SMTPServer:
    def __init__(self):
        self.host = "127.0.0.1"
        self.port = free_port()
        self.messages = []
        self._controller = Controller(_Collect(self.messages), hostname=self.host, port=self.port)

    def start(self):
        self._controller.start()

    def stop(self):
        self._controller.stop()
