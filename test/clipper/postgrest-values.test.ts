import { describe, expect, it } from "vitest";
import {
  containsPattern,
  likeLiteral,
  quoteValue,
} from "../../src/crm/postgrest-values.ts";

describe("PostgREST values", () => {
  it("escapes LIKE wildcards so they match literally", () => {
    expect(likeLiteral("jane_doe%x\\y")).toBe("jane\\_doe\\%x\\\\y");
  });

  it("turns a star into a one-character wildcard, the closest PostgREST allows", () => {
    expect(likeLiteral("a*b")).toBe("a_b");
  });

  it("wraps a contains pattern in stars", () => {
    expect(containsPattern("bob@acme.test")).toBe("*bob@acme.test*");
  });

  it("quotes values holding the grammar of logic trees", () => {
    expect(quoteValue('a,b(c)."d"\\')).toBe('"a,b(c).\\"d\\"\\\\"');
  });
});
