import { describe, expect, it } from "vitest";
import {
  checkConfig,
  keyProblem,
  presetsFrom,
} from "../../src/install/config.ts";

const good = {
  supabaseUrl: "https://abcd.supabase.co",
  supabaseKey: "sb_publishable_abc",
  crmUrl: "https://crm.example.com",
};

/** A JWT (unsigned) whose payload holds `claims`. */
function jwt(claims: object): string {
  const part = (value: object) =>
    btoa(JSON.stringify(value)).replace(/=+$/, "").replace(/\+/g, "-");
  return `${part({ alg: "HS256" })}.${part(claims)}.signature`;
}

describe("the values preset in the query string", () => {
  it("reads the three fields by their names, trimmed", () => {
    const presets = presetsFrom(
      "?supabase-url=%20https%3A%2F%2Fabcd.supabase.co%20&supabase-key=sb_publishable_abc&crm-url=https%3A%2F%2Fcrm.example.com",
    );

    expect(presets).toEqual(good);
  });

  it("leaves out the fields the query does not name", () => {
    expect(presetsFrom("?crm-url=https%3A%2F%2Fcrm.example.com&x=1")).toEqual({
      crmUrl: "https://crm.example.com",
    });
    expect(presetsFrom("")).toEqual({});
  });
});

describe("checking the configuration", () => {
  it("accepts http(s) URLs and a publishable key, trimmed", () => {
    const checked = checkConfig({
      supabaseUrl: ` ${good.supabaseUrl} `,
      supabaseKey: `${good.supabaseKey}\n`,
      crmUrl: good.crmUrl,
    });

    expect(checked).toEqual({ ok: true, config: good });
  });

  it("marks blank fields with an empty message", () => {
    expect(
      checkConfig({ supabaseUrl: " ", supabaseKey: "", crmUrl: "" }),
    ).toEqual({
      ok: false,
      errors: { supabaseUrl: "", supabaseKey: "", crmUrl: "" },
    });
  });

  it("says what to enter for an address that is not an http(s) URL", () => {
    const checked = checkConfig({
      ...good,
      supabaseUrl: "abcd.supabase.co",
      crmUrl: "javascript:alert(1)",
    });

    expect(checked).toEqual({
      ok: false,
      errors: {
        supabaseUrl: expect.stringContaining("https://abcd.supabase.co"),
        crmUrl: expect.stringContaining("https://crm.example.com"),
      },
    });
  });

  it.each([
    ["a secret key", "sb_secret_abc"],
    ["a service_role JWT", jwt({ role: "service_role" })],
  ])("refuses %s", (_case, supabaseKey) => {
    const checked = checkConfig({ ...good, supabaseKey });

    expect(checked).toEqual({
      ok: false,
      errors: { supabaseKey: expect.stringContaining("secret key") },
    });
  });

  it("accepts a legacy anon JWT", () => {
    expect(keyProblem(jwt({ role: "anon" }))).toBeNull();
    expect(keyProblem("not.a.jwt")).toBeNull();
  });
});
