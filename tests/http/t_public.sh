# t_public.sh: the public sees exactly the version both parties approved
# (src/store/publish.c), on every route: pages, API lists and items,
# search, the calendar feeds, SDMX, charts, and on the command line the
# exports --as-viewer public, `report public`, IATI and iCalendar.
#
# The demo's co-chairs approved its public record (demo_approvals() of
# src/cli/cmd_db.c).  Then:
#   1. an edit with a marker word to a published item of each kind: the
#      marker is nowhere for the public, the approved text still is;
#   2. a new item of each kind, classified public, never approved: its
#      marker is nowhere;
#   3. an observation entered after the data release: absent until a
#      release that covers it is approved;
#   4. both co-chairs approve the edits: every marker appears;
#   5. a third party joins the dialogue: nothing is unpublished, its name
#      is not public, and the approved parties alone publish a change.
. "$(dirname "$0")/lib.sh"

http_setup
D=$(acc dialogue show us-rs --json | jq -r .id)
G=$(acc goal show us-rs/goal/trade-10pct --json | jq -r .id)
IND=$(acc indicator show us-rs/ind/trade-total --json | jq -r .id)
MTG=$(acc meeting show us-rs/mtg/2025-01-launch --json | jq -r .id)
DOC=$(acc document show us-rs/doc/agreement --json | jq -r .id)
A=$(sqlite3 "$DB" "SELECT min(id) FROM area")
W=$(sqlite3 "$DB" "SELECT min(id) FROM working_group")
S=$(sqlite3 "$DB" "SELECT min(id) FROM roadmap_step")
DEC=$(sqlite3 "$DB" "SELECT min(id) FROM decision")
P=$(acc party show us-rs/us --json | jq -r .id)
REL=$(acc release show us-rs/release/2026-07 --json | jq -r .id)
SRC=$(sqlite3 "$DB" "SELECT min(id) FROM pub_source")
srv_start

# Everything the public can read, into one file: every page, API list and
# item, search, feed and export route over the dialogue's items.
# obs_all: the indicator's observations the caller sees, every page (the
# trade total's months and their cells are more than one), in $BODY.
obs_all() {
  : >"$DIR/obs_all.json"
  for _o in 0 500 1000 1500; do
    api GET "/api/v1/observations?indicator_id=$IND&limit=500&offset=$_o"
    cat "$BODY" >>"$DIR/obs_all.json"
  done
  cp "$DIR/obs_all.json" "$BODY"
}
PUB_KINDS="dialogues parties people areas working_groups members contacts
  benefits indicators observations goals goal_benefits steps meetings
  participants decisions documents risks releases sources projects
  project_goals project_parties funding activities project_links
  dimensions dimension_values"
# (The public's requests go in two batches, one curl each: the pages,
# searches, lists and item pages; then each list's first items.)
pub_dump() {
  _out=$1; : >"$_out"
  _save=$CUR_ROLE; CUR_ROLE=public
  batch_begin; _n=0
  for _p in / "/dialogue/$D" "/dialogue/$D/risks" "/goal/$G" "/goal/$G?obs=all" \
      "/dialogue/$D/dimensions" "/dialogue/$D/dimensions?lang=sr-Latn" \
      "/api/v1/dialogues/$D/dimensions" "/item/indicator/$IND?lang=sr-Latn" \
      "/goal/$G?lang=sr-Latn" "/dialogue/$D?lang=sr-Cyrl" "/wg/$W?lang=sr-Latn" \
      "/meeting/$MTG" "/document/$DOC" "/area/$A" "/wg/$W" \
      "/calendar.ics" "/dialogue/$D/calendar.ics" \
      "/observations.sdmx.csv?dialogue=us-rs" \
      "/dialogue/$D/report/public.html?quarter=2026-Q3" \
      "/dialogue/$D/report/public.csv?quarter=2026-Q3" \
      "/api/v1/dialogues/$D/status" "/api/v1/goals/$G/status"; do
    _n=$((_n + 1)); batch_add "p$_n" public GET "$_p"
  done
  for _m in $MARKERS Zpmobs Zpmobssr Zpobshidden 9876.5; do
    _n=$((_n + 1)); batch_add "s$_n" public GET "/search?q=$_m"
  done
  for _k in $PUB_KINDS; do
    _n=$((_n + 1)); batch_add "l$_n" public GET "/api/v1/$_k?limit=500"
    if [ "$_k" = observations ]; then
      # more than a page: the trade total's months and their cells
      for _o in 500 1000 1500; do
        _n=$((_n + 1))
        batch_add "p$_n" public GET "/api/v1/$_k?limit=500&offset=$_o"
      done
    fi
  done
  for _ki in dialogue:$D party:$P area:$A wg:$W indicator:$IND goal:$G \
      step:$S meeting:$MTG decision:$DEC document:$DOC release:$REL \
      source:$SRC $NEWITEMS; do
    _n=$((_n + 1)); batch_add "p$_n" public GET "/item/${_ki%%:*}/${_ki#*:}"
  done
  batch_run
  # The bodies in the order asked; the search page repeats the query in
  # its title and its search box, left out.
  _items=""
  set -- $PUB_KINDS
  for _id in $(cut -f1 "$BATCH/plan.tsv"); do
    case $_id in
      s*) grep -v -e '<title>' -e 'name="q"' "$BATCH/$_id.b" >>"$_out" ;;
      l*) cat "$BATCH/$_id.b" >>"$_out"
          for _i in $(jq -r ".$1[]?.id" "$BATCH/$_id.b" 2>/dev/null | head -12); do
            _items="$_items /api/v1/$1/$_i"
          done
          shift ;;
      *) cat "$BATCH/$_id.b" >>"$_out" ;;
    esac
  done
  batch_begin; _n=0
  for _p in $_items; do _n=$((_n + 1)); batch_add "i$_n" public GET "$_p"; done
  batch_run
  for _id in $(cut -f1 "$BATCH/plan.tsv"); do cat "$BATCH/$_id.b" >>"$_out"; done
  CUR_ROLE=$_save
  for _k in dialogues parties people areas working_groups members contacts \
      benefits indicators observations goals goal_benefits steps meetings \
      participants decisions documents risks releases sources projects \
      project_goals project_parties funding activities project_links; do
    acc export $_k --format json --as-viewer public >>"$_out" 2>&1
  done
  acc export ical --as-viewer public >>"$_out" 2>&1
  acc export iati --as-viewer public --reporting-org XM-DAC-302 >>"$_out" 2>&1
  acc export sdmx --as-viewer public >>"$_out" 2>&1
  acc report public --quarter 2026-Q3 >>"$_out" 2>&1
  acc report public --quarter 2026-Q3 --format csv >>"$_out" 2>&1
}
kind_table() {
  case $1 in
    wg) echo working_group ;; step) echo roadmap_step ;; *) echo "$1" ;;
  esac
}
has() { grep -q -- "$2" "$1"; }
both_approve() {   # both_approve KIND ID: as both co-chairs, on the CLI
  for _who in us-cochair rs-cochair; do
    cli_approve $_who "$1" "$2" >/dev/null 2>&1 || \
      { LAST="accord --as $_who $1 approve $2"; ST=-; t_fail "approve $1 $2"; }
  done
}

