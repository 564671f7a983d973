# fixtures.sh: items of every classification for the access tests
# (sourced after lib.sh).  Every fixture's title and code carry a unique
# marker ("Zmk-ENTITY-CLASS"), so that a response can be searched for the
# items its reader may not see.  fixtures.tsv lists them:
#   entity  class  approved(0/1)  id  marker
# "approved" matters only for goals and documents (joint publication).
# The "pubok" goal and document are made public with both co-chairs'
# approval by fixtures_publish, after the server has started.
FIX="$DIR/fixtures.tsv"

# fix_add ENTITY CLASS APPROVED MARKER accord-ARGS...: add one item.
fix_add() {
  _e=$1; _c=$2; _a=$3; _mk=$4; shift 4
  _o=$(acc "$_e" add "$@" 2>&1) || { echo "FATAL: fixture $_mk: $_o"; exit 1; }
  _id=$(printf '%s\n' "$_o" | sed -n 's/^added .* \([0-9][0-9]*\)$/\1/p')
  [ -n "$_id" ] || { echo "FATAL: fixture $_mk: no id in: $_o"; exit 1; }
  printf '%s\t%s\t%s\t%s\t%s\n' "$_e" "$_c" "$_a" "$_id" "$_mk" >>"$FIX"
}
fix_id() {   # fix_id MARKER -> id
  awk -F'\t' -v m="$1" '$5==m {print $4}' "$FIX"
}

fixtures_make() {
  : >"$FIX"
  for v in pubok:public pubno:public internal:internal restricted:restricted; do
    k=${v%%:*}; c=${v#*:}
    fix_add goal "$c" 0 "Zmk-goal-$k" --dialogue_id us-rs \
      --area_id us-rs/area/econ --code "zmk-goal-$k" --title "Zmk-goal-$k" \
      --kind milestone --classification "$c" --means "Zmk-goal-$k means"
    fix_add document "$c" 0 "Zmk-doc-$k" --dialogue_id us-rs \
      --code "zmk-doc-$k" --kind joint_statement --title "Zmk-doc-$k" \
      --body "Zmk-doc-$k body" --classification "$c"
    # Each document carries a file (migration 028), its marker inside.
    printf 'Zmk-doc-%s file\n' "$k" >"$DIR/zmk-doc-$k.txt"
    acc document file "zmk-doc-$k" "$DIR/zmk-doc-$k.txt" >/dev/null || {
      echo "FATAL: fixture Zmk-doc-$k: its file"; exit 1; }
  done
  for c in public internal restricted; do
    # A source has a classification of its own (migration 021).
    fix_add source "$c" 1 "Zmk-source-$c" --code "zmk-source-$c" \
      --title "Zmk-source-$c" --classification "$c"
  done
  for c in public internal restricted; do
    fix_add indicator "$c" 1 "Zmk-ind-$c" --dialogue_id us-rs \
      --code "zmk-ind-$c" --name "Zmk-ind-$c" --unit count \
      --frequency year --classification "$c"
    # An observation has no classification of its own: its indicator's.
    # It cites the restricted source: a reference its readers below
    # restricted read as empty.
    fix_add observation "$c" 1 "Zmk-obs-$c" --indicator_id "zmk-ind-$c" \
      --period 2025 --value 7 --note "Zmk-obs-$c" \
      --source_id zmk-source-restricted
    # Nor has an event: it is seen by whoever may see its indicator.
    fix_add event "$c" 1 "Zmk-event-$c" --indicator_id "zmk-ind-$c" \
      --occurred_on 2025-06-09 --title "Zmk-event-$c"
    fix_add meeting "$c" 1 "Zmk-meeting-$c" --dialogue_id us-rs \
      --code "zmk-meeting-$c" --kind other --title "Zmk-meeting-$c" \
      --classification "$c"
    fix_add risk "$c" 1 "Zmk-risk-$c" --dialogue_id us-rs \
      --code "zmk-risk-$c" --description "Zmk-risk-$c" --classification "$c"
    fix_add contact "$c" 1 "Zmk-contact-$c" --wg_id us-rs/wg/econ \
      --held_on 2026-03-02 --kind note --summary "Zmk-contact-$c" \
      --classification "$c"
    fix_add dialogue "$c" 1 "Zmk-dialogue-$c" --code "zmk-dialogue-$c" \
      --title "Zmk-dialogue-$c" --classification "$c"
    # An area has no classification: its dialogue's.
    fix_add area "$c" 1 "Zmk-area-$c" --dialogue_id "zmk-dialogue-$c" \
      --code "zmk-area-$c" --area_set proposal --name "Zmk-area-$c"
    # A project of the Security and Defense group (the scoped member's),
    # never approved; its activity, funding and party are seen with it.
    fix_add project "$c" 0 "Zmk-project-$c" --dialogue_id us-rs \
      --wg_id us-rs/wg/security-defense --code "zmk-project-$c" \
      --title "Zmk-project-$c" --classification "$c"
    fix_add activity "$c" 0 "Zmk-activity-$c" --project_id "zmk-project-$c" \
      --title "Zmk-activity-$c" --state ongoing
    fix_add funding "$c" 0 "Zmk-funding-$c" --project_id "zmk-project-$c" \
      --party_id us-rs/us --amount 1000.00 --currency USD \
      --note "Zmk-funding-$c"
    fix_add project-party "$c" 0 "Zmk-pparty-$c" \
      --project_id "zmk-project-$c" --party_id us-rs/rs \
      --agency "Zmk-pparty-$c"
  done
}

# Approve the "pubok" goal and document as both co-chairs: through the
# approve routes when they exist, else straight into the approval table
# (the version is the item's latest audit entry, as the store defines it).
fixtures_publish() {
  for e in goal document; do
    id=$(fix_id "Zmk-$(echo $e | sed 's/document/doc/')-pubok")
    if route_exists POST "/$e/:id/approve"; then
      for who in us-cochair rs-cochair; do
        as "$who"; approve_form "$e" "$id"
        case "$ST" in 2??|303) t_ok ;; *) t_fail "$who approves $e $id" ;; esac
      done
    else
      echo "NOTE: no route POST /$e/:id/approve yet: approving $e $id in the table"
      for party in us-rs/us us-rs/rs; do
        sqlite3 "$DB" "INSERT INTO approval(entity,item_id,version,party_id,
          account_id,at) SELECT '$e', $id, (SELECT max(id) FROM audit_log
          WHERE entity='$e' AND item_id=$id), p.id, (SELECT id FROM account
          WHERE login='us-cochair'), '2026-01-01T00:00:00Z' FROM party p
          WHERE p.code='$party'"
      done
    fi
    sed -i "s/^\($e\tpublic\t\)0\(\t$id\t\)/\11\2/" "$FIX"
  done
  CUR_ROLE=public
}

