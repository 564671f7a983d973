// narrow.mjs: Accord on a 390 px wide phone screen (run by tests/e2e/run.sh
// after e2e.mjs, on the same server).
//
// A co-chair (the longest header: language links, accounts, name, "Log
// out") reads the dashboard, a goal and the roadmap in Serbian and in
// English.  On each page: the document is no wider than the screen, and
// no element sticks out of it except inside a declared scroll container
// (.scroll: wide tables, the roadmap); the header's links and button are
// on the screen and readable on its background; the roadmap is drawn at
// a readable size (not shrunk to a thumbnail) in its own scroll box; the
// skip link is the first stop of the keyboard and shows when focused;
// every status label has a contrast of at least 4.5:1 with what is behind
// it (WCAG 2 relative luminance).  Screenshots go to $SHOTS/narrow-*.png.
// Prints "e2e/narrow: N passed, N failed".
import { chromium } from "playwright-core";

const env = process.env;
const BASE = env.BASE, SHOTS = env.SHOTS, GOAL = env.GOAL || "1";
let pass = 0, fail = 0;
function check(ok, what) {
  if (ok) pass++;
  else { fail++; console.log(`FAIL: ${what}`); }
}
const W = 390, H = 844;

// Runs in the page: what sticks out of the screen, the header's
// contrast, the status labels' contrast, the roadmap's size.
function inspect() {
  const vw = window.innerWidth;
  function rgba(s) {
    const m = s.match(/rgba?\(([^)]+)\)/);
    if (!m) return [0, 0, 0, 0];
    const a = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
    return [a[0], a[1], a[2], a.length > 3 ? a[3] : 1];
  }
  function lum([r, g, b]) {
    const c = [r, g, b].map((v) => {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }
  // The colour behind el: the first opaque background up the tree,
  // blending translucent ones on the way.
  function behind(el) {
    const layers = [];
    for (let e = el; e; e = e.parentElement) {
      const c = rgba(getComputedStyle(e).backgroundColor);
      if (c[3] > 0) { layers.push(c); if (c[3] >= 1) break; }
    }
    let out = [255, 255, 255];
    for (let i = layers.length - 1; i >= 0; i--) {
      const [r, g, b, a] = layers[i];
      out = [r * a + out[0] * (1 - a), g * a + out[1] * (1 - a), b * a + out[2] * (1 - a)];
    }
    return out;
  }
  function contrast(el) {
    const fg = rgba(getComputedStyle(el).color), bg = behind(el);
    const a = fg[3];
    const f = [fg[0] * a + bg[0] * (1 - a), fg[1] * a + bg[1] * (1 - a), fg[2] * a + bg[2] * (1 - a)];
    const l1 = lum(f), l2 = lum(bg);
    return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
  }
  const out = [];
  for (const el of document.body.querySelectorAll("*")) {
    if (el.closest(".scroll") && !el.classList.contains("scroll")) continue;
    if (el.closest("svg") && el.tagName.toLowerCase() !== "svg") continue;
    if (el.classList.contains("skip")) continue;
    const s = getComputedStyle(el);
    if (s.display === "none" || s.visibility === "hidden") continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (r.left < -0.5 || r.right > vw + 0.5) {
      out.push(`${el.tagName.toLowerCase()}${el.className && typeof el.className === "string" ? "." + el.className.split(" ").join(".") : ""}` +
               ` [${Math.round(r.left)}..${Math.round(r.right)}] "${(el.textContent || "").trim().slice(0, 40)}"`);
    }
  }
  const header = [...document.querySelectorAll("header.top a, header.top button, header.top .user")]
    .map((el) => {
      const r = el.getBoundingClientRect();
      return { text: el.textContent.trim(), left: r.left, right: r.right,
               contrast: contrast(el) };
    });
  const status = [...document.querySelectorAll("main .st")].map((el) => ({
    cls: el.className, text: el.textContent.trim(), contrast: contrast(el) }));
  // Every status, also those the page does not show now: a label of each
  // on the page's background and in a table cell.
  const main = document.querySelector("main"), td = document.querySelector("main td");
  for (const name of ["overdue", "off_track", "at_risk", "on_track", "achieved",
                      "not_started", "no_data", "disputed"]) {
    for (const where of [main, td]) {
      if (!where) continue;
      const el = document.createElement("span");
      el.className = `st st-${name}`;
      el.textContent = name;
      where.appendChild(el);
      status.push({ cls: `st st-${name} (${where.tagName.toLowerCase()})`, text: name,
                    contrast: contrast(el) });
      el.remove();
    }
  }
  const tl = document.querySelector("svg.timeline");
  let roadmap = null;
  if (tl) {
    roadmap = { width: tl.getBoundingClientRect().width,
                inScroll: !!tl.closest(".scroll") };
  }
  return { scrollWidth: document.documentElement.scrollWidth, innerWidth: vw,
           out, header, status, roadmap };
}

const browser = await chromium.launch({
  executablePath: env.CHROMIUM || "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"],
});
try {
  const ctx = await browser.newContext({ viewport: { width: W, height: H },
                                         deviceScaleFactor: 1 });
  const page = await ctx.newPage();
  await page.goto(`${BASE}/login`);
  await page.fill('input[name="login"]', "us-cochair");
  await page.fill('input[name="password"]', env.US_PW);
  await Promise.all([page.waitForNavigation(), page.click('form.login button[type="submit"]')]);
  check((await page.locator("header .who").innerText()).length > 0, "the co-chair is logged in");

  const pages = [["dashboard", "/dialogue/1"], ["goal", "/goal/1"]];
  if (GOAL !== "1") pages.push(["goal-e2e", `/goal/${GOAL}`]);
  const seenStatus = new Map();
  for (const lang of ["sr-Latn", "en", "sr-Cyrl"]) {
    for (const [name, path] of pages) {
      const r = await page.goto(`${BASE}${path}?lang=${lang}`);
      check(r.status() === 200, `${path} (${lang}) answers 200 (got ${r.status()})`);
      const x = await page.evaluate(inspect);
      check(x.scrollWidth <= x.innerWidth,
            `${path} (${lang}): the page is no wider than the screen (${x.scrollWidth} > ${x.innerWidth})`);
      check(x.out.length === 0,
            `${path} (${lang}): ${x.out.length} elements stick out of the screen: ${x.out.slice(0, 5).join("; ")}`);
      const bad = x.header.filter((h) => h.left < -0.5 || h.right > W + 0.5);
      check(bad.length === 0, `${path} (${lang}): header items off the screen: ${bad.map((h) => h.text).join(", ")}`);
      const faint = x.header.filter((h) => h.contrast < 4.5);
      check(faint.length === 0,
            `${path} (${lang}): header items hard to read: ${faint.map((h) => `${h.text} ${h.contrast.toFixed(2)}`).join(", ")}`);
      check(x.header.some((h) => /Log out|Odjava|Одјава/.test(h.text)),
            `${path} (${lang}): the header has its log-out button`);
      for (const s of x.status) {
        const k = s.cls;
        if (!seenStatus.has(k) || seenStatus.get(k).contrast > s.contrast) seenStatus.set(k, s);
      }
      if (lang !== "sr-Cyrl") {
        await page.screenshot({ path: `${SHOTS}/narrow-${name}-${lang}.png`, fullPage: true });
        await page.screenshot({ path: `${SHOTS}/narrow-${name}-${lang}-top.png` });
      }
      if (name === "dashboard") {
        check(x.roadmap && x.roadmap.inScroll && x.roadmap.width >= 600,
              `${path} (${lang}): the roadmap is drawn readable (${x.roadmap && Math.round(x.roadmap.width)} px wide) in its own scroll box`);
        const rm = page.locator("#roadmap");
        await rm.scrollIntoViewIfNeeded();
        const box = await rm.boundingBox();
        if (lang !== "sr-Cyrl") {
          await page.screenshot({ path: `${SHOTS}/narrow-roadmap-${lang}.png`,
                                  clip: { x: 0, y: box.y + (await page.evaluate(() => window.scrollY)), width: W, height: 700 },
                                  fullPage: true });
        }
      }
    }
  }
  // Every status label on these pages is readable: at least 4.5:1.
  check(seenStatus.size >= 16, `status labels were found (${[...seenStatus.keys()].join(", ")})`);
  for (const [k, s] of seenStatus) {
    check(s.contrast >= 4.5, `status "${s.text}" (${k}) has a contrast of ${s.contrast.toFixed(2)}:1, below 4.5:1`);
  }
  // The skip link: the first stop of the keyboard, visible when focused,
  // and it leads to the content.
  await page.goto(`${BASE}/goal/1?lang=sr-Latn`);
  await page.keyboard.press("Tab");
  const skip = await page.evaluate(() => {
    const a = document.activeElement, r = a.getBoundingClientRect();
    return { cls: a.className, href: a.getAttribute("href"), top: r.top,
             bottom: r.bottom, text: a.textContent };
  });
  check(skip.cls === "skip" && skip.href === "#main", `Tab first reaches the skip link (got .${skip.cls})`);
  check(skip.top >= 0 && skip.bottom <= H, `the focused skip link is on the screen (${skip.top}..${skip.bottom})`);
  await page.screenshot({ path: `${SHOTS}/narrow-skip-link.png` });
  await page.keyboard.press("Enter");
  check(await page.evaluate(() => document.activeElement && document.activeElement.id === "main"),
        "the skip link moves the focus to the content");
} catch (e) {
  fail++;
  console.log(`FAIL: ${e.stack || e}`);
} finally {
  await browser.close();
}
console.log(`e2e/narrow: ${pass} passed, ${fail} failed`);
process.exit(fail ? 1 : 0);
