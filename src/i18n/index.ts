import { AuthError, type CrmError, HttpError } from "../crm/errors.ts";
import { contactGoneCode } from "../crm/notes.ts";
import { en, type Strings } from "./en.ts";
import { fr } from "./fr.ts";

export type { Strings };

const tables: Record<string, Strings> = { en, fr };

/** The strings for `locale` (`fr`, `fr-CA`…), English when unknown. */
export function stringsFor(locale: string): Strings {
  const language = locale.toLowerCase().split(/[-_]/)[0] ?? "";
  return tables[language] ?? en;
}

/** What to tell the user about `error`. */
export function describeError(error: CrmError, strings: Strings): string {
  const { errors } = strings;
  if (error instanceof AuthError) {
    switch (error.code) {
      case "invalid_credentials":
        return errors.invalidCredentials;
      case "user_banned":
        return errors.userBanned;
      case "email_not_confirmed":
        return errors.emailNotConfirmed;
      case "not_a_salesperson":
        return errors.notSalesperson;
      case "rate_limited":
        return errors.rateLimited;
      case "session_expired":
        return errors.sessionExpired;
      default:
        return errors.unknown;
    }
  }
  if (error instanceof HttpError) {
    const { status, code = "" } = error;
    if (code === contactGoneCode) return errors.contactGone;
    if (status === 401 || status === 403 || code === "42501") {
      return errors.forbidden;
    }
    if (status === 400 || status === 422 || code.startsWith("23")) {
      return errors.invalid;
    }
    return errors.server(status);
  }
  if (error.name === "NetworkError") return errors.network;
  if (error.name === "TimeoutError") return errors.timeout;
  return error.message;
}
