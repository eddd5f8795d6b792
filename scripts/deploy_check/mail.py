"""Did every accepted request's two emails reach the SMTP sink? The staff
notification and the requester's confirmation both carry the reference; the
confirmation goes to the address given in the form, the notification elsewhere."""

import time


def delivered(messages, submission) -> bool:
    staff = confirmation = False
    for message in messages:
        if submission.reference not in message.subject + message.body:
            continue
        if submission.email in message.recipients:
            confirmation = True
        else:
            staff = True
    return staff and confirmation


def wait_for_emails(sink, submissions, seconds):
    """(the submissions still without both emails, seconds waited), polling the
    sink until all are there or `seconds` have passed."""
    started = time.monotonic()
    waiting = list(submissions)
    while True:
        messages = sink.snapshot()
        waiting = [s for s in waiting if not delivered(messages, s)]
        if not waiting or time.monotonic() - started > seconds:
            return waiting, time.monotonic() - started
        time.sleep(2)
