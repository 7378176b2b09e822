# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by format-all.sh and checks/clang-format.sh: prints the project's C++ files (tracked by git,
# else every .cpp and .h under app/ and tests/ of a tarball), one per line, relative to $root.
cpp_files() {
  if git -C "$root" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    git -C "$root" ls-files -- '*.cpp' '*.h' | while read -r f; do [ -f "$root/$f" ] && echo "$f"; done
  else
    (cd "$root" && find app tests -type f \( -name '*.cpp' -o -name '*.h' \) | sort)
  fi
}
# Debian 12's clang-format 14, which .clang-format is written for.
find_clang_format() {
  local c
  for c in "${CLANG_FORMAT:-}" clang-format-14 clang-format; do
    [ -n "$c" ] && command -v "$c" >/dev/null && { command -v "$c"; return; }
  done
  echo "clang-format not found: apt-get install clang-format (Debian 12: version 14)" >&2
  return 1
}
