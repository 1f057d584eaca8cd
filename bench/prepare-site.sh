#!/usr/bin/env bash
# Lays out a Reckon site from a shared-benchmark corpus (CORPUS_DIR/posts/*.md): content/posts,
# a site.yaml and this repository's templates. Used as OURS_PREPARE by ../shared/bench/run-bench.sh
# (untimed) and by bench/run.sh. Usage: bench/prepare-site.sh CORPUS_DIR SITE_DIR
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="$1" site="$2"
rm -rf "$site"; mkdir -p "$site/content"
cp -r "$corpus/posts" "$site/content/posts"
# A copy, not a link: Reckon follows no links in content/ or templates/ (README, "When things go wrong").
cp -r "$repo/templates" "$site/templates"
printf 'title: Bench\nbase_url: https://bench.example/\nauthor: Bench\ndescription: A generated corpus.\n' \
  > "$site/content/site.yaml"
