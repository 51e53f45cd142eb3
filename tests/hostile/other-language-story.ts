import type { StoryInput } from '../../src/lib/types.ts';
import { storyInput } from './story-input.ts';

// One invented event told by two English outlets and a French one. The French version gives the
// same figures in words the English rules do not read (`douze`, `mardi`): read as English it would
// be flagged against the others.
const ENGLISH_A =
  'A fire tore through a warehouse in the port of Brevenne on Tuesday evening, the prefecture said.\n\n' +
  'Twelve people were injured and three are still in hospital, firefighters said.\n\n' +
  'Mayor Odile Varenne announced an inquiry and promised help to the families affected.';
const ENGLISH_B =
  'A fire swept through a warehouse in the port of Brevenne on Tuesday evening, the prefecture said.\n\n' +
  'Twelve people were hurt and three remain in hospital, according to firefighters.\n\n' +
  'Mayor Odile Varenne has announced an inquiry and promised to help the families.';
const FRENCH =
  'Un incendie a ravagé mardi soir un entrepôt du port de Brévenne, a indiqué la préfecture.\n\n' +
  'Selon les pompiers, quatorze personnes ont été blessées et trois sont toujours hospitalisées.\n\n' +
  'La maire Odile Varène a annoncé une enquête et promis une aide aux familles touchées.';

/** Two English versions and a French one of the same invented warehouse fire. */
export function otherLanguageStory(): StoryInput {
  return storyInput('other-language', [
    { id: 'english-a', text: ENGLISH_A },
    { id: 'english-b', text: ENGLISH_B },
    { id: 'french', text: FRENCH },
  ]);
}
