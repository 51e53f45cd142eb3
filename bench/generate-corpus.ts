import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { createCast, writeArticle, type Article } from './corpus/article.ts';
import { layOut, type Layout } from './corpus/layouts.ts';
import { createRandom, deriveSeed, type Random } from './corpus/random.ts';
import { lightlyEdited, paraphrased, reordered, type Paragraphs } from './corpus/rewrites.ts';
import { FIRST_NAMES, LAST_NAMES, OUTLET_WORDS } from './corpus/vocabulary.ts';

export interface CorpusOptions {
  stories: number;
  /** Versions per story. */
  versions: number;
  seed: number;
  /** Words in each story's original, roughly. */
  words?: number;
}

/** One story folder's contents: story.yaml and the version files, by name. */
export interface GeneratedStory {
  slug: string;
  files: Record<string, string>;
}

interface VersionPlan {
  layout: Layout;
  rewrite: (article: Article, random: Random) => Paragraphs;
  mojibake: boolean;
}

/**
 * What each version is, in turn: the original, then copies with small edits, a reordered copy and
 * paraphrases, each laid out with a different page's junk. Past six versions the kinds repeat
 * with fresh randomness, so every version differs.
 */
const PLANS: readonly VersionPlan[] = [
  { layout: 'paragraphs', rewrite: (article) => article.paragraphs, mojibake: false },
  { layout: 'lines', rewrite: (article, random) => lightlyEdited(article.paragraphs, random), mojibake: false },
  { layout: 'glued', rewrite: (article, random) => lightlyEdited(article.paragraphs, random), mojibake: false },
  {
    layout: 'paragraphs',
    rewrite: (article, random) => reordered(lightlyEdited(article.paragraphs, random), article.extra, random),
    mojibake: false,
  },
  { layout: 'blog', rewrite: (article, random) => paraphrased(article.paragraphs, article.extra, random), mojibake: false },
  {
    layout: 'paragraphs',
    rewrite: (article, random) => paraphrased(reordered(article.paragraphs, article.extra, random), [], random),
    mojibake: true,
  },
];

/** Story `index` of a corpus: the same for a given seed however many stories are generated. */
export function generateStory(seed: number, index: number, versions: number, words = 500): GeneratedStory {
  const random = createRandom(deriveSeed(seed, 'story', index));
  const cast = createCast(random);
  const article = writeArticle(cast, random, words);
  const slug = `${String(index + 1).padStart(4, '0')}-${slugify(cast.country)}-${slugify(cast.deal.thing.split(' ').at(-1)!)}`;
  const outlets = random.shuffle(OUTLET_WORDS.first.flatMap((first) => OUTLET_WORDS.second.map((second) => `${first} ${second}`)));
  const files: Record<string, string> = {};
  const manifestVersions = Array.from({ length: versions }, (_, v) => {
    const plan = v === 0 ? PLANS[0]! : PLANS[1 + ((v - 1) % (PLANS.length - 1))]!;
    const versionRandom = createRandom(deriveSeed(seed, 'version', index, v));
    const outlet = outlets[v % outlets.length]!;
    const file = `${String(v).padStart(3, '0')}_${versionRandom.hex(16)}.txt`;
    const dated = versionRandom.chance(0.5)
      ? `${cast.year}-${String(versionRandom.int(1, 12)).padStart(2, '0')}-${String(versionRandom.int(1, 28)).padStart(2, '0')}`
      : undefined;
    const byline = versionRandom.chance(0.4) ? `${versionRandom.pick(FIRST_NAMES)} ${versionRandom.pick(LAST_NAMES)}` : undefined;
    files[file] = layOut(
      plan.layout,
      plan.rewrite(article, versionRandom),
      { outlet, headline: article.title, byline, dateLine: dated, mojibake: plan.mojibake },
      versionRandom,
    );
    return {
      id: `${slugify(outlet)}-${v + 1}`,
      file,
      outlet,
      ...(dated && plan.layout !== 'paragraphs' ? { published: dated } : {}),
      ...(byline ? { byline } : {}),
    };
  });
  const manifest = stringify({ title: article.title, summary: article.summary, versions: manifestVersions });
  files['story.yaml'] = `# Synthetic benchmark story (seed ${seed}, story ${index + 1}).\n${manifest}`;
  return { slug, files };
}

/** Writes `stories` story folders under `dir` (emptied first); returns their slugs. */
export async function writeCorpus(dir: string, options: CorpusOptions): Promise<string[]> {
  await rm(dir, { recursive: true, force: true });
  const slugs: string[] = [];
  for (let index = 0; index < options.stories; index++) {
    const story = generateStory(options.seed, index, options.versions, options.words);
    const storyDir = path.join(dir, story.slug);
    await mkdir(storyDir, { recursive: true });
    for (const [name, text] of Object.entries(story.files)) await writeFile(path.join(storyDir, name), text);
    slugs.push(story.slug);
  }
  return slugs;
}

function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      out: { type: 'string', default: 'bench/out/corpus' },
      stories: { type: 'string', default: '10' },
      versions: { type: 'string', default: '6' },
      seed: { type: 'string', default: '1' },
    },
  });
  const slugs = await writeCorpus(values.out, {
    stories: Number(values.stories),
    versions: Number(values.versions),
    seed: Number(values.seed),
  });
  console.log(`${slugs.length} stories of ${values.versions} versions written to ${values.out}`);
}
