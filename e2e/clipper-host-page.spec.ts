import type { Locator } from "@playwright/test";
import {
  allContacts,
  emailsOf,
  openClipper,
  signIn,
  soleSender,
} from "./crm-data.ts";
import { expect, hostPage, scriptTag, test } from "./fixtures.ts";

function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element.matches(":focus"));
}

/** Global CSS of the kind that breaks widgets: resets, !important, 10px root. */
const HOSTILE_CSS = `
  html { font-size: 10px !important; }
  * { box-sizing: content-box !important; margin: 7px !important;
      padding: 3px !important; line-height: 3 !important;
      font-family: "Courier New", monospace !important;
      font-size: 19px !important; color: #c00 !important;
      letter-spacing: 2px !important; text-transform: uppercase !important;
      border-radius: 0 !important; }
  button, input, textarea, select { all: unset !important;
      background: yellow !important; }
  div, section, dialog, form { display: block !important;
      opacity: 0.9 !important; }
  body * { visibility: visible; direction: rtl !important;
      text-align: right !important; }
  [role], [aria-label] { outline: 5px dashed lime !important; }
`;

test.describe("a host page that tries to break it", () => {
  test("renders the panel exactly as on a plain page", async ({
    page,
    site,
    stack,
    admin,
  }) => {
    const contact = soleSender(await allContacts(admin), 4);
    const message = {
      email: emailsOf(contact)[0]!,
      subject: "Looks",
      message: "Same everywhere",
    };
    site.page("/plain.html", { html: hostPage(scriptTag(stack)) });
    site.page("/hostile.html", {
      html: hostPage(scriptTag(stack), `<style>${HOSTILE_CSS}</style>`),
    });

    const shots: Buffer[] = [];
    for (const path of ["/plain.html", "/hostile.html"]) {
      await page.goto(`${site.url}${path}`);
      await openClipper(page, message);
      if (shots.length === 0) await signIn(page, stack);
      await expect(page.getByRole("textbox", { name: "Note" })).toHaveValue(
        "Looks\n\nSame everywhere",
      );
      await page.getByRole("textbox", { name: "Note" }).blur();
      shots.push(
        await page.getByRole("dialog").screenshot({ animations: "disabled" }),
      );
    }

    expect(shots[1]!.equals(shots[0]!)).toBe(true);
  });

  test("leaves the page's own styles and elements alone", async ({
    page,
    site,
    stack,
  }) => {
    site.page("/own.html", {
      html: hostPage(
        `<p id="own">Page text</p>${scriptTag(stack)}`,
        "<style>p { color: rgb(1, 2, 3); }</style>",
      ),
    });
    await page.goto(`${site.url}/own.html`);
    const styleOf = () =>
      page.evaluate(() => {
        const own = document.getElementById("own")!;
        return [
          getComputedStyle(own).color,
          getComputedStyle(own).fontFamily,
          document.styleSheets.length,
          document.adoptedStyleSheets.length,
        ];
      });
    const before = await styleOf();

    await openClipper(page, { email: "looks@example.test" });
    await expect(
      page.getByRole("textbox", { name: "Email", exact: true }),
    ).toBeVisible();

    expect(await styleOf()).toEqual(before);
  });
});

test.describe("keyboard only", () => {
  test("opens, signs in, saves and closes without a mouse", async ({
    page,
    site,
    stack,
    admin,
  }) => {
    const contact = soleSender(await allContacts(admin), 5);
    site.page("/keys.html", {
      html: hostPage(
        `<button id="first">Page button</button>${scriptTag(stack, {
          "data-email-selector": "#from",
          "data-subject-selector": "#subject",
          "data-message-selector": "#body",
        })}
        <p id="from">${emailsOf(contact)[0]}</p>
        <h2 id="subject">Keyboard subject</h2>
        <div id="body"><p>Typed with keys.</p></div>`,
      ),
    });
    await page.goto(`${site.url}/keys.html`);
    const launcher = page.getByRole("button", { name: "Save to CRM" });
    await launcher.waitFor();

    await page.locator("#first").focus();
    for (let i = 0; i < 10 && !(await isFocused(launcher)); i++) {
      await page.keyboard.press("Tab");
    }
    await page.keyboard.press("Enter");
    const email = page.getByRole("textbox", { name: "Email", exact: true });
    await expect(email).toBeFocused();
    await page.keyboard.type(stack.demoUser.email);
    await page.keyboard.press("Tab");
    await page.keyboard.type(stack.demoUser.password);
    await page.keyboard.press("Enter");
    const note = page.getByRole("textbox", { name: "Note" });
    await expect(note).toHaveValue("Keyboard subject\n\nTyped with keys.");
    await expect(
      page.getByRole("radiogroup", { name: "Contact" }),
    ).toContainText(contact.last_name);
    for (let i = 0; i < 30 && !(await isFocused(note)); i++) {
      await page.keyboard.press("Tab");
    }
    await page.keyboard.press("Control+Enter");
    await expect(
      page.getByRole("dialog").getByText("Note saved"),
    ).toBeVisible();
    await page.keyboard.press("Escape");

    await expect(page.getByRole("dialog")).toHaveCount(0);
    await expect(launcher).toBeFocused();
  });
});
