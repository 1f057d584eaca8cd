#!/usr/bin/env bash
# Whole-build benchmark of Reckon over generated corpora, in three states:
#   cold  - empty math cache, no output          (every formula rendered by KaTeX)
#   warm  - caches filled, output deleted        (no page's Markdown rendered, no KaTeX engine created)
#   warm-math - as warm, but the page cache deleted too (every page rendered, every formula from the math cache)
#   noop  - nothing changed since the last build (output present, unchanged files not rewritten)
# Each state is timed REPS times with GNU time -v (wall, user+sys CPU, peak RSS); the build's own
# summary line gives formulas rendered vs reused. Results: $BENCH_OUT/runs.csv and summary.md.
#
#   bench/run.sh                          # N_LIST="100 1000", REPS=3
#   N_LIST=100 REPS=1 bench/run.sh        # a quick check
#   RECKON="java -jar target/reckon.jar" bench/run.sh    # another command line (default: the launcher)
#
# The corpus comes from the shared generator (CORPUS_GEN); laying out a Reckon site from it
# (content/posts, a site.yaml, the repository's templates) is untimed.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
N_LIST="${N_LIST:-100 1000}"
REPS="${REPS:-3}"
STATES="${STATES:-cold warm-math warm noop}"
SEED="${SEED:-20240601}"
CORPUS_GEN="${CORPUS_GEN:-$repo/../shared/bench/gen-corpus.py}"
BENCH_OUT="${BENCH_OUT:-/tmp/reckon-bench-out}"
RECKON="${RECKON:-$repo/reckon}"
GNU_TIME="${GNU_TIME:-/usr/bin/time}"
# The generator dates post i about a day after post i-1: beyond ~2,000 posts they lie in the future,
# which Reckon skips by default. --future publishes all of them.
BUILD_FLAGS="${BUILD_FLAGS:---future}"

[ -f "$CORPUS_GEN" ] || { echo "bench: corpus generator not found at $CORPUS_GEN (set CORPUS_GEN)" >&2; exit 2; }
"$GNU_TIME" -v true 2>/dev/null || { echo "bench: GNU time is needed (apt-get install time)" >&2; exit 2; }
mkdir -p "$BENCH_OUT"
csv="$BENCH_OUT/runs.csv"
echo "n,state,rep,wall_s,cpu_s,rss_mb,rendered,reused,pages" > "$csv"

# Build the jar once so the first timed run does not include Maven.
$RECKON --version >/dev/null 2>&1 || true

timed() { # n state rep site out
  local log="$BENCH_OUT/time.log" stdout="$BENCH_OUT/stdout.log"
  "$GNU_TIME" -v -o "$log" $RECKON build $BUILD_FLAGS --source "$4" --output "$5" > "$stdout"
  python3 - "$log" "$stdout" "$1" "$2" "$3" >> "$csv" <<'PY'
import re, sys
log, out = open(sys.argv[1]).read(), open(sys.argv[2]).read()
def field(name):
    return re.search(re.escape(name) + r": (.*)", log).group(1).strip()
parts = [float(p) for p in field("Elapsed (wall clock) time (h:mm:ss or m:ss)").split(":")]
wall = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
cpu = float(field("User time (seconds)")) + float(field("System time (seconds)"))
rss = int(field("Maximum resident set size (kbytes)")) / 1024
m = re.search(r"built (\d+) pages .*?(\d+) formulas? rendered, (\d+) reused", out)
print(f"{sys.argv[3]},{sys.argv[4]},{sys.argv[5]},{wall:.2f},{cpu:.2f},{rss:.0f},{m.group(2)},{m.group(3)},{m.group(1)}")
PY
  tail -1 "$csv" >&2
}

for n in $N_LIST; do
  corpus="$BENCH_OUT/corpus-$n" site="$BENCH_OUT/site-$n" out="$BENCH_OUT/public-$n"
  python3 "$CORPUS_GEN" "$corpus" -n "$n" --seed "$SEED" --force > /dev/null
  "$repo/bench/prepare-site.sh" "$corpus" "$site"
  for rep in $(seq 1 "$REPS"); do
    for state in $STATES; do
      case "$state" in
        cold) rm -rf "$site/.reckon" "$out" ;;
        warm) rm -rf "$out" ;;
        warm-math) rm -rf "$out" "$site/.reckon/cache/pages" ;;
        noop) [ -d "$out" ] || $RECKON build -q $BUILD_FLAGS --source "$site" --output "$out" ;;
      esac
      timed "$n" "$state" "$rep" "$site" "$out"
    done
  done
done

python3 - "$csv" > "$BENCH_OUT/summary.md" <<'PY'
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1])))
print("| posts | state | wall s median [min-max] | CPU s median | peak RSS MB | formulas rendered / reused | runs |")
print("|---:|---|---|---:|---:|---|---:|")
for key in dict.fromkeys((r["n"], r["state"]) for r in rows):
    rs = [r for r in rows if (r["n"], r["state"]) == key]
    wall = [float(r["wall_s"]) for r in rs]
    cpu = statistics.median(float(r["cpu_s"]) for r in rs)
    rss = max(int(r["rss_mb"]) for r in rs)
    print(f"| {key[0]} | {key[1]} | {statistics.median(wall):.2f} [{min(wall):.2f}-{max(wall):.2f}] | {cpu:.2f} "
          f"| {rss} | {rs[0]['rendered']} / {rs[0]['reused']} | {len(rs)} |")
PY
cat "$BENCH_OUT/summary.md"
