import {
  renderApplyMarkdown,
  renderApplyText,
  renderDot,
  renderJson,
  renderMarkdown,
  renderMermaid,
  renderText,
  formatDuration,
} from '../../src/core/render/index.js';
import type { Plan } from '../../src/core/types.js';
import { emptyPlan, hugePlan, sampleApply, samplePlan } from './fixtures.js';

const ESC = '\u001b[';
const stripAnsi = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');
const SUMMARY_TABLE = '| Create | Update | Delete | No change | Blocked |';

describe('formatDuration', () => {
  it.each([
    [0, '0s'],
    [45, '45s'],
    [60, '1m'],
    [750, '12m 30s'],
    [3600, '1h'],
    [3900, '1h 5m'],
    [-3, '0s'],
  ])('%p seconds → %p', (s, text) => expect(formatDuration(s)).toBe(text));
});

describe('renderText', () => {
  const plan = samplePlan();

  it('lists every service with its action symbol, reason and what it waits for', () => {
    const text = renderText(plan, { color: false });
    expect(text).toMatch(/^ {2}\+ aiSearch +create +5m +implied by foundryCapabilityHost$/m);
    expect(text).toMatch(/^ {2}~ keyVault +update +30s +drift: publicNetworkAccess/m);
    expect(text).toMatch(/^ {2}- containerRegistry +delete +1m +flag containerRegistry is off$/m);
    expect(text).toMatch(/^ {2}= resourceGroups +no change +exists and matches$/m);
    expect(text).toMatch(/^ {2}! azureML +blocked +azureML holds data/m);
    expect(text).toMatch(/^ +waits for aiSearch, cosmosDb$/m);
  });

  it("shows a service whose names are someone else's as a conflict, with why, not as its action", () => {
    const text = renderText(plan, { color: false });
    expect(text).toMatch(/^ {2}× storage2 +conflict +exists without the aifactory-managed-by tag$/m);
    expect(text).not.toMatch(/^ {2}~ storage2/m);
    expect(renderText(plan, { color: true })).toContain(`${ESC}1;35m×`);
  });

  it('ends with the summary sentence, the duration and the critical path', () => {
    const text = renderText(plan, { color: false });
    expect(text).toContain('Plan: 3 to create, 1 to update, 1 to delete, 1 blocked, 1 in conflict.\n');
    expect(text).toContain('Estimated duration: 9m (critical path: cosmosDb → foundryCapabilityHost)');
    expect(text.endsWith('Fingerprint: sha256:0123456789abcdef\n')).toBe(true);
  });

  it('says how to allow each blocked deletion in every place a user can', () => {
    const text = renderText(plan, { color: false });
    expect(text).toContain('Blocked: 1 deletion needs an explicit allow');
    expect(text).toContain('--allow-destroy azureML');
    expect(text).toContain('allow-destroy: azureML');
    expect(text).toContain('allowDestroy: azureML');
    expect(text).toContain('environments.dev.allowDestroy: [azureML]');
  });

  it('shows conflicts and diagnostics with their location and hint', () => {
    const text = renderText(plan, { color: false });
    expect(text).toContain('Conflicts: 1 resource in the way');
    expect(text).toContain('storageAccounts/stacme2');
    expect(text).toContain(
      'aifactory.yaml:3:5: warning subnets.size-changed: Subnet genai stays 10.10.0.0/25 (switch off and on)',
    );
  });

  it('has no colour codes when colour is off, and the same text with colour on', () => {
    const plain = renderText(plan, { color: false });
    const coloured = renderText(plan, { color: true });
    expect(plain).not.toContain(ESC);
    expect(coloured).toContain(`${ESC}32m+`);
    expect(coloured).toContain(`${ESC}31m-`);
    expect(stripAnsi(coloured)).toBe(plain);
  });

  it('says when nothing changes', () => {
    const text = renderText(emptyPlan(), { color: false });
    expect(text).toContain('No changes. The environment matches the configuration.');
    expect(text).not.toContain('Estimated duration');
    expect(text).not.toContain('Blocked');
  });

  it('never says the environment matches when a service is in conflict, even in a plan made before conflicts were counted', () => {
    const sample = samplePlan();
    const onlyConflict: Plan = {
      ...emptyPlan(),
      actions: [...emptyPlan().actions, sample.actions.find((a) => a.service === 'storage2')!],
      conflicts: sample.conflicts,
      summary: { create: 0, update: 0, delete: 0, noop: 1, blocked: 0, conflict: 1 },
    };
    const text = renderText(onlyConflict, { color: false });
    expect(text).not.toContain('No changes');
    expect(text).toContain('Plan: 0 to create, 0 to update, 0 to delete, 1 in conflict.\n');
    const { conflict: _, ...older } = onlyConflict.summary;
    expect(renderText({ ...onlyConflict, summary: older }, { color: false })).toContain(
      'Plan: 0 to create, 0 to update, 0 to delete, 1 in conflict.\n',
    );
  });

  it('counts a blocked delete as blocked, not as a delete', () => {
    const blockedOnly: Plan = {
      ...emptyPlan(),
      actions: [...emptyPlan().actions, samplePlan().actions.find((a) => a.service === 'azureML')!],
      blocked: samplePlan().blocked,
      summary: { create: 0, update: 0, delete: 0, noop: 1, blocked: 1, conflict: 0 },
    };
    expect(renderText(blockedOnly, { color: false })).toContain(
      'Plan: 0 to create, 0 to update, 0 to delete, 1 blocked.\n',
    );
  });
});

