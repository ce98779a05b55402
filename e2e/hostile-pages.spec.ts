import type { Page } from "@playwright/test";
import {
  allContacts,
  emailsOf,
  notesOf,
  openClipper,
  signIn,
  soleSender,
} from "./crm-data.ts";
import { expect, hostPage, scriptTag, test } from "./fixtures.ts";
import type { Stack } from "./stack/server.ts";

type Admin = Parameters<typeof allContacts>[0];

/** Records the page's CSP violations in `window.violations`. */
const VIOLATION_LISTENER = `<script src="/violations.js"></script>`;
const violationScript = `window.violations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.violations.push(event.violatedDirective + " " + event.blockedURI);
});`;

function violations(page: Page): Promise<string[]> {
  return page.evaluate(
    () => (window as unknown as { violations: string[] }).violations,
  );
}

/** Opens the Clipper for a sole sender, signs in, saves, checks the row. */
async function saveNote(
  page: Page,
  stack: Stack,
  admin: Admin,
  skip: number,
): Promise<void> {
  const contact = soleSender(await allContacts(admin), skip);
  const text = `Saved from a hostile page ${Date.now()}`;

  await openClipper(page, { email: emailsOf(contact)[0]!, message: text });
  await signIn(page, stack);
  await expect(page.getByRole("textbox", { name: "Note" })).toHaveValue(text);
  await page.getByRole("button", { name: "Save note" }).click();
  await expect(page.getByRole("dialog").getByText("Note saved")).toBeVisible();

  const notes = await notesOf(admin, contact.id);
  expect(notes.map((note) => note.text)).toContain(text);
}

