#!/usr/bin/env bash
# The Spark job's test (tools/spark/test_spark.py): 10,000 generated articles through the job in
# local mode on loopback, against `nutshell --batch` itself. Installs Java 17+ and pyspark when
# missing (tools/spark/install.sh). Needs the CLI: target/release/nutshell, or --binary PATH.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
"$here/install.sh"
. "$here/env.sh"
find_java
export SPARK_LOCAL_IP=127.0.0.1 PYSPARK_PYTHON="$SPARK_PYTHON"
exec "$SPARK_PYTHON" "$here/test_spark.py" "$@"