describe('renderMarkdown', () => {
  const plan = samplePlan();

  it('has a heading, the summary table, the duration and the critical path', () => {
    const md = renderMarkdown(plan);
    expect(md.startsWith('## aifactory plan: prj001 · dev\n')).toBe(true);
    expect(md).toContain('**Plan: 3 to create, 1 to update, 1 to delete, 1 blocked, 1 in conflict.**');
    expect(md).toContain(`${SUMMARY_TABLE} Conflict |\n|--:|--:|--:|--:|--:|--:|\n| 3 | 1 | 1 | 2 | 1 | 1 |`);
    expect(md).toContain('Estimated duration: **9m** (critical path: `cosmosDb` → `foundryCapabilityHost`)');
    expect(md).not.toContain('Shortened to fit');
  });

  it('uses the given title', () => {
    expect(renderMarkdown(plan, { title: 'Plan for dev (aifactory.yaml)' })).toMatch(
      /^## Plan for dev \(aifactory.yaml\)\n/,
    );
  });

  it('tables the changes with action, reason, what each waits for and the estimate; no-ops listed apart', () => {
    const md = renderMarkdown(plan);
    expect(md).toContain('| | Service | Action | Reason | Waits for | Est. |');
    expect(md).toContain(
      '| + | `foundryCapabilityHost` | create | flag foundryCapabilityHost is on | `aiSearch`, `cosmosDb` | 2m |',
    );
    expect(md).toContain('| ! | `azureML` | blocked |');
    expect(md).toContain('| × | `storage2` | conflict | exists without the aifactory-managed-by tag |  |  |');
    expect(md).not.toContain('| = | `resourceGroups`');
    expect(md).toContain('**No change (2):** `resourceGroups`, `logAnalytics`');
  });

  it('has collapsible details per changed service: resources, cleanup, property changes, drift', () => {
    const md = renderMarkdown(plan);
    expect(md.match(/<details>/g)).toHaveLength(7);
    expect(md).toContain('| `Microsoft.KeyVault/vaults` | `kv-001-sdc-dev-abcde` | `2023-07-01` |');
    expect(md).toContain('1. privateEndpoints: `privateEndpoints/pe-acr`\n2. resource: `registries/acracme`');
    expect(md).toContain('| `properties.publicNetworkAccess` | modify | `"Enabled"` | `"Disabled"` |');
    expect(md).toContain(
      '- kv-001-sdc-dev-abcde: properties.publicNetworkAccess is "Enabled", expected "Disabled"',
    );
  });

  it('has the Mermaid graph and the blocked section with the exact ways to allow', () => {
    const md = renderMarkdown(plan);
    expect(md).toContain('```mermaid\nflowchart LR\n');
    expect(md).toContain('- CLI: `--allow-destroy azureML`');
    expect(md).toContain('- GitHub Action input: `allow-destroy: azureML`');
    expect(md).toContain('- Azure DevOps task input: `allowDestroy: azureML`');
    expect(md).toContain('- aifactory.yaml: `environments.dev.allowDestroy: [azureML]`');
  });

  it('shows diagnostics with code, location and hint, and conflicts', () => {
    const md = renderMarkdown(plan);
    expect(md).toContain(
      '- **warning** `subnets.size-changed` aifactory.yaml:3:5: Subnet genai stays 10.10.0.0/25 — switch off and on',
    );
    expect(md).toContain('### Conflicts (1)');
  });

  it('keeps tables intact when text holds pipes or line breaks', () => {
    const tricky: Plan = {
      ...plan,
      actions: plan.actions.map((a) => (a.service === 'aiSearch' ? { ...a, reason: 'a | b\nc' } : a)),
    };
    expect(renderMarkdown(tricky)).toContain('| create | a \\| b c |');
  });

  it('escapes HTML in the details summary', () => {
    const tricky: Plan = {
      ...plan,
      actions: plan.actions.map((a) =>
        a.service === 'aiSearch' ? { ...a, title: 'Search <preview> & co' } : a,
      ),
    };
    expect(renderMarkdown(tricky)).toContain('Search &lt;preview&gt; &amp; co');
  });

  it('trims a huge plan under GitHub’s limit and keeps the summary table and the blocked section', () => {
    const huge = hugePlan(300);
    const full = renderMarkdown(huge, { maxLength: Number.MAX_SAFE_INTEGER });
    expect(full.length).toBeGreaterThan(65_536);
    const md = renderMarkdown(huge, { detailsUrl: 'https://github.com/acme/ai/actions/runs/42' });
    expect(md.length).toBeLessThanOrEqual(65_536);
    expect(md).toContain(SUMMARY_TABLE);
    expect(md).toContain(
      `| ${huge.summary.create} | ${huge.summary.update} | ${huge.summary.delete} | ${huge.summary.noop} | 1 |`,
    );
    expect(md).toContain('`--allow-destroy service16`');
    expect(md).toContain('[Full plan in the run summary](https://github.com/acme/ai/actions/runs/42).');
  });

  it('drops per-service details before the graph', () => {
    const huge = hugePlan(40);
    const full = renderMarkdown(huge, { maxLength: Number.MAX_SAFE_INTEGER });
    const withoutDetails = full.slice(0, full.indexOf('### Details'));
    const limit = withoutDetails.length + 3000; // the graph and a few details fit, not all
    const md = renderMarkdown(huge, { maxLength: limit });
    expect(md.length).toBeLessThanOrEqual(limit);
    expect(md).toContain('```mermaid');
    const shown = md.match(/<details>/g)?.length ?? 0;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(full.match(/<details>/g)!.length);
    expect(md).toMatch(/left out details of \d+ services\. The full plan is in the run summary\.\n$/);
  });

  it.each([30_000, 8_000, 3_000])('never drops the summary table, even at %i characters', (limit) => {
    const md = renderMarkdown(hugePlan(300), { maxLength: limit });
    expect(md).toContain(SUMMARY_TABLE);
    expect(md).toContain('**Plan: ');
    expect(md).toContain('### Blocked (1)');
    expect(md).not.toContain('```mermaid');
    expect(md).not.toContain('<details>');
    expect(md).toContain('left out');
    expect(md.length).toBeLessThanOrEqual(limit);
  });

  it('says when nothing changes', () => {
    const md = renderMarkdown(emptyPlan());
    expect(md).toContain('**No changes. The environment matches the configuration.**');
    expect(md).not.toContain('### Changes');
  });
});

