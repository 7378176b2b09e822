#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Formats every C++ file of the project with .clang-format (Debian 12's clang-format 14), in place.
# The ctest test clang_format (packaging/checks/clang-format.sh) fails until this has been run.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/packaging/checks/cpp-files.sh"
clang_format=$(find_clang_format)
cd "$root"
cpp_files | xargs -r -d '\n' "$clang_format" -i
echo "formatted $(cpp_files | wc -l) files with $("$clang_format" --version)"
