// The couple night's phone pages for the README (issue 15): the game opens a screen by name
// ("handoff": the limits are asked; "timer": a timed card with its timer running) with its phone
// server on 127.0.0.1, one Chromium page joins as Ana at 360x640 CSS pixels, and its screen is
// saved. Exit status 0 when the page joined and showed the limits form or the timer.
//
//   node tests/browser/couple_pages.mjs build/bin/kindling handoff|timer OUT.png
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import puppeteer from "puppeteer-core";

const [game, screen, out] = process.argv.slice(2);
const home = mkdtempSync(join(tmpdir(), "kindling-couple-"));
const child = spawn(game, ["--phones", "--bind", "127.0.0.1", "--port", "0", "--windowed", "--screen", screen,
                           "--players", "Ana,Ben", "--seed", "11"], {
  env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, "config"), XDG_DATA_HOME: join(home, "data"),
         XDG_STATE_HOME: join(home, "state"), SDL_VIDEODRIVER: "dummy", SDL_AUDIODRIVER: "dummy" },
  stdio: ["ignore", "pipe", "pipe"],
});
let output = "";
const address = await new Promise((resolve, reject) => {
  const read = (chunk) => {
    output += chunk;
    const found = output.match(/phones: (http:\/\/127\.0\.0\.1:\d+\/) room ([A-Z]+)/);
    if (found) resolve({ url: found[1], room: found[2] });
  };
  child.stdout.on("data", read);
  child.stderr.on("data", read);
  setTimeout(() => reject(new Error("the game did not start its phone server: " + output)), 20000);
});
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
  child.kill();
  rmSync(home, { recursive: true, force: true });
}
