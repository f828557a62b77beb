// An invented article with the shapes readers saw shown wrongly: a headline "Name: quote", a
// sentence adverb between commas, a relative clause after a speaker, and a relative named by
// kinship and in full.
export const ROLES_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Harbour news</title></head>
<body><article>
<h1>Tobin Hale: “The pier will not be sold to anyone”</h1>
<p>The Saltmere council met on Monday to discuss the future of the old pier, which has been closed since the spring storms.</p>
<p>Mayor Tobin Hale, however, said the council had received no offer for the pier and would not seek one this year.</p>
<p>A fisherman who lost his nets to the harbour master on Friday said the rules for moorings were unfair to small boats.</p>
<p>Lina Marsh, 34, lost her home in the flood last month and now lives with her parents near the harbour.</p>
<p>“We have nothing left but the boat,” her mother, Greta, said.</p>
<p>Greta Marsh said the council had ignored the family's letters about the sea wall for two years.</p>
</article></body></html>`;

/** A point inside the first highlighted range whose text contains `text`, for hovering. */
export function pointOnStatement(text: string): { x: number; y: number } | null {
  const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  let point: { x: number; y: number } | null = null;
  registry?.forEach((highlight, name) => {
    if (point || !name.startsWith('whosaid-')) return;
    highlight.forEach((r) => {
      const range = r as Range;
      if (point || !range.toString().includes(text)) return;
      const rect = range.getClientRects()[0];
      if (rect && rect.width > 4) point = { x: rect.left + Math.min(20, rect.width / 2), y: rect.top + rect.height / 2 };
    });
  });
  return point;
}

/** The popup's sources: name, role and the cue line of each statement. */
export function popupSources(): { name: string; role: string; cues: string[] }[] {
  return Array.from(document.querySelectorAll<HTMLElement>('.actor-name')).map((nameEl) => {
    const box = nameEl.closest('li.actor') ?? nameEl.parentElement!;
    return {
      name: nameEl.textContent ?? '',
      role: box.querySelector('.actor-role')?.textContent ?? '',
      cues: Array.from(box.querySelectorAll('.statement-cue')).map((c) => c.textContent ?? ''),
    };
  });
}