# ---- 0. the approved record is public --------------------------------------
MARKERS=""; NEWITEMS=""
pub_dump "$DIR/pub0"
LAST="the public's routes (approved)"; ST=-
for t in "US–Serbia strategic dialogue" "Increasing trade exchange by 10% annually" \
    "Strategic dialogue agreement between the United States and Serbia" \
    "us-rs/release/2026-07" "Total US–Serbia goods trade" "BEGIN:VCALENDAR" \
    "us-rs_ind_trade-total" "<iati-activities" \
    "Bilateral Fulbright commission for Serbia"; do
  check "the approved record has: $t" has "$DIR/pub0" "$t"
done
# The demo's internal project (and what belongs to it) is not public.
check "an internal project is not public" \
  not has "$DIR/pub0" "DFC office in Belgrade and the credit program"
check "an internal project's activity is not public" \
  not has "$DIR/pub0" "Reactivate the DFC office"
# Nor are their Serbian twins (039_serbian_content.sql); a public
# project's are.
check "an internal project's Serbian description is not public" \
  not has "$DIR/pub0" "korporacije za međunarodno razvojno finansiranje"
check "an internal project's activity in Serbian is not public" \
  not has "$DIR/pub0" "Ponovo aktivirati kancelariju DFC"
check "a public project's Serbian description is public" \
  has "$DIR/pub0" "Osnivanje bilateralne Fulbrajtove komisije"
check "a released value's Serbian note is public" \
  has "$DIR/pub0" "kako ga objavljuje Census"

check "no e-mail address is public" not grep -q "email" "$DIR/pub0"

# ---- 1. an edit of each kind is a draft ------------------------------------
edit() {   # edit KIND ID FIELD MARKER
  _old=$(acc "$1" show "$2" --json | jq -r ".$3")
  acc "$1" set "$2" --"$3" "$_old $4" >/dev/null 2>&1 || \
    { LAST="accord $1 set $2"; ST=-; t_fail "edit $1 $2"; }
  eval "OLD_$1=\$_old"
  MARKERS="$MARKERS $4"
}
edit dialogue "$D" title Zpmdialogue
edit party "$P" name Zpmparty
edit area "$A" name Zpmarea
edit wg "$W" name Zpmwg
edit indicator "$IND" name Zpmindicator
edit goal "$G" title Zpmgoal
edit step "$S" title Zpmstep
edit meeting "$MTG" title Zpmmeeting
edit decision "$DEC" text Zpmdecision
edit document "$DOC" title Zpmdocument
edit release "$REL" title Zpmrelease
edit source "$SRC" title Zpmsource
# The dimensions of breakdowns (038_dimension.sql): a label given is a
# draft too, on the list of the dialogue's dimensions and in every cell.
DIM=$(acc dimension show us-rs/dim/flow --json | jq -r .id)
edit dimension "$DIM" label_sr Zpmdimensionsr
# The Serbian twins (migration 023) are drafts the same way.
edit goal "$G" title_sr Zpmgoalsr
edit step "$S" title_sr Zpmstepsr
edit meeting "$MTG" title_sr Zpmmeetingsr
edit wg "$W" name_sr Zpmwgsr
edit indicator "$IND" name_sr Zpmindicatorsr
acc document set "$DOC" --body "Zpmdocbody draft body" >/dev/null
MARKERS="$MARKERS Zpmdocbody"

# ---- 1b. a document's file (migration 028) ----------------------------------
# The published agreement's file, attached after its publication, waits
# for the next one; a file is never public with a draft document.
printf 'Zpfileagreement\n' >"$DIR/agreement.txt"
acc document file "$DOC" "$DIR/agreement.txt" >/dev/null
as public
req GET "/document/$DOC/file"; expect_status 404
expect_no_body 'Zpfileagreement'

