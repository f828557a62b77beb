// Vite/crxjs import forms used by the extension.

/** `import file from './x.ts?script'` gives the built file name of a content script (crxjs). */
declare module '*?script' {
  const fileName: string;
  export default fileName;
}
