#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# ctest `clang_format`: fails when a C++ file of the project differs from .clang-format (clang-format 14),
# and names the files. packaging/format-all.sh formats them all.
#   clang-format.sh [SOURCE_DIR]
set -euo pipefail
root=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
. "$(dirname "$0")/cpp-files.sh"
clang_format=$(find_clang_format)
version=$("$clang_format" --version)
case "$version" in *" 14."*) ;; *) echo "warning: .clang-format is checked with clang-format 14, this is: $version" ;; esac

mapfile -t files < <(cpp_files)
count=${#files[@]}
# One run over every file; its warnings name the files ("path:line:column: error: code should be
# clang-formatted"). Any other failure (a bad .clang-format, a file it cannot read) fails too.
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
(cd "$root" && "$clang_format" --dry-run -Werror "${files[@]}") >"$log" 2>&1 || status=$?
mapfile -t bad < <(sed -n 's/^\(.*\.\(cpp\|h\)\):[0-9]*:[0-9]*: error: code should be clang-formatted.*/\1/p' "$log" | sort -u)
if [ "$status" -ne 0 ] && [ ${#bad[@]} -eq 0 ]; then
  cat "$log"
  exit 1
fi

if [ ${#bad[@]} -gt 0 ]; then
  echo "${#bad[@]} of $count C++ files differ from .clang-format (run packaging/format-all.sh):"
  printf '  %s\n' "${bad[@]}"
  exit 1
fi
echo "clang_format: $count C++ files formatted"
