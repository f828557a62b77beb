// Computed colours are parsed by hand; they must read as the pattern they replaced read them.
import { describe, expect, it } from 'vitest';
import { parseColor } from '../src/content/theme';

const PATTERN = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+%?))?\s*\)/;
function reference(value: string): [number, number, number, number] | null {
  const m = PATTERN.exec(value);
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

describe('parseColor', () => {
  it('reads the forms browsers compute colours to', () => {
    for (const v of ['rgb(255, 255, 255)', 'rgba(0, 0, 0, 0)', 'rgba(18, 18, 18, 0.85)', 'rgb(10 20 30 / 50%)', 'rgb(10 20 30 / 0.5)',
      'rgb(0.5, 1.5, 2)', 'rgba(1, 2, 3, 1)']) {
      expect(parseColor(v), v).toEqual(reference(v));
    }
  });

  it('gives up on what is not an rgb() colour', () => {
    for (const v of ['', 'transparent', 'red', 'color(srgb 1 0 0)', 'rgb(1, 2)', 'hsl(0, 0%, 0%)']) expect(parseColor(v), v).toBeNull();
  });
});
