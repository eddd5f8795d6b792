"""Run the hostile-input stage alone: python -m scripts.deploy_check.hostile URL."""

import sys

from .stage import main

sys.exit(main(sys.argv))
