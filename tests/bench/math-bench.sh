#!/usr/bin/env bash
# Formulas: how long a site with 50 formulas takes to build, cold (no formula cache: Jint starts)
# and warm (every formula in the cache: Jint never starts), as a user runs it (docs/benchmarks.md,
# "Formulas"). The user's cache folder is $XDG_CACHE_HOME, set to WORK/cache for the runs.
#
#   tests/bench/math-bench.sh [--runs N] [--work DIR] [--commands "published release readme"]
#
# The site (tests/bench/gen-math-site.py) is one report with one chapter in zh and en, each with the
# same 25 inline and 25 display formulas, all distinct. Three ways to run the build:
#   published  the release binary, published ReadyToRun (as tests/bench/run.sh does);
#   release    dotnet run --project src/ReportSite.Cli -c Release -- build (after one warm-up run);
#   readme     dotnet run --project src/ReportSite.Cli -- build, the README's command (Debug).
# Each run i builds cold (cache removed first), then warm, into a fresh output folder on the
# real disk under --work, removed afterwards. It prints the medians of the wall time (GNU time, the
# whole process including dotnet run's own up-to-date check) and of the time the build reports
# ("Built ... in X s": load to write, without process start-up).
set -euo pipefail

runs=5
work=/tmp/reportsite-math-bench
commands="published release readme"
while [[ $# -gt 0 ]]; do
  case $1 in
    --runs) runs=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --commands) commands=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

repo=$(cd "$(dirname "$0")/../.." && pwd)
[[ -x /usr/bin/time ]] || { echo "needs GNU time: apt-get install time" >&2; exit 1; }
rm -rf "$work"; mkdir -p "$work"
site=$work/site
python3 "$repo/tests/bench/gen-math-site.py" "$site"
bin=$work/bin
export XDG_CACHE_HOME=$work/cache

median() { sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# run LABEL COMMAND...: builds the site under GNU time; appends "wall reported" to $work/LABEL.
run() {
  local label=$1; shift
  local output=$work/out-$label
  rm -rf "$output"
  /usr/bin/time -f "%e" -o "$work/time.txt" "$@" build --input "$site" --output "$output" >"$work/stdout.txt" 2>"$work/stderr.txt" \
    || { cat "$work/stdout.txt" "$work/stderr.txt" >&2; exit 1; }
  local reported
  reported=$(sed -n 's/^Built .* in \([0-9.]*\) s;.*/\1/p' "$work/stdout.txt")
  echo "$(cat "$work/time.txt") $reported" >> "$work/$label"
  rm -rf "$output"
}

for command in $commands; do
  case $command in
    published)
      dotnet publish "$repo/src/ReportSite.Cli" -c Release -r linux-x64 --self-contained false \
        -p:PublishReadyToRun=true -o "$bin" --nologo -v quiet >/dev/null
      cmd=("$bin/ReportSite.Cli") ;;
    release) cmd=(dotnet run --project "$repo/src/ReportSite.Cli" -c Release --) ;;
    readme) cmd=(dotnet run --project "$repo/src/ReportSite.Cli" --) ;;
    *) echo "unknown command $command" >&2; exit 2 ;;
  esac
  # One untimed run: dotnet run compiles the project the first time.
  "${cmd[@]}" build --input "$site" --output "$work/out-first" >/dev/null; rm -rf "$work/out-first"
  rm -f "$work/$command-cold" "$work/$command-warm"
  for ((i = 1; i <= runs; i++)); do
    rm -rf "$XDG_CACHE_HOME"
    run "$command-cold" "${cmd[@]}"
    compgen -G "$XDG_CACHE_HOME/reportsite/formulas/*.json" >/dev/null || { echo "the cold build wrote no formula cache" >&2; exit 1; }
    run "$command-warm" "${cmd[@]}"
  done
done

echo
echo "Machine: $(nproc) cores, $(uname -sr); $(dotnet --version | sed 's/^/.NET SDK /'); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Medians of $runs runs; output on $(df --output=fstype "$work" | tail -1) ($work)."
echo
echo "| command | cold: wall | cold: build | warm: wall | warm: build |"
echo "|---|---:|---:|---:|---:|"
for command in $commands; do
  row="| $command"
  for state in cold warm; do
    row+=" | $(cut -d' ' -f1 "$work/$command-$state" | median) s | $(cut -d' ' -f2 "$work/$command-$state" | median) s"
  done
  echo "$row |"
done
