import { useId } from "preact/hooks";
import { useApp } from "./context.ts";

/** Finds another contact by name or email. */
export function ContactSearch() {
  const app = useApp();
  const { contacts, strings } = app;
  const id = useId();

  const onSubmit = (event: Event) => {
    event.preventDefault();
    const text = contacts.query.value.trim();
    if (text) void app.search(text);
  };

  return (
    <form class="search" onSubmit={onSubmit}>
      <label class="visually-hidden" for={`${id}-search`}>
        {strings.searchLabel}
      </label>
      <input
        id={`${id}-search`}
        type="search"
        placeholder={strings.searchLabel}
        value={contacts.query.value}
        onInput={(event) => contacts.setQuery(event.currentTarget.value)}
      />
      <button type="submit">{strings.search}</button>
    </form>
  );
}
