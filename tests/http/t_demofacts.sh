# t_demofacts.sh: the README and the dashboard use the same words for the
# demo dialogue's state (issue 10, item 8): what the README says of it
# ("in negotiation (announced, not yet launched)") is what the public
# portfolio and dashboard show, and neither says it was launched or signed.
. "$(dirname "$0")/lib.sh"

http_setup
srv_start

README="$TOP/README.md"
# The README's sentence on the demo, on one line.
RD=$(tr '\n' ' ' <"$README" | sed 's/  */ /g')
check "README: the dialogue is in negotiation" \
  sh -c "printf '%s' \"\$1\" | grep -q 'US–Serbia strategic dialogue, in negotiation (announced, not yet launched)'" _ "$RD"
check "README: no launch date claimed" \
  not sh -c "printf '%s' \"\$1\" | grep -qi 'launched in'" _ "$RD"

ID=$(acc dialogue show us-rs --json | jq -r .id)
NOTE=$(acc dialogue show us-rs --json | jq -r .launch_note)
check "the launch note opens with the README's words" \
  sh -c "case \"\$1\" in 'Announced, not yet launched. '*) exit 0;; esac; exit 1" _ "$NOTE"

for role in public observer; do
  as $role
  # The portfolio: the state, and no launch year.
  req GET /dialogues; expect_status 200
  check "$role: portfolio row in negotiation, no year" \
    grep -q "US–Serbia strategic dialogue</a></td><td>negotiation</td><td></td>" "$BODY"
  # The dashboard: the state and the launch note, no "launched" date.
  req GET "/dialogue/$ID"; expect_status 200
  expect_body "<p class=\"sub\">negotiation · United States, Serbia</p>"
  expect_body "<p class=\"note\">Announced, not yet launched. In Belgrade on 2025-01-11"
  expect_no_body "launched 2025"
  expect_no_body "Launch of the strategic dialogue"
done

done_testing
