// docs/catalog.md is generated; this fails when the committed file is stale. Set UPDATE_CATALOG_DOC=1 to
// rewrite it from the catalog.
import * as fs from 'node:fs';
import { catalog } from '../../src/core/catalog/index.js';
import { renderCatalogMarkdown } from '../../src/core/catalog/markdown.js';

const docUrl = new URL('../../docs/catalog.md', import.meta.url);

describe('docs/catalog.md', () => {
  const expected = renderCatalogMarkdown(catalog);

  it('matches renderCatalogMarkdown(catalog)', () => {
    if (process.env.UPDATE_CATALOG_DOC === '1') fs.writeFileSync(docUrl, expected);
    const actual = fs.existsSync(docUrl) ? fs.readFileSync(docUrl, 'utf8') : '';
    if (actual !== expected) {
      throw new Error(
        'docs/catalog.md is out of date with src/core/catalog. Regenerate it with:\n' +
          '  UPDATE_CATALOG_DOC=1 npm test -- test/catalog/doc.test.ts\n' +
          'or: aifactory catalog --format markdown > docs/catalog.md',
      );
    }
  });

  it('documents every service, persona and region', () => {
    for (const s of catalog.services) expect(expected).toContain(`(\`${s.id}\`)`);
    for (const p of Object.keys(catalog.personas ?? {})) expect(expected).toContain(`\`${p}\``);
    for (const r of catalog.regions) expect(expected).toContain(`\`${r.name}\``);
  });
});
