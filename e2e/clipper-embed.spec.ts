import type { Page } from "@playwright/test";
import { allContacts, emailsOf, signIn, soleSender } from "./crm-data.ts";
import { expect, hostPage, scriptTag, test } from "./fixtures.ts";
import type { Stack } from "./stack/server.ts";

/** Elements of the page that carry a shadow root: the Clipper's hosts. */
function shadowHosts(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      Array.from(document.querySelectorAll("*")).filter(
        (element) => element.shadowRoot !== null,
      ).length,
  );
}

function requestsTo(page: Page, stack: Stack): string[] {
  const seen: string[] = [];
  page.on("request", (request) => {
    if (request.url().startsWith(stack.url)) seen.push(request.url());
  });
  return seen;
}

test.describe("the ways into a page", () => {
  test("makes no request before the panel opens", async ({
    page,
    site,
    stack,
  }) => {
    site.page("/quiet.html", { html: hostPage(scriptTag(stack)) });
    const seen = requestsTo(page, stack);

    await page.goto(`${site.url}/quiet.html`);
    await page.getByRole("button", { name: "Save to CRM" }).waitFor();
    await page.waitForTimeout(500);
    expect(seen).toEqual([]);

    await page.getByRole("button", { name: "Save to CRM" }).click();
    await expect(
      page.getByRole("textbox", { name: "Email", exact: true }),
    ).toBeVisible();
  });

  test("mounts one Clipper when the script is loaded twice", async ({
    page,
    site,
    stack,
  }) => {
    site.page("/twice.html", {
      html: hostPage(scriptTag(stack) + scriptTag(stack)),
    });

    await page.goto(`${site.url}/twice.html`);
    await page.getByRole("button", { name: "Save to CRM" }).waitFor();

    expect(await shadowHosts(page)).toBe(1);
    await expect(page.getByRole("button", { name: "Save to CRM" })).toHaveCount(
      1,
    );
  });

  test("runs calls queued before the script loaded, in order", async ({
    page,
    site,
    stack,
  }) => {
    site.page("/queued.html", {
      html: hostPage(`
        <script>
          window.CrmClipper = window.CrmClipper || [];
          window.events = [];
          CrmClipper.push(["on", "ready", () => events.push("ready")]);
          CrmClipper.push(["open", { email: "queued@example.test",
            subject: "Queued subject", message: "Queued body" }]);
        </script>
        ${scriptTag(stack, { async: "" })}`),
    });

    await page.goto(`${site.url}/queued.html`);

    await expect(
      page.getByRole("textbox", { name: "Email", exact: true }),
    ).toBeVisible();
    await signIn(page, stack);
    await expect(page.getByRole("textbox", { name: "Note" })).toHaveValue(
      /Queued subject\n\nQueued body/,
    );
  });

  test("refuses a secret key and sends nothing", async ({
    page,
    site,
    stack,
  }) => {
    site.page("/secret.html", {
      html: hostPage(
        scriptTag(stack, { "data-supabase-key": stack.keys.secret }),
      ),
    });
    const seen = requestsTo(page, stack);
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });

    await page.goto(`${site.url}/secret.html`);
    await page.getByRole("button", { name: "Save to CRM" }).click();

    await expect(page.getByRole("alert")).toContainText(/secret/i);
    await expect(
      page.getByRole("textbox", { name: "Email", exact: true }),
    ).toHaveCount(0);
    expect(seen).toEqual([]);
    expect(errors.filter((text) => /secret/i.test(text))).toHaveLength(1);
  });

  test("renders the custom element inline with its message", async ({
    page,
    site,
    stack,
    admin,
  }) => {
    const contact = soleSender(await allContacts(admin), 3);
    site.page("/portal.html", {
      html: hostPage(`
        <main><h1>Portal</h1>
        <crm-clipper supabase-url="${stack.url}"
          supabase-key="${stack.keys.publishable}"
          crm-url="https://crm.example.test"
          email="${emailsOf(contact)[0]}" subject="From the portal"
          message="Portal body"></crm-clipper></main>
        <script src="/dist/clipper.js"></script>`),
    });

    await page.goto(`${site.url}/portal.html`);
    await signIn(page, stack);

    await expect(page.getByRole("button", { name: "Save to CRM" })).toHaveCount(
      0,
    );
    await expect(
      page.getByRole("radiogroup", { name: "Contact" }),
    ).toContainText(contact.last_name);
    await expect(page.getByRole("textbox", { name: "Note" })).toHaveValue(
      "From the portal\n\nPortal body",
    );
  });

  test("mount() and destroy() leave nothing behind", async ({
    page,
    site,
    stack,
  }) => {
    site.page("/module.html", {
      html: hostPage(`
        <div id="slot"></div>
        <script type="module">
          import { mount } from "/dist/clipper.mjs";
          window.before = document.documentElement.outerHTML;
          window.clipper = mount(document.getElementById("slot"), {
            supabaseUrl: "${stack.url}",
            supabaseKey: "${stack.keys.publishable}",
            crmUrl: "https://crm.example.test",
          });
          window.mounted = true;
        </script>`),
    });

    await page.goto(`${site.url}/module.html`);
    await page.waitForFunction(() => "mounted" in window);
    await page.evaluate(() =>
      (
        window as unknown as { clipper: { open(m: object): void } }
      ).clipper.open({ email: "module@example.test" }),
    );
    await expect(
      page.getByRole("textbox", { name: "Email", exact: true }),
    ).toBeVisible();

    const [before, after] = await page.evaluate(() => {
      const w = window as unknown as {
        clipper: { destroy(): void };
        before: string;
      };
      w.clipper.destroy();
      return [w.before, document.documentElement.outerHTML];
    });

    expect(after).toBe(before);
    expect(await shadowHosts(page)).toBe(0);
  });
});
