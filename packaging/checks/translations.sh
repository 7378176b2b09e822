#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# ctest `translations`: every translations/*.ts is complete and current. Fails when a .ts has an
# unfinished, empty, obsolete or vanished entry, or when a source string of app/ is missing from it.
# lupdate runs on copies in a temporary folder, so the tree is never modified.
#   translations.sh LUPDATE SOURCE_DIR
set -euo pipefail
lupdate=$1 root=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Prints "context | source | problem" for each entry of a .ts whose translation is not done:
# type="unfinished" (new in lupdate's words, or never translated), "obsolete"/"vanished" (no longer in the
# sources), or an empty translation.
problems() {
  awk '
    function unxml(s) { gsub(/&lt;/, "<", s); gsub(/&gt;/, ">", s); gsub(/&quot;/, "\"", s); gsub(/&apos;/, "\047", s); gsub(/&amp;/, "\\&", s); return s }
    /<name>/ { c = $0; sub(/.*<name>/, "", c); sub(/<\/name>.*/, "", c) }
    /<message/ { src = ""; kind = ""; insrc = 0 }
    /<source>/ { s = $0; sub(/.*<source>/, "", s); insrc = 1 }
    insrc && !/<source>/ { s = s "\\n" $0 }
    insrc && /<\/source>/ { sub(/<\/source>.*/, "", s); src = unxml(s); insrc = 0 }
    /<translation[ >\/]/ {
      if ($0 ~ /type="unfinished"/) kind = "unfinished (new or not translated)"
      else if ($0 ~ /type="(obsolete|vanished)"/) kind = "obsolete (no longer in the sources)"
      else if ($0 ~ /<translation\/>|<translation><\/translation>/) kind = "empty translation"
    }
    /<\/message>/ { if (kind != "") print c " | " src " | " kind }
  ' "$1"
}

failed=0
for ts in "$root"/translations/*.ts; do
  name=$(basename "$ts")
  cp "$ts" "$tmp/$name"
  # The tree as it is: what the lead would ship.
  if out=$(problems "$ts") && [ -n "$out" ]; then
    echo "translations/$name has entries that are not done:"
    echo "$out" | sed 's/^/  /'
    failed=1
  fi
done

# The same files brought up to date with the sources (without -no-obsolete, so that a string that left
# the code shows as vanished): anything new here is a source string missing from the .ts.
(cd "$root" && "$lupdate" -recursive app -ts "$tmp"/*.ts -locations none -silent) >"$tmp/lupdate.log" 2>&1 || {
  cat "$tmp/lupdate.log"
  exit 1
}
for copy in "$tmp"/*.ts; do
  name=$(basename "$copy")
  before=$(problems "$root/translations/$name" | sort)
  after=$(problems "$copy" | sort)
  extra=$(comm -13 <(echo "$before") <(echo "$after") | sed '/^$/d')
  if [ -n "$extra" ]; then
    echo "translations/$name is not up to date with the sources (cmake --build build --target update_translations, then translate):"
    echo "$extra" | sed -e 's/| unfinished (new or not translated)$/| missing from the .ts/' -e 's/^/  /'
    failed=1
  fi
done

[ "$failed" -eq 0 ] && echo "translations: $(ls "$root"/translations/*.ts | wc -l) catalogues complete and current"
exit "$failed"
