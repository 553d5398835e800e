#!/usr/bin/env bash
# Install what the Spark job needs, when missing: Java 17 or later (Debian's
# openjdk-17-jre-headless) and pyspark, pinned, from PyPI into its own venv (tools/spark/env.sh
# says where). Installs nothing the machine already has; prints the time each install took.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
. "$here/env.sh"

if ! find_java; then
  t=$(date +%s)
  echo "install: openjdk-17-jre-headless from Debian"
  as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends openjdk-17-jre-headless
  find_java || { echo "install: no Java 17+ after installing openjdk-17-jre-headless" >&2; exit 1; }
  echo "install: Java took $(( $(date +%s) - t ))s"
fi

if ! "$SPARK_PYTHON" -c "import pyspark, sys; sys.exit(pyspark.__version__ != '$PYSPARK_VERSION')" 2>/dev/null; then
  t=$(date +%s)
  echo "install: pyspark $PYSPARK_VERSION from PyPI into $SPARK_VENV"
  rm -rf "$SPARK_VENV"
  mkdir -p "$(dirname "$SPARK_VENV")"
  python3 -m venv "$SPARK_VENV"
  "$SPARK_PYTHON" -m pip install -q --disable-pip-version-check "pyspark==$PYSPARK_VERSION"
  echo "install: pyspark took $(( $(date +%s) - t ))s"
fi
echo "install: ok (Java $(java_major "$JAVA_HOME/bin/java") at $JAVA_HOME, pyspark $PYSPARK_VERSION in $SPARK_VENV)"
