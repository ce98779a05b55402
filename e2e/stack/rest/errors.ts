/**
 * PostgREST's error answers: `{code, message, details, hint}` with the
 * HTTP status PostgREST gives each PGRST code and each SQLSTATE.
 */
import type { RequestRole, StackResponse } from "../context.ts";
import { isPostgresError } from "../db/database.ts";

/** An error PostgREST itself raises, before or after Postgres answers. */
export class RestError extends Error {
  override readonly name = "RestError";
  readonly status: number;
  readonly code: string;
  readonly details: string | null;
  readonly hint: string | null;
  readonly headers: Record<string, string>;

  constructor(
    status: number,
    code: string,
    message: string,
    details: string | null = null,
    hint: string | null = null,
    headers: Record<string, string> = {},
  ) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
    this.hint = hint;
    this.headers = headers;
  }
}

/** PGRST100: a query parameter that does not parse. */
export function parseError(message: string, details: string): RestError {
  return new RestError(400, "PGRST100", message, details);
}

/** PGRST102: a body that is not the JSON expected. */
export function invalidBody(message = "Empty or invalid json"): RestError {
  return new RestError(400, "PGRST102", message);
}

/** 42703, worded as Postgres words it for a qualified column reference. */
export function unknownColumn(
  relation: string,
  column: string,
  near: string | null,
): RestError {
  return new RestError(
    400,
    "42703",
    `column ${relation}.${column} does not exist`,
    null,
    near === null
      ? null
      : `Perhaps you meant to reference the column "${relation}.${near}".`,
  );
}

/** The status PostgREST answers a Postgres error with. */
export function statusOfSqlState(code: string, role: RequestRole): number {
  if (code === "42501") return role === "anon" ? 401 : 403;
  const exact: Record<string, number> = {
    "23503": 409,
    "23505": 409,
    "25006": 405,
    "53400": 500,
    P0001: 400,
    "42883": 404,
    "42P01": 404,
    "42P17": 500,
  };
  const known = exact[code];
  if (known !== undefined) return known;
  const byClass: Record<string, number> = {
    "08": 503,
    "09": 500,
    "0L": 403,
    "0P": 403,
    "25": 500,
    "28": 403,
    "2D": 500,
    "38": 500,
    "39": 500,
    "3B": 500,
    "40": 500,
    "53": 503,
    "54": 500,
    "55": 500,
    "57": 500,
    "58": 500,
    F0: 500,
    HV: 500,
    P0: 500,
    XX: 500,
  };
  if (/^PT\d{3}$/.test(code)) return Number(code.slice(2));
  return byClass[code.slice(0, 2)] ?? 400;
}

/** The response for anything a request threw, or undefined if unknown. */
export function errorResponse(
  error: unknown,
  role: RequestRole,
): StackResponse | undefined {
  if (error instanceof RestError) {
    return {
      status: error.status,
      headers: { ...jsonHeaders(), ...error.headers },
      body: {
        code: error.code,
        details: error.details,
        hint: error.hint,
        message: error.message,
      },
    };
  }
  if (isPostgresError(error)) {
    return {
      status: statusOfSqlState(error.code, role),
      headers: jsonHeaders(),
      body: {
        code: error.code,
        details: error.detail ?? null,
        hint: error.hint ?? null,
        message: error.message,
      },
    };
  }
  return undefined;
}

export function jsonHeaders(): Record<string, string> {
  return { "Content-Type": "application/json; charset=utf-8" };
}
