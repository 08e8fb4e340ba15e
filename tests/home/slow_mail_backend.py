import time

from django.core.mail.backends.locmem import EmailBackend as LocmemBackend


class EmailBackend(LocmemBackend):
    """A mail server that takes a moment to answer, so two senders overlap while one sends."""

    def send_messages(self, messages):
        time.sleep(0.3)
        return super().send_messages(messages)
