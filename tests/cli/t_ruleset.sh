. "$TOP/tests/cli/lib.sh"
# t_ruleset.sh: the checker of the official IATI Standard Ruleset
# (tests/iati/ruleset.py reading tests/iati/ruleset/standard.json, XPath
# evaluated by xmllint) on the small files of tests/iati/ruleset-cases/:
# each breaks named rules and the checker must report exactly those ids;
# pass.xml breaks none.  Also: the ruleset files are the official ones
# unchanged, the registry options, --now, a ruleset of one's own (read as
# data), an XPath the shell cannot take whole, a bad XPath, bad usage.
CHECK="$TOP/tests/iati/ruleset.py"
CASES="$TOP/tests/iati/ruleset-cases"
SET="$TOP/tests/iati/ruleset"

# chk ARGS...: run the checker; sets $OUT, $ERR, $RC and $IDS (the ids of
# the broken rules reported, sorted, one space apart).
chk() {
  python3 "$CHECK" "$@" >chk.out 2>chk.err; RC=$?
  OUT=$(cat chk.out); ERR=$(cat chk.err); LAST="ruleset.py $*"
  IDS=$(grep -v '^ruleset:' chk.out | cut -d' ' -f1 | sort -u | tr '\n' ' ' |
        sed 's/ $//')
}
# case_ids FILE RC IDS: the case file is reported breaking exactly IDS.
case_ids() {
  chk "$CASES/$1"
  expect_rc "$2"
  expect_same "$IDS" "$3" "$1: rule ids reported"
}

# ---- the official files, unchanged --------------------------------------
for f in standard.json SPEC.rst LICENSE; do
  want=$(grep " $f\$" "$SET/README" | awk '{print $1}')
  got=$(sha256sum "$SET/$f" | awk '{print $1}')
  expect_same "$got" "$want" "$f is the official file (sha256 in README)"
done

