// Four phone pages in the system's Chromium against the real game (issue 15), all on 127.0.0.1:
// the game runs a demo party of Ana, Ben, Cleo and Dev with its phone server; each page is a
// phone of its own (a separate browser context, so each keeps its own token). The pages join by
// name; the reader's page swaps to a write card, every page writes an answer, the reader's page
// reveals them on the TV, every page taps a favourite and shows the same result (the game runs
// with the dummy video driver and has no capture of a running TV, so the outcome is checked on
// the pages, as the game publishes it). Next a guess card: only the reader's page gets the
// choices and answers it. Then the reader's page swaps until a vote card is up and opens the vote, every page votes
// privately in any order (one changes its mind), and one page is closed and opened again
// mid-vote: it must be back on its seat by itself and still vote. Exit status 0 when all of that held.
//
//   node tests/browser/phones.mjs build/bin/kindling [screenshot-folder]
import { join } from "node:path";
import puppeteer from "puppeteer-core";
import { startGame, stopGame } from "./game_process.mjs";

const game = process.argv[2];
const shots = process.argv[3];
const names = ["Ana", "Ben", "Cleo", "Dev"];
// What each page writes on the write card, by seat (Ana's is the one the others pick).
const answers = ["Nobody checks the weather", "Snacks are always shared", "One sunrise, all of us", "Every map gets a doodle"];
const chromium = process.env.KINDLING_CHROMIUM || "/usr/bin/chromium";

function fail(message) {
  console.error("phones browser test: " + message);
  process.exitCode = 1;
  throw new Error(message);
}

async function until(what, check, ms = 10000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  fail("timed out waiting for " + what);
}

const text = (page, selector) => page.$eval(selector, (element) => element.textContent);
const visible = (page, selector) => page.$eval(selector, (element) => !element.hidden && !element.closest("[hidden]"));

async function openPhone(browser, url) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 360, height: 640 });
  const outside = [];
  page.on("request", (request) => { if (!request.url().startsWith(url.replace(/\/$/, ""))) outside.push(request.url()); });
  await page.goto(url);
  return { context, page, outside };
}

async function joinRoom(phone, room, name) {
  await phone.page.waitForSelector("#join:not([hidden])");
  await phone.page.type("#room", room.toLowerCase());
  await phone.page.type("#name", name);
  await phone.page.click("#join-name");
  await phone.page.waitForSelector("#play:not([hidden])");
}

