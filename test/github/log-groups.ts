// The collapsible sections of a host's log, as the runner or agent reads them: GitHub's `::group::title` …
// `::endgroup::`, Azure DevOps' `##[group]title` … `##[endgroup]`. Neither nests, so a group opened inside
// another, or never closed, is reported as the broken log it would be.
export interface LogGroup {
  title: string;
  lines: string[];
}

const MARKERS = {
  github: { open: '::group::', close: '::endgroup::' },
  ado: { open: '##[group]', close: '##[endgroup]' },
};

export function logGroups(log: string, host: keyof typeof MARKERS): LogGroup[] {
  const { open, close } = MARKERS[host];
  const groups: LogGroup[] = [];
  let current: LogGroup | undefined;
  for (const line of log.split(/\r?\n/)) {
    if (line.startsWith(open)) {
      if (current) throw new Error(`group '${line.slice(open.length)}' opens inside '${current.title}'`);
      current = { title: line.slice(open.length), lines: [] };
    } else if (line.startsWith(close)) {
      if (!current) throw new Error('a group closes that was never opened');
      groups.push(current);
      current = undefined;
    } else current?.lines.push(line);
  }
  if (current) throw new Error(`group '${current.title}' is never closed`);
  return groups;
}

/** The service a per-service apply group is about (`✓ keyVault: create finished …` → keyVault). */
export function serviceOfGroup(title: string): string | undefined {
  return /^[✓✗] ([A-Za-z0-9]+): /.exec(title)?.[1];
}

/**
 * The groups of a successful apply's log: exactly one per service the plan changed, none nested, each titled with
 * its outcome and opening with the service's start line. Returned for further checks.
 */
export function expectOneGroupPerChangedService(
  log: string,
  host: keyof typeof MARKERS,
  plan: { actions: { service: string; action: string }[] },
): LogGroup[] {
  const groups = logGroups(log, host).filter((g) => serviceOfGroup(g.title));
  const changed = plan.actions.filter((a) => a.action !== 'noop').map((a) => a.service);
  expect(groups.map((g) => serviceOfGroup(g.title)).sort()).toEqual([...changed].sort());
  for (const g of groups) {
    expect(g.title).toMatch(/^✓ [A-Za-z0-9]+: create finished in \d+s · \d+\/\d+ done · elapsed/);
    expect(g.lines[0]).toMatch(/^create started with \d+ running/);
  }
  return groups;
}
