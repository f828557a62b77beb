// Training shuffles with the project's one seeded generator (the bench's and the fuzz test's),
// so it goes the same way on every machine and run and `npm run train -- --check` can ask for
// the committed weights back, bit for bit.
export { mulberry32 as seededRandom } from '../../scripts/seeded-random';

/** Fisher–Yates with the given generator. */
export function shuffleInPlace<T>(list: T[], random: () => number): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}
