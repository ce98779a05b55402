import {
  allContacts,
  emailsOf,
  notesOf,
  openClipper,
  signIn,
  soleSender,
} from "./crm-data.ts";
import { expect, hostPage, scriptTag, test } from "./fixtures.ts";

// The figures the README gives: what the Clipper sends, counted in the
// browser, preflights excluded.

test("saves with three requests once signed in", async ({
  page,
  site,
  stack,
  admin,
}) => {
  const contact = soleSender(await allContacts(admin), 3);
  const before = await notesOf(admin, contact.id);
  site.page("/count.html", { html: hostPage(scriptTag(stack)) });
  const sent: string[] = [];
  page.on("request", (request) => {
    if (request.url().startsWith(stack.url) && request.method() !== "OPTIONS")
      sent.push(`${request.method()} ${new URL(request.url()).pathname}`);
  });
  await page.goto(`${site.url}/count.html`);
  await openClipper(page, { email: emailsOf(contact)[0]!, subject: "Count" });
  await signIn(page, stack);
  const card = page.getByRole("radiogroup", { name: "Contact" });
  await expect(card).toContainText(contact.last_name);
  await page.reload();
  sent.length = 0;

  await openClipper(page, { email: emailsOf(contact)[0]!, subject: "Count" });
  await expect(card).toContainText(contact.last_name);
  await expect(page.getByRole("combobox", { name: "Status" })).toBeVisible();
  const toCard = [...sent];
  sent.length = 0;
  await page.getByRole("button", { name: "Save note" }).click();
  await expect(page.getByRole("link", { name: "Open in CRM" })).toBeVisible();
  const toSave = [...sent];

  console.log(
    `requests from opening to the contact card: ${toCard.length} (${toCard.join(", ")})\n` +
      `requests per save: ${toSave.length} (${toSave.join(", ")})`,
  );
  expect(toSave).toEqual([
    "POST /rest/v1/contact_notes",
    "GET /rest/v1/contact_notes",
    "PATCH /rest/v1/contacts",
  ]);
  expect(toCard.sort()).toEqual(
    [
      "GET /rest/v1/sales",
      "GET /rest/v1/configuration",
      "GET /rest/v1/contacts_summary",
    ].sort(),
  );
  expect(await notesOf(admin, contact.id)).toHaveLength(before.length + 1);
});
