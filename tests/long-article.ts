// A long plain-text article made of a few invented reports, repeated to any size: input for
// the CLI's tests of long files (memory, progress, parts).
const PARAGRAPHS = [
  '"There is no sale of the pier, and there will be none," council spokeswoman Mara Quill said on Tuesday.',
  'Tobin Hale, a harbour official, denied that the council had agreed to sell the berth. He said the plan was never discussed.',
  'The ferry company declined to comment on the report, according to Elska Voss, its operations director.',
  'Quill added that the lighthouse would stay open to visitors through the winter.',
];

export function longArticle(chars: number): string {
  let out = 'Harbour council denies plan to sell lighthouse\n\n';
  for (let i = 0; out.length < chars; i++) out += `${PARAGRAPHS[i % PARAGRAPHS.length]}\n\n`;
  return out;
}
