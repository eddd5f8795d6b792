"""The background worker: `manage.py run_tasks` (django-tasks-db's db_worker, made
to outlast a database that goes away).

django-tasks-db's own worker exits on the first database error, and a task it was
running when the database went away stays marked "running" for ever, so its email
would never be sent. This one waits for the database to come back, hands back the
task it could not record, and goes on; at start it also hands back tasks whose
worker died (see home/task_queue.py). A task may therefore run twice (an email sent
again), never not at all.
"""

import logging
import time

from django.db import DatabaseError, close_old_connections, connections

from django_tasks_db.management.commands.db_worker import Command as DBWorkerCommand
from django_tasks_db.management.commands.db_worker import Worker

from home import task_queue

logger = logging.getLogger("django_tasks_db")

RECONNECT_WAIT = (1, 2, 5, 10)  # seconds between tries, then every 10 s


class ResilientWorker(Worker):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.unrecorded = set()  # tasks that ran while the database went away

    def run(self):
        failures = 0
        while self.running:
            try:
                if self.unrecorded:
                    task_queue.hand_back(self.unrecorded)
                    self.unrecorded.clear()
                handed_back = task_queue.hand_back_abandoned()
                if handed_back:
                    logger.warning("Handed back %d abandoned task(s)", handed_back)
                failures = 0
                super().run()
                return
            except DatabaseError as error:
                wait = RECONNECT_WAIT[min(failures, len(RECONNECT_WAIT) - 1)]
                failures += 1
                logger.warning(
                    "The database is unavailable (%s); trying again in %d s",
                    type(error).__name__,
                    wait,
                )
                for connection in connections.all():
                    connection.close_if_unusable_or_obsolete()
                time.sleep(wait)
                close_old_connections()

    def run_task(self, db_task_result):
        try:
            super().run_task(db_task_result)
        except DatabaseError:
            # The task ran (or failed) but its outcome could not be written.
            self.unrecorded.add(db_task_result.id)
            raise


class Command(DBWorkerCommand):
    help = "Run the background tasks (emails, index updates); keep it running."

    def handle(self, *, verbosity, queue_name, reload, **options):
        # db_worker's options, without --reload: a deployment restarts the service.
        self.configure_logging(verbosity)
        worker = ResilientWorker(
            queue_names=queue_name.split(","),
            interval=options["interval"],
            batch=options["batch"],
            backend_name=options["backend_name"],
            startup_delay=options["startup_delay"],
            max_tasks=options["max_tasks"],
            worker_id=options["worker_id"],
        )
        worker.configure_signals()
        worker.run()
