#!/usr/bin/env bash
# Build speed and memory, ReportSite against Hugo, side by side (docs/benchmarks.md, "Build").
# This is the RAM-disk (secondary) measurement. Users build onto a real disk: tests/bench/disk-bench.sh
# measures that first (fresh folder, over the previous output), with Hugo and Hugo + Pagefind.
#
#   tests/bench/run.sh [--runs N] [--sizes "1000 10000 40000"] [--work DIR] [--outputs DIR]
#
# For each size it generates the bilingual corpus (../shared/bench/gen-corpus.py: 50 chapters a
# report, two languages, so 1,000 pages is 10 reports), publishes the release binary (ReadyToRun),
# then builds the corpus N times with each tool, alternating ReportSite and Hugo, each run into a
# fresh output folder on a RAM disk (/dev/shm), removed after the run: on ext4, creating files soon
# after many were deleted is several times slower (the inode allocator skips recently deleted
# inodes for a minute or more), which made disk runs depend on what ran before. Wall time and peak memory
# (max RSS) come from GNU time. It prints the medians, the ratio and a Markdown table. Hugo runs
# when `hugo` is installed (Debian package `hugo`); GNU time is the Debian package `time`.
set -euo pipefail

runs=5
sizes="1000 10000 40000"
work=/tmp/reportsite-bench
outputs=/dev/shm/reportsite-bench
while [[ $# -gt 0 ]]; do
  case $1 in
    --runs) runs=$2; shift 2 ;;
    --sizes) sizes=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --outputs) outputs=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

repo=$(cd "$(dirname "$0")/../.." && pwd)
shared=$(cd "$repo/../shared/bench" 2>/dev/null && pwd || true)
[[ -f $shared/gen-corpus.py ]] || { echo "needs ../shared/bench/gen-corpus.py next to the repository" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "needs GNU time: apt-get install time" >&2; exit 1; }
have_hugo=$(command -v hugo >/dev/null && echo yes || echo no)

mkdir -p "$work"
bin=$work/bin
echo "publishing the release binary to $bin"
dotnet publish "$repo/src/ReportSite.Cli" -c Release -r linux-x64 --self-contained false \
  -p:PublishReadyToRun=true -o "$bin" --nologo -v quiet >/dev/null

median() { sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# measure LABEL OUTPUT COMMAND...: runs it under GNU time, appends "seconds kilobytes" to
# $work/LABEL, then removes OUTPUT.
measure() {
  local label=$1 output=$2; shift 2
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || { cat "$work/stderr.txt" >&2; exit 1; }
  cat "$work/time.txt" >> "$work/$label"
  rm -rf "$output"
}

rm -rf "$outputs"; mkdir -p "$outputs"
fstype=$(df --output=fstype "$outputs" | tail -1)
rows=()

# The example site with the published binary: start-up included.
rm -f "$work/example"
for ((i = 1; i <= runs; i++)); do
  measure example "$outputs/example" "$bin/ReportSite.Cli" build --input "$repo/input" --output "$outputs/example"
done
example_s=$(cut -d' ' -f1 "$work/example" | median)

for pages in $sizes; do
  reports=$((pages / 100))
  corpus=$work/corpus-$pages
  if [[ ! -f $corpus/site.yaml ]]; then
    echo "generating $pages pages ($reports reports) in $corpus"
    python3 "$shared/gen-corpus.py" "$corpus" --reports "$reports" --chapters 50 >/dev/null
  fi
  [[ $have_hugo == yes ]] && bash "$shared/hugo-baseline.sh" "$corpus" "$work/hugo-$pages" >/dev/null
  rm -f "$work/rs-$pages" "$work/hugo-$pages.times"
  for ((i = 1; i <= runs; i++)); do
    echo "  $pages pages, run $i of $runs"
    measure "rs-$pages" "$outputs/rs" "$bin/ReportSite.Cli" build --input "$corpus" --output "$outputs/rs"
    if [[ $have_hugo == yes ]]; then
      measure "hugo-$pages.times" "$outputs/hugo" hugo --quiet -s "$work/hugo-$pages" -d "$outputs/hugo"
    fi
  done
  rs_s=$(cut -d' ' -f1 "$work/rs-$pages" | median)
  rs_mb=$(cut -d' ' -f2 "$work/rs-$pages" | median | awk '{ printf "%.0f", $1 / 1024 }')
  if [[ $have_hugo == yes ]]; then
    hugo_s=$(cut -d' ' -f1 "$work/hugo-$pages.times" | median)
    hugo_mb=$(cut -d' ' -f2 "$work/hugo-$pages.times" | median | awk '{ printf "%.0f", $1 / 1024 }')
    ratio=$(awk -v a="$rs_s" -v b="$hugo_s" 'BEGIN { printf "%.2f", a / b }')
  else
    hugo_s="-"; hugo_mb="-"; ratio="-"
  fi
  rows+=("| $(echo "$pages" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta') | $rs_s s | $rs_mb MB | $hugo_s s | $hugo_mb MB | $ratio |")
  # Scaling: time per 1,000 pages should stay flat as the site grows.
  per_k=$(awk -v s="$rs_s" -v p="$pages" 'BEGIN { printf "%.2f", s / p * 1000 }')
  rows[-1]+=" $per_k s |"
done

rm -rf "$outputs"
echo
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -sr); $(dotnet --version | sed 's/^/.NET SDK /'); $([[ $have_hugo == yes ]] && hugo version | cut -d' ' -f1-2 || echo "no Hugo")"
echo "Medians of $runs runs, alternating, output on $fstype ($outputs); wall time and peak RSS from GNU time."
echo
echo "| pages | ReportSite | ReportSite memory | Hugo | Hugo memory | ReportSite / Hugo | ReportSite per 1,000 pages |"
echo "|---:|---:|---:|---:|---:|---:|---:|"
printf '%s\n' "${rows[@]}"
echo
echo "Example site (input/, $(find "$repo/input" -name '*.md' | wc -l) Markdown files) with the published binary, start-up included: $example_s s"
