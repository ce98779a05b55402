import { readFile } from "node:fs/promises";
import type { BrowserContext, Page } from "@playwright/test";
import { bookmarkletHref } from "../src/install/bookmarklet-href.ts";
import { notesOf, signIn } from "./crm-data.ts";
import { expect, test } from "./fixtures.ts";
import type { Site } from "./site.ts";
import type { Stack } from "./stack/server.ts";

// Tony Stark (contact 10 of the demo data) holds this address alone.
const tony = { id: 10, email: "tony@stark.test", name: "Tony Stark" };
const subject = "Armour upgrade quote";

/**
 * A webmail page that locks itself down: scripts by nonce only, requests to
 * its own origin only, Trusted Types required, and an opener policy that
 * hides any window it opens. It records the policy violations it sees.
 */
const hardenedHeaders = {
  "Content-Security-Policy":
    "script-src 'nonce-abc' 'strict-dynamic'; connect-src 'self'; require-trusted-types-for 'script'",
  "Cross-Origin-Opener-Policy": "same-origin",
};

/** Gmail's conversation view with one open message from Tony. */
function gmailPage(bodyHtml: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${subject} - demo@atomic-crm.test - Gmail</title>
<script nonce="abc">
  window.violations = [];
  document.addEventListener("securitypolicyviolation", (event) => {
    window.violations.push(event.violatedDirective);
  });
</script></head><body>
<div class="nH" role="main">
  <div class="ha"><h2 class="hP">${subject}</h2></div>
  <div role="list"><div role="listitem"><div class="adn ads">
    <h3 class="iw"><span class="gD" email="${tony.email}" name="${tony.name}"><span>${tony.name}</span></span>
      <span class="go">&lt;${tony.email}&gt;</span></h3>
    <div class="ii gt"><div class="a3s aiL"><div dir="ltr">${bodyHtml}</div></div></div>
  </div></div></div>
</div></body></html>`;
}

/** The bookmarklet as the install page makes it, for this stack. */
async function bookmarklet(site: Site, stack: Stack): Promise<string> {
  const code = (await readFile("dist/bookmarklet.js", "utf8")).trim();
  const query = new URLSearchParams({
    "supabase-url": stack.url,
    "supabase-key": stack.keys.publishable,
    "crm-url": "https://crm.example.test",
  });
  const href = bookmarkletHref(code, `${site.url}/dist/clip.html?${query}`);
  // What the browser runs when the bookmark is clicked.
  return decodeURIComponent(href.slice("javascript:".length));
}

/**
 * Opens the webmail page on another origin than the Clipper's (the site
 * answers on `localhost` too), clicks the bookmarklet and returns the
 * Clipper's window with the URLs of every request it sent.
 */
async function clip(
  page: Page,
  context: BrowserContext,
  site: Site,
  stack: Stack,
): Promise<{ popup: Page; requestUrls: string[]; pageRequests: string[] }> {
  const webmailUrl = `${site.url.replace("127.0.0.1", "localhost")}/webmail.html`;
  await page.goto(webmailUrl);
  const code = await bookmarklet(site, stack);
  const pageRequests: string[] = [];
  page.on("request", (request) => pageRequests.push(request.url()));
  const requestUrls: string[] = [];
  // Every request but the page's own load, which carries no fragment.
  context.on("request", (request) => {
    if (!request.isNavigationRequest()) requestUrls.push(request.url());
  });

  const opened = context.waitForEvent("page");
  await page.evaluate(code);
  const popup = await opened;
  await popup.waitForLoadState();
  return { popup, requestUrls, pageRequests };
}

test.describe("the webmail bookmarklet", () => {
  test("saves the open message from a locked-down webmail page as a note", async ({
    page,
    context,
    site,
    stack,
    admin,
  }) => {
    site.page("/webmail.html", {
      html: gmailPage(
        "Hi,<div>the new repulsors need a quote by Friday.</div><div>Tony</div>",
      ),
      headers: hardenedHeaders,
    });
    const before = await notesOf(admin, tony.id);

    const { popup, requestUrls, pageRequests } = await clip(
      page,
      context,
      site,
      stack,
    );

    expect(new URL(popup.url()).hash).toBe("");
    expect(await popup.evaluate(() => location.hash)).toBe("");
    await signIn(popup, stack);
    await expect(
      popup.getByRole("radiogroup", { name: "Contact" }),
    ).toContainText(tony.name);
    const note = popup.getByRole("textbox", { name: "Note" });
    const text = `${subject}\n\nHi,\nthe new repulsors need a quote by Friday.\nTony`;
    await expect(note).toHaveValue(text);
    await popup.getByRole("button", { name: "Save note" }).click();

    await expect(
      popup.getByText("Note saved", { exact: true }).first(),
    ).toBeVisible();
    const after = await notesOf(admin, tony.id);
    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)?.text).toBe(text);
    expect(requestUrls.some((url) => url.startsWith(stack.url))).toBe(true);
    for (const url of requestUrls.map(decodeURIComponent)) {
      expect(url).not.toContain("repulsors");
      expect(url).not.toContain(subject);
    }
    expect(pageRequests).toEqual([]);
    expect(await page.evaluate(() => window.violations)).toEqual([]);
    await expect(popup.locator("#close-notice")).toContainText(
      "closes in 4 seconds",
    );
    await popup.waitForEvent("close", { timeout: 8000 });
  });

  test("passes a 200 KB message whole", async ({
    page,
    context,
    site,
    stack,
  }) => {
    const lines = Array.from({ length: 2600 }, (_, index) =>
      `Line ${index + 1} of the specification, all of it kept.`.padEnd(79, "."),
    );
    site.page("/webmail.html", {
      html: gmailPage(lines.map((line) => `<div>${line}</div>`).join("")),
      headers: hardenedHeaders,
    });

    const { popup } = await clip(page, context, site, stack);
    await signIn(popup, stack);

    const value = await popup
      .getByRole("textbox", { name: "Note" })
      .inputValue();
    const body = lines.join("\n");
    expect(body.length).toBeGreaterThan(200_000);
    expect(value).toBe(`${subject}\n\n${body}`);
    await expect(popup.getByText(/too long to pass whole/)).toHaveCount(0);
  });

  test("stays open when the user goes on using the window after a save", async ({
    page,
    context,
    site,
    stack,
  }) => {
    site.page("/webmail.html", {
      html: gmailPage("Please call me back."),
      headers: hardenedHeaders,
    });
    const { popup } = await clip(page, context, site, stack);
    await signIn(popup, stack);
    await popup.getByRole("button", { name: "Save note" }).click();
    await expect(popup.locator("#close-notice")).toContainText("closes in");

    await popup.mouse.click(5, 200);
    await popup.waitForTimeout(5000);

    expect(popup.isClosed()).toBe(false);
    await expect(popup.locator("#close-notice")).toHaveText(
      "Note saved. This window stays open.",
    );
  });

  test("says so when the page opens without a message, and still works", async ({
    page,
    site,
    stack,
  }) => {
    const query = new URLSearchParams({
      "supabase-url": stack.url,
      "supabase-key": stack.keys.publishable,
      "crm-url": "https://crm.example.test",
    });

    await page.goto(`${site.url}/dist/clip.html?${query}#clip=%7Bbroken`);

    await expect(page.getByRole("alert").first()).toContainText(
      "cannot be read",
    );
    expect(new URL(page.url()).hash).toBe("");
    await signIn(page, stack);
  });
});

declare global {
  interface Window {
    violations: string[];
  }
}