describe('renderMermaid and renderDot', () => {
  const plan = samplePlan();

  it('has a node per action coloured by action and an edge per dependsOn', () => {
    const mermaid = renderMermaid(plan);
    expect(mermaid.startsWith('flowchart LR\n')).toBe(true);
    const nodes = mermaid.split('\n').filter((l) => /^ {2}\w+\[".*"\]:::\w+$/.test(l));
    expect(nodes).toHaveLength(plan.actions.length);
    for (const a of plan.actions)
      expect(mermaid).toMatch(new RegExp(`^  ${a.service}_\\d+\\[.*:::(${a.action}|blocked|conflict)$`, 'm'));
    expect(mermaid).toMatch(/^ {2}storage2_\d+\["× storage2<br\/>conflict"\]:::conflict$/m);
    const edges = mermaid.split('\n').filter((l) => /^ {2}\w+ (-->|==>) \w+$/.test(l));
    expect(edges).toHaveLength(plan.actions.reduce((n, a) => n + a.dependsOn.length, 0));
    for (const kind of ['create', 'update', 'delete', 'noop', 'blocked', 'conflict'])
      expect(mermaid).toContain(`classDef ${kind} `);
  });

  it('draws the critical path thick', () => {
    expect(renderMermaid(plan)).toMatch(/^ {2}cosmosDb_\d+ ==> foundryCapabilityHost_\d+$/m);
    expect(renderMermaid(plan)).toMatch(/^ {2}aiSearch_\d+ --> foundryCapabilityHost_\d+$/m);
  });

  it('keeps node ids valid for odd service names and escapes labels', () => {
    const odd: Plan = {
      ...plan,
      actions: [
        { ...plan.actions[0], service: 'a-b.c', title: 'x' },
        { ...plan.actions[3], service: 'q"r', dependsOn: ['a-b.c'] },
      ],
      blocked: [],
    };
    const mermaid = renderMermaid(odd);
    expect(mermaid).toContain('a_b_c_0["= a-b.c<br/>no change"]:::noop');
    expect(mermaid).toContain('q#quot;r');
    expect(mermaid).toContain('a_b_c_0 --> q_r_1');
  });

  it('renders DOT with a node per action and an edge per dependsOn', () => {
    const dot = renderDot(plan);
    expect(dot.startsWith('digraph plan {\n')).toBe(true);
    expect(dot.endsWith('}\n')).toBe(true);
    expect(dot.match(/^ {2}"\w+" \[label=/gm)).toHaveLength(plan.actions.length);
    expect(dot.match(/^ {2}"\w+" -> "\w+"/gm)).toHaveLength(5);
    expect(dot).toContain('"cosmosDb" -> "foundryCapabilityHost" [penwidth=3];');
  });
});

describe('renderJson', () => {
  const plan = samplePlan();

  it('round-trips, with 2-space indentation and a trailing newline', () => {
    const json = renderJson(plan);
    expect(JSON.parse(json)).toEqual(plan);
    expect(json.endsWith('}\n')).toBe(true);
    expect(json).toContain('\n  "schemaVersion": 1,\n');
  });

  it('is stable whatever order the object was built in', () => {
    const reversed = reverseKeys(plan) as Plan;
    expect(Object.keys(reversed)[0]).toBe('diagnostics');
    expect(renderJson(reversed)).toBe(renderJson(plan));
    const keys = Object.keys(JSON.parse(renderJson(reversed)));
    expect(keys.slice(0, 3)).toEqual(['schemaVersion', 'tool', 'project']);
    expect(keys.indexOf('summary')).toBeLessThan(keys.indexOf('actions'));
  });

  it('orders nested keys for reading: service and action first', () => {
    const action = JSON.parse(renderJson(reverseKeys(plan) as Plan)).actions[0];
    expect(Object.keys(action).slice(0, 4)).toEqual(['service', 'title', 'action', 'reason']);
  });
});

describe('apply renderers', () => {
  const result = sampleApply();

  it('text: outcome per service, ARM error code, message and hint, and why a service was skipped', () => {
    const text = renderApplyText(result, { color: false });
    expect(text).toMatch(/^ {2}✓ keyVault +update +succeeded +28s$/m);
    expect(text).toMatch(/^ {2}✗ cosmosDb +create +failed +10m 12s$/m);
    expect(text).toContain(
      'RequestDisallowedByPolicy: Resource was disallowed by policy "deny-public-cosmos".',
    );
    expect(text).toContain('hint: Ask the platform team for an exemption');
    expect(text).toContain('skipped because cosmosDb failed');
    expect(text).toContain('Apply failed: 2 succeeded, 1 failed, 1 skipped, 1 unchanged in 15m 5s.');
    expect(text).not.toContain(ESC);
    expect(stripAnsi(renderApplyText(result, { color: true }))).toBe(text);
    expect(renderApplyText(result, { color: true })).toContain(ESC);
  });

  it('text: a clean apply says complete', () => {
    const ok = renderApplyText(
      {
        ok: true,
        seconds: 30,
        outcomes: [{ service: 'keyVault', action: 'create', status: 'succeeded', seconds: 30 }],
      },
      { color: false },
    );
    expect(ok).toContain('Apply complete: 1 succeeded, 0 failed, 0 skipped, 0 unchanged in 30s.');
  });

  it('markdown: counts, a row per changed service with estimate, failures with what to do', () => {
    const md = renderApplyMarkdown(samplePlan(), result);
    expect(md.startsWith('## aifactory apply: prj001 · dev — failed\n')).toBe(true);
    expect(md).toContain('| 2 | 1 | 1 | 1 | 15m 5s | 9m |');
    expect(md).toContain(
      '| ✗ | `cosmosDb` | create | failed | 10m 12s (est. 7m) | `RequestDisallowedByPolicy`: Resource was disallowed by policy "deny-public-cosmos". |',
    );
    expect(md).toContain(
      '| - | `foundryCapabilityHost` | create | skipped |  | skipped because `cosmosDb` failed |',
    );
    expect(md).toContain(
      '  - What to do: Ask the platform team for an exemption or set publicNetworkAccess to Disabled.',
    );
    expect(md).toContain('**No change (1):** `resourceGroups`');
  });
});

function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .reverse()
      .map(([k, v]) => [k, reverseKeys(v)]),
  );
}
