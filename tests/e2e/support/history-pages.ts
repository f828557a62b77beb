// Two small invented articles quoting the same person (Marta Kovalenko), for the history
// tests. Article B also holds a javascript: and a data: link beside her statement:
// neither may ever become a link in the popup.
function article(title: string, date: string, paras: string[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} - Valmora Daily</title>
<meta property="article:published_time" content="${date}"></head>
<body><header><a href="/">Valmora Daily</a></header><main><article><h1>${title}</h1>
${paras.map((p) => `<p>${p}</p>`).join('\n')}
</article></main></body></html>`;
}

export const HISTORY_A = article('Harbour authority rejects reports of a secret dredging contract', '2026-03-02T09:00:00Z', [
  'The Port of Valmora has denied reports that it signed a secret dredging contract with a foreign shipping group, as fishermen staged a second day of protests along the northern quay.',
  '"There is no contract, secret or otherwise, and there never was," said Marta Kovalenko, a spokeswoman for the port authority, speaking to reporters outside the harbour office on Tuesday.',
  'The reports first appeared in the <a href="https://courier.example/dredging-report">Valmora Courier report</a>, which cited two unnamed council officials and a draft agreement.',
  'Kovalenko denied that any money had changed hands and said the authority would publish its accounts next month.',
]);

export const HISTORY_B = article('Valmora port declines to comment on new dredging documents', '2026-03-06T09:00:00Z', [
  'The Port of Valmora on Friday declined to comment on newly published documents that appear to describe a dredging deal with a foreign shipping group, days after it denied that any such contract existed.',
  '"We will not comment on leaked papers while the council review is under way," Kovalenko said in a <a href="https://port.example/statement">short statement</a>, which also pointed readers to <a href="javascript:alert(1)">the review terms</a> and <a href="data:text/html,<b>x</b>">an annex</a>.',
  'Harbour spokeswoman Marta Kovalenko declined to say whether the authority had met representatives of the shipping group in March.',
  'Local fishermen said they would continue their protest until the full accounts are published, and several boats stayed in harbour for a third day.',
]);

/**
 * An article quoting named sources (Marta Kovalenko, Tomas Brandt, the Valmora Harbour Board)
 * and unnamed or described ones (US officials, a judge, her mother, his spokesman, analysts,
 * observers, both men): only the named may be remembered.
 */
export const HISTORY_MIXED = article('Harbour council split over the new ferry contract', '2026-03-09T09:00:00Z', [
  '"The contract was signed in the open," said Marta Kovalenko, a spokeswoman for the port authority, as the council met for a third time.',
  'US officials said the ferry company had not been vetted by the transport ministry before the contract was awarded.',
  'A judge said the council had acted within its powers when it voted on the contract in February.',
  'Her mother said she had not heard from her son, a ferry engineer, in weeks.',
  'His spokesman declined to comment on the allegations against the council chair.',
  'Analysts said the deal could raise fares on the northern routes by a fifth.',
  'Observers said the vote was rushed and the papers were published too late.',
  'Both men denied any wrongdoing in the award of the contract.',
  'The Valmora Harbour Board said it would publish the full contract next week.',
  '"We have nothing to hide," said Tomas Brandt, the council\'s finance chair.',
]);

/** Names the mixed article's named and unnamed sources carry in the engine's analysis. */
export const MIXED_NAMED = ['Marta Kovalenko', 'Tomas Brandt', 'Valmora Harbour Board'];
export const MIXED_UNNAMED = ['US officials', 'A judge', 'Her mother', 'His spokesman', 'Analysts', 'Observers', 'Both men'];

/** A long article of the project's own invention (over 60,000 characters: several parts of blocks). */
export function longHistoryPage(paragraphs = 1500): string {
  const paras: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    paras.push(
      i % 4 === 0
        ? `"We will not comment on leaked papers while review ${i} is under way," Kovalenko said on the ${i}th day of the dispute, standing outside the harbour office.`
        : `The council's ${i}th session on the ferry contract ran late into the evening, with members of the public filling the gallery and the corridor beyond it, and several boats stayed in harbour.`,
    );
  }
  return article('Valmora port and the long dredging dispute', '2026-03-12T09:00:00Z', paras);
}
