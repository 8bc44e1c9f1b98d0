/** "Did you mean": the known names closest to a mistyped one, by edit distance. */

/** Levenshtein distance: insertions, deletions and substitutions, each costing 1. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** Up to five names within a third of the word's length (at least 2 edits), closest first; also any that contain it. */
export function closestNames(word: string, names: readonly string[]): string[] {
  const target = word.toUpperCase();
  const limit = Math.max(2, Math.floor(target.length / 3));
  return names
    .map((name) => ({ name, distance: name.includes(target) && target.length >= 3 ? 0.5 : editDistance(target, name) }))
    .filter((candidate) => candidate.distance <= limit)
    .sort((x, y) => x.distance - y.distance || x.name.localeCompare(y.name))
    .slice(0, 5)
    .map((candidate) => candidate.name);
}
