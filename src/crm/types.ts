/** The signed-in user's row in the CRM's `sales` table. */
export interface Salesperson {
  /** `sales.id`, what every `sales_id` column holds. */
  id: number;
  firstName: string;
  lastName: string;
  avatarUrl: string | null;
}

/** A contact as the Clipper shows it on a card. */
export interface Contact {
  id: number;
  firstName: string;
  lastName: string;
  title: string | null;
  companyName: string | null;
  /** A note status slug, such as `warm`. */
  status: string | null;
  /** Tasks not done yet; `null` when the instance does not say. */
  openTasks: number | null;
  avatarUrl: string | null;
  /** Lowercased addresses. */
  emails: string[];
}

/** One of the CRM's note statuses. */
export interface NoteStatus {
  value: string;
  label: string;
  color: string;
}

/** A note ready to send; keeps its date when it is sent again. */
export interface NoteRequest {
  contactId: number;
  text: string;
  status: string | null;
  /** ISO 8601. */
  date: string;
  /**
   * An earlier send got no clear answer: the CRM is asked for the note
   * before it is sent again.
   */
  mayExist?: boolean;
}

/** What saving a note produced. */
export interface SavedNote {
  noteId: number;
  contactId: number;
  /** HTTP requests the save took, token refreshes included. */
  requests: number;
}
