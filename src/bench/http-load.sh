#!/usr/bin/env bash
# HTTP load on a generated corpus: generates DOCS documents (100,000 by default), loads them into an
# embedded Neo4j of their own, serves them, and drives the main reads with wrk at CONNECTIONS
# connections (32) for DURATION (60s) after a 10 s warm-up. Prints wrk's throughput, latency
# percentiles and errors, after timing the first call of each read. Run from the project folder:
# src/bench/http-load.sh
# Needs wrk (Debian: apt-get install wrk). Loading 100,000 documents takes minutes; the corpus and
# the database are kept in WORK, so a second run only serves and measures.
set -euo pipefail
DOCS=${DOCS:-100000}
CONNECTIONS=${CONNECTIONS:-32}
DURATION=${DURATION:-60s}
WORK=${WORK:-target/http-load-$DOCS}
PORT=${PORT:-18080}
export NEWSGRAPH_DATA_DIR="$WORK/data" NEWSGRAPH_BOLT_PORT=${BOLT_PORT:-17688} NEWSGRAPH_HTTP_PORT=${NEO4J_HTTP_PORT:-17475}
export MICRONAUT_SERVER_PORT=$PORT

command -v wrk >/dev/null || { echo "wrk is not installed (Debian: apt-get install wrk)" >&2; exit 2; }
[ -f target/newsgraph.jar ] || ./mvnw -q -DskipTests package
mkdir -p "$WORK"
if [ ! -f "$WORK/corpus.jsonl" ]; then
  java -jar target/newsgraph.jar bench generate --docs "$DOCS" --seed 42 --out "$WORK/corpus.jsonl"
fi
if [ ! -f "$WORK/loaded" ]; then
  java -jar target/newsgraph.jar load "$WORK/corpus.jsonl" && touch "$WORK/loaded"
fi

java -jar target/newsgraph.jar serve --no-load > "$WORK/serve.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true' EXIT
# serve answers at once and forms any stories left pending behind the API: measure once it is done.
until curl -sf "http://localhost:$PORT/health/readiness" | grep -q '"state":"ready"'; do
  kill -0 $SERVER 2>/dev/null || { cat "$WORK/serve.log" >&2; exit 1; }
  sleep 1
done

API="http://localhost:$PORT/api"
first() { curl -sf "$1" | sed -n "s/.*\"$2\":\"\([^\"]*\)\".*/\1/p" | head -1; }
OUTLET=$(first "$API/outlets?size=1" domain)
OTHER=$(curl -sf "$API/outlets?size=2" | grep -o '"domain":"[^"]*"' | sed -n '2s/"domain":"\(.*\)"/\1/p')
STORY=$(first "$API/stories?size=1" id)
cat > "$WORK/reads.txt" <<PATHS
/api/articles?size=20
/api/articles?text=council
/api/stories?size=20
/api/stories/$STORY
/api/outlets?size=20
/api/outlets/$OUTLET
/api/outlets/$OUTLET/similar
/api/outlets/overlap?a=$OUTLET&b=$OTHER
/api/network/outlets?maxNodes=200
PATHS
export READS_PATHS="$WORK/reads.txt"
# The server keeps answers until the graph changes: the first call of each read works it out, the
# timed run below measures reads answered from what was kept.
echo "First call of each read (worked out afresh), seconds:"
while read -r path; do
  curl -s -o /dev/null -w "  %{time_total}  $path\n" "http://localhost:$PORT$path"
done < "$READS_PATHS"
echo "Warming up for 10 s on $(grep -c . "$READS_PATHS") reads of $DOCS documents"
wrk -t 2 -c "$CONNECTIONS" -d 10s --timeout 10s -s src/main/resources/bench/reads.lua "http://localhost:$PORT" > /dev/null
echo "Measuring: wrk -t 2 -c $CONNECTIONS -d $DURATION --latency"
wrk -t 2 -c "$CONNECTIONS" -d "$DURATION" --latency --timeout 10s -s src/main/resources/bench/reads.lua "http://localhost:$PORT"
