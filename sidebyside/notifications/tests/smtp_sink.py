"""A real SMTP server on 127.0.0.1 (aiosmtpd in a thread) that records what it receives.

Used by the tests and by bench/outbox.py. It can be stopped and started again on the same port, to
play a mail server that goes down and comes back, and told to refuse some recipients with 550.
"""

import email
import email.policy
import socket
import threading

from aiosmtpd.controller import Controller

HOST = "127.0.0.1"


def free_port():
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


class RecordingHandler:
    def __init__(self, keep_messages=True):
        self.keep_messages = keep_messages
        self.messages = []
        self.count = 0
        self.rejected = set()
        self._lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in self.rejected:
            return "550 5.1.1 Mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        with self._lock:
            self.count += 1
            if self.keep_messages:
                message = email.message_from_bytes(envelope.content, policy=email.policy.default)
                self.messages.append(message)
        return "250 Message accepted for delivery"


class SmtpSink:
    def __init__(self, port=None, keep_messages=True):
        self.port = port or free_port()
        self.handler = RecordingHandler(keep_messages=keep_messages)
        self._controller = None

    @property
    def messages(self):
        return self.handler.messages

    @property
    def count(self):
        return self.handler.count

    def reject(self, address):
        self.handler.rejected.add(address.lower())

    def start(self):
        # A controller cannot be restarted once stopped, so each start gets a new one on the same port.
        self._controller = Controller(self.handler, hostname=HOST, port=self.port)
        self._controller.start()
        return self

    def stop(self):
        if self._controller:
            self._controller.stop()
            self._controller = None

    def received_by_id(self):
        """{Message-ID: times received}."""
        counts = {}
        for message in self.messages:
            counts[message["Message-ID"]] = counts.get(message["Message-ID"], 0) + 1
        return counts
