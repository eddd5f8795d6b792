"""The deploy check: the deployment in deploy/ brought up on this machine and put
through crawl, hostile input, load, faults and a backup drill. See scripts/deploy-check
for what it proves and needs; `python -m scripts.deploy_check TMPDIR` runs it."""
