import sys

from graphbuild.cli import main

sys.exit(main())
