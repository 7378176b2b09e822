#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes the README's and the AppStream metainfo's screenshots from the real window, in French and English,
# on the bundled CGET 2019 database: `xvfb-run -a -s "-screen 0 1920x1200x24" packaging/screenshots/take.sh`.
# Needs imagemagick (import) and xdotool; uses a throw-away home and project, never yours.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
recoupe=${1:-$here/../../build/bin/recoupe}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for lang in fr en; do
  (
    export HOME=$tmp/home-$lang XDG_CONFIG_HOME=$tmp/home-$lang/.config XDG_DATA_HOME=$tmp/home-$lang/.local/share
    export RECOUPE_LANG=$lang RECOUPE_DEFAULT_PROJECT=$tmp/project-$lang.recoupe
    mkdir -p "$HOME"
    "$recoupe" -geometry 1920x1200+0+0 &
    pid=$!
    sleep 10                                # the first start creates the project and runs a search
    xdotool mousemove 124 983 click 1       # a place of the table ("1624 Cowork'in Lille")
    sleep 2
    import -window root "$tmp/main.png"
    xdotool key ctrl+r                      # the review panel on the first group
    sleep 4
    import -window root "$tmp/review.png"
    kill "$pid"
    wait "$pid" || true
    for shot in main review; do
      convert "$tmp/$shot.png" -strip -define png:compression-level=9 "$here/$shot-$lang.png"
    done
  )
done
