// "1 feed", "2 feeds": the English plural the OPML report needs.
export function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}
