/** Request bodies as GoTrue decodes them into its parameter structs. */
import type { StackRequest } from "../context.ts";
import { badRequest } from "./errors.ts";
import type { JsonObject } from "./users.ts";

const BAD_JSON = "bad_json";

/** The JSON object in the body; GoTrue answers `bad_json` otherwise. */
export function readParams(req: StackRequest): JsonObject {
  if (req.body.trim() === "") {
    throw badRequest(BAD_JSON, "Could not parse request body as JSON: EOF");
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(req.body);
  } catch (error) {
    throw badRequest(
      BAD_JSON,
      `Could not parse request body as JSON: ${(error as Error).message}`,
    );
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw badRequest(
      BAD_JSON,
      "Could not parse request body as JSON: json: cannot unmarshal into Go value of type object",
    );
  }
  return parsed as JsonObject;
}

/** A string field; absent or null reads as "", as in a Go struct. */
export function stringParam(params: JsonObject, name: string): string {
  const value = params[name];
  if (value === undefined || value === null) return "";
  if (typeof value !== "string") throw mistyped(name, value, "string");
  return value;
}

/** An object field such as `data`; absent or null reads as undefined. */
export function objectParam(
  params: JsonObject,
  name: string,
): JsonObject | undefined {
  const value = params[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "object" || Array.isArray(value)) {
    throw mistyped(name, value, "map[string]interface {}");
  }
  return value as JsonObject;
}

export function booleanParam(params: JsonObject, name: string): boolean {
  const value = params[name];
  if (value === undefined || value === null) return false;
  if (typeof value !== "boolean") throw mistyped(name, value, "bool");
  return value;
}

function mistyped(name: string, value: unknown, goType: string) {
  const jsonType = Array.isArray(value) ? "array" : typeof value;
  return badRequest(
    BAD_JSON,
    `Could not parse request body as JSON: json: cannot unmarshal ${jsonType} into Go struct field .${name} of type ${goType}`,
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(text: string): boolean {
  return UUID.test(text);
}
