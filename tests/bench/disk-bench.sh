#!/usr/bin/env bash
# Build speed on the real disk, ReportSite against Hugo and Hugo + Pagefind, in one run
# (docs/benchmarks.md, "Build on the real disk, with Hugo and Pagefind (issue 22)").
#
#   tests/bench/disk-bench.sh [--runs N] [--sizes "1000 10000"] [--work DIR] [--ram-disk DIR]
#
# For each size it generates the bilingual corpus (../shared/bench/gen-corpus.py, 100 pages a
# report), the Hugo site for it (../shared/bench/hugo-baseline.sh), publishes ReportSite's release
# binary (ReadyToRun, as run.sh does), then builds N times with each of the three tools:
#   ReportSite      build --input CORPUS --output OUT   (its search index included)
#   Hugo            hugo --quiet -s HUGO_SITE -d OUT     (no reader search)
#   Hugo + Pagefind hugo ..., then pagefind --site OUT, back to back in one timed shell (the
#                   reader-search equivalent: Pagefind's extended binary, which splits Chinese)
# in three cases:
#   fresh  into a fresh output folder on the real disk (CI building into a new checkout),
#   over   over the tool's own previous output on the real disk (an editor rebuilding; Hugo keeps
#          public/, Pagefind its pagefind/ folder; one untimed build first, so every timed run
#          has a previous output),
#   ram    into a fresh folder on a RAM disk (tmpfs): no disk write-back; secondary.
# Each timed build starts after ReportSite's background removal of its previous output (if any) has
# ended and a `sync`, so one build's disk work does not land in the next (the removal's own time is
# listed after the tables), and
# the tools take turns going first (run 1: ReportSite, Hugo, Hugo + Pagefind; run 2: Hugo, ...).
# Wall time, CPU time (user + system) and peak memory (max RSS of the largest process) come from
# GNU time; it prints medians, the ratios ReportSite / Hugo and ReportSite / (Hugo + Pagefind), each
# tool's output (files and bytes) and the machine's load (uptime) before and after.
#
# Needs: GNU time and Hugo (apt-get install time hugo), Pagefind (npm ci --prefix tests/bench, or
# PAGEFIND=/path/to/pagefind_extended), the .NET SDK, and a work folder on a real disk (default
# /var/tmp, which must not be a tmpfs).
set -euo pipefail

runs=3
sizes="10000"
work=/var/tmp/reportsite-disk-bench
ram=/dev/shm/reportsite-disk-bench
while [[ $# -gt 0 ]]; do
  case $1 in
    --runs) runs=$2; shift 2 ;;
    --sizes) sizes=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --ram-disk) ram=$2; shift 2 ;;
    *) echo "unknown option $1 (options: --runs N --sizes \"1000 10000\" --work DIR --ram-disk DIR)" >&2; exit 2 ;;
  esac
done

repo=$(cd "$(dirname "$0")/../.." && pwd)
# ../shared/bench next to the repository (or next to the main checkout, from a git worktree).
shared=$( { cd "$repo/../shared/bench" 2>/dev/null && pwd; } \
  || { cd "$(git -C "$repo" rev-parse --path-format=absolute --git-common-dir)/../../shared/bench" 2>/dev/null && pwd; } || true)
[[ -f $shared/gen-corpus.py && -f $shared/hugo-baseline.sh ]] \
  || { echo "needs ../shared/bench/gen-corpus.py and hugo-baseline.sh next to the repository" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "needs GNU time: apt-get install time" >&2; exit 1; }
command -v hugo >/dev/null || { echo "needs Hugo: apt-get install hugo" >&2; exit 1; }
pagefind=${PAGEFIND:-$repo/tests/bench/node_modules/@pagefind/linux-x64/bin/pagefind_extended}
[[ -x $pagefind ]] || { echo "needs Pagefind: npm ci --prefix tests/bench (or PAGEFIND=/path/to/pagefind_extended)" >&2; exit 1; }

