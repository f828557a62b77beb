// Sends the page's analysis to the background. A message is serialised inside the sending
// task, at some 50 ns a byte in Chromium even as JSON text: the 2,000 statements of a
// 100,000-word page held the page for over 50 ms in one message. A large analysis therefore
// goes in parts of a bounded size, a task each, its report last.
import type { Req } from '../shared/messages';
import { send } from '../shared/messages';

/** Statements per message: about 60 KB of JSON, a few milliseconds to send. */
export const STATEMENTS_PER_MESSAGE = 150;

type Report = Req<'analysis/report'>;

/** Sends `report`, in parts when its analysis is large; `pause` lets the page run between two parts. */
export async function sendReport(report: Report, pause: () => Promise<void>): Promise<void> {
  const statements = report.analysis?.statements ?? [];
  if (!report.analysis || statements.length <= STATEMENTS_PER_MESSAGE) {
    await send('analysis/report', report);
    return;
  }
  const batch = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  // The report itself carries the last part, so that it arrives whole or not at all.
  const earlier = Math.floor((statements.length - 1) / STATEMENTS_PER_MESSAGE) * STATEMENTS_PER_MESSAGE;
  for (let from = 0; from < earlier; from += STATEMENTS_PER_MESSAGE) {
    await send('analysis/part', { batch, from, statements: statements.slice(from, from + STATEMENTS_PER_MESSAGE) });
    await pause();
  }
  await send('analysis/report', {
    ...report,
    analysis: { ...report.analysis, statements: statements.slice(earlier) },
    parts: { batch, earlier },
  });
}
