import { describe, expect, it } from 'vitest';
import { cosine, decodeVector, encodeVector, quantize, vectorKey, vectorTable } from './index.ts';
import { cosineOf, dot } from './vectors.ts';

describe('sentence vectors', () => {
  it('quantises to unit length at 8 bits and keeps the cosine', () => {
    const a = quantize([3, 4, 0]);
    expect([...a]).toEqual([76, 102, 0]);
    expect(cosine(a, quantize([6, 8, 0]))).toBeCloseTo(1, 6);
    expect(cosine(a, quantize([0, 0, 5]))).toBe(0);
    expect(cosine(quantize([0, 0]), a.subarray(0, 2))).toBe(0);
  });

  it('gives the same cosine from a dot product and norms kept aside, bit for bit', () => {
    const a = Int8Array.from([3, -4, 12]);
    const b = Int8Array.from([5, 0, -1]);
    expect(dot(a, b)).toBe(3);
    expect(dot(a, a)).toBe(169);
    expect(cosineOf(dot(a, b), dot(a, a), dot(b, b))).toBe(3 / Math.sqrt(169 * 26));
    expect(cosineOf(dot(a, b), dot(a, a), dot(b, b))).toBe(cosine(a, b));
    expect(cosineOf(0, 0, 26)).toBe(0);
  });

  it('survives the JSON cache byte for byte', () => {
    const vector = quantize(Array.from({ length: 512 }, (_, i) => Math.sin(i * 1.7)));
    const encoded = encodeVector(vector);
    expect(encoded.length).toBe(684);
    expect([...decodeVector(encoded)]).toEqual([...vector]);
  });

  it('looks texts up with their white space collapsed, and treats an empty vector as none', () => {
    const table = vectorTable('test', [
      ['The ferry  sailed\nlate.', quantize([1, 0])],
      ['Nothing here.', new Int8Array(0)],
    ]);
    expect(table.vectorOf(' The ferry sailed late. ')).toBeDefined();
    expect(table.vectorOf('Nothing here.')).toBeUndefined();
    expect(vectorKey(' a \t b ')).toBe('a b');
  });
});