// A write card from the phones: the reader's page opens the round, every page writes (one tries
// an answer that is too long first), the reader's page shows the answers one by one on the TV,
// every page taps a favourite (never its own, which it is not offered), and every page shows
// the same result: Ana's answer, the room's favourite with three votes.
async function playWriteCard(reader, swapTo) {
  await swapTo(reader, "write");
  await reader.page.click("[data-command=done]");
  for (const phone of phones) await until("every page asking for an answer", () => visible(phone.page, "#write-field"));
  {
    const page = phones[3].page;
    await page.$eval("#answer", (field) => { field.value = "x".repeat(81); field.dispatchEvent(new Event("input")); });
    if (!(await page.$eval("#answer-send", (button) => button.disabled))) fail("Send is offered for an answer over the limit");
    if (!(await text(page, "#answer-count")).startsWith("81 / 80")) fail("the counter does not count the answer");
    await page.$eval("#answer", (field) => { field.value = ""; field.dispatchEvent(new Event("input")); });
  }
  for (let index = 0; index < phones.length; index++) {
    await phones[index].page.type("#answer", answers[index]);
    if (index === 0 && shots) await phones[index].page.screenshot({ path: join(shots, "phone-write.png") });
    await phones[index].page.click("#answer-send");
    if (index < phones.length - 1) await until("the answer taken", async () => !(await visible(phones[index].page, "#write-field")));
  }
  await until("the reveal", async () => (await phones[0].page.evaluate(() => state.write && state.write.step)) === "revealing");
  for (let shown = 0; shown < phones.length; shown++) {
    await until("the reader's button for the next answer", () => visible(reader.page, "#write-next"));
    await reader.page.click("#write-next");
    await until("one more answer shown", () => phones[0].page.evaluate(
      (shown) => state.write.step === "voting" || state.write.answers.length > shown, shown));
  }
  await until("the favourite vote", async () => {
    for (const phone of phones) if ((await phone.page.$$("#write-answers button")).length !== phones.length) return false;
    return true;
  });
  // Each page is offered every answer but its own, which it alone knows.
  for (let index = 0; index < phones.length; index++) {
    const buttons = await phones[index].page.$$eval("#write-answers button",
      (all) => all.map((button) => ({ text: button.textContent, disabled: button.disabled })));
    const own = buttons.filter((button) => button.disabled);
    if (own.length !== 1 || !own[0].text.startsWith(answers[index]) || !own[0].text.includes("(yours)")) {
      fail(names[index] + "'s page offers its own answer or marks another as its own: " + JSON.stringify(buttons));
    }
  }
  if (shots) await phones[1].page.screenshot({ path: join(shots, "phone-write-vote.png") });
  // Ben, Cleo and Dev pick Ana's answer; Ana picks Ben's.
  for (let index = phones.length - 1; index >= 0; index--) {
    const wanted = answers[index === 0 ? 1 : 0];
    const page = phones[index].page;
    await page.$$eval("#write-answers button", (all, wanted) => all.find((button) => button.textContent === wanted).click(), wanted);
  }
  await until("the result on every page", async () => {
    for (const phone of phones) if ((await phone.page.evaluate(() => state.write && state.write.step)) !== "finished") return false;
    return true;
  });
  for (const phone of phones) {
    const favourites = await phone.page.$$eval("#write-answers p.favourite", (all) => all.map((line) => line.textContent));
    if (favourites.length !== 1 || !favourites[0].startsWith(answers[0]) || !favourites[0].endsWith("votes: 3")) {
      fail("a page shows another result than Ana's answer with three votes: " + JSON.stringify(favourites));
    }
  }
  if (shots) await phones[2].page.screenshot({ path: join(shots, "phone-write-result.png") });
  await until("the reader's Next card", () => visible(reader.page, "#write-next"));
  await reader.page.click("#write-next");
  await until("the round gone from every page", async () => {
    for (const phone of phones) if (await visible(phone.page, "#write")) return false;
    return true;
  });
}

// A guess card from the phones: the reader's page opens the round, every page shows who
// guesses, and only the reader's page has the choices: Right in a pair, or the first player it
// may mark (then Confirm) when everyone guesses. Every page shows the answer; the reader's page
// goes on to the next card.
async function playGuessCard(reader, swapTo) {
  await swapTo(reader, "guess");
  await reader.page.click("[data-command=done]");
  for (const phone of phones) await until("every page showing the guess", () => visible(phone.page, "#guess"));
  for (const phone of phones) {
    if (phone === reader) continue;
    if ((await visible(phone.page, "#guess-pair")) || (await visible(phone.page, "#guess-confirm")) ||
        (await phone.page.$$("#guess-marks button")).length > 0) fail("a page other than the reader's has the guess's choices");
  }
  if ((await reader.page.evaluate(() => state.guess.kind)) === "pair") {
    await until("the reader's Right and Missed", () => visible(reader.page, "#guess-pair"));
    if (shots) await reader.page.screenshot({ path: join(shots, "phone-guess.png") });
    await reader.page.click("#guess-right");
  } else {
    const free = "#guess-marks button:not([disabled])";
    await until("the reader's players to mark", async () => (await reader.page.$$(free)).length > 0);
    await reader.page.click(free);
    await until("the mark on the reader's page",
      async () => (await reader.page.$$("#guess-marks button[aria-pressed=true]")).length === 1);
    if (shots) await reader.page.screenshot({ path: join(shots, "phone-guess.png") });
    await reader.page.click("#guess-confirm");
  }
  await until("the answer on every page", async () => {
    for (const phone of phones) if (!(await phone.page.evaluate(() => state.guess && state.guess.answered))) return false;
    return true;
  });
  await until("the reader's Next card", () => visible(reader.page, "#guess-next"));
  await reader.page.click("#guess-next");
  await until("the round gone from every page", async () => {
    for (const phone of phones) if (await visible(phone.page, "#guess")) return false;
    return true;
  });
}

