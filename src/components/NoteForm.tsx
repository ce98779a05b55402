import { useId } from "preact/hooks";
import { useApp } from "./context.ts";
import { ErrorNotice } from "./ErrorNotice.tsx";
import { StatusPicker } from "./StatusPicker.tsx";

/** The note's text and status, saved with the button or Ctrl/Cmd+Enter. */
export function NoteForm() {
  const app = useApp();
  const { note, strings } = app;
  const id = useId();
  const isSaving = note.isSaving.value;
  const error = note.error.value;
  const problem = note.problem.value;

  const save = () => void app.save();
  const onSubmit = (event: Event) => {
    event.preventDefault();
    save();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      save();
    }
  };

  return (
    <form class="stack-tight" onSubmit={onSubmit} onKeyDown={onKeyDown}>
      <label class="field" for={`${id}-note`}>
        <span>{strings.note}</span>
        <textarea
          id={`${id}-note`}
          rows={8}
          data-autofocus
          aria-describedby={`${id}-hint`}
          value={note.draft.value}
          onInput={(event) => note.setDraft(event.currentTarget.value)}
        />
      </label>
      <StatusPicker />
      {problem && (
        <p class="notice notice-error" role="alert">
          {problem === "no-contact" ? strings.chooseContact : strings.writeNote}
        </p>
      )}
      {error && <ErrorNotice error={error} onRetry={save} />}
      {note.isQueued.value && (
        <p class="notice" role="status">
          {strings.queued}
        </p>
      )}
      <div class="actions">
        <span id={`${id}-hint`} class="muted">
          {strings.saveHint}
        </span>
        <button type="submit" class="primary" aria-disabled={isSaving}>
          {note.retry.value
            ? strings.retrying
            : isSaving
              ? strings.saving
              : strings.saveNote}
        </button>
      </div>
    </form>
  );
}
