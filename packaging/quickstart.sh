#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Quick start on Debian 12: installs the missing packages, builds, then opens Recoupe (`run`) or runs
# every test (`test`). README.md and .ci/run call exactly this.
set -euo pipefail

action=${1:-run}
root=$(cd "$(dirname "$0")/.." && pwd)
build=${RECOUPE_BUILD_DIR:-$root/build}

packages=(
  build-essential cmake ninja-build ccache pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-positioning-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n libqt6sql6-sqlite libgl-dev fonts-dejavu-core
  libgdal-dev gdal-bin
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" -j"$(nproc)"

case "$action" in
  run)
    exec "$build/bin/recoupe" "${@:2}"
    ;;
  test)
    ctest --test-dir "$build" --output-on-failure -j"$(nproc)" --timeout 900
    ;;
  *)
    echo "usage: $0 [run|test]" >&2
    exit 2
    ;;
esac