# ---- 2. new items, never approved ------------------------------------------
acc goal add --dialogue_id us-rs --area_id "$A" --code t/pub-new \
  --title "Zpnewgoal title" --kind milestone --classification public >/dev/null
acc document add --dialogue_id us-rs --code t/pub-doc --kind other \
  --title "Zpnewdoc title" --body "Zpnewdoc body" --classification public >/dev/null
acc meeting add --dialogue_id us-rs --code t/pub-mtg --kind other \
  --title "Zpnewmtg title" --held_on 2026-12-20 --state planned \
  --classification public >/dev/null
acc step add --dialogue_id us-rs --code t/pub-step --position 99 \
  --title "Zpnewstep title" --planned_on 2027-01-15 >/dev/null
acc area add --dialogue_id us-rs --code t/pub-area --area_set proposal \
  --name "Zpnewarea name" >/dev/null
acc wg add --dialogue_id us-rs --code t/pub-wg --name "Zpnewwg name" >/dev/null
acc indicator add --dialogue_id us-rs --code t/pub-ind --name "Zpnewind name" \
  --unit n --frequency year --classification public >/dev/null
acc decision add --meeting_id "$MTG" --text "Zpnewdec text" >/dev/null
acc release add --dialogue_id us-rs --code t/pub-rel --title "Zpnewrel title" \
  --up_to 2026-07 --classification public >/dev/null
acc risk add --dialogue_id us-rs --code t/pub-risk --description "Zpnewrisk" \
  --classification public >/dev/null
acc benefit add --dialogue_id us-rs --party_id us-rs/us --code t/pub-ben \
  --text "Zpnewbenefit" >/dev/null
acc person add --code t/pub-person --name "Zpnewperson" --party_id us-rs/us \
  --email zpnew@example.org >/dev/null
