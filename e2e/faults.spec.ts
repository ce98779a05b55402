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

// Saving through the stack's faults. Each scenario ends with exactly one
// note, or none with the note still in the panel and the reason shown;
// the table of outcomes is printed at the end.

interface Row {
  scenario: string;
  expected: number;
  found: number;
  duplicates: number;
  draftsLost: number;
}

const rows: Row[] = [];

test.afterAll(() => {
  const lines = rows.map(
    (r) =>
      `| ${r.scenario} | ${r.expected} | ${r.found} | ${r.duplicates} | ${r.draftsLost} |`,
  );
  console.log(
    [
      "| scenario | notes expected | notes in the database | duplicates | drafts lost |",
      "| --- | --- | --- | --- | --- |",
      ...lines,
    ].join("\n"),
  );
});

async function control(stack: Stack, path: string, body: object) {
  const response = await fetch(`${stack.url}/__stack/${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  expect(response.ok).toBe(true);
}

const notesPath = "/rest/v1/contact_notes";
const saveButton = (page: Page) =>
  page.getByRole("button", { name: /Save note|Saving…|Retrying…/ });
const noteSaved = (page: Page) =>
  page.getByRole("dialog").getByText("Note saved");

test.describe("saving through faults", () => {
  test.beforeEach(({ site, stack }) => {
    site.page("/ticket.html", {
      html: hostPage(`<h1>Ticket</h1>${scriptTag(stack)}`),
    });
  });

  /** Opens the Clipper on a message of its own and signs in. */
  async function prepare(
    page: Page,
    { site, stack, admin }: Fixtures,
    label: string,
    skip = 0,
  ) {
    const contact = soleSender(await allContacts(admin), skip);
    const message = {
      email: emailsOf(contact)[0]!,
      subject: label,
      message: `${label} ${Date.now()} ${Math.random()}`,
    };
    await page.goto(`${site.url}/ticket.html`);
    await openClipper(page, message);
    // The panel shows "Loading…" while it restores a session: wait until
    // it asks for a password or shows the contact.
    const password = page.getByLabel("Password", { exact: true });
    const contacts = page.getByRole("radiogroup", { name: "Contact" });
    await expect(password.or(contacts)).toBeVisible();
    if (await password.isVisible()) await signIn(page, stack);
    await expect(
      page.getByRole("radiogroup", { name: "Contact" }),
    ).toContainText(contact.last_name);
    return { contact, message, text: `${label}\n\n${message.message}` };
  }

  interface Fixtures {
    site: import("./site.ts").Site;
    stack: Stack;
    admin: (path: string) => Promise<Record<string, unknown>[]>;
  }

  /** Counts the notes holding `text` and records the row. */
  async function record(
    fixtures: Fixtures,
    scenario: string,
    contactId: number,
    text: string,
    expected: number,
    page: Page | null,
  ) {
    const found = (await notesOf(fixtures.admin, contactId)).filter(
      (note) => note.text === text,
    ).length;
    const kept =
      page && found === 0
        ? await page.getByRole("textbox", { name: "Note" }).inputValue()
        : "";
    const draftsLost = found === 0 && kept !== text ? 1 : 0;
    rows.push({
      scenario,
      expected,
      found,
      duplicates: Math.max(0, found - 1),
      draftsLost,
    });
    expect(found).toBe(expected);
    expect(draftsLost).toBe(0);
  }

  test("the connection drops after the note is sent", async ({
    page,
    site,
    stack,
    admin,
  }) => {
    // Chromium itself sends the POST again when a reused connection
    // closes without an answer, and the page sees only the second answer:
    // the Clipper removes the copy after the save.
    const f = { site, stack, admin };
    const { contact, text } = await prepare(page, f, "Dropped");
    await control(f.stack, "faults", {
      path: notesPath,
      method: "POST",
      drop: "after",
    });

    await saveButton(page).click();

    await expect(noteSaved(page)).toBeVisible({ timeout: 20_000 });
    await record(
      f,
      "connection dropped after the POST",
      contact.id,
      text,
      1,
      page,
    );
  });

  test("the CRM answers 503 twice, then saves", async ({
    page,
    site,
    stack,
    admin,
  }) => {
    const f = { site, stack, admin };
    const { contact, text } = await prepare(page, f, "Busy");
    await control(f.stack, "faults", {
      path: notesPath,
      method: "POST",
      count: 2,
      status: 503,
    });

    await saveButton(page).click();

    await expect(page.getByRole("button", { name: "Retrying…" })).toBeVisible();
    await expect(noteSaved(page)).toBeVisible({ timeout: 20_000 });
    await record(f, "503 twice then success", contact.id, text, 1, page);
  });

  test("the CRM stalls for 30 s", async ({ page, site, stack, admin }) => {
    const f = { site, stack, admin };
    test.setTimeout(120_000);
    const { contact, text } = await prepare(page, f, "Stall");
    await control(f.stack, "faults", {
      path: notesPath,
      method: "POST",
      delayMs: 30_000,
    });

    await saveButton(page).click();

    await expect(noteSaved(page)).toBeVisible({ timeout: 40_000 });
    await page.waitForTimeout(16_000);
    await record(
      f,
      "30 s stall (15 s client timeout)",
      contact.id,
      text,
      1,
      page,
    );
  });

  test("offline at the click, online 10 s later", async ({
    page,
    context,
    site,
    stack,
    admin,
  }) => {
    const f = { site, stack, admin };
    const { contact, text } = await prepare(page, f, "Offline");
    await context.setOffline(true);

    await saveButton(page).click();
    await expect(page.getByText(/You are offline/).first()).toBeVisible();
    await page.waitForTimeout(10_000);
    await context.setOffline(false);

    await expect(noteSaved(page)).toBeVisible({ timeout: 20_000 });
    await record(
      f,
      "offline at click, online 10 s later",
      contact.id,
      text,
      1,
      page,
    );
  });

  test("offline, the page closed and opened again, then online", async ({
    page,
    context,
    site,
    stack,
    admin,
  }) => {
    const f = { site, stack, admin };
    const { contact, message, text } = await prepare(page, f, "Reopened");
    await context.setOffline(true);
    await saveButton(page).click();
    await expect(page.getByText(/You are offline/).first()).toBeVisible();
    await page.close();
    await context.setOffline(false);

    const again = await context.newPage();
    await again.goto(`${f.site.url}/ticket.html`);
    await openClipper(again, message);

    await expect(noteSaved(again)).toBeVisible({ timeout: 20_000 });
    await record(
      f,
      "offline, page reloaded, then online",
      contact.id,
      text,
      1,
      again,
    );
  });

  test("the access token expires before the save", async ({
    page,
    site,
    stack,
    admin,
  }) => {
    const f = { site, stack, admin };
    const { contact, text } = await prepare(page, f, "Expired");
    await control(f.stack, "tokens/expire", { email: f.stack.demoUser.email });

    await saveButton(page).click();

    await expect(noteSaved(page)).toBeVisible({ timeout: 20_000 });
    await record(f, "access token expired mid-save", contact.id, text, 1, page);
  });

  test("the session is revoked before the save", async ({
    page,
    site,
    stack,
    admin,
  }) => {
    const f = { site, stack, admin };
    const { contact, text } = await prepare(page, f, "Revoked");
    await control(f.stack, "tokens/expire", { email: f.stack.demoUser.email });
    await control(f.stack, "tokens/revoke", { email: f.stack.demoUser.email });

    await saveButton(page).click();
    await signIn(page, f.stack);

    await expect(noteSaved(page)).toBeVisible({ timeout: 20_000 });
    await record(
      f,
      "refresh token revoked, signed in again",
      contact.id,
      text,
      1,
      page,
    );
  });

  test("two tabs refresh at once", async ({
    page,
    context,
    site,
    stack,
    admin,
  }) => {
    const f = { site, stack, admin };
    const first = await prepare(page, f, "Tab one");
    const other = await context.newPage();
    const second = await prepare(other, f, "Tab two", 1);
    await control(f.stack, "tokens/expire", { email: f.stack.demoUser.email });

    await Promise.all([saveButton(page).click(), saveButton(other).click()]);

    await expect(noteSaved(page)).toBeVisible({ timeout: 20_000 });
    await expect(noteSaved(other)).toBeVisible({ timeout: 20_000 });
    await record(
      f,
      "two tabs refreshing (tab 1)",
      first.contact.id,
      first.text,
      1,
      page,
    );
    await record(
      f,
      "two tabs refreshing (tab 2)",
      second.contact.id,
      second.text,
      1,
      other,
    );
  });

  test("a double click", async ({ page, site, stack, admin }) => {
    const f = { site, stack, admin };
    const { contact, text } = await prepare(page, f, "Double");
    await control(f.stack, "latency", { ms: 300, path: notesPath });

    await saveButton(page).dblclick();

    await expect(noteSaved(page)).toBeVisible();
    await record(f, "double click", contact.id, text, 1, page);
  });

  test("a reload while saving", async ({ page, site, stack, admin }) => {
    const f = { site, stack, admin };
    const { contact, message, text } = await prepare(page, f, "Reload");
    await control(f.stack, "latency", { ms: 3_000, path: notesPath });

    await saveButton(page).click();
    await page.waitForTimeout(500);
    await page.reload();
    await openClipper(page, message);

    await expect(noteSaved(page)).toBeVisible({ timeout: 30_000 });
    await page.waitForTimeout(4_000);
    await record(f, "reload while saving", contact.id, text, 1, page);
  });

  test("the contact is deleted before the save", async ({
    page,
    site,
    stack,
    admin,
  }) => {
    const f = { site, stack, admin };
    const { contact, text } = await prepare(page, f, "Deleted", 3);
    await f.stack.db.exec(`delete from contacts where id = ${contact.id}`);

    await saveButton(page).click();

    await expect(page.getByRole("alert")).toContainText(
      "This contact no longer exists",
    );
    await record(f, "contact deleted before saving", contact.id, text, 0, page);
  });
});
