import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

/** Flags this machine's Chromium needs: no sandbox as root, no phoning home. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

const SYSTEM_CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
];

/**
 * The Chromium the end-to-end tests drive: `CHROMIUM_PATH` when set, else a
 * system Chromium, else Playwright's own download when it has one.
 */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv !== undefined && fromEnv !== "" && existsSync(fromEnv)) {
    return fromEnv;
  }
  const system = SYSTEM_CANDIDATES.find((path) => existsSync(path));
  if (system !== undefined) return system;
  try {
    const path = execFileSync(
      process.execPath,
      [
        "-e",
        "process.stdout.write(require('playwright-core').chromium.executablePath())",
      ],
      { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] },
    );
    return path !== "" && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}
