/**
 * What a reader finds on the page: the message and who sent it. A field the
 * page does not show is missing or blank.
 */
export interface PageClip {
  email?: string | undefined;
  name?: string | undefined;
  subject?: string | undefined;
  /** Plain text: the selection, or the open message's body. */
  message: string;
}

/**
 * How much of a message too long for the address bar travelled, counted in
 * UTF-16 code units (JavaScript string length): the first `kept` of `total`.
 */
export interface Cut {
  kept: number;
  total: number;
}

/** What the bookmarklet passes to the Clipper page. */
export interface Clip extends PageClip {
  /** Set when the message was cut to fit in the URL. */
  cut?: Cut;
}
