#!/usr/bin/env bash
# The Spark job at corpus scale (tools/spark/bench.py): by default 1,000,000 generated articles
# into Parquet in local mode, with the CLI alone timed on a sample in the same run. Not a test:
# it takes about an hour of CPU. Run it on a quiet machine, or under `nice -n 19` on a shared one.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
"$here/install.sh"
. "$here/env.sh"
find_java
export SPARK_LOCAL_IP=127.0.0.1 PYSPARK_PYTHON="$SPARK_PYTHON"
exec "$SPARK_PYTHON" "$here/bench.py" "$@"
