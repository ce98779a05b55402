import { notesOf, signIn } from "./crm-data.ts";
import { expect, test } from "./fixtures.ts";
import { startSite } from "./site.ts";

// The demo `npm start` serves, against the test stack.

test("the helpdesk demo reads the ticket through its selectors and saves it", async ({
  page,
  stack,
  admin,
}) => {
  const demo = await startSite({
    mounts: { "/dist/": "dist", "/": "demo" },
    replacements: {
      SUPABASE_URL: stack.url,
      SUPABASE_KEY: stack.keys.publishable,
      CRM_URL: "https://crm.example.test",
      DEMO_EMAIL: stack.demoUser.email,
      DEMO_PASSWORD: stack.demoUser.password,
    },
  });
  const [ada] = await admin(
    "contacts?email_jsonb=cs.[{%22email%22:%22ada.lovelace@acme.test%22}]&select=id",
  );
  const before = await notesOf(admin, Number(ada?.id));

  try {
    await page.goto(`${demo.url}/ticket.html`);
    await page.getByRole("button", { name: "Save to CRM" }).click();
    await signIn(page, stack);

    await expect(
      page.getByRole("radiogroup", { name: "Contact" }),
    ).toContainText("Lovelace");
    await expect(page.getByRole("textbox", { name: "Note" })).toHaveValue(
      "Invoice 2026-114 was charged twice\n\nHello,\n\n" +
        "our card was charged twice for invoice 2026-114. " +
        "Could you refund one of the payments?\n\nThanks,\nAda",
    );
    await page.getByRole("button", { name: "Save note" }).click();
    await expect(page.getByRole("link", { name: "Open in CRM" })).toBeVisible();
  } finally {
    await demo.close();
  }
  expect(await notesOf(admin, Number(ada?.id))).toHaveLength(before.length + 1);
});
