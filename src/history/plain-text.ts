// Text kept in the history is plain text: what looks like an HTML tag is never stored, and a
// file that carries one is no export of WhoSaid's (see import.ts).

const TAG = /<\/?[a-z!?][^<>]*>/gi;

export function holdsMarkup(text: string): boolean {
  TAG.lastIndex = 0;
  return TAG.test(text);
}

/** The text with anything shaped like a tag removed, white space collapsed, cut to `max` characters. */
export function plainClip(text: string, max: number): string {
  const t = text.replace(TAG, ' ').replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