const started = startGame(game, ["--party", "--screen", "party-card", "--players", names.join(","), "--seed", "11"]);
let browser;
const phones = [];
try {
  const { url, room } = await started.address;
  browser = await puppeteer.launch({ executablePath: chromium, headless: true,
                                     args: ["--no-sandbox", "--disable-gpu", "--no-first-run"] });
  for (const name of names) {
    const phone = await openPhone(browser, url);
    await joinRoom(phone, room, name);
    phones.push(phone);
  }
  await until("every page to show the card", async () => {
    for (const phone of phones) if (!(await text(phone.page, "#card"))) return false;
    return true;
  });
  const readerIndex = async () => {
    for (let index = 0; index < phones.length; index++) if (await visible(phones[index].page, "#reader")) return index;
    return -1;
  };
  const findReader = async () => {
    await until("the reader's buttons on one page", async () => (await readerIndex()) >= 0);
    return phones[await readerIndex()];
  };
  // The reader's page swaps until a card of `wanted` kind is up: every page follows the TV's card.
  const swapTo = async (reader, wanted) => {
    const kind = () => reader.page.evaluate(() => state && state.kind);
    for (let swaps = 0; swaps < 60 && (await kind()) !== wanted; swaps++) {
      const before = await text(reader.page, "#card");
      await reader.page.click("[data-command=swap]");
      await until("the swapped card", async () => (await text(reader.page, "#card")) !== before);
    }
    if ((await kind()) !== wanted) fail("no " + wanted + " card came up in 60 swaps");
  };
  const first = await findReader();
  if (shots) await first.page.screenshot({ path: join(shots, "phone-card.png") });

  await playWriteCard(first, swapTo);
  await playGuessCard(await findReader(), swapTo);
  const reader = await findReader();
  await swapTo(reader, "vote");
  const card = await text(reader.page, "#card");
  for (const phone of phones) if ((await text(phone.page, "#card")) !== card) fail("a page shows another card than the reader's");

  await reader.page.click("[data-command=done]");
  await until("the vote to open", async () => (await text(phones[0].page, "#votes")).length > 0);

  // Every page asks for its vote at once. Page 1 is closed and opened again first: it must come
  // back on its seat by itself and still ask. Then the pages vote from last to first (any order
  // counts), page 2 changes its mind once, and page 0's vote, the last, closes the vote.
  for (const phone of phones) await until("every page asking for its vote", () => visible(phone.page, "#vote"));
  {
    const old = phones[1];
    const page = await old.context.newPage();  // the same phone: its storage has the token
    await old.page.close();
    await page.setViewport({ width: 360, height: 640 });
    await page.goto(url);
    phones[1] = { context: old.context, page, outside: old.outside };
    await until("the reopened page back on its seat", async () =>
      (await visible(page, "#play")) && (await text(page, "#who")).includes(names[1]));
    await until("the reopened page asking for its vote", () => visible(page, "#vote"));
  }
  for (let voter = phones.length - 1; voter >= 0; voter--) {
    const page = phones[voter].page;
    const before = await text(page, "#votes");
    await page.click("#candidates button");
    if (voter > 0) {
      await until("the vote counted", async () => (await text(page, "#votes")) !== before);
      await until("the page saying its vote is in",
        async () => (await page.$eval("#candidates button", (b) => b.getAttribute("aria-pressed"))) === "true");
    }
    if (voter === 2) {
      if (shots) await page.screenshot({ path: join(shots, "phone-vote.png") });
      const counted = await text(page, "#votes");
      await page.click("#candidates button:nth-child(2)");  // a change of mind: still one vote
      await until("the changed vote marked",
        async () => (await page.$eval("#candidates button:nth-child(2)", (b) => b.getAttribute("aria-pressed"))) === "true");
      if ((await text(page, "#votes")) !== counted) fail("a changed vote counted twice");
    }
  }
  await until("the vote to close on every page", async () => {
    for (const phone of phones) if ((await text(phone.page, "#votes")).length > 0) return false;
    return true;
  });
  for (const phone of phones) if (phone.outside.length > 0) fail("a page asked for something outside the game: " + phone.outside[0]);
  if (started.child.exitCode !== null) fail("the game ended during the test");
  console.log("phones browser test: 4 pages joined, played a write card and a guess card, swapped, voted, one came back mid-vote");
} catch (error) {
  process.exitCode = 1;
  if (!String(error.message).startsWith("timed out") && !error.message.includes("browser test")) console.error(error);
  console.error("game output:\n" + started.output());
} finally {
  if (browser) await browser.close();
  stopGame(started);
}
