import { useEffect, useId, useRef } from "preact/hooks";
import { useApp } from "./context.ts";

/** How long typing pauses before the search runs. */
const typingPauseMs = 300;

/** Finds another contact by name or email, as the user types or submits. */
export function ContactSearch() {
  const app = useApp();
  const { contacts, strings } = app;
  const id = useId();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const search = () => {
    clearTimeout(timer.current);
    const text = contacts.query.value.trim();
    if (text) void app.search(text);
  };
  const onSubmit = (event: Event) => {
    event.preventDefault();
    search();
  };
  const onInput = (event: { currentTarget: HTMLInputElement }) => {
    contacts.setQuery(event.currentTarget.value);
    clearTimeout(timer.current);
    timer.current = setTimeout(search, typingPauseMs);
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
        onInput={onInput}
      />
      <button type="submit">{strings.search}</button>
    </form>
  );
}
