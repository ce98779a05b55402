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

type Admin = Parameters<typeof allContacts>[0];

function noteBox(page: Page) {
  return page.getByRole("textbox", { name: "Note" });
}

async function save(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Save note" }).click();
  await expect(page.getByRole("dialog").getByText("Note saved")).toBeVisible();
}

async function lastNote(admin: Admin, contactId: number): Promise<string> {
  const notes = await notesOf(admin, contactId);
  return notes.at(-1)?.text ?? "";
}

/** Milliseconds to type `text` at the end of `box`, the note by default. */
async function typingTime(
  page: Page,
  text: string,
  box = noteBox(page),
): Promise<number> {
  await box.evaluate((box: HTMLTextAreaElement) => {
    box.focus();
    box.setSelectionRange(box.value.length, box.value.length);
  });
  const start = Date.now();
  await page.keyboard.type(text);
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(resolve)),
  );
  return Date.now() - start;
}

test.describe("bad input", () => {
  test.beforeEach(({ site, stack }) => {
    site.page("/bad-input.html", { html: hostPage(scriptTag(stack)) });
  });

  test("shows the note for a malformed address and lets the user search", async ({
    page,
    site,
    stack,
    admin,
  }) => {
    const contact = soleSender(await allContacts(admin), 8);
    await page.goto(`${site.url}/bad-input.html`);

    await openClipper(page, {
      email: "not an address@",
      subject: "Malformed",
      message: "Still worth saving",
    });
    await signIn(page, stack);

    await expect(noteBox(page)).toHaveValue("Malformed\n\nStill worth saving");
    await expect(
      page.getByText('"not an address@" is not a valid email address.', {
        exact: false,
      }),
    ).toBeVisible();
    await page
      .getByRole("searchbox", { name: "Search contacts" })
      .fill(contact.last_name);
    await page
      .getByRole("radio", {
        name: new RegExp(`${contact.first_name} ${contact.last_name}`),
      })
      .first()
      .check();
    await save(page);
    expect(await lastNote(admin, contact.id)).toBe(
      "Malformed\n\nStill worth saving",
    );
  });

  test("opens without an address and asks for a search", async ({
    page,
    site,
    stack,
  }) => {
    await page.goto(`${site.url}/bad-input.html`);

    await openClipper(page, { message: "No sender" });
    await signIn(page, stack);

    await expect(noteBox(page)).toHaveValue("No sender");
    await expect(
      page.getByText("Search for the contact this note is about."),
    ).toBeVisible();
  });

  test("warns once about fields that are not text, and never throws", async ({
    page,
    site,
    stack,
  }) => {
    const warnings: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "warning") warnings.push(message.text());
    });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${site.url}/bad-input.html`);
    await page.waitForFunction(() => "CrmClipper" in window);

    await page.evaluate(async () => {
      const api = (
        window as unknown as { CrmClipper: { open(m: unknown): unknown } }
      ).CrmClipper;
      const odd = {
        email: { address: "x" },
        name: ["Ada"],
        subject: 20261114,
        message: () => "a function",
      };
      await api.open(odd);
      await api.open(odd);
      await api.open("just a string");
      await api.open(42);
    });
    await signIn(page, stack);

    await expect(noteBox(page)).toHaveValue("20261114");
    expect(errors).toEqual([]);
    const about = (field: string) =>
      warnings.filter((text) => text.includes(`open(): ${field} is not text`));
    expect(about("email")).toHaveLength(1);
    expect(about("name")).toHaveLength(1);
    expect(about("message")).toHaveLength(1);
    expect(about("subject")).toHaveLength(0);
    expect(
      warnings.filter((text) => text.includes("open() takes")),
    ).toHaveLength(1);
  });

  test("stays responsive with a 1 MB message and saves it whole", async ({
    page,
    site,
    stack,
    admin,
  }) => {
    const contact = soleSender(await allContacts(admin), 9);
    const email = emailsOf(contact)[0]!;
    await page.goto(`${site.url}/bad-input.html`);
    await openClipper(page, { email, message: "small" });
    await signIn(page, stack);
    const small = await typingTime(page, "abcdefghij");

    await page.evaluate((address) => {
      const line = "The quick brown fox jumps over the lazy dog. 0123456789\n";
      const message = line.repeat(Math.ceil(2 ** 20 / line.length));
      (
        window as unknown as { CrmClipper: { open(m: object): void } }
      ).CrmClipper.open({ email: address, message });
    }, email);
    await expect
      .poll(() =>
        noteBox(page).evaluate((box: HTMLTextAreaElement) => box.value.length),
      )
      .toBeGreaterThan(2 ** 20 - 100);
    const large = await typingTime(page, "abcdefghij");
    const expected = await noteBox(page).inputValue();
    await save(page);
    await page.evaluate((text) => {
      const plain = document.createElement("textarea");
      plain.id = "plain";
      plain.value = text;
      document.body.prepend(plain);
    }, expected);
    const plain = await typingTime(page, "abcdefghij", page.locator("#plain"));

    const ratio = large / Math.max(small, 1);
    const overPlain = large / Math.max(plain, 1);
    console.log(
      `typing 10 characters: ${small} ms in a small note, ${large} ms in a 1 MB note (ratio ${ratio.toFixed(1)}), ${plain} ms in a plain 1 MB textarea (Clipper / plain ${overPlain.toFixed(1)})`,
    );
    expect(ratio).toBeLessThan(50);
    expect(overPlain).toBeLessThan(3);
    const saved = await lastNote(admin, contact.id);
    expect(saved.length).toBe(expected.length);
    expect(saved).toBe(expected);
  });

  test("keeps control characters, right-to-left text, emoji and marks", async ({
    page,
    site,
    stack,
    admin,
  }) => {
    const contact = soleSender(await allContacts(admin), 10);
    const message = [
      "bell\u0007 escape\u001b[31m tab\there \u007f del",
      "עברית ומספרים 123 \u202eoverride\u202c العربية",
      "family 👩‍👩‍👧‍👦 flag 🇫🇷 skin 👍🏽",
      "e\u0301 n\u0303 Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇",
    ].join("\n");
    await page.goto(`${site.url}/bad-input.html`);

    await openClipper(page, {
      email: emailsOf(contact)[0]!,
      subject: "Unicode",
      message,
    });
    await signIn(page, stack);
    await expect(noteBox(page)).toHaveValue(`Unicode\n\n${message}`);
    await save(page);

    expect(await lastNote(admin, contact.id)).toBe(`Unicode\n\n${message}`);
  });

  test("treats markup and scripts in the message as text", async ({
    page,
    site,
    stack,
    admin,
  }) => {
    const contact = soleSender(await allContacts(admin), 11);
    await page.goto(`${site.url}/bad-input.html`);

    await openClipper(page, {
      email: emailsOf(contact)[0]!,
      name: '<img src=x onerror="window.pwned=3">',
      subject: '<img src=x onerror="window.pwned=4">',
      message:
        'Hello <b>there</b><img src=x onerror="window.pwned=1"><script>window.pwned=2</script>',
    });
    await signIn(page, stack);
    const expected = '<img src=x onerror="window.pwned=4">\n\nHello there';
    await expect(noteBox(page)).toHaveValue(expected);
    await save(page);

    expect(await page.evaluate(() => "pwned" in window)).toBe(false);
    expect(await lastNote(admin, contact.id)).toBe(expected);
    const injected = await page.evaluate(
      () => document.querySelectorAll("img, script:not([src])").length,
    );
    expect(injected).toBe(0);
  });

  test("searches with PostgREST's grammar characters without failing", async ({
    page,
    site,
    stack,
  }) => {
    const refused: string[] = [];
    page.on("response", (response) => {
      const isCrm = response.url().startsWith(stack.url);
      if (isCrm && response.status() >= 400) refused.push(response.url());
    });
    await page.goto(`${site.url}/bad-input.html`);
    await openClipper(page, {
      email: "o'hara+x_%*,().\":\\@ex-ample.test",
      message: "Grammar",
    });
    await signIn(page, stack);
    await expect(
      page.getByRole("dialog").getByText("No contact has the address"),
    ).toBeVisible();
    const search = page.getByRole("searchbox", { name: "Search contacts" });

    for (const text of [
      ',()."*%_\\',
      "a,b (c) d.e",
      'x"y\\z',
      "or=(id.gt.0)",
    ]) {
      await search.fill(text);
      const answered = page.waitForResponse((response) =>
        response.url().includes("/rest/v1/contacts_summary"),
      );
      await page.getByRole("button", { name: "Search", exact: true }).click();
      await answered;
      await expect(
        page.getByRole("dialog").getByText("No contact found."),
      ).toBeVisible();
    }

    await expect(page.getByRole("alert")).toHaveCount(0);
    expect(refused).toEqual([]);
  });

  test("falls back to defaults for wrong data- attributes", async ({
    page,
    site,
    stack,
  }) => {
    const warnings: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "warning") warnings.push(message.text());
    });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    site.page("/bad-attributes.html", {
      html: hostPage(
        scriptTag(stack, {
          "data-theme": "neon",
          "data-position": "middle",
          "data-locale": "12",
          "data-launcher": "maybe",
          "data-email-selector": "[[[",
          "data-crm-url": "javascript:alert(1)",
        }),
      ),
    });

    await page.goto(`${site.url}/bad-attributes.html`);
    await page.getByRole("button", { name: "Save to CRM" }).click();
    await signIn(page, stack);

    await expect(noteBox(page)).toBeVisible();
    expect(errors).toEqual([]);
    for (const expected of [
      'data-theme "neon"',
      'data-position "middle"',
      'data-launcher "maybe"',
      'data-email-selector "[[["',
      "data-crm-url",
    ]) {
      expect(
        warnings.some((text) => text.includes(expected)),
        expected,
      ).toBe(true);
    }
  });
});
