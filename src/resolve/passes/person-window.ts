/** How far from a document's date a title sighting still identifies its holder. */
export const TITLE_WINDOW_DAYS = 365;
