import { type CrmError, HttpError, isCrmError } from "../crm/errors.ts";

/** `error` when the client threw it, otherwise a bug reported as such. */
export function asCrmError(error: unknown): CrmError {
  if (isCrmError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new HttpError(0, { message });
}
