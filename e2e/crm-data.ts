import type { Page } from "@playwright/test";
import type { Message } from "./fixtures.ts";
import type { Stack } from "./stack/server.ts";

export interface Contact {
  id: number;
  first_name: string;
  last_name: string;
  email_jsonb: { email: string }[] | null;
  last_seen: string | null;
  status: string | null;
}

type Admin = (path: string) => Promise<Record<string, unknown>[]>;

export async function allContacts(admin: Admin): Promise<Contact[]> {
  return (await admin(
    "contacts?select=id,first_name,last_name,email_jsonb,last_seen,status&order=id",
  )) as unknown as Contact[];
}

export function emailsOf(contact: Contact): string[] {
  return (contact.email_jsonb ?? []).map((entry) => entry.email);
}

/** Contacts holding `email`, exactly. */
export function holders(contacts: Contact[], email: string): Contact[] {
  return contacts.filter((contact) => emailsOf(contact).includes(email));
}

/**
 * A contact whose first address is its own alone: no other contact holds
 * it or an address containing it.
 */
export function soleSender(contacts: Contact[], skip = 0): Contact {
  const found = contacts.filter((contact) => {
    const email = emailsOf(contact)[0];
    if (email === undefined || contact.last_seen === null) return false;
    return contacts.every(
      (other) =>
        other.id === contact.id ||
        emailsOf(other).every((address) => !address.includes(email)),
    );
  });
  const contact = found[skip];
  if (contact === undefined)
    throw new Error("The demo data has no such contact");
  return contact;
}

/** The first address two contacts share. */
export function sharedAddress(contacts: Contact[]): string {
  for (const contact of contacts) {
    for (const email of emailsOf(contact)) {
      if (holders(contacts, email).length > 1) return email;
    }
  }
  throw new Error("The demo data has no shared address");
}

export async function notesOf(
  admin: Admin,
  contactId: number,
): Promise<{ id: number; text: string; status: string; sales_id: number }[]> {
  return (await admin(
    `contact_notes?contact_id=eq.${contactId}&select=id,text,status,sales_id,date&order=id`,
  )) as unknown as {
    id: number;
    text: string;
    status: string;
    sales_id: number;
  }[];
}

export async function openClipper(page: Page, message: Message): Promise<void> {
  await page.waitForFunction(() => "CrmClipper" in window);
  await page.evaluate((m) => {
    (
      window as unknown as { CrmClipper: { open(m: object): void } }
    ).CrmClipper.open(m);
  }, message);
}

export async function signIn(page: Page, stack: Stack): Promise<void> {
  await page
    .getByRole("textbox", { name: "Email", exact: true })
    .fill(stack.demoUser.email);
  await page
    .getByLabel("Password", { exact: true })
    .fill(stack.demoUser.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.getByRole("button", { name: "Sign out", exact: true }).waitFor();
}
