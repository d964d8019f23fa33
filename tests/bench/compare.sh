#!/usr/bin/env bash
# Before and after a change, in one run (docs/benchmarks.md, "Before and after a refactor").
#
#   tests/bench/compare.sh BEFORE_REF [--runs N] [--pages N] [--work DIR] [--ram-disk DIR]
#
# Publishes the release binary (ReadyToRun) of BEFORE_REF (a commit, through a temporary git
# worktree) and of the working tree, generates the bilingual corpus (../shared/bench/gen-corpus.py),
# then builds it N times with each binary, alternating, on the real disk in the two ways users
# build: into a fresh folder, and over the previous build (after a sync each, the binaries taking
# turns going first). Wall time and peak memory (max RSS)
# and CPU time (user + system) come from GNU time; it prints the medians and the ratio after/before, and checks with diff -r
# that both binaries wrote the same site, byte for byte (the example site and the corpus).
# With --ram-disk (a folder on a tmpfs such as /dev/shm), it also builds N times each with the output
# there, which takes the disk's write-back out and shows the code's own difference; that table is
# secondary, never the result on its own.
set -euo pipefail

[[ $# -ge 1 ]] || { echo "usage: $0 BEFORE_REF [--runs N] [--pages N] [--work DIR] [--ram-disk DIR]" >&2; exit 2; }
before_ref=$1; shift
runs=5
pages=10000
work=/var/tmp/reportsite-compare
ram=
while [[ $# -gt 0 ]]; do
  case $1 in
    --runs) runs=$2; shift 2 ;;
    --pages) pages=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --ram-disk) ram=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

repo=$(cd "$(dirname "$0")/../.." && pwd)
shared=$(cd "$repo/../shared/bench" 2>/dev/null && pwd || true)
[[ -f $shared/gen-corpus.py ]] || { echo "needs ../shared/bench/gen-corpus.py next to the repository" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "needs GNU time: apt-get install time" >&2; exit 1; }
mkdir -p "$work"
[[ $(df --output=fstype "$work" | tail -1) != tmpfs ]] || { echo "$work is a RAM disk; choose a folder on the real disk" >&2; exit 1; }

publish() { # publish SOURCE_DIR BIN_DIR
  dotnet publish "$1/src/ReportSite.Cli" -c Release -r linux-x64 --self-contained false \
    -p:PublishReadyToRun=true -o "$2" --nologo -v quiet >/dev/null
}
echo "publishing $before_ref and the working tree"
rm -rf "$work/before-src"
git -C "$repo" worktree add --detach "$work/before-src" "$before_ref" -q
trap 'git -C "$repo" worktree remove --force "$work/before-src" 2>/dev/null || true' EXIT
publish "$work/before-src" "$work/before"
publish "$repo" "$work/after"

corpus=$work/corpus-$pages
if [[ ! -f $corpus/site.yaml ]]; then
  echo "generating $pages pages in $corpus"
  python3 "$shared/gen-corpus.py" "$corpus" --reports $((pages / 100)) --chapters 50 >/dev/null
fi

median() { sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# measure LABEL BINARY OUTPUT: one build under GNU time, "wall-seconds max-RSS-kilobytes user-seconds system-seconds"
# appended to $work/LABEL.
measure() {
  /usr/bin/time -f "%e %M %U %S" -o "$work/time.txt" "$work/$2/ReportSite.Cli" build --input "$corpus" --output "$3" \
    >/dev/null 2>"$work/stderr.txt" || { tail -5 "$work/stderr.txt" >&2; exit 1; }
  cat "$work/time.txt" >> "$work/$1"
}

for version in before after; do rm -f "$work/$version-fresh" "$work/$version-over" "$work/$version-ram"; done
# Each build starts with the disk's write-back done (sync), and the binaries take turns going first:
# replacing 30,000 files leaves the disk busy for a while, which would otherwise slow whoever comes next.
for ((i = 1; i <= runs; i++)); do
  echo "  run $i of $runs"
  order=$([[ $((i % 2)) == 1 ]] && echo "before after" || echo "after before")
  for version in $order; do
    rm -rf "$work/out-$version-fresh"; sync
    measure "$version-fresh" "$version" "$work/out-$version-fresh"
    sync
    measure "$version-over" "$version" "$work/out-$version-over" # over a previous build (the first run: fresh)
  done
done

if [[ -n $ram ]]; then
  [[ $(df --output=fstype "$ram" | tail -1) == tmpfs ]] || { echo "$ram is not a RAM disk" >&2; exit 1; }
  for ((i = 1; i <= runs; i++)); do
    echo "  RAM disk run $i of $runs"
    order=$([[ $((i % 2)) == 1 ]] && echo "before after" || echo "after before")
    for version in $order; do measure "$version-ram" "$version" "$ram/reportsite-compare-$version"; done
  done
fi

echo
echo "| $pages pages, $runs runs, median | before ($before_ref) | after | after/before |"
echo "|---|---|---|---|"
modes="fresh over"; [[ -n $ram ]] && modes="fresh over ram"
for mode in $modes; do
  b=$(cut -d' ' -f1 "$work/before-$mode" | median); a=$(cut -d' ' -f1 "$work/after-$mode" | median)
  bm=$(cut -d' ' -f2 "$work/before-$mode" | median); am=$(cut -d' ' -f2 "$work/after-$mode" | median)
  case $mode in
    fresh) label="into a fresh folder" ;;
    over) label="over the previous build" ;;
    ram) label="over the previous build on a RAM disk" ;;
  esac
  printf '| wall time, %s | %.2f s | %.2f s | %.2f |\n' "$label" "$b" "$a" "$(awk -v x="$a" -v y="$b" 'BEGIN { print x / y }')"
  bc=$(awk '{ print $3 + $4 }' "$work/before-$mode" | median); ac=$(awk '{ print $3 + $4 }' "$work/after-$mode" | median)
  printf '| CPU time (user + system), %s | %.2f s | %.2f s | %.2f |\n' "$label" "$bc" "$ac" "$(awk -v x="$ac" -v y="$bc" 'BEGIN { print x / y }')"
  printf '| peak memory, %s | %d MB | %d MB | %.2f |\n' "$label" $((${bm%.*} / 1024)) $((${am%.*} / 1024)) "$(awk -v x="$am" -v y="$bm" 'BEGIN { print x / y }')"
done
echo
for mode in $modes; do
  for version in before after; do echo "$version-$mode wall: $(cut -d' ' -f1 "$work/$version-$mode" | tr '\n' ' ')"; done
done

echo
for version in before after; do
  rm -rf "$work/example-$version"
  "$work/$version/ReportSite.Cli" build --input "$repo/input" --output "$work/example-$version" >/dev/null 2>&1
done
diff -r "$work/example-before" "$work/example-after" >/dev/null && echo "example site: identical" || echo "example site: DIFFERENT (diff -r $work/example-before $work/example-after)"
diff -r "$work/out-before-fresh" "$work/out-after-fresh" >/dev/null && echo "$pages-page corpus: identical" || echo "$pages-page corpus: DIFFERENT (diff -r $work/out-before-fresh $work/out-after-fresh)"
[[ -z $ram ]] || rm -rf "$ram"/reportsite-compare-before "$ram"/reportsite-compare-after
