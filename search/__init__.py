"""The site search: what a reader finds in their own language, and what readers
looked for. Pages are indexed per locale with the words the reader actually sees
(the nearest translation for a page not yet translated), stemmed by the rules of
that language; staff see which searches found nothing."""
