# Sourced by tools/spark/*.sh: where the Spark job's Python lives and which pyspark it pins.
# The venv sits outside the repository so that a fresh clone on the same machine reuses it;
# NUTSHELL_SPARK_VENV=DIR puts it elsewhere. Bumping PYSPARK_VERSION makes a new one.
PYSPARK_VERSION=4.3.0
SPARK_VENV="${NUTSHELL_SPARK_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/nutshell/spark-venv-$PYSPARK_VERSION}"
SPARK_PYTHON="$SPARK_VENV/bin/python"

# java_major CMD: the major version of a java binary ("17"), or nothing.
java_major() {
  "$1" -version 2>&1 | sed -n 's/.*version "\([0-9]*\)[."].*/\1/p' | head -1
}

# find_java: export JAVA_HOME for a Java 17 or later (the PATH's java first, then /usr/lib/jvm),
# or return 1.
find_java() {
  local j m
  for j in "${JAVA_HOME:+$JAVA_HOME/bin/java}" "$(command -v java || true)" /usr/lib/jvm/*/bin/java; do
    [ -n "$j" ] && [ -x "$j" ] || continue
    m=$(java_major "$j")
    if [ -n "$m" ] && [ "$m" -ge 17 ]; then
      JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$j")")")
      export JAVA_HOME
      return 0
    fi
  done
  return 1
}
