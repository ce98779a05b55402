/**
 * `npm start`: builds the Clipper, starts the local stack on its usual port
 * and serves the demo pages that use the built script against it.
 */
import { execFileSync } from "node:child_process";
import { startSite } from "../e2e/site.ts";
import { startStack } from "../e2e/stack/server.ts";

const stackPort = Number(process.env.STACK_PORT ?? 54321);
const demoPort = Number(process.env.DEMO_PORT ?? 5173);

execFileSync("npm", ["run", "build", "--silent"], { stdio: "inherit" });

const stack = await startStack({
  port: stackPort,
  ...(process.env.DATABASE_URL
    ? { databaseUrl: process.env.DATABASE_URL }
    : {}),
});
const demoUrl = `http://127.0.0.1:${demoPort}`;
const site = await startSite({
  port: demoPort,
  mounts: { "/dist/": "dist", "/": "demo" },
  replacements: {
    SUPABASE_URL: stack.url,
    SUPABASE_KEY: stack.keys.publishable,
    CRM_URL: `${demoUrl}/crm.html`,
    DEMO_EMAIL: stack.demoUser.email,
    DEMO_PASSWORD: stack.demoUser.password,
  },
});

process.stdout.write(
  [
    "",
    `API URL: ${stack.url}`,
    `Publishable key: ${stack.keys.publishable}`,
    `Secret key: ${stack.keys.secret}`,
    `Demo user: ${stack.demoUser.email} / ${stack.demoUser.password}`,
    "",
    `Demo: ${site.url}/  (helpdesk ticket, portal, embed snippets)`,
    "Press Ctrl+C to stop.",
    "",
  ].join("\n"),
);

const stop = async (): Promise<void> => {
  await site.close();
  await stack.close();
  process.exit(0);
};
process.once("SIGINT", () => void stop());
process.once("SIGTERM", () => void stop());
