import { describe, expect, it } from "vitest";
import { isEmailAddress } from "../../src/text/email.ts";

describe("isEmailAddress", () => {
  it("accepts addresses, special characters included", () => {
    for (const address of [
      "ada@acme.test",
      " Ada.Lovelace@Acme.Example.com ",
      "o'hara+test_%*@ex-ample.co.uk",
      'we,ird(one)."x"@acme.test',
    ]) {
      expect(isEmailAddress(address), address).toBe(true);
    }
  });

  it("refuses what cannot be an address", () => {
    for (const text of [
      "",
      "ada",
      "ada@",
      "@acme.test",
      "ada@acme",
      "ada@@acme.test",
      "ada lovelace@acme.test",
      "ada@acme..test",
    ]) {
      expect(isEmailAddress(text), text).toBe(false);
    }
  });
});