mkdir -p "$work"
disk_fs=$(df --output=fstype "$work" | tail -1)
[[ $disk_fs != tmpfs ]] || { echo "$work is a RAM disk; choose a folder on the real disk with --work" >&2; exit 1; }
rm -rf "$ram"; mkdir -p "$ram"
[[ $(df --output=fstype "$ram" | tail -1) == tmpfs ]] || { echo "$ram is not a RAM disk (tmpfs); choose one with --ram-disk" >&2; exit 1; }
disk_dev=$(df --output=source "$work" | tail -1)
load_before=$(uptime)

bin=$work/bin
echo "publishing the release binary to $bin"
dotnet publish "$repo/src/ReportSite.Cli" -c Release -r linux-x64 --self-contained false \
  -p:PublishReadyToRun=true -o "$bin" --nologo -v quiet >/dev/null

median() { sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
thousands() { echo "$1" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta'; }

# build TOOL PAGES OUTPUT: one build of the corpus by TOOL (rs, hugo, hugopf) into OUTPUT.
build() {
  local tool=$1 pages=$2 output=$3
  case $tool in
    rs) "$bin/ReportSite.Cli" build --input "$work/corpus-$pages" --output "$output" ;;
    hugo) hugo --quiet -s "$work/hugo-$pages" -d "$output" ;;
    hugopf) hugo --quiet -s "$work/hugo-$pages" -d "$output" && "$pagefind" --site "$output" ;;
  esac
}
export -f build
export bin work pagefind

# settle: waits until no ReportSite process is removing a previous output in the background (the
# build returns once the new site is in place; its old output is deleted by a process of its own),
# then syncs. Prints the seconds it waited.
settle() {
  local start=$SECONDS
  while pgrep -f "ReportSite.Cli remove-previous-output" >/dev/null; do sleep 0.2; done
  sync
  echo $((SECONDS - start))
}

# measure TOOL PAGES CASE OUTPUT: settle, then one build under GNU time; appends
# "wall-seconds max-RSS-kilobytes user-seconds system-seconds" to $work/times-TOOL-PAGES-CASE, and
# for ReportSite the seconds its background removal of the previous output then ran to
# $work/removal-PAGES-CASE (timed to the second; 0 into a fresh folder).
measure() {
  local tool=$1 pages=$2 case=$3 output=$4
  settle >/dev/null
  /usr/bin/time -f "%e %M %U %S" -o "$work/time.txt" bash -c 'build "$@"' _ "$tool" "$pages" "$output" \
    >/dev/null 2>"$work/stderr.txt" || { tail -5 "$work/stderr.txt" >&2; exit 1; }
  cat "$work/time.txt" >> "$work/times-$tool-$pages-$case"
  if [[ $tool == rs ]]; then settle >> "$work/removal-$pages-$case"; fi
}

# files_and_bytes DIR: "files bytes" (apparent sizes of regular files).
files_and_bytes() { find "$1" -type f -printf '%s\n' | awk '{ n++; b += $1 } END { printf "%d %d\n", n, b }'; }

tools=(rs hugo hugopf)
declare -A name=([rs]="ReportSite" [hugo]="Hugo" [hugopf]="Hugo + Pagefind")
wall_rows=(); cost_rows=(); output_rows=(); raw=()

