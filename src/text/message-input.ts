import type { ClipperMessage, MessageField } from "../options.ts";

const fields: readonly MessageField[] = ["email", "name", "subject", "message"];

/** A message as a page passed it to `open()`, and what was wrong with it. */
export interface MessageInput {
  /** `undefined` when the page passed none: the Clipper reads the page. */
  message: ClipperMessage | undefined;
  /** What the page's author should change; the Clipper goes on without. */
  problems: string[];
}

/**
 * Checks what a page passed to `open()`; never throws. Text fields are
 * kept as they are, numbers become text (a ticket number as a subject),
 * anything else is dropped with a problem to report.
 */
export function readMessageInput(value: unknown): MessageInput {
  if (value === undefined || value === null) {
    return { message: undefined, problems: [] };
  }
  if (typeof value !== "object" || Array.isArray(value)) {
    return {
      message: undefined,
      problems: [
        "open() takes { email, name, subject, message }; ignoring the rest.",
      ],
    };
  }

  const given = value as Partial<Record<MessageField, unknown>>;
  const message: ClipperMessage = {};
  const problems: string[] = [];
  for (const field of fields) {
    const raw = ownField(given, field);
    if (raw === undefined || raw === null) continue;
    if (typeof raw === "string") message[field] = raw;
    else if (typeof raw === "number" && Number.isFinite(raw)) {
      message[field] = String(raw);
    } else {
      problems.push(`open(): ${field} is not text; ignoring it.`);
    }
  }
  return { message, problems };
}

/** The field's own value; a throwing getter or proxy counts as absent. */
function ownField(
  given: Partial<Record<MessageField, unknown>>,
  field: MessageField,
): unknown {
  try {
    return Object.hasOwn(given, field) ? given[field] : undefined;
  } catch {
    return undefined;
  }
}
