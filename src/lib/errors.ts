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
 */
export class StoryInputError extends Error {
  readonly location: InputLocation;
  readonly problem: string;
  readonly hint: string | undefined;

  constructor(location: InputLocation, problem: string, hint?: string) {
    super(formatMessage(location, problem, hint));
    this.name = 'StoryInputError';
    this.location = location;
    this.problem = problem;
    this.hint = hint;
  }
}

function formatMessage(location: InputLocation, problem: string, hint: string | undefined): string {
  let where = location.story;
  if (location.file) where += `/${location.file}`;
  if (location.line !== undefined) where += `:${location.line}`;
  const field = location.field ? ` ${location.field}:` : '';
  return `${where}${field} ${problem}${hint ? ` — ${hint}` : ''}`;
}
