// The couple night's phone pages for the README (issue 15): the game opens a screen by name
// ("handoff": the limits are asked; "timer": a timed card with its timer running) with its phone
// server on 127.0.0.1, one Chromium page joins as Ana at 360x640 CSS pixels, and its screen is
// saved. Exit status 0 when the page joined and showed the limits form or the timer.
//
//   node tests/browser/couple_pages.mjs build/bin/kindling handoff|timer OUT.png
import puppeteer from "puppeteer-core";
import { startGame, stopGame } from "./game_process.mjs";

const [game, screen, out] = process.argv.slice(2);
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
  const part = screen === "timer" ? "#timer" : "#limits";
  await page.waitForSelector(part, { visible: true, timeout: 10000 });
  await page.screenshot({ path: out });
} finally {
  await browser.close();
  stopGame(started);
}