for kc in goal:t/pub-new document:t/pub-doc meeting:t/pub-mtg step:t/pub-step \
    area:t/pub-area wg:t/pub-wg indicator:t/pub-ind release:t/pub-rel \
    risk:t/pub-risk benefit:t/pub-ben person:t/pub-person; do
  NEWITEMS="$NEWITEMS ${kc%%:*}:$(acc "${kc%%:*}" show "${kc#*:}" --json | jq -r .id)"
done
acc dimension add --dialogue_id us-rs --code t/pub-dim --name zpdim \
  --label "Zpnewdim label" --label_sr "Zpnewdimsr label" >/dev/null
acc dimension-value add --dimension_id t/pub-dim --value zpv \
  --label "Zpnewdimval label" >/dev/null
NEW="Zpnewdim Zpnewdimsr Zpnewdimval Zpnewgoal Zpnewdoc Zpnewmtg Zpnewstep Zpnewarea Zpnewwg Zpnewind Zpnewdec Zpnewrel Zpnewrisk Zpnewbenefit Zpnewperson zpnew@example"

# ---- 3. an observation after the release ------------------------------------
acc observation add --indicator_id "$IND" --period 2026-08 --value 9876.5 \
  --note "Zpmobs note" --note_sr "Zpmobssr napomena" >/dev/null
# A value of a restricted indicator, its note in Serbian: never public.
acc observation add --indicator_id us-rs/ind/joint-exercises --period 2025 \
  --value 2 --note "Zpobshidden note" --note_sr "Zpobshiddensr napomena" \
  >/dev/null
MARKERS="$MARKERS Zpnewgoal Zpnewdoc"

pub_dump "$DIR/pub1"
LAST="the public's routes (drafts)"; ST=-
for m in Zpmdialogue Zpmparty Zpmarea Zpmwg Zpmindicator Zpmgoal Zpmstep \
    Zpmmeeting Zpmdecision Zpmdocument Zpmdocbody Zpmrelease Zpmsource $NEW \
    Zpmdimensionsr \
    Zpmgoalsr Zpmstepsr Zpmmeetingsr Zpmwgsr Zpmindicatorsr \
    Zpmobs Zpmobssr Zpobshidden 9876.5 2026-08; do
  check "a draft is not public: $m" not has "$DIR/pub1" "$m"
done
for t in "$OLD_dialogue" "$OLD_goal" "$OLD_document" "$OLD_meeting" \
    "$OLD_indicator" "$OLD_area" "$OLD_release" "$OLD_party"; do
  check "the approved text is still public: $t" has "$DIR/pub1" "$t"
done

# The public's approvals list names no approval of a draft.
cli_approve us-cochair goal "$G" >/dev/null
as public
api GET "/api/v1/goals/$G/approvals"; expect_status 200
expect_same "$(jq '.approvals | length' "$BODY")" 2 \
  "the public sees the approvals of the published version only"
expect_same "$(jq '.published' "$BODY")" true "published, for the public"
req GET "/goal/$G"
expect_no_body "draft changes awaiting approval"
# The web says what an edit does to publication.
as secretariat
req GET "/edit/goal/$G"; expect_status 200
expect_body "saving makes a new draft"
req GET "/goal/$G"; expect_status 200
expect_body "draft changes awaiting approval"
req GET "/edit/goal/$(acc goal show t/pub-new --json | jq -r .id)"
expect_body "This item is not public"

# ---- 4. both co-chairs approve ------------------------------------------------
for kv in "dialogue $D" "party $P" "area $A" "wg $W" "indicator $IND" \
    "goal $G" "step $S" "meeting $MTG" "decision $DEC" "document $DOC" \
    "release $REL" "dimension $DIM"; do
  both_approve $kv
done
pub_dump "$DIR/pub2"
LAST="the public's routes (approved edits)"; ST=-
for m in Zpmdialogue Zpmparty Zpmarea Zpmwg Zpmindicator Zpmgoal Zpmstep \
    Zpmmeeting Zpmdecision Zpmdocument Zpmdocbody Zpmrelease Zpmsource \
    Zpmdimensionsr; do
  check "an approved edit is public: $m" has "$DIR/pub2" "$m"
done
for m in $NEW 9876.5 Zpmobs Zpmobssr Zpobshidden; do
  check "still not public: $m" not has "$DIR/pub2" "$m"
done
# One party's approval publishes nothing; both publish the search text.
req GET "/search?q=Zpmdocbody"
check "the public search finds the approved body" grep -q "/document/$DOC" "$BODY"

# A release covering the new observation, approved: it is public.
acc release add --dialogue_id us-rs --code t/pub-rel-08 --indicator_id "$IND" \
  --title "Trade up to 2026-08" --up_to 2026-08 --classification public >/dev/null
R8=$(acc release show t/pub-rel-08 --json | jq -r .id)
cli_approve us-cochair release "$R8" >/dev/null
as public
obs_all
check "one party's approval releases nothing" not grep -q "9876.5" "$BODY"
cli_approve rs-cochair release "$R8" >/dev/null
obs_all
check "the approved release publishes the observation" grep -q "9876.5" "$BODY"
check "... and its note in Serbian" grep -q "Zpmobssr napomena" "$BODY"
req GET "/observations.sdmx.csv?indicator=us-rs/ind/trade-total"
expect_body "2026-08,9876.5"

# ---- 4b. events ------------------------------------------------------------------
# An event has no classification of its own (its indicator's) and is
# public once both parties approve it (pub_event, 015_events.sql).
acc event add --indicator_id "$IND" --occurred_on 2026-06-09 \
  --title "Zpevent exercise" >/dev/null
EV=$(sqlite3 "$DB" "SELECT max(id) FROM event")
as public
api GET "/api/v1/events?limit=500"; expect_status 200
check "a new event is not public" not grep -q Zpevent "$BODY"
req GET "/item/event/$EV"; expect_status 404
cli_approve us-cochair event "$EV" >/dev/null
api GET "/api/v1/events/$EV"; expect_status 404
cli_approve rs-cochair event "$EV" >/dev/null
api GET "/api/v1/events?limit=500"
check "the approved event is public" grep -q "Zpevent exercise" "$BODY"
req GET "/item/event/$EV"; expect_status 200; expect_body "Zpevent exercise"
check "the approved event is in the public export" sh -c \
  "'$ACCORD' --db '$DB' export events --format json --as-viewer public | grep -q Zpevent"
# An edit is a draft until both approve it again.
acc event set "$EV" --title "Zpevdraft exercise" >/dev/null
api GET "/api/v1/events/$EV"
expect_body "Zpevent exercise"; expect_no_body "Zpevdraft"
both_approve event "$EV"
api GET "/api/v1/events/$EV"; expect_body "Zpevdraft exercise"
# The event of a restricted indicator stays hidden, approved or not.
acc event add --indicator_id us-rs/ind/joint-exercises \
  --occurred_on 2026-06-09 --title "Zpevhidden exercise" >/dev/null
EH=$(sqlite3 "$DB" "SELECT max(id) FROM event")
both_approve event "$EH" 2>/dev/null
as public
api GET "/api/v1/events?limit=500"
check "an event of a restricted indicator is not public" \
  not grep -q Zpevhidden "$BODY"
req GET "/item/event/$EH"; expect_status 404

# ---- 4c. projects --------------------------------------------------------------
# A project and what belongs to it (024_projects.sql) are public only in
# the version both parties approved, each item on its own, and only while
# the project itself is public: an unapproved or restricted project never
# reaches the public, nor its activities, funding or parties.
GF=$(acc goal show us-rs/goal/fulbright --json | jq -r .id)
acc project add --dialogue_id us-rs --wg_id us-rs/wg/people \
  --code t/pub-prj --title "Zpproject exchange" --budget 250000.00 \
  --currency USD --classification public >/dev/null
PRJ=$(acc project show t/pub-prj --json | jq -r .id)
acc activity add --project_id t/pub-prj --title "Zpactivity call" \
  --state done >/dev/null
ACT=$(sqlite3 "$DB" "SELECT max(id) FROM activity")
acc funding add --project_id t/pub-prj --party_id us-rs/rs --amount 1234.56 \
  --currency EUR --note "Zpfunding grant" >/dev/null
FUN=$(sqlite3 "$DB" "SELECT max(id) FROM project_funding")
acc project-party add --project_id t/pub-prj --party_id us-rs/rs \
  --agency "Zpagency ministry" >/dev/null
PPA=$(sqlite3 "$DB" "SELECT max(id) FROM project_party")
acc project-goal add --project_id t/pub-prj --goal_id "$GF" >/dev/null
PGL=$(sqlite3 "$DB" "SELECT max(id) FROM project_goal")
MARKERS="$MARKERS Zpproject Zpactivity Zpagency"
NEWITEMS="$NEWITEMS project:$PRJ activity:$ACT funding:$FUN project-party:$PPA"
pub_dump "$DIR/pubp1"
LAST="the public's routes (an unapproved project)"; ST=-
for m in Zpproject Zpactivity Zpfunding Zpagency 1234.56; do
  check "an unapproved project's part is not public: $m" not has "$DIR/pubp1" "$m"
done
as public
req GET "/goal/$GF"; expect_status 200
expect_body "Bilateral Fulbright commission for Serbia"
expect_no_body "Zpproject"
# The project alone approved: it is public, its parts are not yet.
both_approve project "$PRJ"
pub_dump "$DIR/pubp2"
LAST="the public's routes (the project approved)"; ST=-
check "the approved project is public" has "$DIR/pubp2" "Zpproject exchange"
for m in Zpactivity Zpfunding Zpagency 1234.56; do
  check "an unapproved part of a public project is not public: $m" \
    not has "$DIR/pubp2" "$m"
done
as public
req GET "/goal/$GF"
expect_no_body "Zpproject"
req GET "/item/project/$PRJ"; expect_status 200
expect_body "no activities recorded"
for kv in "activity $ACT" "funding $FUN" "project-party $PPA" \
    "project-goal $PGL"; do
  both_approve $kv
done
pub_dump "$DIR/pubp3"
LAST="the public's routes (the project's parts approved)"; ST=-
for m in "Zpactivity call" "Zpfunding grant" "Zpagency ministry" 1234.56; do
  check "an approved part of a public project is public: $m" has "$DIR/pubp3" "$m"
done
as public
req GET "/goal/$GF"
expect_body "Zpproject exchange"; expect_body "1 of 1 activities done (100%)"
req GET "/item/project/$PRJ"
expect_body "1234.56"; expect_body "Zpagency ministry"
# An edit of an activity is a draft.
acc activity set "$ACT" --title "Zpactdraft call" >/dev/null
as public
api GET "/api/v1/activities/$ACT"; expect_status 200
expect_body "Zpactivity call"; expect_no_body "Zpactdraft"
# Restricted, and approved so by both: the project and all of its parts
# leave the public record, though each part stays approved.
acc project set "$PRJ" --classification restricted >/dev/null
both_approve project "$PRJ"
pub_dump "$DIR/pubp4"
LAST="the public's routes (the project restricted)"; ST=-
for m in Zpproject Zpactivity Zpfunding Zpagency 1234.56; do
  check "a restricted project's part is not public: $m" not has "$DIR/pubp4" "$m"
done
as public
for pa in "item/project/$PRJ" "item/activity/$ACT" "item/funding/$FUN" \
    "item/project-party/$PPA" "api/v1/projects/$PRJ" "api/v1/activities/$ACT" \
    "api/v1/funding/$FUN" "api/v1/project_parties/$PPA"; do
  req GET "/$pa"; expect_status 404
done
as observer
req GET "/item/project/$PRJ"; expect_status 404
as secretariat
req GET "/item/project/$PRJ"; expect_status 200; expect_body "Zpproject"
check "the audit chain replays the projects" acc verify

# ---- 4d. the plan's life ------------------------------------------------------
# A goal's life events, what fulfils a step and the cross-walk of areas
# (027_planlife.sql) are public only in the version both parties
# approved, and only with their goal, step or area.
plan_dump() {   # plan_dump FILE: what the public reads of the plan's life
  _out=$1; : >"$_out"
  _save=$CUR_ROLE; CUR_ROLE=public
  GDF=$(sqlite3 "$DB" "SELECT id FROM goal WHERE code='us-rs/goal/dfc-office'")
  for _p in "/goal/$GF" "/goal/$GDF" "/dialogue/$D/plan" \
      "/api/v1/goals/$GF/life" "/api/v1/dialogues/$D/plan" \
      "/api/v1/goal_events?limit=500" "/api/v1/crosswalks?limit=500" \
      "/api/v1/fulfilments?limit=500" "/api/v1/readiness_criteria?limit=500" \
      "/item/step/$S" "/dialogue/$D/report/public.html?quarter=2026-Q3"; do
    req GET "$_p"; cat "$BODY" >>"$_out"
  done
  CUR_ROLE=$_save
  for _k in goal_events fulfilments readiness_criteria crosswalks; do
    acc export $_k --format json --as-viewer public >>"$_out" 2>&1
  done
}
acc goal-event add --goal_id "$GF" --kind adopted --decision_id "$DEC" \
  --reason "Zpgevent adoption" >/dev/null
GEV=$(sqlite3 "$DB" "SELECT max(id) FROM goal_event")
acc goal-event add --goal_id us-rs/goal/dfc-office --kind adopted \
  --decision_id "$DEC" --reason "Zpgevhidden adoption" >/dev/null
GEH=$(sqlite3 "$DB" "SELECT max(id) FROM goal_event")
acc crosswalk add --area_id us-rs/area/regional \
  --sector_id us-rs/area/agr-economy --note "Zpcrosswalk note" >/dev/null
CW=$(sqlite3 "$DB" "SELECT max(id) FROM area_crosswalk")
acc readiness add --dialogue_id us-rs --goal_id "$GF" \
  --note "Zpreadiness note" >/dev/null
RC=$(sqlite3 "$DB" "SELECT max(id) FROM readiness_criterion")
plan_dump "$DIR/publ1"
LAST="the public's routes (the plan's life, unapproved)"; ST=-
check "the demo's approved proposal is public" has "$DIR/publ1" \
  "Proposed by Pupin Initiative"
for m in Zpgevent Zpgevhidden Zpcrosswalk Zpreadiness; do
  check "an unapproved part of the plan's life is not public: $m" \
    not has "$DIR/publ1" "$m"
done
check "an unapproved adoption adopts nothing for the public" \
  not has "$DIR/publ1" "adopted by decision"
for kv in "goal-event $GEV" "goal-event $GEH" "crosswalk $CW" \
    "readiness $RC"; do
  both_approve $kv
done
plan_dump "$DIR/publ2"
LAST="the public's routes (the plan's life, approved)"; ST=-
for m in "Zpgevent adoption" "Zpcrosswalk note" "Zpreadiness note" \
    "adopted by decision $DEC"; do
  check "an approved part of the plan's life is public: $m" \
    has "$DIR/publ2" "$m"
done
check "the life event of an internal goal is never public" \
  not has "$DIR/publ2" "Zpgevhidden"
as public
req GET "/item/goal-event/$GEH"; expect_status 404
req GET "/item/goal-event/$GEV"; expect_status 200
# An edit is a draft until both approve it again.
acc goal-event set "$GEV" --reason "Zpgevdraft adoption" >/dev/null
api GET "/api/v1/goal_events/$GEV"
expect_body "Zpgevent adoption"; expect_no_body "Zpgevdraft"
# (the life events go, so that the decision can be removed below)
acc goal-event rm "$GEV" >/dev/null
acc goal-event rm "$GEH" >/dev/null

# ---- 5. a third party -----------------------------------------------------------
N0=$(sqlite3 "$DB" "SELECT count(*) FROM pub_goal")
acc party add --dialogue_id us-rs --code us-rs/zz --name "Zpthird party" >/dev/null
user_add zz-cochair cochair us-rs/zz
key_create zz-cochair
pub_dump "$DIR/pub3"
LAST="the public's routes (a third party)"; ST=-
check "a third party unpublishes nothing" has "$DIR/pub3" "Zpmgoal"
check "a third party unpublishes nothing (document)" has "$DIR/pub3" "Zpmdocument"
check "the new party is a draft" not has "$DIR/pub3" "Zpthird"
expect_same "$(sqlite3 "$DB" "SELECT count(*) FROM pub_goal")" "$N0" \
  "published goals after a party joined"
# The approved parties alone decide: their approvals publish a change.
acc goal set "$G" --note "Zpafterthird note" >/dev/null
both_approve goal "$G"
as public
api GET "/api/v1/goals/$G"
expect_body "Zpafterthird note"
# The new party's co-chair may approve (the party is of the dialogue), and
# its approval is not needed; approving the party publishes it.
cli_approve zz-cochair goal "$G" >/dev/null 2>&1
check "the third party's co-chair may approve" [ $? -eq 0 ]
both_approve party us-rs/zz
api GET "/api/v1/parties?dialogue_id=$D"
expect_body "Zpthird party"
# Now three parties are approved: a change needs all three.
acc goal set "$G" --note "Zpthreeparty note" >/dev/null
both_approve goal "$G"
api GET "/api/v1/goals/$G"
expect_no_body "Zpthreeparty note"
cli_approve zz-cochair goal "$G" >/dev/null
api GET "/api/v1/goals/$G"
expect_body "Zpthreeparty note"

# ---- 6. what an approval covers beyond the item's own fields ----------------
# A cited source and the released observations are part of the signed
# content (src/store/content.c): a change to them is a new version.  The
# three parties of part 5 approve.
all_approve() { both_approve "$1" "$2"; cli_approve zz-cochair "$1" "$2" >/dev/null; }
CEN=$(acc source show src/census-trade --json | jq -r .id)
OLDCEN=$(acc source show "$CEN" --json | jq -r .title)
acc source set "$CEN" --title "Zpcensus title" >/dev/null
as public
req GET "/api/v1/sources/$CEN"
check "an edited cited source is not public" not grep -q "Zpcensus" "$BODY"
obs_all
as secretariat
api GET "/api/v1/releases/$REL/approvals"
expect_same "$(jq '.published' "$BODY")" false \
  "a release citing an edited source is a draft again"
as rs-cochair
req GET "/approvals"; expect_status 200
expect_body "Zpcensus title"
expect_body "Cited source"
as secretariat
cli_approve us-cochair release "$REL" >/dev/null
pub_dump "$DIR/pub4"
check "one party's approval does not publish a source's edit" \
  not has "$DIR/pub4" "Zpcensus"
check "the approved title stays public meanwhile" has "$DIR/pub4" "$OLDCEN"
cli_approve rs-cochair release "$REL" >/dev/null
cli_approve zz-cochair release "$REL" >/dev/null
pub_dump "$DIR/pub5"
check "both approvals publish the source's edit" has "$DIR/pub5" "Zpcensus"
check "a verified chain after the source's publication" acc verify
# A value changed between the two approvals of a release: the first
# approval no longer counts, and the public keeps the released value.
OB=$(sqlite3 "$DB" "SELECT id FROM observation WHERE indicator_id=$IND AND period='2026-08'")
acc observation set "$OB" --value 9876.7 >/dev/null
as secretariat
api GET "/api/v1/releases/$R8/approvals"
expect_same "$(jq '.published' "$BODY")" false "a changed value makes a draft"
cli_approve us-cochair release "$R8" >/dev/null
acc observation set "$OB" --value 9876.9 >/dev/null
cli_approve rs-cochair release "$R8" >/dev/null
cli_approve zz-cochair release "$R8" >/dev/null
as public
obs_all
check "a re-approved earlier release keeps a later one's values" grep -q "9876.5" "$BODY"
check "an approval of other figures publishes nothing" not grep -q "9876.7" "$BODY"
check "no figure one party did not approve is public" not grep -q "9876.9" "$BODY"
cli_approve us-cochair release "$R8" >/dev/null
obs_all
check "both approvals of the same figures publish them" grep -q "9876.9" "$BODY"
# A deleted value and an import change the release's content too.
acc observation rm "$OB" >/dev/null
as secretariat
api GET "/api/v1/releases/$R8/approvals"
expect_same "$(jq '.published' "$BODY")" false "a deleted value makes a draft"
all_approve release "$R8"
api GET "/api/v1/releases/$R8/approvals"
expect_same "$(jq '.published' "$BODY")" true "re-approved after a delete"
printf 'indicator,period,value\nus-rs/ind/trade-total,2026-08,9871.25\n' >"$DIR/imp.csv"
acc import observations "$DIR/imp.csv" >/dev/null
api GET "/api/v1/releases/$R8/approvals"
expect_same "$(jq '.published' "$BODY")" false "an import makes a draft"
as public
obs_all
check "an imported value is not public before approval" not grep -q "9871.25" "$BODY"

# ---- 7. a source's own classification (migration 021) ----------------------
# A source is public unless marked; one marked internal is hidden from the
# public even where a published release cites it, once that version is
# approved, and its code and title are nowhere for the public; internal
# readers still see it, and a restricted one only readers cleared for it.
# Every other kind the public reads inherits its parent's (an observation
# its indicator's): the page says which.
as observer
req GET "/item/source/$CEN"; expect_status 200
expect_no_body 'id="classification"'
OB2=$(sqlite3 "$DB" "SELECT max(id) FROM observation WHERE indicator_id=$IND")
req GET "/item/observation/$OB2"; expect_status 200
expect_body 'id="classification"'
expect_body "(from indicator"
acc source set "$CEN" --classification internal >/dev/null
all_approve release "$REL"
pub_dump "$DIR/pub7"
check "an internal source is in no public reply" not has "$DIR/pub7" "Zpcensus"
as public
api GET "/api/v1/sources/$CEN"; expect_status 404
req GET "/item/source/$CEN"; expect_status 404
obs_all
expect_status 200
expect_same "$(jq -s "[.. | objects | select(.source_id? == $CEN or .source_id? == \"src/census-trade\")] | length" "$BODY")" \
  0 "the public's observations do not cite an internal source"
req GET "/item/indicator/$IND"; expect_status 200
expect_no_body "Zpcensus"
check "nor is it in the public's CSV export of sources" \
  not sh -c "'$ACCORD' --db '$DB' export sources --as-viewer public | grep -q Zpcensus"
check "an internal reader's export has it" \
  sh -c "'$ACCORD' --db '$DB' export sources --as-viewer internal | grep -q Zpcensus"
as observer
req GET "/item/source/$CEN"; expect_status 200
expect_body "Zpcensus"
acc source set "$CEN" --classification restricted >/dev/null
req GET "/item/source/$CEN"; expect_status 404
obs_all
expect_same "$(jq -s "[.. | objects | select(.source_id? == $CEN or .source_id? == \"src/census-trade\")] | length" "$BODY")" \
  0 "an internal reader's observations do not cite a restricted source"
check "nor in an internal reader's CSV export" \
  not sh -c "'$ACCORD' --db '$DB' export sources --as-viewer internal | grep -q Zpcensus"
as secretariat
req GET "/item/source/$CEN"; expect_status 200
out=$(acc source set "$CEN" --classification secret 2>&1); rc=$?
check "a classification not of the list is refused (exit 2): $out" test $rc -eq 2
case "$out" in *--classification:*) t_ok ;;
  *) t_fail "the error names the field: $out" ;; esac
acc source set "$CEN" --classification public >/dev/null
all_approve release "$REL"

# ---- 8. benefits and narratives in the public report ------------------------
# The benefits each goal serves and the secretariat's narratives are
# published kinds (025_reports.sql): the public report carries what every
# party approved, in every format, and nothing else.
pub_report() {   # pub_report OUT: the public report of 2026-Q3, every format
  _o=$1; : >"$_o"
  as public
  for _f in html csv; do
    req GET "/dialogue/$D/report/public.$_f?quarter=2026-Q3"; cat "$BODY" >>"$_o"
  done
  req GET "/dialogue/$D/report/public.pdf?quarter=2026-Q3"
  pdftotext "$BODY" - >>"$_o" 2>/dev/null
  acc report public --quarter 2026-Q3 >>"$_o" 2>&1
  acc report public --quarter 2026-Q3 --format csv >>"$_o" 2>&1
  acc report public --quarter 2026-Q3 --format pdf -o "$DIR/pr.pdf" >/dev/null 2>&1
  pdftotext "$DIR/pr.pdf" - >>"$_o" 2>/dev/null
  acc report public --quarter 2026-Q3 --format xlsx -o "$DIR/pr.xlsx" >/dev/null 2>&1
  unzip -p "$DIR/pr.xlsx" xl/sharedStrings.xml >>"$_o" 2>/dev/null
  # (pdftotext breaks lines: one line, single spaces)
  tr '\n' ' ' <"$_o" | tr -s ' ' >"$_o.flat"; cat "$_o.flat" >>"$_o"
}
BEN=$(acc benefit show us-rs/benefit/us-5 --json | jq -r .id)
OLDBEN=$(acc benefit show "$BEN" --json | jq -r .text)
pub_report "$DIR/rep0"
LAST="the public report (approved benefits)"; ST=-
check "the public report has the approved benefits" has "$DIR/rep0" "What each goal brings each party"
check "the public report has an approved benefit's text" has "$DIR/rep0" "Potential economic gains for American companies"
check "the public report has them in the PDF" has "$DIR/rep0.flat" "Potential economic gains for American"
acc benefit set "$BEN" --text "$OLDBEN Zpbenedit" >/dev/null
acc benefit add --dialogue_id us-rs --party_id us-rs/rs --code t/pub-ben2 \
  --text "Zpbenserved new benefit" >/dev/null
BEN2=$(acc benefit show t/pub-ben2 --json | jq -r .id)
acc goal-benefit add --goal_id "$G" --benefit_id "$BEN2" >/dev/null
GB2=$(sqlite3 "$DB" "SELECT id FROM goal_benefit WHERE benefit_id=$BEN2")
acc narrative add --dialogue_id us-rs --area_id us-rs/area/econ --period 2026-Q3 \
  --text "Zpnarrpub talks **resumed** in the quarter" --classification public >/dev/null
NAR=$(sqlite3 "$DB" "SELECT max(id) FROM narrative")
acc narrative add --dialogue_id us-rs --area_id us-rs/area/security-defense \
  --period 2026-Q3 --text "Zpnarrsecret exercise plans" \
  --classification restricted >/dev/null
NARS=$(sqlite3 "$DB" "SELECT max(id) FROM narrative")
acc narrative add --dialogue_id us-rs --area_id us-rs/area/regional \
  --period 2026-Q3 --text "Zpnarrinternal notes" --classification internal >/dev/null
NARI=$(sqlite3 "$DB" "SELECT max(id) FROM narrative")
pub_report "$DIR/rep1"
LAST="the public report (drafts)"; ST=-
for m in Zpbenedit Zpbenserved Zpnarrpub Zpnarrsecret Zpnarrinternal; do
  check "not approved, not in the public report: $m" not has "$DIR/rep1" "$m"
done
check "the approved benefit text stays meanwhile" has "$DIR/rep1" "Potential economic gains for American companies"
# One party's approval publishes nothing.
for kv in "benefit $BEN" "benefit $BEN2" "goal-benefit $GB2" "narrative $NAR"; do
  cli_approve us-cochair $kv >/dev/null 2>&1
done
pub_report "$DIR/rep2"
LAST="the public report (one party approved)"; ST=-
for m in Zpbenedit Zpbenserved Zpnarrpub; do
  check "one party's approval does not publish: $m" not has "$DIR/rep2" "$m"
done
for kv in "benefit $BEN" "benefit $BEN2" "goal-benefit $GB2" "narrative $NAR" \
    "narrative $NARS" "narrative $NARI"; do
  all_approve $kv
done
pub_report "$DIR/rep3"
LAST="the public report (approved)"; ST=-
for m in Zpbenedit Zpbenserved Zpnarrpub; do
  check "approved, in the public report (HTML, CSV, PDF, XLSX): $m" has "$DIR/rep3" "$m"
done
check "the approved narrative is in the public PDF" has "$DIR/rep3.flat" "Zpnarrpub talks resumed in the quarter"
check "the approved narrative is in the public XLSX" sh -c \
  "unzip -p '$DIR/pr.xlsx' xl/sharedStrings.xml | grep -q Zpnarrpub"
check "the approved benefit is in the public XLSX" sh -c \
  "unzip -p '$DIR/pr.xlsx' xl/sharedStrings.xml | grep -q Zpbenserved"
for m in Zpnarrsecret Zpnarrinternal; do
  check "approved but not public, never in the public report: $m" not has "$DIR/rep3" "$m"
done
as public
api GET "/api/v1/narratives/$NAR"; expect_status 200; expect_body "Zpnarrpub"
api GET "/api/v1/narratives/$NARS"; expect_status 404
api GET "/api/v1/benefits/$BEN2"; expect_status 200; expect_body "Zpbenserved"
# An edit is a draft again: the public report keeps the approved text.
acc narrative set "$NAR" --text "Zpnarrdraft rewritten" >/dev/null
pub_report "$DIR/rep4"
check "an edited narrative is a draft" not has "$DIR/rep4" "Zpnarrdraft"
check "the approved narrative stays public" has "$DIR/rep4" "Zpnarrpub"
# A deleted link leaves the public report.
acc goal-benefit rm "$GB2" >/dev/null
pub_report "$DIR/rep5"
check "a deleted link leaves the public report" not has "$DIR/rep5" "Zpbenserved"
check "the audit chain holds with published benefits and narratives" acc verify

# ---- a document's file, after the document's next publication -------------
# (the agreement was edited and approved again in step 4)
as public
req GET "/document/$DOC/file"; expect_status 200
expect_body 'Zpfileagreement'
NEWDOC=$(acc document show t/pub-doc --json | jq -r .id)
printf 'Zpfilenewdoc\n' >"$DIR/newdoc.txt"
acc document file "$NEWDOC" "$DIR/newdoc.txt" >/dev/null
req GET "/document/$NEWDOC/file"; expect_status 404
expect_no_body 'Zpfilenewdoc'

# ---- history and audit -------------------------------------------------------
check "the audit chain holds" acc verify
expect_same "$(sqlite3 "$DB" "SELECT count(*) FROM audit_log WHERE action='publish' AND entity='goal' AND item_id=$G")" \
  "$(sqlite3 "$DB" "SELECT count(*) FROM publication WHERE entity='goal' AND item_id=$G")" \
  "one publish entry per publication"
# A delete removes the public version too.
acc decision rm "$DEC" >/dev/null
as public
api GET "/api/v1/decisions/$DEC"; expect_status 404

srv_stop
done_testing
