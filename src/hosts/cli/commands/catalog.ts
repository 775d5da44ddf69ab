// `aifactory catalog`: every service the tool knows, as Markdown (docs/catalog.md is generated from it) or JSON.
import { catalog } from '../../../core/catalog/index.js';
import { renderCatalogMarkdown } from '../../../core/catalog/markdown.js';
import type { CliCommand } from '../command.js';
import { str } from '../common.js';

export const catalogCommand: CliCommand = {
  name: 'catalog',
  summary: 'Print the service catalog: flags, resources, private endpoints, roles, edges',
  options: [
    {
      name: 'format',
      kind: 'string',
      valueName: 'FORMAT',
      description: 'Output format',
      choices: ['markdown', 'json'],
      default: 'markdown',
    },
  ],
  async run(args, io) {
    if (str(args, 'format') === 'json') io.stdout(`${JSON.stringify(catalog, null, 2)}\n`);
    else io.stdout(renderCatalogMarkdown(catalog));
    return 0;
  },
};
