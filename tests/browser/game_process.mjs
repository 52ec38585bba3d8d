// The game as the browser tests start it: its phone server on 127.0.0.1 at a free port, SDL's
// dummy drivers, and an empty home of its own, so nothing of the user's is read or written.
// `address` resolves to the page's URL and room code once the game prints them.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export function startGame(game, args) {
  const home = mkdtempSync(join(tmpdir(), "kindling-browser-"));
  const child = spawn(game, ["--phones", "--bind", "127.0.0.1", "--port", "0", "--windowed", ...args], {
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, "config"), XDG_DATA_HOME: join(home, "data"),
           XDG_STATE_HOME: join(home, "state"), SDL_VIDEODRIVER: "dummy", SDL_AUDIODRIVER: "dummy" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const address = new Promise((resolve, reject) => {
    const read = (chunk) => {
      output += chunk;
      const found = output.match(/phones: (http:\/\/127\.0\.0\.1:\d+\/) room ([A-Z]+)/);
      if (found) resolve({ url: found[1], room: found[2] });
    };
    child.stdout.on("data", read);
    child.stderr.on("data", read);
    child.on("exit", (code) => reject(new Error("the game ended (" + code + "): " + output)));
    setTimeout(() => reject(new Error("the game did not start its phone server: " + output)), 20000);
  });
  return { child, home, address, output: () => output };
}

// Ends the game and removes its home.
export function stopGame(started) {
  started.child.kill("SIGTERM");
  rmSync(started.home, { recursive: true, force: true });
}
