// The benchmark's floor: the least any reader of a page's text must do, as a content script.
// One pass over the body's text nodes reading their data, nothing else; its marks are the ones
// WhoSaid writes (whosaid:start, whosaid:painted, whosaid:painted-all, whosaid:main-thread), so
// the benchmark times both with the same code. Plain JavaScript: the browser loads it unbuilt.
(() => {
  const start = performance.now();
  let chars = 0;
  const body = document.body;
  if (body) {
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) chars += node.data.length;
  }
  const end = performance.now();
  // Kept where the optimiser cannot drop the pass as dead code.
  document.documentElement.dataset.floorChars = String(chars);
  // Written after the pass, with their original times, as WhoSaid writes its own.
  performance.mark('whosaid:start', { startTime: start });
  for (const name of ['whosaid:painted', 'whosaid:painted-all', 'whosaid:main-thread']) performance.measure(name, { start, end });
})();
