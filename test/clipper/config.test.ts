import { describe, expect, it } from "vitest";
import { isSecretKey, parseConfig } from "../../src/config.ts";

const valid = {
  supabaseUrl: "https://abcd.supabase.co/",
  supabaseKey: "sb_publishable_abc",
  crmUrl: "https://crm.example.com/",
};

function jwt(claims: object): string {
  const part = (value: object) =>
    Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${part({ alg: "HS256", typ: "JWT" })}.${part(claims)}.signature`;
}

describe("parseConfig", () => {
  it("accepts a complete configuration and trims trailing slashes", () => {
    const { config, error, warnings } = parseConfig(valid, "property");

    expect(error).toBeNull();
    expect(warnings).toEqual([]);
    expect(config.supabaseUrl).toBe("https://abcd.supabase.co");
    expect(config.crmUrl).toBe("https://crm.example.com");
    expect(config).toMatchObject({
      theme: "auto",
      position: "bottom-right",
      launcher: true,
      locale: "en",
    });
  });

  it("names the data attribute to set when the URL is missing", () => {
    const { error } = parseConfig(
      { supabaseKey: valid.supabaseKey },
      "data-attribute",
    );

    expect(error?.problems).toEqual([
      expect.stringContaining("Set data-supabase-url"),
    ]);
  });

  it("refuses a URL that is not http(s)", () => {
    const { error } = parseConfig(
      { ...valid, supabaseUrl: "javascript:alert(1)" },
      "attribute",
    );

    expect(error?.problems[0]).toMatch(
      /supabase-url .* is not an http\(s\) URL/,
    );
  });

  it("asks for a key when there is none", () => {
    const { error } = parseConfig({ ...valid, supabaseKey: " " }, "property");

    expect(error?.problems[0]).toMatch(/Set supabaseKey/);
  });

  it.each([
    ["a secret key", "sb_secret_abc"],
    ["a service_role JWT", jwt({ role: "service_role" })],
  ])("refuses %s outright", (_, key) => {
    const { error } = parseConfig({ ...valid, supabaseKey: key }, "property");

    expect(error?.problems[0]).toMatch(/secret key/);
  });

  it("accepts an anon JWT", () => {
    expect(isSecretKey(jwt({ role: "anon" }))).toBe(false);
    expect(isSecretKey("not.a.jwt")).toBe(false);
  });

  it("replaces wrong values of optional attributes by their default, with a warning", () => {
    const { config, error, warnings } = parseConfig(
      { ...valid, theme: "purple", position: "middle", launcher: "false" },
      "data-attribute",
    );

    expect(error).toBeNull();
    expect(config.theme).toBe("auto");
    expect(config.position).toBe("bottom-right");
    expect(config.launcher).toBe(false);
    expect(warnings).toEqual([
      expect.stringContaining('data-theme "purple"'),
      expect.stringContaining('data-position "middle"'),
    ]);
  });

  it("ignores values that are not text", () => {
    const { error } = parseConfig(
      { ...valid, supabaseUrl: 42, crmUrl: {} },
      "property",
    );

    expect(error?.problems[0]).toMatch(/Set supabaseUrl/);
  });

  it("warns when there is no CRM URL to link to", () => {
    const { config, warnings } = parseConfig(
      { ...valid, crmUrl: undefined },
      "property",
    );

    expect(config.crmUrl).toBeNull();
    expect(warnings[0]).toMatch(/crmUrl/);
  });

  it("keeps the launcher unless turned off, warning of other values", () => {
    const launcher = (value: unknown) =>
      parseConfig({ ...valid, launcher: value }, "data-attribute");

    expect(launcher("false").config.launcher).toBe(false);
    expect(launcher(false).config.launcher).toBe(false);
    expect(launcher("true").warnings).toEqual([]);
    expect(launcher("maybe").config.launcher).toBe(true);
    expect(launcher("maybe").warnings).toEqual([
      'data-launcher "maybe" is not true or false; using true.',
    ]);
  });
});
