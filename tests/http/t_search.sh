# t_search.sh: the search covers every kind a reader may see, with the
# rules of the item pages (src/store/search.c, 025_reports.sql):
#   1. an item of each newly indexed kind is found by its words, by a
#      reader who may read it, with a link to its page;
#   2. a restricted item (its own classification, or its dialogue's,
#      meeting's or indicator's) is never a hit, nor its words in any
#      other hit, for a reader without clearance; a cleared reader finds it;
#   3. the public finds only published versions: nothing unapproved, not
#      people, contact logs or participants, not risks of a dialogue that
#      keeps them unpublished; both co-chairs' approval makes a hit, an
#      edit stays a draft for the public until approved;
#   4. an edit and a delete keep the index in step;
#   5. an item is found by its Serbian text alone (040_search_serbian.sql),
#      typed in Latin or Cyrillic whichever script it was entered in, by
#      staff and, once published, by the public; a restricted item's
#      Serbian text never reaches a reader without clearance; a database
#      upgraded from before 040 finds it at once.
. "$(dirname "$0")/lib.sh"

http_setup
MTG=$(acc meeting show us-rs/mtg/2025-01-launch --json | jq -r .id)
mk() { "$ACCORD" --db "$DB" "$@" >/dev/null 2>"$DIR/acc.err" || \
  { LAST="accord $*"; ST=-; t_fail "accord $1 $2: $(head -c 300 "$DIR/acc.err")"; }; }
id_of() { "$ACCORD" --db "$DB" "$1" show "$2" --json | jq -r .id; }

# ---- the items ----------------------------------------------------------------
# Readable by an observer (internal clearance), in the demo's dialogue.
mk source add --code t/zs-src --title "Zssource yearbook" --publisher "Zssrcpub office"
mk party add --dialogue_id us-rs --code us-rs/zs --name "Zsparty republic"
mk person add --code t/zs-person --name "Zsperson Petrović" --party_id us-rs/us \
  --position "Zsposition envoy" --email zsmail@example.org
mk area add --dialogue_id us-rs --code t/zs-area --area_set proposal \
  --name "Zsarea cooperation" --description "Zsareadesc scope"
mk wg add --dialogue_id us-rs --code t/zs-wg --name "Zswg group" --mandate "Zswgmandate tasks"
mk contact add --wg_id t/zs-wg --held_on 2026-05-05 --kind call \
  --summary "Zscontact agreed" --classification internal
mk benefit add --dialogue_id us-rs --party_id us-rs/us --code t/zs-ben --text "Zsbenefit gains"
mk indicator add --dialogue_id us-rs --code t/zs-ind --name "Zsindicator exports" \
  --unit n --frequency year --classification public --description "Zsinddesc coverage"
mk observation add --indicator_id t/zs-ind --period 2025 --value 3 --note "Zsobsnote revised"
mk step add --dialogue_id us-rs --code t/zs-step --position 98 --title "Zsstep launch" \
  --planned_label "Zsplanned spring"
mk participant add --meeting_id "$MTG" --person_id t/zs-person --role "Zsrole delegate"
mk decision add --meeting_id "$MTG" --text "Zsdecision adopted" --action "Zsaction follow"
mk risk add --dialogue_id us-rs --code t/zs-risk --description "Zsrisk delay" \
  --mitigation "Zsmitigation plan" --classification public
mk release add --dialogue_id us-rs --code t/zs-rel --title "Zsrelease figures" \
  --up_to 2025 --classification public
mk event add --indicator_id t/zs-ind --occurred_on 2026-03-03 --title "Zsevent drill" \
  --note "Zsevnote joint"
mk narrative add --dialogue_id us-rs --area_id us-rs/area/econ --period 2026-Q1 \
  --text "Zsnarrative progress" --classification public
