import type { IncomingMessage, ServerResponse } from "node:http";
import type { StackResponse } from "./context.ts";

/** Headers every Supabase answer carries for browsers on other origins. */
const EXPOSED_HEADERS = [
  "Content-Encoding",
  "Content-Location",
  "Content-Range",
  "Content-Type",
  "Date",
  "Location",
  "Range-Unit",
  "Preference-Applied",
  "X-Supabase-Api-Version",
].join(", ");

const DEFAULT_ALLOWED_HEADERS =
  "authorization, x-client-info, apikey, content-type, prefer, range, " +
  "range-unit, accept, accept-profile, content-profile, x-supabase-api-version";

export function corsHeaders(): Record<string, string> {
  return {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Expose-Headers": EXPOSED_HEADERS,
  };
}

/** The preflight answer: any origin, the methods and headers asked for. */
export function preflightHeaders(req: IncomingMessage): Record<string, string> {
  const asked = req.headers["access-control-request-headers"];
  return {
    ...corsHeaders(),
    "Access-Control-Allow-Methods": "GET, HEAD, POST, PUT, PATCH, DELETE",
    "Access-Control-Allow-Headers":
      typeof asked === "string" && asked !== ""
        ? asked
        : DEFAULT_ALLOWED_HEADERS,
    "Access-Control-Max-Age": "3600",
  };
}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export function lowercaseHeaders(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    headers[name.toLowerCase()] = Array.isArray(value)
      ? value.join(", ")
      : value;
  }
  return headers;
}

export function send(
  req: IncomingMessage,
  res: ServerResponse,
  response: StackResponse,
): void {
  const headers: Record<string, string> = {
    ...corsHeaders(),
    ...response.headers,
  };
  let body = "";
  if (response.body !== undefined) {
    body =
      typeof response.body === "string"
        ? response.body
        : JSON.stringify(response.body);
    if (!hasHeader(headers, "content-type")) {
      headers["Content-Type"] = "application/json; charset=utf-8";
    }
  }
  res.writeHead(response.status, headers);
  res.end(req.method === "HEAD" ? undefined : body);
}

function hasHeader(headers: Record<string, string>, name: string): boolean {
  return Object.keys(headers).some((key) => key.toLowerCase() === name);
}
