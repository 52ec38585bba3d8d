// The game as the browser tests start it: its phone server on 127.0.0.1 at a free port, SDL's
// dummy drivers, and an empty home of its own, so nothing of the user's is read or written.
// `address` resolves to the page's URL and room code once the game prints them. `tvFrame` asks
// the running game for the TV's next frame (--frame-file, written on SIGUSR1).
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export function startGame(game, args) {
  const home = mkdtempSync(join(tmpdir(), "kindling-browser-"));
  const frameFile = join(home, "tv.png");
  const child = spawn(game, ["--phones", "--bind", "127.0.0.1", "--port", "0", "--windowed", "--frame-file", frameFile, ...args], {
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
  return { child, home, frameFile, address, output: () => output };
}

// The PNG of the frame the game presents after the request (its handler is in place once the
// phone server's address is printed). The game writes it under another name and renames it, so
// once the file exists it is whole.
export async function tvFrame(started, ms = 10000) {
  rmSync(started.frameFile, { force: true });
  started.child.kill("SIGUSR1");
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (existsSync(started.frameFile)) return readFileSync(started.frameFile);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("the game wrote no TV frame within " + ms + " ms: " + started.output());
}

// Ends the game and removes its home.
export function stopGame(started) {
  started.child.kill("SIGTERM");
  rmSync(started.home, { recursive: true, force: true });
}
