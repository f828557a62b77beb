// Public entry of the attribution engine: text blocks in, statements and actors out.
export type * from './types';
export { analyze, analyzeInSteps, stanceOfCounts } from './analyze';
