import {
  allContacts,
  emailsOf,
  holders,
  notesOf,
  openClipper,
  sharedAddress,
  signIn,
  soleSender,
} from "./crm-data.ts";
import { expect, hostPage, scriptTag, test } from "./fixtures.ts";

test.describe("saving a message from a helpdesk page", () => {
  test.beforeEach(({ site, stack }) => {
    site.page("/ticket.html", {
      html: hostPage(`<h1>Ticket #4711</h1>${scriptTag(stack)}`),
    });
  });

  test("signs in, saves a note for a known sender and stays signed in", async ({
    page,
    site,
    stack,
    admin,
  }) => {
    const contact = soleSender(await allContacts(admin));
    const email = emailsOf(contact)[0]!;
    const before = await notesOf(admin, contact.id);
    await page.goto(`${site.url}/ticket.html`);

    await openClipper(page, {
      email: email.toUpperCase(),
      name: `${contact.first_name} ${contact.last_name}`,
      subject: "Invoice question",
      message: "Hello,\nwhere is my invoice?",
    });
    await signIn(page, stack);
    await expect(
      page.getByRole("radiogroup", { name: "Contact" }),
    ).toContainText(contact.last_name);
    const note = page.getByRole("textbox", { name: "Note" });
    await expect(note).toHaveValue(
      "Invoice question\n\nHello,\nwhere is my invoice?",
    );
    await page.getByRole("button", { name: "Save note" }).click();

    await expect(
      page.getByRole("dialog").getByText("Note saved"),
    ).toBeVisible();
    await expect(
      page.getByRole("link", { name: "Open in CRM" }),
    ).toHaveAttribute(
      "href",
      `https://crm.example.test/#/contacts/${contact.id}/show`,
    );
    const after = await notesOf(admin, contact.id);
    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)?.text).toBe(
      "Invoice question\n\nHello,\nwhere is my invoice?",
    );
    const [updated] = await admin(
      `contacts?id=eq.${contact.id}&select=last_seen,status`,
    );
    expect(Date.parse(String(updated?.last_seen))).toBeGreaterThan(
      Date.now() - 60_000,
    );
    expect(updated?.status).toBe(after.at(-1)?.status);

    await page.reload();
    await openClipper(page, { email });
    await expect(
      page.getByRole("button", { name: "Sign out", exact: true }),
    ).toBeVisible();
    await expect(
      page.getByRole("textbox", { name: "Email", exact: true }),
    ).toHaveCount(0);
  });

  test("lets the user pick the second of two contacts sharing the address", async ({
    page,
    site,
    stack,
    admin,
  }) => {
    const contacts = await allContacts(admin);
    const email = sharedAddress(contacts);
    const second = holders(contacts, email)[1]!;
    const before = await notesOf(admin, second.id);
    await page.goto(`${site.url}/ticket.html`);

    await openClipper(page, { email, subject: "Shared inbox" });
    await signIn(page, stack);
    const choices = page
      .getByRole("radiogroup", { name: "Contact" })
      .getByRole("radio");
    await expect(choices).toHaveCount(2);
    await page
      .getByRole("radio", { name: new RegExp(second.last_name) })
      .check();
    await page.getByRole("button", { name: "Save note" }).click();

    await expect(
      page.getByRole("dialog").getByText("Note saved"),
    ).toBeVisible();
    expect(await notesOf(admin, second.id)).toHaveLength(before.length + 1);
  });

  test("finds the contact by name when no address matches", async ({
    page,
    site,
    stack,
    admin,
  }) => {
    const contact = soleSender(await allContacts(admin), 1);
    const before = await notesOf(admin, contact.id);
    await page.goto(`${site.url}/ticket.html`);

    await openClipper(page, {
      email: "nobody-here@unknown.example",
      subject: "Who am I?",
    });
    await signIn(page, stack);
    await page
      .getByRole("searchbox", { name: /search/i })
      .fill(contact.last_name);
    await page
      .getByRole("radio", { name: new RegExp(contact.last_name) })
      .first()
      .check();
    await page.getByRole("button", { name: "Save note" }).click();

    await expect(
      page.getByRole("dialog").getByText("Note saved"),
    ).toBeVisible();
    expect(await notesOf(admin, contact.id)).toHaveLength(before.length + 1);
  });

  test("does not take an underscore in the address as a wildcard", async ({
    page,
    site,
    stack,
    admin,
  }) => {
    const contacts = await allContacts(admin);
    const underscored = contacts
      .flatMap(emailsOf)
      .find((email) => email.includes("_"))!;
    const lookalike = underscored.replace("_", "x");
    expect(holders(contacts, lookalike)).toHaveLength(1);
    await page.goto(`${site.url}/ticket.html`);

    await openClipper(page, { email: underscored });
    await signIn(page, stack);

    const choices = page
      .getByRole("radiogroup", { name: "Contact" })
      .getByRole("radio");
    await expect(choices).toHaveCount(holders(contacts, underscored).length);
    const lookalikeName = holders(contacts, lookalike)[0]!.last_name;
    await expect(
      page.getByRole("radiogroup", { name: "Contact" }),
    ).not.toContainText(lookalikeName);
  });

  test("says so when the password is wrong", async ({ page, site, stack }) => {
    await page.goto(`${site.url}/ticket.html`);
    await openClipper(page, { email: "someone@example.test" });

    await page
      .getByRole("textbox", { name: "Email", exact: true })
      .fill(stack.demoUser.email);
    await page.getByLabel("Password", { exact: true }).fill("wrong-password");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();

    await expect(page.getByRole("alert")).toContainText(/password/i);
    await expect(
      page.getByRole("button", { name: "Sign out", exact: true }),
    ).toHaveCount(0);
  });

  test("saves even though the access token expired while the panel was open", async ({
    page,
    site,
    stack,
    admin,
  }) => {
    const contact = soleSender(await allContacts(admin), 2);
    const before = await notesOf(admin, contact.id);
    await page.goto(`${site.url}/ticket.html`);
    await openClipper(page, { email: emailsOf(contact)[0]!, subject: "Later" });
    await signIn(page, stack);
    await expect(
      page.getByRole("radiogroup", { name: "Contact" }),
    ).toContainText(contact.last_name);

    await fetch(`${stack.url}/__stack/tokens/expire`, {
      method: "POST",
      body: JSON.stringify({ email: stack.demoUser.email }),
    });
    await page.getByRole("button", { name: "Save note" }).click();

    await expect(
      page.getByRole("dialog").getByText("Note saved"),
    ).toBeVisible();
    expect(await notesOf(admin, contact.id)).toHaveLength(before.length + 1);
  });
});