test.describe("a hostile host page", () => {
  test.beforeEach(({ site }) => {
    site.page("/violations.js", {
      html: violationScript,
      headers: { "Content-Type": "text/javascript" },
    });
  });

  test("renders styled under a CSP that forbids inline styles", async ({
    page,
    site,
    stack,
    admin,
  }) => {
    const csp = [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      `connect-src 'self' ${stack.url}`,
    ].join("; ");
    site.page("/csp-styles.html", {
      html: hostPage(scriptTag(stack), VIOLATION_LISTENER),
      headers: { "Content-Security-Policy": csp },
    });

    await page.goto(`${site.url}/csp-styles.html`);
    const launcher = page.getByRole("button", { name: "Save to CRM" });
    await expect(launcher).toBeVisible();
    const background = await launcher.evaluate(
      (button) => getComputedStyle(button).backgroundColor,
    );

    expect(background).not.toBe("rgba(0, 0, 0, 0)");
    await saveNote(page, stack, admin, 0);
    expect(await violations(page)).toEqual([]);
  });

  test("uses no Trusted Types sink", async ({ page, site, stack, admin }) => {
    site.page("/trusted-types.html", {
      html: hostPage(scriptTag(stack), VIOLATION_LISTENER),
      headers: {
        "Content-Security-Policy":
          "require-trusted-types-for 'script'; trusted-types 'none'",
      },
    });

    await page.goto(`${site.url}/trusted-types.html`);
    await saveNote(page, stack, admin, 1);

    expect(await violations(page)).toEqual([]);
  });

  test("saves when the page replaced fetch before the script loaded", async ({
    page,
    site,
    stack,
    admin,
  }) => {
    const breakFetch = `<script>
      window.fetch = function () { throw new Error("fetch is blocked"); };
    </script>`;
    site.page("/no-fetch.html", {
      html: hostPage(`${breakFetch}${scriptTag(stack)}`),
    });

    await page.goto(`${site.url}/no-fetch.html`);

    await saveNote(page, stack, admin, 2);
  });

  test("keeps its requests out of a fetch the page wraps later", async ({
    page,
    site,
    stack,
    admin,
  }) => {
    const wrapLater = `<script>
      window.seen = [];
      addEventListener("load", () => {
        const original = window.fetch;
        window.fetch = (input, init) => {
          window.seen.push(String(input));
          return original(input, init);
        };
      });
    </script>`;
    site.page("/wrapped-fetch.html", {
      html: hostPage(`${scriptTag(stack)}${wrapLater}`),
    });

    await page.goto(`${site.url}/wrapped-fetch.html`);
    await saveNote(page, stack, admin, 3);

    const seen = await page.evaluate(
      () => (window as unknown as { seen: string[] }).seen,
    );
    expect(seen).toEqual([]);
  });

  test("saves with a Promise the page replaced by its own", async ({
    page,
    site,
    stack,
    admin,
  }) => {
    // What zone.js and old polyfills do: a working, non-native Promise.
    const replacePromise = `<script>
      window.promisesMade = 0;
      const NativePromise = window.Promise;
      window.Promise = class PagePromise extends NativePromise {
        constructor(executor) {
          super(executor);
          window.promisesMade += 1;
        }
      };
    </script>`;
    site.page("/promise.html", {
      html: hostPage(`${replacePromise}${scriptTag(stack)}`),
    });

    await page.goto(`${site.url}/promise.html`);

    await saveNote(page, stack, admin, 4);
  });

  test("saves when the page extended Object and Array prototypes", async ({
    page,
    site,
    stack,
    admin,
  }) => {
    const extend = `<script>
      Object.prototype.pageHelper = function () { return "object"; };
      Object.prototype.pageFlag = "on";
      Array.prototype.pageFirst = function () { return this[0]; };
      Array.prototype.pageFlag = "on";
    </script>`;
    site.page("/prototypes.html", {
      html: hostPage(`${extend}${scriptTag(stack)}`),
    });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));

    await page.goto(`${site.url}/prototypes.html`);
    await saveNote(page, stack, admin, 5);

    expect(errors).toEqual([]);
  });

  test("works beside the page's own <crm-clipper> element", async ({
    page,
    site,
    stack,
    admin,
  }) => {
    const own = `<crm-clipper id="own">The page's element</crm-clipper>
    <script>
      customElements.define("crm-clipper", class extends HTMLElement {
        connectedCallback() { this.dataset.page = "yes"; }
      });
      customElements.define("crm-clipper-root", class extends HTMLElement {
        constructor() { super(); this.attachShadow({ mode: "closed" }); }
      });
    </script>`;
    site.page("/own-element.html", {
      html: hostPage(`${own}${scriptTag(stack)}`),
    });

    await page.goto(`${site.url}/own-element.html`);
    await saveNote(page, stack, admin, 6);

    const element = page.locator("#own");
    await expect(element).toHaveText("The page's element");
    await expect(element).toHaveAttribute("data-page", "yes");
    expect(await element.evaluate((own) => own.shadowRoot)).toBeNull();
  });

  test("comes back with its draft when the page replaces its body", async ({
    page,
    site,
    stack,
    admin,
  }) => {
    const contact = soleSender(await allContacts(admin), 7);
    site.page("/spa.html", { html: hostPage(scriptTag(stack)) });
    await page.goto(`${site.url}/spa.html`);
    await openClipper(page, { email: emailsOf(contact)[0]!, message: "Hi" });
    await signIn(page, stack);
    const note = page.getByRole("textbox", { name: "Note" });
    await note.fill("A draft the page must not lose");

    await page.evaluate(() => {
      document.body.innerHTML = "<main>Next view</main>";
    });
    await expect(page.getByText("Next view")).toBeVisible();

    await expect(note).toHaveValue("A draft the page must not lose");
    await page.evaluate(() => {
      document.documentElement.replaceChild(
        document.createElement("body"),
        document.body,
      );
    });
    await expect(note).toHaveValue("A draft the page must not lose");
    await page.getByRole("button", { name: "Save note" }).click();
    await expect(
      page.getByRole("dialog").getByText("Note saved"),
    ).toBeVisible();
    const notes = await notesOf(admin, contact.id);
    expect(notes.map((saved) => saved.text)).toContain(
      "A draft the page must not lose",
    );
  });
});
