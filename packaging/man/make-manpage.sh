#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes recoupe-cli's man page from its own --help (help2man), with a section per command made from
# `recoupe-cli COMMAND --help`, so that the page never says other than the program.
#   make-manpage.sh RECOUPE_CLI VERSION OUTPUT.1
set -euo pipefail
cli=$1 version=$2 out=$3
export RECOUPE_LANG=en LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen
include=$(mktemp)
trap 'rm -f "$include"' EXIT

# Escapes text for roff: backslashes, and lines that would start a request.
roff() { sed -e 's/\\/\\e/g' -e 's/^\([.'\'']\)/\\\&\1/'; }

{
  echo '[COMMANDS]'
  # The command names are the first word of the lines under "Commands:" in the general help.
  "$cli" --help | sed -n '/^Commands:/,/^$/p' | awk 'NR > 1 && NF { print $1 }' | while read -r command; do
    echo ".SS $command"
    echo '.nf'
    "$cli" "$command" --help | sed -e "s|^Usage: [^ ]*recoupe-cli|Usage: recoupe-cli|" | roff
    echo '.fi'
  done
  cat <<'END'
[ENVIRONMENT]
.TP
.B RECOUPE_DEFAULT_PROJECT
The project used without \-\-project (default: ~/.local/share/recoupe/default.recoupe).
.TP
.B RECOUPE_LANG
fr or en: the language of messages (default: French unless the system speaks English).
.TP
.B RECOUPE_USER
The user written in the audit log (default: the login name).
[EXIT STATUS]
0 on success; non-zero with a message naming the file (and line and column) on failure, and the project
is then unchanged.
[SEE ALSO]
.BR recoupe (1)
END
} >"$include"

help2man --no-info --section=1 --version-string="$version" \
  --name="curate the national database of tiers lieux from the command line" \
  --include="$include" --output="$out" "$cli"
