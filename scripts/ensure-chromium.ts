/**
 * Makes sure a Chromium is there for the end-to-end tests: a system one, or
 * Playwright's own, and installs one when none is found — Debian's package
 * when running as root on Debian, else Playwright's installer.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { findChromium } from "../e2e/chromium.ts";

function run(command: string, args: string[]): void {
  execFileSync(command, args, {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
}

function install(): void {
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync("/usr/bin/apt-get")) {
    process.stdout.write("Installing Chromium from Debian's packages…\n");
    run("apt-get", ["update", "-qq"]);
    run("apt-get", ["install", "-y", "-qq", "chromium"]);
    return;
  }
  process.stdout.write("Installing Chromium with Playwright's installer…\n");
  run("npx", ["playwright", "install", "chromium"]);
}

let path = findChromium();
if (path === undefined) {
  install();
  path = findChromium();
}
if (path === undefined) {
  process.stderr.write(
    "No Chromium found or installed. Set CHROMIUM_PATH to a Chromium or " +
      "Chrome binary.\n",
  );
  process.exit(1);
}
process.stdout.write(`Chromium: ${path}\n`);
