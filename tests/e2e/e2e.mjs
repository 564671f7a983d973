// e2e.mjs: Accord in a real browser (run by tests/e2e/run.sh).
//
// Two co-chairs log in (two browser contexts).  The US co-chair records
// an observation through the page form for the indicator of a goal ("at
// least 2 joint expert visits per year": 3 this year decide it), the
// goal's status on its page changes, both approve the goal and a joint
// statement, and a logged-out context then sees both.  Every demo role
// logs in and walks its home page.  Screenshots of the main pages go to
// $SHOTS.  Prints "e2e/browser: N passed, N failed".
import { chromium } from "playwright-core";

const env = process.env;
const BASE = env.BASE, GOAL = env.GOAL, DOC = env.DOC, IND = env.IND;
const REL = env.REL;
const YEAR = env.YEAR, SHOTS = env.SHOTS;
let pass = 0, fail = 0;
function check(ok, what) {
  if (ok) pass++;
  else { fail++; console.log(`FAIL: ${what}`); }
}
async function shot(page, name) {
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  // A tall page is also cut into screens, readable at full size.
  const h = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0, k = 1; h > 1800 && y < h; y += 1400, k++) {
    await page.screenshot({ path: `${SHOTS}/${name}-part${k}.png`, fullPage: true,
      clip: { x: 0, y, width: viewport.width, height: Math.min(1400, h - y) } });
  }
}
const consoleErrors = [];
function watch(page, who) {
  page.on("console", (m) => {
    // A page answered 404 on purpose logs "Failed to load resource";
    // sub-resources that fail are caught below.
    if (m.type() === "error" && !/^Failed to load resource/.test(m.text())) {
      consoleErrors.push(`${who}: ${m.text()}`);
    }
  });
  page.on("response", (r) => {
    if (r.request().resourceType() !== "document" && r.status() >= 400) {
      consoleErrors.push(`${who}: ${r.status()} for ${r.url()}`);
    }
  });
  page.on("pageerror", (e) => consoleErrors.push(`${who}: ${e.message}`));
}

