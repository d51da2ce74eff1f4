// "1 article", "12 articles", "No articles": how the map speaks of a count.

export function countLabel(count: number): string {
  if (count === 0) return 'No articles';
  return `${count.toLocaleString()} ${count === 1 ? 'article' : 'articles'}`;
}
