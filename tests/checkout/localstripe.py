"""localstripe, a stateful Stripe emulator, started by the test suite on 127.0.0.1.

Tests talk to it through the real ``stripe`` client (``STRIPE_API_BASE``),
so requests and answers have Stripe's shape; its webhooks, signed like
Stripe's, are caught by a small local receiver and handed to our endpoint.
"""
import contextlib
import importlib.util
import json
import queue
import socket
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
import requests

WEBHOOK_SECRET = "whsec_test_ocop"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(port, seconds=20):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"localstripe did not start on port {port}")


class Receiver(BaseHTTPRequestHandler):
    events: queue.Queue = queue.Queue()

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.events.put((body, self.headers["Stripe-Signature"]))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def localstripe():
    """The emulator's base URL, with our webhook receiver registered."""
    if importlib.util.find_spec("localstripe") is None:
        pytest.skip("localstripe is not installed (pip install -e '.[test]')")
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "localstripe", "--port", str(port), "--from-scratch"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    receiver = HTTPServer(("127.0.0.1", 0), Receiver)
    threading.Thread(target=receiver.serve_forever, daemon=True).start()
    try:
        wait_for(port)
        base = f"http://127.0.0.1:{port}"
        requests.post(
            f"{base}/_config/webhooks/ocop",
            json={
                "url": f"http://127.0.0.1:{receiver.server_port}/",
                "secret": WEBHOOK_SECRET,
                "events": ["payment_intent.succeeded", "payment_intent.payment_failed"],
            },
            timeout=5,
        ).raise_for_status()
        yield base
    finally:
        receiver.shutdown()
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def stripe_keys(settings, localstripe):
    settings.STRIPE_SECRET_KEY = "sk_test_ocop"
    settings.STRIPE_PUBLISHABLE_KEY = "pk_test_ocop"
    settings.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET
    settings.STRIPE_API_BASE = localstripe
    # The browser loads the emulator's Stripe.js (tests/e2e/test_checkout_card.py).
    settings.STRIPE_JS_URL = f"{localstripe}/js.stripe.com/v3/"
    while not Receiver.events.empty():
        Receiver.events.get_nowait()
    return settings


def next_event(event_type, object_id, seconds=15):
    """The webhook localstripe sent of this type about this object: (body, signature).

    Events of earlier tests may still arrive (localstripe sends them a second
    after the fact); they are skipped.
    """
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            body, signature = Receiver.events.get(timeout=deadline - time.monotonic())
        except queue.Empty:
            break
        event = json.loads(body)
        if event["type"] == event_type and event["data"]["object"]["id"] == object_id:
            return body, signature
    raise AssertionError(f"no {event_type} webhook from localstripe")


@contextlib.contextmanager
def webhooks_to(base, url, secret=WEBHOOK_SECRET):
    """localstripe also sends payment_intent.succeeded to ``url`` (our endpoint on a live server).

    localstripe cannot forget a webhook, so on leaving it is pointed back at
    an event type it never sends.
    """
    def register(events):
        requests.post(
            f"{base}/_config/webhooks/live",
            json={"url": url, "secret": secret, "events": events},
            timeout=5,
        ).raise_for_status()

    register(["payment_intent.succeeded"])
    try:
        yield
    finally:
        register(["ocop.none"])
