// docs/catalog.md, generated from the catalog so the documentation cannot drift from the data
// (`aifactory catalog --format markdown`; a test fails when the committed file differs).
import type { Catalog, DiagnosticsSpec, RoleAssignmentSpec, ServiceDefinition } from '../types.js';

const CATEGORY_TITLES: Record<ServiceDefinition['category'], string> = {
  foundation: 'Foundation',
  ai: 'AI',
  hosting: 'Hosting',
  data: 'Data',
  integration: 'Integration',
  security: 'Security',
  operations: 'Operations',
};

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function code(text: string): string {
  return `\`${text}\``;
}

function list(items: string[], none = '—'): string {
  return items.length > 0 ? items.map(code).join(', ') : none;
}

function principalText(spec: RoleAssignmentSpec): string {
  switch (spec.principal.kind) {
    case 'serviceIdentity':
      return `identity of ${code(spec.principal.service)}`;
    case 'projectIdentity':
      return 'project identity';
    case 'persona':
      return `persona ${code(spec.principal.persona)}`;
  }
}

function scopeText(spec: RoleAssignmentSpec): string {
  return code(spec.scope.resource ? `${spec.scope.service}.${spec.scope.resource}` : spec.scope.service);
}

function serviceSection(s: ServiceDefinition): string[] {
  const out: string[] = [];
  out.push(`### ${s.title} (${code(s.id)})`, '', s.description, '');
  const facts: [string, string][] = [
    ['Flag names', list([s.id, ...s.aliases])],
    ['Resource group', s.scope],
    ['Baseline of', s.baseline.length > 0 ? s.baseline.join(', ') : '— (add-on)'],
    ['Network modes', s.modes ? s.modes.join(', ') : 'all'],
    ['Requires', list(s.requires)],
    ['Implies', list(s.implies)],
    ['Waits for (when on)', list(s.uses)],
    ['Identity', s.identity],
    ['Data-bearing', s.dataBearing ? 'yes: deleting it needs an explicit allow' : 'no'],
    [
      'Soft delete',
      s.softDelete
        ? `${s.softDelete.kind}, ${s.softDelete.retentionDays} day(s)${s.softDelete.purgeProtection ? ', purge protection' : ''}`
        : '—',
    ],
    ['Typical time', `create ${s.provisioningSeconds} s, delete ${s.deletionSeconds} s`],
    ['Removal steps', s.cleanup.join(' → ')],
  ];
  out.push('| | |', '|---|---|', ...facts.map(([k, v]) => `| ${k} | ${cell(v)} |`), '');

  if (s.resources.length > 0) {
    out.push(
      '| Resource | Type | api-version | Name pattern | Length | Unique in |',
      '|---|---|---|---|---|---|',
    );
    for (const r of s.resources) {
      const extras = [
        r.parent ? `child of ${r.parentService ? `${r.parentService}.` : ''}${r.parent}` : '',
        r.forEach ? `one per services.${s.id}.${r.forEach}` : '',
        r.modes ? `only ${r.modes.join(', ')}` : '',
        ...[...new Set((r.bodyWhenOption ?? []).map((p) => p.option))].map(
          (option) => `body depends on services.${s.id}.${option}`,
        ),
        ...[...new Set((r.bodyWhenService ?? []).map((p) => p.service))].map(
          (id) => `body changes while ${id} is on`,
        ),
        ...(r.bodyWhenItem ?? []).map((p) => `body depends on the entry's ${p.field}`),
        r.createOnly ? `Azure takes ${r.createOnly.join(', ')} only at creation` : '',
        r.nameOption ? `named by services.${s.id}.${r.nameOption}` : '',
        ...(r.waitsFor ?? []).map((ref) => `waits for ${ref}`),
        r.deployScope
          ? r.deployScope.kind === 'subscription'
            ? 'subscription scope'
            : `on ${r.deployScope.service}`
          : '',
      ].filter(Boolean);
      out.push(
        `| ${code(r.key)}${extras.length ? ` (${cell(extras.join('; '))})` : ''} | ${code(r.type)} | ${r.apiVersion} | ${code(cell(r.name.pattern))} | ${r.name.minLength}–${r.name.maxLength} | ${r.name.uniqueness} |`,
      );
    }
    out.push('');
  }
  if (s.privateEndpoints.length > 0) {
    out.push('| Private endpoint | Group id | Private DNS zones |', '|---|---|---|');
    for (const p of s.privateEndpoints)
      out.push(`| ${code(p.resource)} | ${code(p.groupId)} | ${list(p.dnsZones)} |`);
    out.push('');
  }
  if (s.subnets.length > 0) {
    const subnets = s.subnets.map(
      (n) =>
        `${code(n.name)} /${n.prefixLength}${n.delegation ? ` delegated to ${code(n.delegation)}` : ''}${n.unlessOption ? ` (not when services.${s.id}.${n.unlessOption} is set)` : ''}`,
    );
    out.push(`Subnets: ${subnets.join(', ')}`, '');
  }
  if (s.roleAssignments.length > 0) {
    out.push('| Role | Id | To | On |', '|---|---|---|---|');
    for (const r of s.roleAssignments) {
      out.push(`| ${r.role} | ${code(r.roleDefinitionId)} | ${principalText(r)} | ${scopeText(r)} |`);
    }
    out.push('');
  }
  if (s.diagnostics.length > 0) {
    const logsText = (logs: DiagnosticsSpec['logs']) =>
      Array.isArray(logs) ? (logs.length ? logs.join(', ') : 'no logs') : logs;
    const diags = s.diagnostics.map((d) => {
      const levels = Object.entries(d.levels ?? {}).map(([level, logs]) => `${level}: ${logsText(logs)}`);
      return `${code(d.resource)}: ${logsText(d.logs)}${d.metrics ? ' + metrics' : ''}${levels.length ? ` (${levels.join('; ')})` : ''}`;
    });
    out.push(`Diagnostic settings to Log Analytics: ${diags.join('; ')}`, '');
  }
  if (s.options && s.options.length > 0) {
    out.push('| Option | Type | Default | Description |', '|---|---|---|---|');
    for (const o of s.options) {
      const def = o.required ? 'required' : o.default === undefined ? '—' : code(JSON.stringify(o.default));
      const choices = o.choices
        ? ` One of: ${o.choices.join(', ')}.`
        : o.patternText
          ? ` Must be ${o.patternText}.`
          : '';
      out.push(
        `| ${code(`services.${s.id}.${o.name}`)} | ${o.type} | ${cell(def)} | ${cell(o.description + choices)} |`,
      );
    }
    out.push('');
  }
  for (const need of s.requiresSettings ?? []) {
    out.push(
      `Needs ${code(`${need.path} = ${JSON.stringify(need.value)}`)} on ${code(need.resource)}: ${need.reason}.`,
      '',
    );
  }
  for (const note of s.notes ?? []) out.push(`> ${note}`, '');
  return out;
}