# ---- the cases ------------------------------------------------------------
chk "$CASES/pass.xml"
expect_rc 0
expect_same "$IDS" "" "pass.xml: no rule broken"
expect_out "ruleset: 94 rules checked, 0 errors, 0 warnings"
expect_out "not checked offline: needs the registry list ORG-ID-PREFIX (--org-id-prefixes): 1.14.8 1.18.8"
expect_out "idCondition NOT_EXISTING_ORG_ID taken as met offline"
# Each activity case file is also valid against the schema: it breaks
# meaning only (the organisation schema is not in data/iati/).
for f in "$CASES"/*.xml; do
  [ "$(basename "$f")" = organisation.xml ] && continue
  if xmllint --noout --schema "$TOP/data/iati/iati-activities-schema.xsd" \
     "$f" >/dev/null 2>xl.err; then t_ok; else
    t_fail "$(basename "$f") is not schema-valid: $(head -c 300 xl.err)"
  fi
done

case_ids no-sector.xml 1 "6.2.2"
expect_out "6.2.2 error at /iati-activities/iati-activity[1] (XM-DAC-1-case): Each activity must have a specified sector"
expect_out "ruleset: 94 rules checked, 1 errors, 0 warnings"
case_ids future-start.xml 1 "11.1.4"
expect_out "activity-date[@type='2']/@iso-date 2999-02-01 is after today"
case_ids period-order.xml 1 "8.6.1"
expect_out "8.6.1 error at /iati-activities/iati-activity[1]/result[1]/indicator[1]/period[1] (XM-DAC-1-case)"
case_ids id-is-org.xml 1 "1.1.21 1.1.3"
expect_out "(repeated: 'XM-DAC-1')"
expect_out "ruleset: 94 rules checked, 1 errors, 1 warnings"
case_ids no-currency.xml 1 "7.8.1"
expect_out "no @default-currency, and 1 without it: /iati-activities/iati-activity[1]/budget[1]/value[1]"
case_ids sector-sum.xml 1 "12.3.1 2.1.2 2.1.4"
expect_out "(sum is 90, not 100)"
expect_out "percentage='150' outside 0.0 to 100.0"
case_ids loop-sum.xml 1 "2.1.1 3.4.2"
expect_out "(sum is 80, not 100)"
case_ids spaces.xml 1 "1.1.21 1.14.13 1.3.1 11.1.1"
expect_out "1.3.1 warning at"
expect_out "iati-identifier='XM-DAC-1-case ' starts or ends with white space"
case_ids indicator.xml 1 "8.10.3 8.11.1 8.8.1 8.9.2"
expect_out "8.10.3 warning at /iati-activities/iati-activity[1]/result[1]/indicator[2]/period[1]/actual[1]"
case_ids budget.xml 1 "4.1.1 7.5.3 8.6.3"
expect_out "(546 days from 2024-01-01 to 2025-06-30)"
expect_out "8.6.3 error at /iati-activities/iati-activity[1]/budget[2]"
case_ids no-dates.xml 1 "3.7.1 6.11.1"
case_ids organisation.xml 1 "11.3.1 7.5.3 7.8.2"
expect_out "(2025-03-01 is not within 2024-01-01 to 2024-12-31)"
expect_out "7.5.3 error at /iati-organisations/iati-organisation[1]/total-budget[1] (XM-DAC-1)"

# Only warnings broken: exit 0.
sed 's/<iati-identifier>XM-DAC-1-case</<iati-identifier>XM-DAC-1-case </' \
  "$CASES/pass.xml" >warn.xml
chk warn.xml
expect_rc 0
expect_same "$IDS" "1.3.1" "warn.xml: a warning only"
expect_out "ruleset: 94 rules checked, 0 errors, 1 warnings"

# ---- --now: the date the future starts ----------------------------------
chk --now 3000-01-01 "$CASES/future-start.xml"
expect_rc 0
expect_same "$IDS" "" "future-start.xml seen from the year 3000"
chk --now 2024-01-15 "$CASES/pass.xml"
expect_rc 1
expect_same "$IDS" "11.1.1 11.1.4" "pass.xml seen from 2024-01-15"

# ---- the registry lists -------------------------------------------------
printf 'XM-DAC\nGB-COH\n' >prefixes.txt
printf 'XX-ZZ\n' >other.txt
chk --org-id-prefixes prefixes.txt "$CASES/pass.xml"
expect_rc 0
expect_no_out "not checked offline"
expect_out "ruleset: 96 rules checked, 0 errors, 0 warnings"
chk --org-id-prefixes other.txt "$CASES/pass.xml"
expect_rc 0
expect_same "$IDS" "1.14.8" "reporting-org/@ref without a registered prefix"
# An organisation identifier the registry knows: its regex rule is skipped.
printf 'XM-DAC-1/x\n' >orgs.txt
chk --org-ids orgs.txt "$CASES/spaces.xml"
expect_same "$IDS" "1.1.21 1.3.1 11.1.1" "1.14.13 skipped for a registry id"
expect_no_out "taken as met offline"
chk "$CASES/spaces.xml"
expect_out "NOT_EXISTING_ORG_ID taken as met offline: no registry list of organisation identifiers (--org-ids): 1.14.13"

# ---- a ruleset of one's own: read as data -------------------------------
cat >own.json <<'EOF'
{"/iati-activities/iati-activity": {
  "regex_matches": {"cases": [{"paths": ["sector[@vocabulary='1' or @vocabulary='' or not(@vocabulary) or @vocabulary='2' or @vocabulary='3' or @vocabulary='4' or @vocabulary='5' or @vocabulary='6' or @vocabulary='7' or @vocabulary='8']/@code"], "regex": "^1511", "ruleInfo": {"id": "T.1", "severity": "error", "message": "long path"}}]},
  "only_one_of": {"cases": [{"excluded": ["transaction"], "paths": ["recipient-country", "recipient-region"], "ruleInfo": {"id": "T.2", "severity": "warning", "message": "one place"}}]},
  "dependent": {"cases": [{"paths": ["budget", "planned-disbursement"], "ruleInfo": {"id": "T.3", "severity": "warning", "message": "both"}}]},
  "regex_no_matches": {"cases": [{"paths": ["title/narrative"], "regex": "case", "ruleInfo": {"id": "T.4", "severity": "warning", "message": "no case"}}]},
  "sum": {"cases": [{"paths": ["transaction/value"], "sum": 5, "ruleInfo": {"id": "T.5", "severity": "error", "message": "no transactions: no sum"}}]}
 },
 "/iati-activities/iati-activity/budget": {
  "between_dates": {"cases": [{"date": "value/@value-date", "start": "../activity-date[@type='2']/@iso-date", "end": "period-end/@iso-date", "ruleInfo": {"id": "T.6", "severity": "error", "message": "value date in range"}}]}
 }
}
EOF
chk --ruleset own.json "$CASES/sector-sum.xml"
expect_rc 1
expect_same "$IDS" "T.1 T.3 T.4 T.6" "a ruleset of one's own"
expect_out "T.1 error at /iati-activities/iati-activity[1] (XM-DAC-1-case): long path (code='110' does not match ^1511)"
expect_out "ruleset: 6 rules checked, 2 errors, 2 warnings"
expect_out "(2024-01-01 is not within 2024-02-01 to 2024-12-31)"
# A bad XPath: the rule is named, exit 2.
cat >bad.json <<'EOF'
{"/iati-activities/iati-activity": {"atleast_one": {"cases": [{"paths": ["sector[@code="], "ruleInfo": {"id": "T.9", "severity": "error", "message": "bad"}}]}}}
EOF
chk --ruleset bad.json "$CASES/pass.xml"
expect_rc 2
expect_out "ruleset: cannot check T.9: cannot evaluate count(sector[@code=)"

# ---- bad usage and bad files --------------------------------------------
chk
expect_rc 2
expect_err "usage: ruleset.py"
chk --now tomorrow "$CASES/pass.xml"
expect_rc 2
expect_err "--now: not a date: tomorrow"
printf '<iati-activities><iati-activity>' >broken.xml
chk broken.xml
expect_rc 2
expect_err "broken.xml"
printf '<a:iati-activities xmlns:a="urn:x"/>' >ns.xml
chk ns.xml
expect_rc 2
expect_err "the root element is {urn:x}iati-activities, not iati-activities"
chk --frobnicate "$CASES/pass.xml"
expect_rc 2
expect_err "unknown option --frobnicate"

done_testing
