// Security rules for the GitHub workflows we ship, checked on the YAML itself (actionlint covers much, but not
// "every job states its permissions" or "third-party actions are pinned to a commit").
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Scalar } from 'yaml';

export type SecurityRule = 'job-permissions' | 'unpinned-action' | 'untrusted-expression-in-run';

export interface SecurityFinding {
  file: string;
  line: number;
  column: number;
  rule: SecurityRule;
  message: string;
}

export interface SecurityOptions {
  /** Repositories whose actions and reusable workflows we publish ourselves and reference by release tag. */
  firstPartyRepositories?: string[];
}

export const defaultFirstPartyRepositories = ['aifactory-flags/aifactory-flags'];

const fullCommitSha = /^[0-9a-f]{40}$/;
const versionComment = /#\s*v\d+(\.\d+){0,2}\b/;
const expressionPattern = /\$\{\{([\s\S]*?)\}\}/g;
// Values an attacker can shape (PR titles, branch names, dispatch inputs) that must reach a script through env.
const untrustedReferences: { pattern: RegExp; name: string }[] = [
  { pattern: /\bgithub\s*\.\s*event(?![A-Za-z0-9_-])|\bgithub\s*\[\s*'event'\s*\]/, name: 'github.event' },
  { pattern: /\binputs\s*(\.|\[)/, name: 'inputs' },
  { pattern: /\bgithub\s*\.\s*head_ref\b|\bgithub\s*\[\s*'head_ref'\s*\]/, name: 'github.head_ref' },
];

function position(lineCounter: LineCounter, offset: number): { line: number; column: number } {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

function scalarText(node: unknown): string | undefined {
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}

/** Checks one workflow file; returns every finding, each with the line and column it points at. */
export function checkWorkflowSecurity(
  text: string,
  file: string,
  options: SecurityOptions = {},
): SecurityFinding[] {
  const firstParty = (options.firstPartyRepositories ?? defaultFirstPartyRepositories).map((r) =>
    r.toLowerCase(),
  );
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  const findings: SecurityFinding[] = [];
  const report = (node: Node | null | undefined, rule: SecurityRule, message: string, offset?: number) => {
    const at = position(lineCounter, offset ?? node?.range?.[0] ?? 0);
    findings.push({ file, ...at, rule, message });
  };

  const checkUses = (usesNode: Scalar, where: string) => {
    const uses = String(usesNode.value);
    if (uses.startsWith('./')) return;
    if (uses.startsWith('docker://')) {
      if (!/@sha256:[0-9a-f]{64}$/.test(uses)) {
        report(
          usesNode,
          'unpinned-action',
          `${where}: container ${uses} is not pinned by digest (@sha256:…)`,
        );
      }
      return;
    }
    const at = uses.lastIndexOf('@');
    const target = at < 0 ? uses : uses.slice(0, at);
    const ref = at < 0 ? '' : uses.slice(at + 1);
    const repository = target.split('/').slice(0, 2).join('/').toLowerCase();
    if (firstParty.includes(repository)) return;
    if (!fullCommitSha.test(ref)) {
      report(
        usesNode,
        'unpinned-action',
        `${where}: ${uses} is not pinned to a full commit SHA; use ${target}@<40-hex sha> # vX.Y.Z`,
      );
      return;
    }
    const end = usesNode.range?.[2] ?? usesNode.range?.[1] ?? 0;
    const lineEnd = text.indexOf('\n', end);
    const restOfLine = text.slice(usesNode.range?.[0] ?? 0, lineEnd < 0 ? text.length : lineEnd);
    if (!versionComment.test(restOfLine)) {
      report(
        usesNode,
        'unpinned-action',
        `${where}: ${uses} needs a "# vX.Y.Z" comment naming the pinned release`,
      );
    }
  };

  const checkRun = (runNode: Scalar, where: string) => {
    const [start, end] = runNode.range ?? [0, 0];
    const source = text.slice(start, end);
    for (const match of source.matchAll(expressionPattern)) {
      for (const reference of untrustedReferences) {
        if (reference.pattern.test(match[1])) {
          report(
            runNode,
            'untrusted-expression-in-run',
            `${where}: "${match[0]}" puts ${reference.name} straight into a script; pass it through env: and use "$VAR"`,
            start + (match.index ?? 0),
          );
        }
      }
    }
  };

  const jobs = isMap(document.contents) ? document.contents.get('jobs', true) : undefined;
  if (!isMap(jobs)) return findings;
  for (const pair of jobs.items) {
    const jobId = scalarText(pair.key) ?? '?';
    const job = pair.value;
    if (!isMap(job)) continue;
    if (!job.has('permissions')) {
      report(
        pair.key as Node,
        'job-permissions',
        `job "${jobId}" has no permissions:; state the least it needs`,
      );
    }
    const reusable = job.get('uses', true);
    if (isScalar(reusable)) checkUses(reusable, `job "${jobId}"`);
    const steps = job.get('steps', true);
    if (!isSeq(steps)) continue;
    steps.items.forEach((step, index) => {
      if (!isMap(step)) return;
      const where = `job "${jobId}" step ${scalarText(step.get('name', true)) ?? index + 1}`;
      const uses = step.get('uses', true);
      if (isScalar(uses)) checkUses(uses, where);
      const run = step.get('run', true);
      if (isScalar(run)) checkRun(run, where);
    });
  }
  return findings;
}
