import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The evidence: the five captures as given, byte for byte. If a value here changes, a seed was edited.
const seeds: Record<string, string> = {
  '000_0a7d86f5b93e4cd4.txt': '141dc9fd872f0d6885d8e421d4eee6feab000017e5f8cafc545b3199a30c2b27',
  '001_24daf8c376659fd9.txt': '28acd499ee97c9d7ab86a411f670979d96ee823c0f41dde6e16dd624d1fb0791',
  '002_39525e7978c702e1.txt': '58ffc508e698d71e06b87a9d60b2403908cda78098cc94db77fdc469ba0e7b27',
  '003_c4cad0dce3722aec.txt': 'a9b045be0200d1d3d6383da55c4bfb1bcb548ac96a5774009e2569423be72f62',
  '004_b2f98e1edda7d87e.txt': '561f855456ec96959d79ad391988a49dae6f88c7d4205e518e3d65ec25d79954',
};

const storyDir = path.resolve(import.meta.dirname, '../content/stories/rwanda-us-migrant-talks');

describe('seed evidence', () => {
  for (const [file, sha256] of Object.entries(seeds)) {
    it(`${file} is byte-identical to the capture`, () => {
      expect(
        createHash('sha256')
          .update(readFileSync(path.join(storyDir, file)))
          .digest('hex'),
      ).toBe(sha256);
    });
  }
});
