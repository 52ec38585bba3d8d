// The couple night's phone pages for the README (issue 15): the game opens a screen by name
// ("handoff": the limits are asked; "timer": a timed card with its timer running; "closeness":
// the closeness check at the start of a night; "note": the note for next time) with its phone
// server on 127.0.0.1, one Chromium page joins as Ana at 360x640 CSS pixels, and its screen is
// saved. Exit status 0 when the page joined and showed the form or the timer asked for.
//
//   node tests/browser/couple_pages.mjs build/bin/kindling handoff|timer|closeness|note OUT.png
import puppeteer from "puppeteer-core";
import { startGame, stopGame } from "./game_process.mjs";

const [game, mode, out] = process.argv.slice(2);
// The game's screen for each mode, and the part of the page that must show.
const modes = { handoff: ["handoff", "#limits"], timer: ["timer", "#timer"],
                closeness: ["closeness-check", "#check-form"], note: ["note", "#note-form"] };
if (!modes[mode]) throw new Error("unknown mode " + mode + "; the modes are " + Object.keys(modes).join(" "));
const [screen, part] = modes[mode];
const started = startGame(game, ["--screen", screen, "--players", "Ana,Ben", "--seed", "11"]);
const address = await started.address;
const browser = await puppeteer.launch({ executablePath: process.env.KINDLING_CHROMIUM || "/usr/bin/chromium",
                                         args: ["--no-sandbox"] });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 360, height: 640 });
  await page.goto(address.url);
  await page.waitForSelector("#room", { visible: true });
  await page.type("#room", address.room);
  await page.type("#name", "Ana");
  await page.click("#join-name");
  await page.waitForSelector(part, { visible: true, timeout: 10000 });
  // A check moved towards "almost one" and shared, and a note half written: as a partner would.
  if (mode === "closeness") {
    await page.$eval("#closeness", (slider) => { slider.value = 70; slider.dispatchEvent(new Event("input")); });
    await page.click("#check-share");
  } else if (mode === "note") {
    await page.type("#note", "Thank you for the walk by the river tonight. Next time I'll pick the first card.");
  }
  await page.screenshot({ path: out });
} finally {
  await browser.close();
  stopGame(started);
}
