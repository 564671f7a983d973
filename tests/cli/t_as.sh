. "$TOP/tests/cli/lib.sh"
# t_as.sh: `accord --as ACCOUNT` writes as that account: every item write
# of the command line (add, set, rm, import) is authorised by
# store_authorize() as on the web and the API (its grants, its scope, a
# party's own items, a cited source).  A refused write exits 7 (denied)
# with the reason naming the field, and changes nothing.  A login that is
# no account only names the actor of the audit log, as before; a disabled
# account is refused.

D="--db c.db"
run $D demo
expect_rc 0
sq() { sqlite3 c.db "$1"; }
I_TR=$(sq "SELECT id FROM indicator WHERE code='us-rs/ind/trade-total'")
O_TR=$(sq "SELECT min(id) FROM observation WHERE indicator_id=$I_TR")
run $D person add --code t-rs --name "RS official" --party_id us-rs/rs
expect_rc 0

# ---- refused: out of scope, another party's, a cited source --------------
S0=$(db_state c.db)
run $D --as wg-member observation add --indicator_id us-rs/ind/trade-total \
  --period 2020-01 --value 1
expect_rc 7
expect_err "indicator_id: wg-member may not write this observation"
run $D --as wg-member observation set "$O_TR" --value 1
expect_rc 7
expect_err "indicator_id:"
run $D --as wg-member observation rm "$O_TR"
expect_rc 7
run $D --as wg-member goal set us-rs/goal/trade-10pct --title "x"
expect_rc 7
expect_err "role: wg-member may not write a goal"
run $D --as us-secretariat person set t-rs --name "Renamed by the US"
expect_rc 7
expect_err "party_id: this person is party"
run $D --as us-secretariat benefit set \
  "$(sq "SELECT min(b.code) FROM benefit b JOIN party p ON p.id=b.party_id WHERE p.code='us-rs/rs'")" \
  --text "rewritten"
expect_rc 7
run $D --as wg-member source set src/census-trade --url http://x.test/
expect_rc 7
expect_err "only a secretariat"
printf 'indicator,period,value\nus-rs/ind/trade-total,2020-02,5\n' >imp.csv
run $D --as wg-member import observations imp.csv
[ "$RC" -ne 0 ] && t_ok || t_fail "a refused import exits non-zero"
expect_err "indicator"
run $D --as observer dialogue set us-rs --title "x"
expect_rc 7
expect_same "$(db_state c.db)" "$S0" "nothing changed by the refused writes"

# ---- allowed: within the account's grants ---------------------------------
run $D --as us-secretariat observation set "$O_TR" --note "checked"
expect_rc 0
run $D --as rs-secretariat person set t-rs --position adviser
expect_rc 0
run $D --as wg-lead observation add --indicator_id us-rs/ind/joint-exercises \
  --period 2025 --value 1
expect_rc 0
expect_same "$(sq "SELECT actor FROM audit_log ORDER BY id DESC LIMIT 1")" \
  wg-lead "the audit log names the --as account"

# ---- accounts, grants and tokens: an administrator's --------------------
S2=$(db_state c.db)
run $D --as us-secretariat user add intruder --name "Intruder" --role admin \
  --password-stdin </dev/null
expect_rc 7
expect_err "--as: us-secretariat is secretariat; user add needs an administrator"
run $D --as us-cochair user set wg-member --role admin
expect_rc 7
run $D --as wg-lead user rm wg-member
expect_rc 7
run $D --as wg-lead grant add wg-lead --role secretariat --dialogue us-rs
expect_rc 7
expect_err "grant needs an administrator"
run $D --as wg-member token add us-secretariat
expect_rc 7
expect_err "token add needs an administrator"
run $D --as wg-member token list
expect_rc 7
expect_same "$(db_state c.db)" "$S2" "nothing changed by the refused account commands"
run $D --as wg-member token add wg-member --label "my script"
expect_rc 0
run $D --as admin user list
expect_rc 0
expect_out "wg-member"

# ---- a login that is no account names the actor only; a disabled one ----
run $D --as someone-else observation set "$O_TR" --note "by the operator"
expect_rc 0
run $D user disable observer
expect_rc 0
S1=$(db_state c.db)
run $D --as observer observation set "$O_TR" --note "x"
expect_rc 7
expect_err "--as: account observer is disabled"
expect_same "$(db_state c.db)" "$S1" "nothing changed by a disabled account"
run $D verify
expect_rc 0

done_testing
