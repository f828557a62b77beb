// @vitest-environment happy-dom
// The palette follows the page: text colour settles it when clearly light or dark, the
// backgrounds behind mid-grey text otherwise.
import { afterEach, describe, expect, it } from 'vitest';
import { themeAt } from '../src/content/theme';

function paragraph(outer: string, inner = ''): Element {
  document.body.innerHTML = `<div style="${outer}"><p id="p" style="${inner}">Officials denied the report.</p></div>`;
  return document.getElementById('p')!;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('themeAt', () => {
  it('reads light text as a dark page', () => {
    expect(themeAt(paragraph('background-color: rgb(18, 18, 18); color: rgb(235, 235, 235)'))).toBe('dark');
  });
  it('reads dark text as a light page', () => {
    expect(themeAt(paragraph('background-color: rgb(255, 255, 255); color: rgb(20, 20, 20)'))).toBe('light');
  });
  it('asks the background behind mid-grey text', () => {
    expect(themeAt(paragraph('background-color: rgb(12, 12, 30)', 'color: rgb(140, 140, 140)'))).toBe('dark');
    expect(themeAt(paragraph('background-color: rgb(250, 250, 245)', 'color: rgb(140, 140, 140)'))).toBe('light');
  });
  it('lets clear text colour win over a background that the text does not sit on', () => {
    // Light text over a white wrapper: something darker (an image, a gradient) must be behind it.
    expect(themeAt(paragraph('background-color: rgb(255, 255, 255)', 'color: rgb(250, 250, 250)'))).toBe('dark');
  });
});