export function renderCatalogMarkdown(catalog: Catalog): string {
  const out: string[] = [
    '# Service catalog',
    '',
    '<!-- Generated from src/core/catalog by renderCatalogMarkdown; do not edit. Regenerate: aifactory catalog --format markdown > docs/catalog.md (or UPDATE_CATALOG_DOC=1 npm test -- test/catalog). -->',
    '',
    `Catalog version ${catalog.version}: ${catalog.services.length} services. Every service is private (public network access off, private endpoints in the project subnet) unless its notes say otherwise.`,
    '',
    '## Services',
    '',
    '| Service | Flag names | Category | Baseline | Requires | Implies |',
    '|---|---|---|---|---|---|',
  ];
  for (const s of catalog.services) {
    out.push(
      `| [${cell(s.title)}](#${anchor(s)}) | ${list([s.id, ...s.aliases])} | ${CATEGORY_TITLES[s.category]} | ${s.baseline.join(', ') || '—'} | ${list(s.requires)} | ${list(s.implies)} |`,
    );
  }
  out.push('');

  out.push('## Architectures', '');
  for (const arch of ['genai-1', 'esml'] as const) {
    const baseline = catalog.services.filter((s) => s.baseline.includes(arch)).map((s) => s.id);
    out.push(`- **${arch}**: ${list(baseline)}`);
  }
  out.push('');

  const categories = [...new Set(catalog.services.map((s) => s.category))];
  for (const category of categories) {
    out.push(`## ${CATEGORY_TITLES[category]}`, '');
    for (const s of catalog.services.filter((x) => x.category === category)) out.push(...serviceSection(s));
  }

  if (catalog.personas) {
    out.push(
      '## Personas',
      '',
      'Entra groups per environment (`environments.<env>.personas.<name>`) get these roles on the services that are on.',
      '',
    );
    out.push('| Persona | Role | Id | On |', '|---|---|---|---|');
    for (const [persona, grants] of Object.entries(catalog.personas)) {
      for (const g of grants)
        out.push(`| ${code(persona)} | ${g.role} | ${code(g.roleDefinitionId)} | ${scopeText(g)} |`);
    }
    out.push('');
  }

  if (catalog.diagnosticLevels) {
    out.push('## Diagnostic levels', '', '| Level | Logs | Metrics | |', '|---|---|---|---|');
    for (const [name, level] of Object.entries(catalog.diagnosticLevels)) {
      const isDefault = name === catalog.defaultDiagnosticLevel ? ' (default)' : '';
      out.push(
        `| ${code(name)}${isDefault} | ${level.logs} | ${level.metrics ? 'yes' : 'no'} | ${level.description} |`,
      );
    }
    out.push('');
  }

  out.push('## Generated resources', '', 'api-versions of what the core creates around the services:', '');
  out.push('| Type | api-version |', '|---|---|');
  for (const [type, version] of Object.entries(catalog.platformApiVersions))
    out.push(`| ${code(type)} | ${version} |`);
  out.push('');

  out.push('## Environment names', '', 'Spelling in Azure resource names:', '');
  out.push(...Object.entries(catalog.environmentNames).map(([k, v]) => `- ${code(k)} → ${code(v)}`), '');

  out.push('## Regions', '', '| Region | Code | Name |', '|---|---|---|');
  for (const r of catalog.regions) out.push(`| ${code(r.name)} | ${code(r.short)} | ${r.displayName} |`);
  out.push('');
  return out.join('\n');
}

/** GitHub's heading anchor of a service section. */
function anchor(s: ServiceDefinition): string {
  return `${s.title} (${s.id})`
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, '')
    .replace(/ /g, '-');
}
