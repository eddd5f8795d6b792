"""The deploy check's hostile-input stage: thousands of malformed, oversized and
malicious requests through the real stack (nginx, gunicorn, Django), none of which
may get a 5xx, a traceback or a stored row.

First the running site is read like a visitor would (discover): its languages, the
training request form with its CSRF token and signed stamp, the listings' filters and
a page that offers "ask for this page in your language". Then a fixed corpus
(corpus.py, with the forms' cases in form_cases.py and what a case is in cases.py)
and cases drawn by hypothesis (generated.py) are sent from a thread pool.

Posts to the rate-limited forms go out from many loopback addresses (127.x.y.z, a
block picked at random for each run), a few from each, so that a case meant to be
refused is refused for its own reason and not for the limit of 10 requests an hour.
The form's stamp is signed, not single-use: one stamp, three seconds old, serves
every post.

    python -m scripts.deploy_check.hostile http://127.0.0.1:8101

runs the stage alone against a server, counting rows in DATABASE_URL's database.
"""

from .stage import run

__all__ = ["run"]
