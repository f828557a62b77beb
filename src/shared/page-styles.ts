// The highlight styles as a file the browser itself adds to pages WhoSaid runs on (declared
// with the content script, registered with "always run" sites, inserted before an injection on
// demand). A stylesheet the script adopted later made the page restyle every element when the
// first highlights showed: 7 ms on an ordinary article, 60 ms on a 100,000-word one, in
// Chromium. Present from the start, the rules cost nothing until a highlight uses them.

/** The file in the extension package (built from src/content/highlight-style.ts). */
export const HIGHLIGHTS_FILE = 'highlights.css';

/** Set on the page's root by that file: the script adopts a sheet of its own only without it. */
export const STYLED_PROPERTY = '--whosaid-styled';
