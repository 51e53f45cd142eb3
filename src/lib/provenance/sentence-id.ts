/** Sentence ids are `<version>/s-<n>` (see `Sentence.id`); these read them back. */
export function versionOf(sentenceId: string): string {
  return sentenceId.slice(0, sentenceId.lastIndexOf('/'));
}

export function sentenceNumber(sentenceId: string): number {
  return Number(sentenceId.slice(sentenceId.lastIndexOf('/s-') + 3));
}