# fix_visible ROLE ENTITY CLASS APPROVED: whether ROLE may see the item
# (access_max_class: the public reads public items, observers and working
# groups internal ones, co-chairs, secretariats and admins everything;
# the public only goals and documents both parties approved).
fix_visible() {
  case "$3" in public) _cr=0 ;; internal) _cr=1 ;; *) _cr=2 ;; esac
  case "$1" in
    public) _rr=0 ;; observer|wg_member|wg_lead) _rr=1 ;; *) _rr=2 ;;
  esac
  [ "$_cr" -le "$_rr" ] || return 1
  if [ "$1" = public ]; then
    case "$2" in
      goal|document|project|activity|funding|project-party)
        [ "$4" = 1 ] || return 1 ;;
    esac
  fi
  return 0
}
# The markers ROLE may not see, one a line.
fix_forbidden() {
  while IFS="$(printf '\t')" read -r e c a id mk; do
    fix_visible "$1" "$e" "$c" "$a" || echo "$mk"
  done <"$FIX"
}
# leaks ROLE: the forbidden markers in $BODY (case-insensitive: codes
# are the markers in lower case), on one line; empty if none.
leaks() {
  grep -q -i -F -f "$DIR/forbidden.$1" "$BODY" 2>/dev/null || return 0
  grep -o -i -F -f "$DIR/forbidden.$1" "$BODY" | sort -u | tr '\n' ' '
}
forbidden_make() {
  for r in $ROLES; do fix_forbidden "$r" >"$DIR/forbidden.$r"; done
}
