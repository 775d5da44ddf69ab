// Writes the draft as aifactory.yaml: every value commented with the setting it came from, every value
// that could not be carried over as a "<todo>" the validator will point at.
import { stringify } from 'yaml';
import type { Draft, DraftDeployment, Field, Origin } from './draft.js';
import { ENVIRONMENTS } from './settings.js';

const TODO = '"<todo>"';

function scalar(value: unknown): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

function from(o: Origin | undefined, also: Origin[] = []): string {
  const all = o ? [o, ...also] : also;
  return all.length > 0 ? ` # ${all.map((x) => `${x.key} (line ${x.location.line})`).join(', ')}` : '';
}

/** `key: value # origin`, `key: "<todo>" # TODO: why`, or nothing when the field is empty and optional. */
function field<T>(
  indent: string,
  key: string,
  f: Field<T>,
  required: boolean,
  quoteAs?: (v: T) => string,
): string[] {
  if (f.value !== undefined)
    return [`${indent}${key}: ${quoteAs ? quoteAs(f.value) : scalar(f.value)}${from(f.from, f.also)}`];
  if (f.todo !== undefined && required) return [`${indent}${key}: ${TODO} # TODO: ${f.todo}`];
  return [];
}

function deployment(d: DraftDeployment): string {
  const parts = [`name: ${scalar(d.name)}`, `model: ${scalar(d.model)}`];
  parts.push(`version: ${d.version ? JSON.stringify(d.version) : TODO}`);
  if (d.sku) parts.push(`sku: ${scalar(d.sku)}`);
  if (d.capacity) parts.push(`capacity: ${d.capacity}`);
  const todo = d.version ? '' : ' TODO: the imported file names no version;';
  return `      - { ${parts.join(', ')} }${from(d.from, d.also).replace(' # ', ` #${todo} `)}`;
}

/** One service option: a scalar on its line, a list as one flow mapping per entry; a TODO when not carried. */
function optionLines(name: string, f: Field<unknown>): string[] {
  if (Array.isArray(f.value)) {
    return [
      `    ${name}:${from(f.from, f.also)}`,
      ...f.value.map(
        (item) => `      - ${stringify(item, { lineWidth: 0, collectionStyle: 'flow' }).trimEnd()}`,
      ),
    ];
  }
  return field('    ', name, f, true);
}

export function emitYaml(draft: Draft): string {
  const out: string[] = [
    `# aifactory.yaml imported from ${draft.source} by \`aifactory import\`.`,
    '# Comments name the setting each value came from (with its line there). "<todo>" marks what could not be',
    '# carried over; `aifactory validate` points at each one. See docs/config.md for every key.',
    'version: 1',
    "architecture: genai-1 # today's files do not say; use esml for a project centred on Azure Machine Learning",
    'project:',
    ...field('  ', 'number', draft.number, true),
    ...field('  ', 'prefix', draft.prefix, true),
    ...(draft.scaleSet.value === undefined && draft.scaleSet.todo === undefined
      ? ['  scaleSet: "001"']
      : field('  ', 'scaleSet', draft.scaleSet, true, (v) => JSON.stringify(v))),
    ...field('  ', 'location', draft.location, true),
  ];
  const tags = Object.entries(draft.tags).filter(([, f]) => f.value !== undefined);
  if (tags.length > 0) {
    out.push('  tags:');
    for (const [k, f] of tags) out.push(...field('    ', k, f, false, (v) => JSON.stringify(v)));
  }
  out.push('network:', ...field('  ', 'mode', draft.mode, true));
  const level = field('  ', 'level', draft.diagnosticsLevel, false);
  if (level.length > 0) out.push('diagnostics:', ...level);
  out.push('environments:');
  for (const env of ENVIRONMENTS) {
    const e = draft.environments[env];
    out.push(`  ${env}:`);
    out.push(...field('    ', 'subscriptionId', e.subscriptionId, true));
    out.push(...field('    ', 'tenantId', e.tenantId, false));
    out.push(...field('    ', 'addressSpace', e.addressSpace, true));
    if (e.network) {
      out.push('    network:');
      out.push(...field('      ', 'vnetResourceGroup', e.network.vnetResourceGroup, true));
      out.push(...field('      ', 'vnetName', e.network.vnetName, true));
      if (e.network.dnsZonesSubscriptionId)
        out.push(...field('      ', 'dnsZonesSubscriptionId', e.network.dnsZonesSubscriptionId, true));
      if (e.network.dnsZonesResourceGroup)
        out.push(...field('      ', 'dnsZonesResourceGroup', e.network.dnsZonesResourceGroup, true));
    }
  }
  if (draft.flagsOn.length === 0) out.push('flags: {} # no add-on was on');
  else {
    out.push('flags:');
    for (const f of draft.flagsOn) out.push(`  ${f.id}: true${from(f.from)}`);
  }
  if (draft.flagsOff.length > 0) {
    out.push('# Off in the imported file (off is the default, so no flag is needed):');
    for (const f of draft.flagsOff) out.push(`#   ${f.id}: false${from(f.from).replace(' # ', ' # from ')}`);
  }

  const services: string[] = [];
  if (draft.deployments.length > 0) {
    services.push('  aiFoundry:', '    deployments:', ...draft.deployments.map(deployment));
  }
  const search = [
    ...field('    ', 'sku', draft.searchSku, false),
    ...field('    ', 'semanticSearch', draft.semanticSearch, false),
  ];
  if (search.length > 0) services.push('  aiSearch:', ...search);
  for (const [service, options] of Object.entries(draft.serviceOptions)) {
    const lines = Object.entries(options).flatMap(([name, f]) => optionLines(name, f));
    if (lines.length > 0) services.push(`  ${service}:`, ...lines);
  }
  if (services.length > 0) out.push('services:', ...services);
  return out.join('\n') + '\n';
}
