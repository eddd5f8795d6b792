"""`make bench`: the site's speed at N times the demo's size, measured with wrk
against the production settings under gunicorn. See README, Benchmarks."""
