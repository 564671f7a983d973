#!/bin/sh
# t_help.sh: --help (and -h) on every command and subcommand, exit 0 on
# stdout; docs/cli.md and the help name the same commands and
# subcommands; the manual page accord(1) has every command, and is what
# tools/mkman writes from this binary's help.
. "$TOP/tests/cli/lib.sh"
BUILD=${BUILD:-build}

# The commands of `accord help` (not help and version themselves).
run help
expect_rc 0
CMDS=$(printf '%s\n' "$OUT" | sed -n '/^Commands:/,/^$/p' \
  | sed -n 's/^  \([a-z][a-z-]*\) .*/\1/p' | grep -v -x -e help -e version)
check_n=$(printf '%s\n' "$CMDS" | wc -l)
[ "$check_n" -ge 20 ] && t_ok || t_fail "only $check_n commands in accord help"
run help kinds
KINDS=$(printf '%s\n' "$OUT" | sed -n 's/^  \([a-z][a-z-]*\) .*/\1/p')

# Each command's subcommands: the word after "accord CMD" on its usage
# lines (after any --as LOGIN), when it is a lowercase word.
subs_of() {
  "$ACCORD" "$1" --help | sed -n 's/^\(usage:\)\{0,1\} *accord \(--as [A-Z]* \)\{0,1\}'"$1"' \([a-z][a-z-]*\).*/\3/p' | sort -u
}

# helps ARGS...: exit 0, stdout begins "accord NAME", stderr empty.
helps() {
  run "$@"
  if [ "$RC" -eq 0 ] && [ -z "$ERR" ]; then
    case "$OUT" in "accord "*|"usage: accord"*) t_ok ;;
      *) t_fail "accord $*: no help on stdout" ;; esac
  else
    t_fail "accord $*: exit $RC, stderr: $ERR"
  fi
}
PAIRS=""
for c in $CMDS; do
  helps "$c" --help
  helps "$c" -h
  helps help "$c"
  for s in $(subs_of "$c"); do
    PAIRS="$PAIRS $c/$s"
    helps "$c" "$s" --help
    helps "$c" "$s" -h
    helps "$c" "$s" ARG --help
  done
done
# The subcommands the issue named.
case "$PAIRS" in *" export/all"*) t_ok ;; *) t_fail "no export all in the help" ;; esac
case "$PAIRS" in *" token/add"*) t_ok ;; *) t_fail "no token add in the help" ;; esac
for k in $KINDS; do
  helps "$k" --help
  helps "$k" add --help
  helps "$k" list -h
done
helps --help
helps -h
helps help
# --help writes nothing to the database and needs none.
! db_exists accord.db && t_ok || t_fail "--help created accord.db"
# report --help names every format the program writes.
run report --help
expect_out "html|csv|pdf|xlsx"

# ---- docs/cli.md and the help name the same commands -----------------------
DOC="$TOP/docs/cli.md"
# The commands docs/cli.md names: the first word of each row of its
# "## Commands" table (after --as LOGIN) and of `accord WORD` anywhere.
DOC_CMDS=$(python3 - "$DOC" <<'EOF'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
words = set()
pairs = set()
def take(span):
    t = span.split()
    while t and t[0] in ("accord",):
        t = t[1:]
    while t and t[0].startswith("--"):
        t = t[2:] if t[0] in ("--as", "--db", "--color") else t[1:]
    if not t or not re.fullmatch(r"[a-z][a-z-]*", t[0]):
        return
    words.add(t[0])
    if len(t) > 1:
        for s in t[1].split("|"):
            s = s.replace("\\", "")
            if re.fullmatch(r"[a-z][a-z-]*", s):
                pairs.add(t[0] + "/" + s)
sect = re.search(r"^## Commands\n(.*?)^#", text, re.S | re.M).group(1)
for line in sect.splitlines():
    if line.startswith("| `"):
        cell = line.split(" | ")[0]
        for span in re.findall(r"`([^`]*)`", cell):
            take(span)
for span in re.findall(r"`(accord [^`]*)`", text):
    take(span)
for line in re.findall(r"^    (accord .*)$", text, re.M):
    take(line)
print(" ".join(sorted(words)))
print(" ".join(sorted(pairs)))
EOF
)
DOC_WORDS=$(printf '%s\n' "$DOC_CMDS" | sed -n 1p)
DOC_PAIRS=$(printf '%s\n' "$DOC_CMDS" | sed -n 2p)
for c in $CMDS; do
  case " $DOC_WORDS " in *" $c "*) t_ok ;;
    *) t_fail "docs/cli.md does not name the command $c" ;; esac
done
for w in $DOC_WORDS; do
  case " $(echo $CMDS $KINDS) help version " in *" $w "*) t_ok ;;
    *) t_fail "docs/cli.md names \"$w\", which is no command of accord help" ;; esac
done
# Subcommands: those of the help are in the docs, and the docs' subcommands
# of a command that has some are the help's.
for p in $PAIRS; do
  case " $DOC_PAIRS " in *" $p "*) t_ok ;;
    *) t_fail "docs/cli.md does not name the subcommand ${p%/*} ${p#*/}" ;; esac
done
for p in $DOC_PAIRS; do
  c=${p%/*}
  case "$PAIRS" in *" $c/"*) ;; *) continue ;; esac
  case "$PAIRS " in *" $p "*) t_ok ;;
    *) t_fail "docs/cli.md names ${c} ${p#*/}, which is not in accord $c --help" ;; esac
done

# ---- the manual page -----------------------------------------------------------
MAN="$TOP/$BUILD/accord.1"
MKMAN="$TOP/$BUILD/tools/mkman"
if [ -f "$MAN" ] && [ -x "$MKMAN" ]; then
  "$MKMAN" "$ACCORD" >man.now 2>man.err
  if cmp -s man.now "$MAN"; then t_ok
  else t_fail "$BUILD/accord.1 is not what tools/mkman writes from the help"; fi
  for c in $CMDS; do
    grep -q "^\.SS $c\$" man.now && t_ok || t_fail "accord.1 has no section for $c"
  done
  # The text of a command's help is in the page (roff's \- for -).
  line=$("$ACCORD" token --help | sed -n 3p | sed 's/-/\\-/g')
  grep -qF -- "$line" man.now && t_ok || t_fail "token's usage is not in accord.1"
  if command -v groff >/dev/null 2>&1; then
    groff -man -Tutf8 -ww -z man.now 2>groff.err
    [ ! -s groff.err ] && t_ok || t_fail "groff warns on accord.1: $(head -3 groff.err)"
  fi
else
  echo "SKIP: no $BUILD/accord.1 or $BUILD/tools/mkman (make builds them)"
fi
done_testing