for pages in $sizes; do
  corpus=$work/corpus-$pages
  if [[ ! -f $corpus/site.yaml ]]; then
    echo "generating $pages pages in $corpus"
    python3 "$shared/gen-corpus.py" "$corpus" --reports $((pages / 100)) --chapters 50 >/dev/null
  fi
  bash "$shared/hugo-baseline.sh" "$corpus" "$work/hugo-$pages" >/dev/null
  for tool in "${tools[@]}"; do
    rm -f "$work/times-$tool-$pages-"* "$work/removal-$pages-"*
    # The previous output the first "over" run builds over (and the corpus read once into the page cache).
    rm -rf "$work/out-$tool-over"
    build "$tool" "$pages" "$work/out-$tool-over" >/dev/null 2>&1
  done
  for ((i = 0; i < runs; i++)); do
    order=("${tools[@]:i%3}" "${tools[@]:0:i%3}")
    echo "  $pages pages, run $((i + 1)) of $runs (${order[*]}); $(uptime | sed 's/.*load/load/')"
    for case in fresh over ram; do
      for tool in "${order[@]}"; do
        case $case in
          fresh) output=$work/out-$tool-fresh; rm -rf "$output" ;;
          over) output=$work/out-$tool-over ;;
          ram) output=$ram/$tool; rm -rf "$output" ;;
        esac
        measure "$tool" "$pages" "$case" "$output"
      done
    done
  done

  for case in fresh over ram; do
    case $case in
      fresh) label="fresh folder, disk" ;;
      over) label="over previous output, disk" ;;
      ram) label="fresh folder, RAM disk" ;;
    esac
    declare -A wall=() cpu=() mem=()
    for tool in "${tools[@]}"; do
      f=$work/times-$tool-$pages-$case
      wall[$tool]=$(cut -d' ' -f1 "$f" | median)
      cpu[$tool]=$(awk '{ print $3 + $4 }' "$f" | median)
      mem[$tool]=$(cut -d' ' -f2 "$f" | median | awk '{ printf "%.0f", $1 / 1024 }')
      raw+=("$pages $case ${name[$tool]} wall: $(cut -d' ' -f1 "$f" | tr '\n' ' ')")
    done
    raw+=("$pages $case ReportSite's background removal of the previous output, seconds after the build returned: $(tr '\n' ' ' < "$work/removal-$pages-$case")")
    wall_rows+=("| $(thousands "$pages") | $label | $(printf '%.2f' "${wall[rs]}") s | $(printf '%.2f' "${wall[hugo]}") s | $(printf '%.2f' "${wall[hugopf]}") s | $(ratio "${wall[rs]}" "${wall[hugo]}") | $(ratio "${wall[rs]}" "${wall[hugopf]}") |")
    cost_rows+=("| $(thousands "$pages") | $label | $(printf '%.2f' "${cpu[rs]}") s, ${mem[rs]} MB | $(printf '%.2f' "${cpu[hugo]}") s, ${mem[hugo]} MB | $(printf '%.2f' "${cpu[hugopf]}") s, ${mem[hugopf]} MB |")
  done
  for tool in "${tools[@]}"; do
    read -r files bytes < <(files_and_bytes "$work/out-$tool-fresh")
    output_rows+=("| $(thousands "$pages") | ${name[$tool]} | $(thousands "$files") | $(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1048576 }') MB |")
  done
done

rm -rf "$ram"
echo
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -sr); $(dotnet --version | sed 's/^/.NET SDK /'); $(hugo version | cut -d' ' -f1-2); $("$pagefind" --version)"
echo "Disk: $work on $disk_fs ($disk_dev); RAM disk: $(dirname "$ram") (tmpfs)."
echo "Load before: $load_before"
echo "Load after:  $(uptime)"
echo "Medians of $runs runs, tools alternating who goes first; before each build, ReportSite's background removal of its previous output has ended and a sync; GNU time."
echo
echo "Wall time:"
echo
echo "| pages | case | ReportSite | Hugo | Hugo + Pagefind | ReportSite / Hugo | ReportSite / (Hugo + Pagefind) |"
echo "|---:|---|---:|---:|---:|---:|---:|"
printf '%s\n' "${wall_rows[@]}"
echo
echo "CPU time (user + system) and peak memory (max RSS):"
echo
echo "| pages | case | ReportSite | Hugo | Hugo + Pagefind |"
echo "|---:|---|---:|---:|---:|"
printf '%s\n' "${cost_rows[@]}"
echo
echo "Output (a fresh build):"
echo
echo "| pages | tool | files | bytes |"
echo "|---:|---|---:|---:|"
printf '%s\n' "${output_rows[@]}"
echo
printf '%s\n' "${raw[@]}"
