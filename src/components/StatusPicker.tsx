import { useId } from "preact/hooks";
import { useApp } from "./context.ts";

/** The note's status, among the CRM's note statuses. */
export function StatusPicker() {
  const app = useApp();
  const { note, strings } = app;
  const id = useId();
  const value = note.status.value ?? "";
  const statuses = note.statuses.value;
  const isKnown = value === "" || statuses.some((s) => s.value === value);

  return (
    <label class="field field-inline" for={id}>
      <span>{strings.status}</span>
      <select
        id={id}
        value={value}
        onChange={(event) =>
          note.chooseStatus(event.currentTarget.value || null)
        }
      >
        <option value="">{strings.noStatus}</option>
        {!isKnown && <option value={value}>{value}</option>}
        {statuses.map((status) => (
          <option key={status.value} value={status.value}>
            {status.label}
          </option>
        ))}
      </select>
    </label>
  );
}
