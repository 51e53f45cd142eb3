import { describe, expect, it } from 'vitest';
import { readsAsEnglish } from './english.ts';

// Invented news paragraphs, one event told in five languages.
const ENGLISH =
  'A fire tore through a warehouse in the port area of Brevenne on Tuesday evening, the prefecture said. According to ' +
  'firefighters, twelve people were injured and three are still in hospital. The mayor announced an inquiry and promised ' +
  'help to the families affected.';
const FRENCH =
  'Un incendie a ravagé mardi soir un entrepôt de la zone portuaire de Brévenne, a indiqué la préfecture. Selon les ' +
  'pompiers, douze personnes ont été blessées et trois sont toujours hospitalisées. Le maire a annoncé une enquête.';
const SPANISH =
  'Un incendio arrasó el martes por la noche un almacén en la zona portuaria de Brevena, informó la prefectura. Según los ' +
  'bomberos, doce personas resultaron heridas y tres siguen hospitalizadas.';
const GERMAN =
  'Ein Brand hat am Dienstagabend ein Lagerhaus im Hafengebiet von Brevenne zerstört, teilte die Präfektur mit. Nach ' +
  'Angaben der Feuerwehr wurden zwölf Menschen verletzt, drei liegen noch im Krankenhaus.';

describe('readsAsEnglish', () => {
  it('reads English news as English and other languages as not, from the share of English function words', () => {
    expect(readsAsEnglish(ENGLISH)).toMatchObject({ english: true, words: 43 });
    expect(readsAsEnglish(ENGLISH).share).toBeGreaterThan(0.35);
    for (const text of [FRENCH, SPANISH, GERMAN]) {
      const reading = readsAsEnglish(text);
      expect(reading.english, text.slice(0, 20)).toBe(false);
      expect(reading.share).toBeLessThan(0.1);
    }
  });

  it('reads a text mostly in another language as not English, one with an English aside as English', () => {
    expect(readsAsEnglish(`${FRENCH} ${FRENCH} ${GERMAN} The mayor spoke.`).english).toBe(false);
    expect(readsAsEnglish(`${ENGLISH} ${FRENCH}`).english).toBe(true);
  });

  it('takes a text too short to judge, or with no words, as English', () => {
    expect(readsAsEnglish('Brévenne: douze blessés.')).toMatchObject({ english: true, words: 3 });
    expect(readsAsEnglish('12 — 14 !')).toMatchObject({ english: true, words: 0, share: 0 });
  });
});