# (the dialogue itself: a note on its focus)
mk dialogue set us-rs --focus "Zsdialfocus trade and security"
KINDS="source:Zssource:t/zs-src party:Zsparty:us-rs/zs person:Zsperson:t/zs-person
area:Zsarea:t/zs-area wg:Zswg:t/zs-wg contact:Zscontact:- benefit:Zsbenefit:t/zs-ben
indicator:Zsindicator:t/zs-ind observation:Zsobsnote:- step:Zsstep:t/zs-step
participant:Zsrole:- decision:Zsdecision:- risk:Zsrisk:t/zs-risk
release:Zsrelease:t/zs-rel event:Zsevent:- narrative:Zsnarrative:-
dialogue:Zsdialfocus:us-rs"
# Body words: found too, in the snippet.
BODYWORDS="Zssrcpub Zsareadesc Zswgmandate Zsinddesc Zsplanned Zsaction Zsmitigation Zsevnote Zsposition"

# Restricted: by their own classification, or their parent's.
mk dialogue add --code t/zsr --title "Zsrdialogue secret" --state proposed \
  --classification restricted
mk party add --dialogue_id t/zsr --code t/zsr/p --name "Zsrparty hidden"
mk person add --code t/zsr-person --name "Zsrperson hidden" --party_id t/zsr/p
mk area add --dialogue_id t/zsr --code t/zsr-area --area_set proposal --name "Zsrarea hidden"
mk wg add --dialogue_id t/zsr --code t/zsr-wg --name "Zsrwg hidden"
mk contact add --wg_id t/zs-wg --held_on 2026-05-06 --kind note \
  --summary "Zsrcontact secret" --classification restricted
mk benefit add --dialogue_id t/zsr --party_id t/zsr/p --code t/zsr-ben --text "Zsrbenefit hidden"
mk indicator add --dialogue_id us-rs --code t/zsr-ind --name "Zsrindicator secret" \
  --unit n --frequency year --classification restricted
mk observation add --indicator_id t/zsr-ind --period 2025 --value 4 --note "Zsrobsnote secret"
mk event add --indicator_id t/zsr-ind --occurred_on 2026-03-04 --title "Zsrevent secret"
mk step add --dialogue_id t/zsr --code t/zsr-step --position 1 --title "Zsrstep hidden"
mk meeting add --dialogue_id us-rs --code t/zsr-mtg --kind other --title "Zsrmeeting secret" \
  --held_on 2026-04-04 --state held --classification restricted
mk participant add --meeting_id t/zsr-mtg --person_id t/zs-person --role "Zsrrole secret"
mk decision add --meeting_id t/zsr-mtg --text "Zsrdecision secret"
mk risk add --dialogue_id us-rs --code t/zsr-risk --description "Zsrrisk secret" \
  --classification restricted
mk release add --dialogue_id us-rs --code t/zsr-rel --title "Zsrrelease secret" \
  --up_to 2025 --classification restricted
mk narrative add --dialogue_id us-rs --area_id us-rs/area/security-defense \
  --period 2026-Q1 --text "Zsrnarrative secret" --classification restricted
RESTRICTED="Zsrdialogue Zsrparty Zsrperson Zsrarea Zsrwg Zsrcontact Zsrbenefit
Zsrindicator Zsrobsnote Zsrevent Zsrstep Zsrmeeting Zsrrole Zsrdecision Zsrrisk
Zsrrelease Zsrnarrative"
srv_start

# search WORD: GET /search?q=WORD as $CUR_ROLE; the body without the
# query's own echo (the title and the search box).
search() {
  req GET "/search?q=$1"
  grep -v -e '<title>' -e 'name="q"' "$BODY" >"$DIR/hits"
}
hit() { grep -q -- "$1" "$DIR/hits"; }

