import fc from 'fast-check';
import { editDistance, suggest } from '../../src/core/suggest.js';

describe('suggest', () => {
  const services = [
    'aiSearch',
    'azureOpenAI',
    'cosmosDb',
    'containerRegistry',
    'containerApps',
    'aks',
    'azureML',
  ];

  test.each([
    ['aiSerch', 'aiSearch'],
    ['cosmosdb', 'cosmosDb'],
    ['azureopenai', 'azureOpenAI'],
    ['containerApp', 'containerApps'],
    ['akz', 'aks'],
    ['ENABLE_AI_SEARCH', 'aiSearch'],
    ['azureMl', 'azureML'],
  ])('%s → %s', (input, expected) => {
    expect(suggest(input, services)).toBe(expected);
  });

  test.each([['kubernetes'], ['x'], [''], ['postgres']])('nothing close to %s', (input) => {
    expect(suggest(input, services)).toBeUndefined();
  });

  test('swapped neighbours count as one edit', () => {
    expect(editDistance('pord', 'prod')).toBe(1);
    expect(suggest('pord', ['dev', 'stage', 'prod'])).toBe('prod');
  });

  test('edit distance is a metric on small strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), (a, b) => {
        const d = editDistance(a, b);
        expect(d).toBe(editDistance(b, a));
        expect(d === 0).toBe(a === b);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });

  test('an exact choice is always its own suggestion', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[a-z]{3,10}$/), { minLength: 1, maxLength: 6 }),
        (choices) => {
          for (const c of choices) expect(suggest(c, choices)).toBe(c);
        },
      ),
    );
  });
});
