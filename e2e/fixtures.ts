import { test as base, expect } from "@playwright/test";
import { type Site, startSite } from "./site.ts";
import { type Stack, startStack } from "./stack/server.ts";

export interface Message {
  email?: string;
  name?: string;
  subject?: string;
  message?: string;
}

interface WorkerFixtures {
  stack: Stack;
  site: Site;
}

interface TestFixtures {
  /** Reads rows with the secret key, as an administrator would. */
  admin: (path: string) => Promise<Record<string, unknown>[]>;
}

/**
 * Each worker gets its own stack (in test mode, fresh demo data) and a
 * site that serves `dist/` and the host pages the tests write.
 */
export const test = base.extend<TestFixtures, WorkerFixtures>({
  stack: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright's signature
    async ({}, use) => {
      const stack = await startStack({ port: 0, testMode: true });
      await use(stack);
      await stack.close();
    },
    { scope: "worker", timeout: 60_000 },
  ],
  site: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright's signature
    async ({}, use) => {
      const site = await startSite({
        mounts: { "/dist/": "dist", "/": "e2e/pages" },
      });
      await use(site);
      await site.close();
    },
    { scope: "worker" },
  ],
  admin: async ({ stack }, use) => {
    stack.faults.reset();
    await use(async (path) => {
      const response = await fetch(`${stack.url}/rest/v1/${path}`, {
        headers: { apikey: stack.keys.secret },
      });
      expect(response.status).toBe(200);
      return (await response.json()) as Record<string, unknown>[];
    });
  },
});

export { expect };

/** The `<script>` tag a helpdesk page adds, with its data attributes. */
export function scriptTag(
  stack: Stack,
  attributes: Record<string, string> = {},
): string {
  const all: Record<string, string> = {
    "data-supabase-url": stack.url,
    "data-supabase-key": stack.keys.publishable,
    "data-crm-url": "https://crm.example.test",
    ...attributes,
  };
  const attrs = Object.entries(all)
    .map(([name, value]) => `${name}="${escapeAttribute(value)}"`)
    .join(" ");
  return `<script src="/dist/clipper.js" ${attrs}></script>`;
}

export function hostPage(body: string, head = ""): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Host page</title>${head}</head><body>${body}</body></html>`;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
}