# ---- 1. every kind is found by a reader who may read it ------------------------
as observer
for kw in $KINDS; do
  k=${kw%%:*}; rest=${kw#*:}; w=${rest%%:*}
  search "$w"
  LAST="observer search $w"
  check "kind $k: found by its words ($w)" hit "$w"
  check "its hit links to a page ($k)" grep -q 'class="hits"' "$DIR/hits"
done
for w in $BODYWORDS; do
  search "$w"
  check "found by the words of its text: $w" hit "<mark>$w</mark>"
done
search Zsindicator
check "an indicator's hit links to its page" \
  grep -q "href=\"/item/indicator/$(id_of indicator t/zs-ind)\"" "$DIR/hits"
search "zsriskdelay zzz"
check "every word must occur" not hit "Zsrisk"
# No e-mail address and no login is indexed.
search zsmail
check "a person's e-mail address is not searchable" not hit "zsmail"
search tester
check "a login (entered_by) is not searchable" not hit "Zsobsnote"

# ---- 2. a restricted word never reaches a reader without clearance ------------
for r in observer wg_member wg_lead; do
  as $r
  for w in $RESTRICTED; do
    search "$w"
    LAST="$r search $w"
    check "$r: a restricted item is no hit: $w" not hit "$w"
    check "$r: nothing is found for $w" not grep -q 'class="hits"' "$DIR/hits"
  done
done
# A word the restricted item shares with a readable one finds the readable
# one only, and no snippet shows the restricted text.
as observer
search secret
check "a shared word shows no restricted snippet" not grep -q "Zsr" "$DIR/hits"
as secretariat
for w in $RESTRICTED; do
  search "$w"
  LAST="secretariat search $w"
  check "a cleared reader finds $w" hit "$w"
done

# ---- 3. the public searches published versions only -------------------------------
as public
for kw in $KINDS; do
  k=${kw%%:*}; rest=${kw#*:}; w=${rest%%:*}
  search "$w"
  LAST="public search $w"
  check "unapproved, no public hit: $k ($w)" not hit "$w"
done
for w in $RESTRICTED; do
  search "$w"
  check "the public never finds $w" not hit "$w"
done
# Both co-chairs approve the public items of each publishable kind (and the
# restricted ones, which stay hidden).
both() { for _who in us-cochair rs-cochair; do
  cli_approve $_who "$1" "$2" >/dev/null 2>&1 || \
    { LAST="approve $1 $2 as $_who"; ST=-; t_fail "approve $1 $2"; }; done; }
ZN=$(sqlite3 "$DB" "SELECT id FROM narrative WHERE text LIKE 'Zsnarrative%'")
ZD=$(sqlite3 "$DB" "SELECT id FROM decision WHERE text LIKE 'Zsdecision%'")
ZE=$(sqlite3 "$DB" "SELECT id FROM event WHERE title LIKE 'Zsevent%'")
RN=$(sqlite3 "$DB" "SELECT id FROM narrative WHERE text LIKE 'Zsrnarrative%'")
RR=$(id_of risk t/zsr-risk)
for kv in "area $(id_of area t/zs-area)" "wg $(id_of wg t/zs-wg)" \
    "benefit $(id_of benefit t/zs-ben)" "indicator $(id_of indicator t/zs-ind)" \
    "step $(id_of step t/zs-step)" "decision $ZD" "risk $(id_of risk t/zs-risk)" \
    "release $(id_of release t/zs-rel)" "event $ZE" "narrative $ZN" \
    "narrative $RN" "risk $RR" "indicator $(id_of indicator t/zsr-ind)"; do
  both $kv
done
as public
for w in Zsarea Zswg Zsbenefit Zsindicator Zsstep Zsdecision Zsrelease Zsevent \
    Zsnarrative Zsareadesc Zswgmandate Zsinddesc Zsaction Zsevnote; do
  search "$w"
  LAST="public search $w"
  check "approved, a public hit: $w" hit "$w"
done
# The release published the indicator's observations: their notes too.
search Zsobsnote
check "a released observation's note is a public hit" hit "Zsobsnote"
# Never public: people, contact logs, participants; risks while the
# dialogue keeps them unpublished; anything restricted, approved or not.
for w in Zsperson Zsposition Zscontact Zsrole Zsrisk Zsmitigation $RESTRICTED; do
  search "$w"
  LAST="public search $w"
  check "never a public hit: $w" not hit "$w"
done
# The public's API item of a hit answers (the same rule as the search).
api GET "/api/v1/narratives/$ZN"; expect_status 200
api GET "/api/v1/narratives/$RN"; expect_status 404
# An edit is a draft: the public finds the approved words only.
"$ACCORD" --db "$DB" narrative set "$ZN" --text "Zsnardraft rewritten" >/dev/null
search Zsnardraft
check "an unapproved edit is no public hit" not hit "Zsnardraft"
search Zsnarrative
check "the approved words stay public" hit "Zsnarrative"
as observer
search Zsnardraft
check "a reader sees the draft's words" hit "Zsnardraft"
search Zsnarrative
check "the old words left the reader's index" not hit "Zsnarrative"

# ---- 4. the index follows edits and deletes ---------------------------------------
as observer
"$ACCORD" --db "$DB" decision set "$ZD" --text "Zsdecnew changed" >/dev/null
search Zsdecnew; check "an edited decision is found by its new words" hit "Zsdecnew"
search Zsdecision; check "and not by its old ones" not hit "Zsdecision"
"$ACCORD" --db "$DB" benefit rm t/zs-ben >/dev/null
search Zsbenefit; check "a deleted benefit is no hit" not hit "Zsbenefit"
as public
search Zsbenefit; check "a deleted benefit leaves the public index" not hit "Zsbenefit"

# ---- 5. the Serbian text -------------------------------------------------------
# Each word below is in a Serbian field only; the Cyrillic ones are in
# lower case (the case of Cyrillic letters is not folded the same way by
# every PostgreSQL locale).
uri() { jq -rn --arg x "$1" '$x|@uri'; }
mk project add --dialogue_id us-rs --wg_id us-rs/wg/people --code t/zsb-prj \
  --title "Zsbproject exchange" --description_sr "Zsbopis razmene" \
  --note_sr "зсбнапомена пројекта" --classification public
mk activity add --project_id t/zsb-prj --title "Zsbactivity call" \
  --title_sr "Zsbaktivnost poziv" --note_sr "Zsbaktnapomena" --state planned
mk funding add --project_id t/zsb-prj --party_id us-rs/rs --amount 10.00 \
  --currency EUR --note_sr "Zsbfinansiranje grant"
mk observation add --indicator_id t/zs-ind --period 2023 --value 1 \
  --note_sr "Zsbobsnapomena revidirano"
mk meeting add --dialogue_id us-rs --code t/zsb-mtg --kind other \
  --title "Zsbmeeting talks" --held_on 2026-04-05 --state held \
  --level_sr "Zsbnivo ministara" --classification public
mk goal set us-rs/goal/fulbright --note_sr "Zsbciljnapomena"
mk indicator set t/zs-ind --statistics_of_sr "Zsbstatistika zavoda"
mk participant add --meeting_id t/zsb-mtg --person_id t/zs-person --role "Zsbrole" \
  --role_sr "Zsbuloga delegata"
PRB=$(id_of project t/zsb-prj)
ACB=$(sqlite3 "$DB" "SELECT id FROM activity WHERE title LIKE 'Zsbactivity%'")
MTB=$(id_of meeting t/zsb-mtg)
# Restricted: a project, and an observation of a restricted indicator.
mk project add --dialogue_id us-rs --wg_id us-rs/wg/people --code t/zsbr-prj \
  --title "Zsbrproject" --description_sr "Zsbrtajni opis" \
  --classification restricted
mk activity add --project_id t/zsbr-prj --title "Zsbractivity" \
  --title_sr "Zsbrtajna aktivnost" --state planned
mk observation add --indicator_id t/zsr-ind --period 2023 --value 5 \
  --note_sr "Zsbrtajna napomena"

as observer
for w in Zsbopis Zsbaktivnost Zsbaktnapomena Zsbfinansiranje Zsbobsnapomena \
    Zsbnivo Zsbciljnapomena Zsbstatistika Zsbuloga; do
  search "$w"
  LAST="observer search $w"
  check "found by its Serbian text: $w" hit "<mark>$w</mark>"
done
search Zsbopis
check "a project's Serbian description links to the project" \
  grep -q "href=\"/item/project/$PRB\"" "$DIR/hits"
search Zsbaktivnost
check "an activity's Serbian title links to the activity" \
  grep -q "href=\"/item/activity/$ACB\"" "$DIR/hits"
search Zsbniv
check "the last word may be the start of a Serbian word" hit "Zsbnivo"
# Either script: Latin text by a Cyrillic query, Cyrillic text by a Latin
# one, and a query of both scripts.
search "$(uri "зсбопис")"
check "Latin Serbian text found by a Cyrillic query" hit "Zsbopis"
search "$(uri "зсбниво министара")"
check "two Cyrillic words, Latin text" hit "Zsbnivo"
search zsbnapomena
check "Cyrillic Serbian text found by a Latin query" hit "зсбнапомена"
search "$(uri "zsbnapomena пројекта")"
check "a query in both scripts, Cyrillic text" hit "зсбнапомена"
search "$(uri "зсбнапомена")"
check "Cyrillic text by a Cyrillic query" hit "зсбнапомена"
search zsbnapom
check "the start of a word, in the other script" hit "зсбнапомена"
search "$(uri "зсбопис zzzz")"
check "every word must occur, in either script" not hit "Zsbopis"

# Restricted: no hit, no snippet, in either script, for a reader without
# clearance; a cleared reader finds them.
for r in observer wg_member; do
  as $r
  for w in Zsbrtajni Zsbrtajna "$(uri "зсбртајни")"; do
    search "$w"
    LAST="$r search $w"
    check "$r: a restricted item's Serbian text is no hit" not grep -q "Zsbr" "$DIR/hits"
    check "$r: nothing is found for a restricted Serbian word" \
      not grep -q 'class="hits"' "$DIR/hits"
  done
done
as secretariat
search Zsbrtajni; check "a cleared reader finds a restricted project by its Serbian text" hit "Zsbrtajni"
search Zsbrtajna; check "and a restricted activity and observation" hit "Zsbrtajna"

# The public: nothing before both parties approve; then the published
# Serbian text, in either script.
as public
for w in Zsbopis Zsbaktivnost Zsbnivo Zsbciljnapomena Zsbuloga Zsbrtajni; do
  search "$w"
  LAST="public search $w"
  check "unapproved Serbian text, no public hit: $w" not hit "$w"
done
both project "$PRB"
both activity "$ACB"
both meeting "$MTB"
both project "$(id_of project t/zsbr-prj)"
as public
for w in Zsbopis Zsbaktivnost Zsbaktnapomena Zsbnivo; do
  search "$w"
  LAST="public search $w"
  check "approved, a public hit by its Serbian text: $w" hit "<mark>$w</mark>"
done
search "$(uri "зсбактивност")"
check "the public finds Latin Serbian text by a Cyrillic query" hit "Zsbaktivnost"
search zsbnapomena
check "the public finds Cyrillic Serbian text by a Latin query" hit "зсбнапомена"
for w in Zsbciljnapomena Zsbuloga Zsbrtajni Zsbrtajna; do
  search "$w"
  LAST="public search $w"
  check "never a public hit (a draft, a participant, restricted): $w" not hit "$w"
done

# An edit of a Serbian field keeps both indexes in step (the triggers'
# UPDATE OF lists name the Serbian columns).
"$ACCORD" --db "$DB" project set t/zsb-prj --description_sr "Zsbnoviopis" >/dev/null
"$ACCORD" --db "$DB" activity set "$ACB" --title_sr "Zsbnovaaktivnost" >/dev/null
as observer
search Zsbnoviopis; check "an edited Serbian description is found" hit "Zsbnoviopis"
search Zsbopis; check "its old words are not" not hit "Zsbopis"
search Zsbnovaaktivnost; check "an edited Serbian title is found" hit "Zsbnovaaktivnost"
as public
search Zsbnoviopis; check "an unapproved Serbian edit is no public hit" not hit "Zsbnoviopis"
search Zsbopis; check "the approved Serbian words stay public" hit "Zsbopis"

check "the audit chain holds" "$ACCORD" --db "$DB" verify
srv_stop

# A database of an accord before 040: its indexes without the Serbian text
# (emptied here) and its version set back.  The next open migrates and
# fills both indexes again: the Serbian text is found at once.
if is_pg; then IDX="search_doc"; PIDX="search_pub_doc"
else IDX="search_fts"; PIDX="search_pub_fts"; fi
sqlite3 "$DB" "DELETE FROM $IDX; DELETE FROM $PIDX; $(sql_schema_version 39);"
srv_start
as observer
search Zsbnoviopis; check "an upgraded database finds a Serbian description" hit "Zsbnoviopis"
search "$(uri "зсбобснапомена")"
check "and an observation's Serbian note, in the other script" hit "Zsbobsnapomena"
search Zsdecnew; check "and the English text as before" hit "Zsdecnew"
as public
search Zsbaktivnost; check "the public's index is filled again too" hit "Zsbaktivnost"
srv_stop
check "the upgraded database verifies" "$ACCORD" --db "$DB" verify

done_testing
