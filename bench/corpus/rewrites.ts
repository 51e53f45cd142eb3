import type { Random } from './random.ts';
import { SYNONYMS } from './vocabulary.ts';

/** Paragraphs of sentences: what every rewrite takes and returns. */
export type Paragraphs = string[][];

const SWAPS = new Map(
  SYNONYMS.flatMap(
    ([a, b]) =>
      [
        [a, b],
        [b, a],
      ] as const,
  ),
);
const SWAPPABLE = new RegExp(`\\b(${[...SWAPS.keys()].join('|')})\\b`, 'gi');

/** A copy with small edits: a few words swapped, a number changed, a doubled word, a sentence dropped. */
export function lightlyEdited(paragraphs: Paragraphs, random: Random): Paragraphs {
  return paragraphs
    .map((sentences) =>
      sentences
        .filter(() => !random.chance(0.05))
        .map((sentence) => {
          if (random.chance(0.12)) return swapWords(sentence, random, 0.5);
          if (random.chance(0.08)) return sentence.replace(/\b(\d+)\b/, (digits) => String(Number(digits) + 1));
          if (random.chance(0.04)) return sentence.replace(/\b(the|their|to) /, '$1 $1 ');
          return sentence;
        }),
    )
    .filter((sentences) => sentences.length > 0);
}

/** Paragraphs moved about, some dropped, and material from elsewhere added. */
export function reordered(paragraphs: Paragraphs, extra: readonly string[], random: Random): Paragraphs {
  const kept = paragraphs.filter((_, index) => index === 0 || !random.chance(0.15));
  const [lead, ...rest] = kept;
  const moved = [...(lead ? [lead] : []), ...shuffleSome(rest, random)];
  const added = random.shuffle(extra).slice(0, random.int(1, 3));
  for (const sentence of added) moved.splice(random.int(1, moved.length), 0, [sentence]);
  return moved;
}

/**
 * A paraphrase: synonyms swapped, clauses turned round, long sentences split and short ones
 * merged — the same facts in another outlet's words.
 */
export function paraphrased(paragraphs: Paragraphs, extra: readonly string[], random: Random): Paragraphs {
  const rewritten = paragraphs.map((sentences) =>
    mergeSome(
      sentences.flatMap((sentence) => splitSome(reorderClause(swapWords(sentence, random, 0.6), random), random)),
      random,
    ),
  );
  const added = random.shuffle(extra).slice(0, random.int(0, 2));
  return [...rewritten, ...added.map((sentence) => [swapWords(sentence, random, 0.6)])];
}

function swapWords(sentence: string, random: Random, share: number): string {
  return sentence.replace(SWAPPABLE, (word) => {
    if (!random.chance(share)) return word;
    const swap = SWAPS.get(word.toLowerCase())!;
    return word[0] === word[0]!.toUpperCase() ? swap[0]!.toUpperCase() + swap.slice(1) : swap;
  });
}

/** `X, Name said.` ↔ `Name said X.`; `After A, B.` → `B after A.` */
function reorderClause(sentence: string, random: Random): string {
  if (!random.chance(0.4)) return sentence;
  const attributed = /^(.+), ([A-Z][\p{L}-]+(?: [A-Z][\p{L}-]+)?) (said|stated|noted)\.$/u.exec(sentence);
  if (attributed) return `${attributed[2]} ${attributed[3]} that ${lowerFirst(attributed[1]!.replace(/^"|"$/g, ''))}.`;
  const fronted = /^(Since|After|In|When|Speaking) ([^,]+), (.+)\.$/.exec(sentence);
  if (fronted) return `${upperFirst(fronted[3]!)} ${lowerFirst(fronted[1]!)} ${fronted[2]}.`;
  return sentence;
}

/** Splits at `, and`/`, but` before a new subject. */
function splitSome(sentence: string, random: Random): string[] {
  const joint = /, (?:and|but) (?=[A-Z]|(?:the|it|he|she|they|a) )/.exec(sentence);
  if (!joint || joint.index < 30 || sentence.endsWith('"') || !random.chance(0.5)) return [sentence];
  return [`${sentence.slice(0, joint.index)}.`, upperFirst(sentence.slice(joint.index + joint[0].length))];
}

function mergeSome(sentences: string[], random: Random): string[] {
  const merged: string[] = [];
  for (const sentence of sentences) {
    const previous = merged.at(-1);
    if (
      previous &&
      previous.length < 120 &&
      sentence.length < 120 &&
      previous.endsWith('.') &&
      !sentence.startsWith('"') &&
      random.chance(0.3)
    ) {
      merged[merged.length - 1] = `${previous.slice(0, -1)}, while ${lowerFirst(sentence)}`;
    } else {
      merged.push(sentence);
    }
  }
  return merged;
}

function shuffleSome<T>(items: readonly T[], random: Random): T[] {
  const copy = [...items];
  for (let swaps = random.int(1, 3); swaps > 0 && copy.length > 1; swaps--) {
    const i = random.int(0, copy.length - 1);
    const j = random.int(0, copy.length - 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** Names and "I" keep their capital; other first words are lowered. */
function lowerFirst(text: string): string {
  const firstWord = /^[\p{L}'-]+/u.exec(text)?.[0] ?? '';
  if (/^(The|A|An|His|Her|It|However|But|Since|After|In|When|Last|Critics|Analysts|Whether|Speaking)$/.test(firstWord))
    return text[0]!.toLowerCase() + text.slice(1);
  return text;
}

function upperFirst(text: string): string {
  return text.length === 0 ? text : text[0]!.toUpperCase() + text.slice(1);
}
