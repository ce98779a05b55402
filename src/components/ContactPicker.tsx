import { useId } from "preact/hooks";
import { isEmailAddress } from "../text/email.ts";
import { ContactCard } from "./ContactCard.tsx";
import { useApp } from "./context.ts";
import { ErrorNotice } from "./ErrorNotice.tsx";

/** The contacts matching the message, as a radio group named "Contact". */
export function ContactPicker() {
  const app = useApp();
  const { contacts, strings } = app;
  const id = useId();
  const matches = contacts.matches.value;
  const lookup = contacts.lookup.value;
  const selectedId = contacts.selected.value?.id;
  const error = contacts.error.value;

  return (
    <section class="stack-tight" aria-labelledby={`${id}-label`}>
      <h3 id={`${id}-label`} class="section-title">
        {strings.contact}
      </h3>
      {contacts.isLoading.value ? (
        <p class="muted">{strings.finding}</p>
      ) : error ? (
        <ErrorNotice error={error} onRetry={() => void app.retryLookup()} />
      ) : (
        summary() && <p class="muted">{summary()}</p>
      )}
      {matches.length > 0 && (
        <div class="cards" role="radiogroup" aria-labelledby={`${id}-label`}>
          {matches.map((contact) => (
            <label class="card" key={contact.id}>
              <input
                type="radio"
                name={`${id}-contact`}
                value={String(contact.id)}
                checked={contact.id === selectedId}
                onChange={() => contacts.select(contact.id)}
              />
              <ContactCard
                contact={contact}
                statuses={app.note.statuses.value}
                strings={strings}
              />
            </label>
          ))}
        </div>
      )}
    </section>
  );

  function summary(): string {
    if (!lookup) return strings.noEmail;
    if (lookup.kind === "search") {
      return matches.length ? strings.found(matches.length) : strings.noResults;
    }
    if (!isEmailAddress(lookup.email))
      return strings.invalidEmail(lookup.email);
    if (matches.length === 0) return strings.noMatch(lookup.email);
    return matches.length > 1 ? strings.severalMatch : "";
  }
}
