/** Where in the input a problem is: as much of story, file, line and field as is known. */
export interface InputLocation {
  /** The story's folder, e.g. `content/stories/rwanda`. */
  story: string;
  /** File name inside the story folder. */
  file?: string | undefined;
  /** 1-based line in that file. */
  line?: number | undefined;
  /** Dotted path of the field, e.g. `versions[2].id`. */
  field?: string | undefined;
}

/**
 * The one error every stage throws for bad input. Its message reads
 * `content/stories/x/story.yaml:12 versions[2].id: duplicate id "bbc" — hint`, so an editor can go
 * straight to the place; the build stops on it.
 *
 * When a story has several problems, {@link StoryInputError.combine} makes one error listing each on
 * its own line, so that one build shows everything to fix:
 *
 * ```text
 * content/stories/x has 2 problems:
 *   content/stories/x/story.yaml:22 versions[3].file: lists "a-v2.txt", which is not in the story folder
 *   content/stories/x/a.txt is in the story folder but not listed in story.yaml
 *   did you rename "a.txt" to "a-v2.txt"? …
 * ```
 *
 * Such an error is still built from (location, problem, hint) alone, so it crosses a worker thread as
 * those three and reads the same on the other side.
 */
export class StoryInputError extends Error {
  readonly location: InputLocation;
  readonly problem: string;
  readonly hint: string | undefined;
  /** Each problem reported: this error alone, or the ones a combined error lists. */
  readonly problems: readonly StoryInputError[];

  constructor(location: InputLocation, problem: string, hint?: string, problems?: readonly StoryInputError[]) {
    super(formatMessage(location, problem, hint));
    this.name = 'StoryInputError';
    this.location = location;
    this.problem = problem;
    this.hint = hint;
    this.problems = problems ?? [this];
  }

  /**
   * One error for every problem found in a story: the problem itself when there is one, otherwise
   * an error whose message lists each problem's full message on its own line, in the order given,
   * and then `hint` (advice about the problems together, such as a likely rename).
   */
  static combine(story: string, problems: readonly StoryInputError[], hint?: string): StoryInputError {
    const each = problems.flatMap((error) => error.problems);
    if (each.length === 0) throw new Error('StoryInputError.combine needs at least one problem');
    if (each.length === 1 && hint === undefined) return each[0]!;
    const list = each.map((error) => `\n  ${error.message}`).join('');
    return new StoryInputError({ story }, `has ${each.length} problem${each.length === 1 ? '' : 's'}:${list}`, hint, each);
  }
}

function formatMessage(location: InputLocation, problem: string, hint: string | undefined): string {
  let where = location.story;
  if (location.file) where += `/${location.file}`;
  if (location.line !== undefined) where += `:${location.line}`;
  const field = location.field ? ` ${location.field}:` : '';
  // A list of problems takes its advice on a line of its own, not after the last problem.
  const advice = hint ? (problem.includes('\n') ? `\n  ${hint}` : ` — ${hint}`) : '';
  return `${where}${field} ${problem}${advice}`;
}
