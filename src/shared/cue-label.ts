// How a statement's cue is shown to a reader. Most cues are words ("said", "denied"); a
// headline "Name: what they said" is attributed by its colon, and a signed quote by its dash.
// Punctuation shown as a cue ("— :") reads as a glitch, so those say what kind of
// attribution they are instead.

export type CueLabel =
  | { kind: 'words'; text: string }
  | { kind: 'headline' }
  | { kind: 'signature' }
  | { kind: 'none' };

export function cueLabel(cue: string): CueLabel {
  const text = cue.trim();
  if (!text) return { kind: 'none' };
  if (/\p{L}/u.test(text)) return { kind: 'words', text };
  // The engine's only colon cue is a headline's (or subheading's) "Name: …".
  if (text.includes(':')) return { kind: 'headline' };
  return { kind: 'signature' };
}

/** The short form the panel puts after a statement: "said", "headline", "signed". */
export function cueShort(cue: string): string {
  const label = cueLabel(cue);
  return label.kind === 'words' ? label.text : label.kind === 'headline' ? 'headline' : label.kind === 'signature' ? 'signed' : '';
}

/** The card's line about the cue. */
export function cueLine(cue: string): string {
  const label = cueLabel(cue);
  if (label.kind === 'words') return `Cue: “${label.text}”`;
  if (label.kind === 'headline') return 'Attributed in a headline (“Name: …”)';
  if (label.kind === 'signature') return 'Signed quote (“— Name”)';
  return '';
}
