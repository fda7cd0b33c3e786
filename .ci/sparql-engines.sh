#!/usr/bin/env bash
# Install the SPARQL engines tests/test_query_engines.py compares the named library on, from
# Debian's packages, when they are missing: Apache Jena's libraries (libapache-jena-java; Debian
# packages no Fuseki, so the test runs ARQ behind tests/engines/ArqEndpoint.java, which needs a JDK
# to compile) and Virtuoso 7 (virtuoso-opensource-7-bin: virtuoso-t and isql-vt). The test starts
# each once per session on 127.0.0.1 (free ports, a temporary folder) and stops it; nothing runs
# as a service. Runs as root (CI does); a no-op when all are there.
set -euo pipefail

packages=()
[ -f /usr/share/java/jena-arq.jar ] || packages+=(libapache-jena-java)
command -v javac >/dev/null 2>&1 || packages+=(default-jdk-headless)
command -v virtuoso-t >/dev/null 2>&1 || packages+=(virtuoso-opensource-7-bin)

if [ "${#packages[@]}" -eq 0 ]; then
    echo "sparql-engines.sh: Jena ARQ, a JDK and Virtuoso 7 are installed"
    exit 0
fi
echo "sparql-engines.sh: installing ${packages[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${packages[@]}" >/dev/null
javac -version
virtuoso-t -? 2>&1 | head -n 2 || true
