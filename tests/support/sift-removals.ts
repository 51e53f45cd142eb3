// What the story-evidence pass removes from each version of an invented story, as [reason, text]: the shared
// harness of the pass's unit tests (src/lib/clean/evidence/*.test.ts).
import { cleanVersion } from '../../src/lib/clean/index.ts';
import { siftStory } from '../../src/lib/clean/evidence/index.ts';
import { mapOriginal } from '../../src/lib/text/mapped-text.ts';

/** The pass alone over the texts as they are: every edit it makes, as [reason, text]. */
export function removals(...texts: string[]): [string, string][][] {
  return siftStory(texts.map((text) => ({ body: mapOriginal(text), found: {} }))).map((result, v) =>
    result.edits.map((edit) => [edit.reason, texts[v]!.slice(edit.start, edit.end)]),
  );
}

/** The rules, then the pass over all versions, as the analysis runs them: what the pass removes, as [reason, text]. */
export function siftedRemovals(...texts: string[]): [string, string][][] {
  const cleaned = texts.map((text) => cleanVersion(mapOriginal(text), { format: 'txt' }));
  return siftStory(cleaned).map((result, v) =>
    result.edits
      .filter((edit) => edit.replacement === '')
      .map((edit) => [edit.reason, cleaned[v]!.body.text.slice(edit.start, edit.end)] as [string, string]),
  );
}
