// The page reader's public surface, for the content script and the CLI.
export { readArticle, emptyArticle, type ArticleText, type TextPiece } from './read-article';
export { spanToRange } from './ranges';
export { textToBlocks } from './text-blocks';
export { collapseWhitespace } from './text-builder';
