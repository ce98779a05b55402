import type { Cut } from "../bookmarklet/clip.ts";

const count = (value: number) => value.toLocaleString("en");

/** Says how much of a message cut to fit in the address arrived. */
export function cutNotice(cut: Cut): string {
  return (
    `This message was too long to pass whole: the first ` +
    `${count(cut.kept)} of ${count(cut.total)} characters arrived. ` +
    "Check the end of the note, or select the rest and save it as a second note."
  );
}

/** Says that the window is about to close, in `seconds`. */
export function closingNotice(seconds: number): string {
  return `Note saved. This window closes in ${seconds} seconds; click or press a key in it to keep it open.`;
}

/** Says that the window stays open after all. */
export const stayingNotice = "Note saved. This window stays open.";
