import type { Contact, NoteStatus } from "../crm/types.ts";
import type { Strings } from "../i18n/index.ts";
import { Avatar } from "./Avatar.tsx";

export interface ContactCardProps {
  contact: Contact;
  statuses: NoteStatus[];
  strings: Strings;
}

/** A contact's name, title, company, status, open tasks and avatar. */
export function ContactCard({ contact, statuses, strings }: ContactCardProps) {
  const name = `${contact.firstName} ${contact.lastName}`.trim();
  const role = [contact.title, contact.companyName].filter(Boolean).join(" · ");
  const status = statuses.find((s) => s.value === contact.status);

  return (
    <span class="card-content">
      <Avatar name={name} src={contact.avatarUrl} />
      <span class="card-text">
        <span class="card-name">{name}</span>
        {role && <span class="card-line">{role}</span>}
        {contact.emails[0] && (
          <span class="card-line muted">{contact.emails[0]}</span>
        )}
        <span class="card-tags">
          {contact.status && (
            <span class="tag">
              <span
                class="dot"
                style={{ background: status?.color ?? "currentColor" }}
              />
              {status?.label ?? contact.status}
            </span>
          )}
          {contact.openTasks !== null && (
            <span class="tag">{strings.openTasks(contact.openTasks)}</span>
          )}
        </span>
      </span>
    </span>
  );
}
