/**
 * Reads one of the site's own JSON files (the story export, stored alignment cells, search shards).
 * A missing or failed file is an error naming the address, so a page never renders from half its data.
 */
export async function fetchJson<T = unknown>(url: string): Promise<T> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}
