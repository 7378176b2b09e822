#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Quick start on Debian 12: installs the missing packages, builds, then opens Recoupe (`run`) or runs
# every test (`test`), then builds the .deb, installs it (dpkg -i) and starts the installed programs.
# README.md and .ci/run call exactly this.
set -euo pipefail

action=${1:-run}
root=$(cd "$(dirname "$0")/.." && pwd)
build=${RECOUPE_BUILD_DIR:-$root/build}

packages=(
  build-essential cmake ninja-build ccache pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-positioning-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n libqt6sql6-sqlite libgl-dev fonts-dejavu-core
  libgdal-dev gdal-bin
  # packaging, desktop integration and hygiene tests
  dpkg-dev file help2man librsvg2-bin desktop-file-utils appstream clang-format
  xvfb xauth
)

sudo=""
[ "$(id -u)" -eq 0 ] || sudo=sudo

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" -j"$(nproc)"

# Builds the .deb, installs it on this machine and starts what it installed: recoupe-cli --version, and
# the window under Xvfb for a few seconds (still running at the end is success), in a throw-away home.
package_and_start() {
  rm -f "$build"/recoupe_*.deb
  (cd "$build" && cpack -G DEB >"$build/cpack.log" 2>&1) || { cat "$build/cpack.log"; return 1; }
  local deb
  deb=$(ls "$build"/recoupe_*.deb)
  echo "Package: $deb ($(du -k "$deb" | cut -f1) KiB)"
  $sudo dpkg -i "$deb" || DEBIAN_FRONTEND=noninteractive $sudo apt-get install -f -y -qq --no-install-recommends
  local home
  home=$(mktemp -d)
  local result=0
  (
    export HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share XDG_RUNTIME_DIR=$home
    export RECOUPE_DEFAULT_PROJECT=$home/smoke.recoupe
    /usr/bin/recoupe-cli --version
    /usr/bin/recoupe-cli --lang fr --help | grep -q '^Commandes' ||
      { echo "the installed recoupe-cli does not speak French"; exit 1; }
    code=0
    xvfb-run -a timeout 8 /usr/bin/recoupe >"$home/recoupe.log" 2>&1 || code=$?
    if [ "$code" -ne 124 ]; then
      cat "$home/recoupe.log"
      echo "the installed recoupe stopped after starting (exit code $code)"
      exit 1
    fi
    echo "The installed recoupe ran 8 s under Xvfb"
  ) || result=$?
  rm -rf "$home"
  return "$result"
}

case "$action" in
  run)
    exec "$build/bin/recoupe" "${@:2}"
    ;;
  test)
    status=0
    ctest --test-dir "$build" --output-on-failure -j"$(nproc)" --timeout 900 || status=$?
    # The package too, whatever the tests said (CI then shows every failure at once).
    package_and_start
    exit "$status"
    ;;
  *)
    echo "usage: $0 [run|test]" >&2
    exit 2
    ;;
esac