const browser = await chromium.launch({
  executablePath: env.CHROMIUM || "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"],
});
const viewport = { width: 1280, height: 900 };
try {
  const us = await (await browser.newContext({ viewport })).newPage();
  const rs = await (await browser.newContext({ viewport })).newPage();
  const pub = await (await browser.newContext({ viewport })).newPage();
  watch(us, "us"); watch(rs, "rs"); watch(pub, "public");

  // ---- the public before anything is approved --------------------------
  let r = await pub.goto(`${BASE}/goal/${GOAL}`);
  check(r.status() === 404, `the public gets 404 for the unapproved goal (got ${r.status()})`);
  r = await pub.goto(`${BASE}/document/${DOC}`);
  check(r.status() === 404, `the public gets 404 for the unapproved statement (got ${r.status()})`);

  // ---- logging in ---------------------------------------------------------
  async function login(page, login, pw, shotName) {
    await page.goto(`${BASE}/login`);
    if (shotName) await shot(page, shotName);
    await page.fill('input[name="login"]', login);
    await page.fill('input[name="password"]', pw);
    await Promise.all([page.waitForNavigation(), page.click('form.login button[type="submit"]')]);
    const who = await page.locator("header .who").innerText();
    check(who.includes("co-chair") || who.includes("Co-chair"),
          `${login} is logged in (header says: ${who.replace(/\s+/g, " ")})`);
  }
  await login(us, "us-cochair", env.US_PW, "login");
  await login(rs, "rs-cochair", env.RS_PW);

  // A wrong password is refused with a message.
  const bad = await (await browser.newContext({ viewport })).newPage();
  await bad.goto(`${BASE}/login`);
  await bad.fill('input[name="login"]', "us-cochair");
  await bad.fill('input[name="password"]', "not-the-password");
  await Promise.all([bad.waitForNavigation(), bad.click('form.login button[type="submit"]')]);
  check((await bad.locator(".error").count()) > 0, "a wrong password shows an error");
  await shot(bad, "login-error");

  // ---- the portfolio and the dialogue dashboard ---------------------------
  // A logged-in person lands on the home page; the portfolio is /dialogues.
  r = await us.goto(`${BASE}/`);
  check(us.url() === `${BASE}/home`, `/ takes a logged-in person to /home (at ${us.url()})`);
  r = await us.goto(`${BASE}/dialogues`);
  check(r.status() === 200, "portfolio 200");
  check(await us.getByText("US–Serbia strategic dialogue").first().isVisible(),
        "the portfolio lists the US–Serbia dialogue");
  await shot(us, "portfolio");
  r = await us.goto(`${BASE}/dialogue/1`);
  check(r.status() === 200, "dashboard 200");
  check((await us.getByText("Holding at least 2 joint expert visits per year").count()) > 0,
        "the dashboard lists the new goal");
  await shot(us, "dashboard");

  // ---- the goal before the observation -----------------------------------
  r = await us.goto(`${BASE}/goal/${GOAL}`);
  check(r.status() === 200, "goal page 200");
  const before = (await us.locator("main").innerText()).toLowerCase();
  check(/no data|not started|0 of at least/.test(before),
        "before: no data, not started or none so far");
  await shot(us, "goal-before");

  // ---- recording the observation through the form ------------------------
  r = await us.goto(`${BASE}/new/observation?indicator_id=${IND}`);
  check(r.status() === 200, "observation form 200");
  const sel = us.locator('[name="indicator_id"]');
  if ((await sel.evaluate((e) => e.tagName)) === "SELECT") {
    await sel.selectOption(String(IND));
  } else {
    await sel.fill(String(IND));
  }
  await us.fill('[name="period"]', YEAR);
  await us.fill('[name="value"]', "3");
  if (await us.locator('[name="note"]').count()) {
    await us.fill('[name="note"]', "Three visits: Belgrade, Washington, Novi Sad");
  }
  await shot(us, "form-observation");
  await Promise.all([us.waitForNavigation(),
                     us.locator('main form button[type="submit"]').last().click()]);
  check(!us.url().includes("/new/observation"),
        `the form was accepted (now at ${us.url()})`);
  if (us.url().includes("/new/observation")) await shot(us, "form-observation-error");

  // ---- the goal after: achieved or on track, with the chart ---------------
  r = await us.goto(`${BASE}/goal/${GOAL}`);
  const after = (await us.locator("main").innerText()).toLowerCase();
  check(/achieved|on track/.test(after), "after: achieved or on track");
  check(!/no data/.test(after.split("\n").slice(0, 6).join(" ")),
        "after: the status is no longer 'no data'");
  check((await us.locator("svg").count()) > 0, "the goal page has a chart");
  await shot(us, "goal");

  // ---- both co-chairs approve the goal and the statement -----------------
  // An approval is a signature: the form asks the password again.
  async function approve(page, path, who) {
    await page.goto(`${BASE}${path}`);
    const btn = page.getByRole("button", { name: /approve/i });
    check((await btn.count()) === 1, `${who} sees one approve button on ${path}`);
    const pwField = page.locator('form[action*="approve"] input[name="password"]');
    check((await pwField.count()) === 1, `${who}'s approve form asks the password on ${path}`);
    if (await pwField.count()) {
      await pwField.first().fill(who === "us" ? env.US_PW : env.RS_PW);
    }
    if (await btn.count()) {
      await Promise.all([page.waitForNavigation(), btn.first().click()]);
      const t = await page.locator("main").innerText();
      check(/approved/i.test(t), `${who}'s approval shows on ${path}`);
    }
  }
  await approve(us, `/goal/${GOAL}`, "us");
  r = await pub.goto(`${BASE}/goal/${GOAL}`);
  check(r.status() === 404, "one party's approval does not publish the goal");
  await approve(rs, `/goal/${GOAL}`, "rs");
  // The public reads published data: the indicator, and the release of
  // the year's values, both approved (src/store/publish.c).
  for (const path of [`/item/indicator/${IND}`, `/item/release/${REL}`]) {
    await approve(us, path, "us");
    await approve(rs, path, "rs");
  }
  await approve(us, `/document/${DOC}`, "us");
  await approve(rs, `/document/${DOC}`, "rs");
  await rs.goto(`${BASE}/document/${DOC}`);
  check(/published/i.test(await rs.locator("main").innerText()),
        "the statement says it is published");
  await shot(rs, "document");

  // ---- the public sees them ----------------------------------------------
  r = await pub.goto(`${BASE}/goal/${GOAL}`);
  check(r.status() === 200, `the public sees the approved goal (got ${r.status()})`);
  const pt = (await pub.locator("main").innerText()).toLowerCase();
  check(pt.includes("holding at least 2 joint expert visits"), "the public goal page has the title");
  check(/achieved|on track/.test(pt), "the public sees its status");
  check(!(await pub.locator('form[action="/logout"]').count()), "the public is not logged in");
  await shot(pub, "public-goal");
  r = await pub.goto(`${BASE}/document/${DOC}`);
  check(r.status() === 200, "the public sees the approved statement");
  check((await pub.locator("main strong").filter({ hasText: "agree" }).count()) > 0,
        "the statement's Markdown is rendered");
  r = await pub.goto(`${BASE}/dialogue/1`);
  check((await pub.getByText("Holding at least 2 joint expert visits per year").count()) > 0,
        "the public dashboard lists the published goal");
  await shot(pub, "public-dashboard");
  r = await pub.goto(`${BASE}/`);
  await shot(pub, "public-portfolio");

  // ---- the other main pages ----------------------------------------------
  for (const [path, name] of [["/meeting/2", "meeting"], ["/new/goal", "form-goal"],
                              [`/edit/goal/${GOAL}`, "form-goal-edit"],
                              ["/search?q=trade", "search"], ["/dialogue/1/risks", "risks"],
                              ["/wg/1", "working-group"], ["/area/1", "area"],
                              ["/goal/1", "goal-trade"]]) {
    r = await us.goto(`${BASE}${path}`);
    check(r.status() === 200, `${path} 200 (got ${r.status()})`);
    await shot(us, name);
  }
  // Serbian, both scripts.
  r = await us.goto(`${BASE}/dialogue/1?lang=sr-Cyrl`);
  check(r.status() === 200, "dashboard in Cyrillic 200");
  await shot(us, "dashboard-sr-cyrl");
  await us.goto(`${BASE}/dialogue/1?lang=en`);

  // ---- each demo role's home page ----------------------------------------
  // Every demo account logs in, lands on /home and finds its sections: the
  // co-chairs what awaits their party's approval, the working-group member
  // (linked to a person by run.sh) their group, the observer no write
  // action.  One page in Cyrillic.
  const demo = JSON.parse(env.DEMO_PW || "{}");
  check(Object.keys(demo).length >= 8, `the demo's passwords reach the test (${Object.keys(demo).length})`);
  for (const [who, pw] of Object.entries(demo)) {
    const ctx = await browser.newContext({ viewport });
    const page = await ctx.newPage();
    watch(page, who);
    await page.goto(`${BASE}/login`);
    await page.fill('input[name="login"]', who);
    await page.fill('input[name="password"]', pw);
    await Promise.all([page.waitForNavigation(), page.click('form.login button[type="submit"]')]);
    check(page.url() === `${BASE}/home`, `${who} lands on /home after logging in (at ${page.url()})`);
    const main = await page.locator("main").innerText();
    check(main.includes("My work"), `${who}: the home page has its heading`);
    for (const id of ["groups", "actions", "data", "changes"]) {
      check((await page.locator(`section #${id}`).count()) === 1, `${who}: the home page has the section #${id}`);
    }
    const cochair = who.endsWith("-cochair");
    check((await page.locator("#awaiting").count()) === (cochair ? 1 : 0),
          `${who}: ${cochair ? "sees" : "does not see"} what awaits approval`);
    if (cochair) {
      check((await page.locator("section:has(#awaiting) li a").count()) > 0,
            `${who}: some item awaits the party's approval`);
    }
    if (who === "wg-member") {
      check(main.includes("People to People Ties"), "wg-member sees their working group");
      check(main.includes("Last contact:"), "wg-member sees the group's last contact");
    }
    if (who === "observer") {
      check((await page.locator('main a[href^="/new/"], main a[href^="/edit/"], main form[method="post"]').count()) === 0,
            "observer: no write action on the home page");
    }
    // Each role's work, and nothing it may not see: the lead's group is
    // the one it holds a grant for, with its restricted goal; the member's
    // its seat and its grant's group; a reader not cleared for restricted
    // items there sees none of them (titles, the restricted risk and the
    // restricted goal's note), whatever the section.
    const groups = await page.locator("section:has(#groups)").innerText();
    if (who === "wg-lead") {
      check(groups.includes("Security and Defense"), "wg-lead sees the group it leads");
      check(groups.includes("joint military exercises"), "wg-lead sees its group's restricted goal");
      check(!groups.includes("Economic, Trade"), "wg-lead: no other group is its own");
    }
    if (who === "wg-member") {
      check(groups.includes("Energy and Environment"), "wg-member sees the group of its grant");
      check(!groups.includes("Security and Defense"), "wg-member: not the lead's group");
    }
    if (/-cochair$|-secretariat$|^admin$|^observer$/.test(who)) {
      check(groups.includes("You are in no working group"), `${who}: holds no group's seat or grant`);
    }
    const cleared = /-cochair$|-secretariat$|^admin$/.test(who);
    for (const secret of ["Quokka restricted risk"]) {
      if (!cleared) check(!main.includes(secret), `${who}: the home page does not show "${secret}"`);
    }
    if (who !== "wg-lead" && !cleared) {
      // The Security and Defense group's restricted goals are its lead's.
      for (const secret of ["joint military exercises", "Wombat restricted note",
                            "military technology and weapons"]) {
        check(!main.includes(secret), `${who}: the home page does not show "${secret}"`);
      }
    }
    if (who === "us-cochair" || who === "rs-cochair") {
      const aw = await page.locator("section:has(#awaiting)").innerText();
      check(!/Poland|Greece|Egypt|India/.test(aw), `${who}: only its own dialogue's items await it`);
    }
    await shot(page, `home-${who}`);
    if (who === "wg-member") {
      r = await page.goto(`${BASE}/home?lang=sr-Cyrl`);
      check(r.status() === 200 && (await page.locator("main").innerText()).includes("Моје радне групе"),
            "the home page in Cyrillic");
      await shot(page, "home-sr-cyrl");
    }
    await ctx.close();
  }

  // ---- two people edit the same risk: no change is lost -----------------
  // Both open the form; the US co-chair saves first; the Serbian co-chair's
  // save is refused (409) with the US change shown and her text kept;
  // saving again goes through.
  await us.goto(`${BASE}/edit/risk/1`);
  await rs.goto(`${BASE}/edit/risk/1?lang=en`);
  await us.fill('[name="description"]', "US co-chair: misperception in both countries");
  await Promise.all([us.waitForNavigation(),
                     us.click('form.edit button[type="submit"]')]);
  check(us.url().includes("/risk/1"), `the first save goes on to the risk (at ${us.url()})`);
  await rs.fill('[name="description"]', "Serbian co-chair: misperception of the dialogue");
  await rs.fill('[name="mitigation"]', "Joint media briefings");
  const [saved] = await Promise.all([rs.waitForNavigation(),
                                     rs.click('form.edit button[type="submit"]')]);
  check(saved && saved.status() === 409, `the second save is refused with 409 (got ${saved && saved.status()})`);
  const conflict = rs.locator("#conflict");
  check((await conflict.count()) === 1, "the refused save shows what the other person changed");
  const ct = (await conflict.count()) ? await conflict.innerText() : "";
  check(ct.includes("US co-chair: misperception in both countries"),
        "the notice shows the first person's change");
  check(ct.includes("us-cochair"), "the notice names who changed it");
  check(await rs.inputValue('[name="description"]') === "Serbian co-chair: misperception of the dialogue",
        "the second person's text is still in the field");
  check(await rs.inputValue('[name="mitigation"]') === "Joint media briefings",
        "the second person's other field is still in the form");
  await shot(rs, "form-conflict");
  const [again] = await Promise.all([rs.waitForNavigation(),
                                     rs.click('form.edit button[type="submit"]')]);
  check(again && again.status() === 200 && rs.url().includes("/risk/1"),
        `saving again goes through (got ${again && again.status()} at ${rs.url()})`);
  check((await rs.locator("main").innerText()).includes("Serbian co-chair: misperception of the dialogue"),
        "the risk now holds the second person's text");

  // ---- the data-entry grid: many figures in one form, all or nothing ------
  r = await us.goto(`${BASE}/dialogue/1/entry`);
  check(r.status() === 200, `the data-entry grid 200 (got ${r.status()})`);
  const nGrid = await us.locator("table.grid tbody tr").count();
  check(nGrid >= 2, `the grid has a row per indicator (${nGrid} rows)`);
  const due = String(Number(YEAR) - 1);
  check(await us.inputValue(`#period-${IND}`) === due,
        "the grid proposes the period due (the last year ended)");
  await us.fill(`#value-${IND}`, "2.5");
  await shot(us, "grid");
  const [bad1] = await Promise.all([us.waitForNavigation(),
                                   us.click('form.entry button[type="submit"]')]);
  check(bad1 && bad1.status() === 400, `a count of 2.5 is refused (got ${bad1 && bad1.status()})`);
  check(await us.locator(`#value-${IND}[aria-invalid="true"]`).count() === 1,
        "the refused cell is marked");
  check((await us.locator('[role="alert"]').innerText()).includes("Row"),
        "the error names the row");
  await shot(us, "grid-error");
  await us.fill(`#value-${IND}`, "2");
  const [ok1] = await Promise.all([us.waitForNavigation(),
                                  us.click('form.entry button[type="submit"]')]);
  check(ok1 && ok1.status() === 200 && us.url().includes("saved=1"),
        `the corrected grid is saved (at ${us.url()})`);

  // ---- logging out ends the session --------------------------------------
  await us.goto(`${BASE}/`);
  await Promise.all([us.waitForNavigation(),
                     us.locator('form[action="/logout"] button').click()]);
  r = await us.goto(`${BASE}/new/goal`);
  check(us.url().includes("/login"), "after logging out, a form page asks to log in");

  check(consoleErrors.length === 0,
        `no errors in the browser console (${consoleErrors.slice(0, 3).join(" | ")})`);
} catch (e) {
  fail++;
  console.log(`FAIL: ${e.stack || e}`);
} finally {
  await browser.close();
}
console.log(`e2e/browser: ${pass} passed, ${fail} failed`);
process.exit(fail ? 1 : 0);
