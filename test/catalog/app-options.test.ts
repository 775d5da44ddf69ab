// Options of the project's apps and VMs over the real catalog: the Web App's and Function App's language runtime
// (siteConfig.linuxFxVersion, and the worker runtime a Function App's host starts), the VM's admin user (taken by
// Azure only at creation), what each puts into the bodies, and the located error a bad value of each gives.
import { catalog } from '../../src/core/catalog/index.js';
import { FUNCTION_STACKS, WEB_APP_STACKS } from '../../src/core/catalog/services/app-runtimes.js';
import { observeScope } from '../../src/core/scope.js';
import type { DesiredResource, DesiredState } from '../../src/core/types.js';
import { observedAfterApply } from './support/observed-after-apply.js';
import { actionOf, configErrors, planOf, specOf, type PlanInput } from './support/plan.js';
import { projectYaml, requiredOptions } from './support/project.js';

function siteOf(desired: DesiredState, service: string): DesiredResource {
  const found = desired.services.find((s) => s.id === service)?.resources.find((r) => r.role === 'main');
  if (!found) throw new Error(`${service} has no main resource`);
  return found;
}

interface SiteConfig {
  linuxFxVersion: string;
  appSettings: { name: string; value: string }[];
}
const siteConfig = (r: DesiredResource) => (r.body.properties as { siteConfig: SiteConfig }).siteConfig;
const setting = (r: DesiredResource, name: string) =>
  siteConfig(r).appSettings.find((s) => s.name === name)?.value;

describe('Web App: runtimeStack', () => {
  it("defaults to today's Python 3.11", () => {
    const { desired } = planOf({ on: ['webApp'] });
    expect(siteConfig(siteOf(desired, 'webApp')).linuxFxVersion).toBe('PYTHON|3.11');
  });

  it.each(WEB_APP_STACKS)('%s is planned into siteConfig.linuxFxVersion', (stack) => {
    const { desired } = planOf({ on: ['webApp'], services: { webApp: { runtimeStack: stack } } });
    const site = siteOf(desired, 'webApp');
    expect(siteConfig(site).linuxFxVersion).toBe(stack);
    // The networking part of the body is still there.
    expect((site.body.properties as { vnetRouteAllEnabled?: boolean }).vnetRouteAllEnabled).toBe(true);
  });
});

describe('Function App: runtimeStack and the worker runtime that follows it', () => {
  it("defaults to today's Python 3.11 on the Functions 4 host", () => {
    const { desired } = planOf({ on: ['functionApp'] });
    const site = siteOf(desired, 'functionApp');
    expect(siteConfig(site).linuxFxVersion).toBe('PYTHON|3.11');
    expect(setting(site, 'FUNCTIONS_WORKER_RUNTIME')).toBe('python');
    expect(setting(site, 'FUNCTIONS_EXTENSION_VERSION')).toBe('~4');
  });

  const cases = Object.entries(FUNCTION_STACKS).flatMap(([worker, stacks]) =>
    stacks.map((stack) => [stack, worker] as const),
  );
  it.each(cases)(
    '%s runs with FUNCTIONS_WORKER_RUNTIME %s, its storage reached by identity',
    (stack, worker) => {
      const { desired } = planOf({ on: ['functionApp'], services: { functionApp: { runtimeStack: stack } } });
      const site = siteOf(desired, 'functionApp');
      expect(siteConfig(site).linuxFxVersion).toBe(stack);
      expect(siteConfig(site).appSettings).toEqual([
        { name: 'FUNCTIONS_EXTENSION_VERSION', value: '~4' },
        { name: 'FUNCTIONS_WORKER_RUNTIME', value: worker },
        {
          name: 'AzureWebJobsStorage__accountName',
          value: desired.services
            .find((s) => s.id === 'storage')!
            .resources.find((r) => r.type === 'Microsoft.Storage/storageAccounts')!.name,
        },
      ]);
      // The worker is the stack's language (the host refuses a mismatch).
      expect(stack.split('|')[0].toLowerCase()).toBe(worker);
    },
  );

  it('inside a BYO App Service Environment the runtime parts and the ASE parts both hold', () => {
    const ase =
      '/subscriptions/44444444-4444-4444-4444-444444444444/resourceGroups/rg-ase/providers/Microsoft.Web/hostingEnvironments/ase-shared';
    const { desired } = planOf({
      on: ['functionApp'],
      services: {
        functionApp: { runtimeStack: 'NODE|22', appServiceEnvironmentId: ase },
        appServicePlan: { appServiceEnvironmentId: ase },
      },
    });
    const site = siteOf(desired, 'functionApp');
    expect(
      (site.body.properties as { hostingEnvironmentProfile: { id: string } }).hostingEnvironmentProfile.id,
    ).toBe(ase);
    expect(setting(site, 'FUNCTIONS_WORKER_RUNTIME')).toBe('node');
  });

  it('a changed stack is an update of the site, drift named by the hash', () => {
    const before = planOf({ on: ['functionApp'] });
    const observed = observedAfterApply(before.desired, observeScope(before.config, 'dev', catalog));
    expect(actionOf(planOf({ on: ['functionApp'], observed }).plan, 'functionApp').action).toBe('noop');
    const after = planOf({
      on: ['functionApp'],
      services: { functionApp: { runtimeStack: 'DOTNET-ISOLATED|8.0' } },
      observed,
    });
    expect(actionOf(after.plan, 'functionApp').action).toBe('update');
    expect(after.plan.blocked).toEqual([]);
  });
});

describe('VMs: adminUsername', () => {
  const sshKey = (desired: DesiredState, service: string) => {
    const vm = desired.services
      .find((s) => s.id === service)!
      .resources.find((r) => r.type === 'Microsoft.Compute/virtualMachines')!;
    const os = (vm.body.properties as { osProfile: Record<string, unknown> }).osProfile as {
      adminUsername: string;
      linuxConfiguration: { ssh: { publicKeys: { path: string }[] } };
    };
    return { vm, user: os.adminUsername, path: os.linuxConfiguration.ssh.publicKeys[0].path };
  };

  it.each(['virtualMachine', 'adminVirtualMachine'])(
    "%s: today's esmladmin by default, its key in that user's home",
    (id) => {
      const { desired } = planOf({ on: [id] });
      const { user, path, vm } = sshKey(desired, id);
      expect(user).toBe('esmladmin');
      expect(path).toBe('/home/esmladmin/.ssh/authorized_keys');
      expect(vm.body.tags).toMatchObject({
        'aifactory-created-with': 'properties.osProfile.adminUsername=esmladmin',
      });
    },
  );

  it('a chosen user name is planned into the body', () => {
    const { desired } = planOf({
      on: ['virtualMachine'],
      services: {
        virtualMachine: {
          ...requiredOptions(['virtualMachine']).virtualMachine,
          adminUsername: 'ds_admin-1',
        },
      },
    });
    expect(sshKey(desired, 'virtualMachine')).toMatchObject({
      user: 'ds_admin-1',
      path: '/home/ds_admin-1/.ssh/authorized_keys',
    });
  });

  it('Azure takes the user only at creation: another name re-creates the VM, blocked until allowed (it holds data)', () => {
    const before = planOf({ on: ['virtualMachine'] });
    const observed = observedAfterApply(before.desired, observeScope(before.config, 'dev', catalog));
    const input: PlanInput = {
      on: ['virtualMachine'],
      services: {
        virtualMachine: { ...requiredOptions(['virtualMachine']).virtualMachine, adminUsername: 'aifadmin' },
      },
      observed,
    };
    expect(actionOf(planOf({ on: ['virtualMachine'], observed }).plan, 'virtualMachine').action).toBe('noop');
    const guarded = planOf(input);
    expect(guarded.plan.blocked.map((b) => b.service)).toEqual(['virtualMachine']);
    const allowed = planOf({ ...input, allowDestroy: ['virtualMachine'] });
    const update = actionOf(allowed.plan, 'virtualMachine');
    expect(update.action).toBe('update');
    expect(update.cleanup?.find((c) => c.step === 'resource')?.resourceIds).toEqual([
      sshKey(before.desired, 'virtualMachine').vm.id,
    ]);
  });
});

describe('a bad value of each new option is an error at its line, with what is valid', () => {
  const cases: [string, string, unknown, RegExp, RegExp][] = [
    [
      'webApp',
      'runtimeStack',
      'PYTHON|3.8',
      /services\.webApp\.runtimeStack is 'PYTHON\|3\.8', which is not one of the choices/,
      /did you mean 'PYTHON\|3\.\d+'\? valid choices: PYTHON\|3\.10, .*JAVA\|21-java21/,
    ],
    [
      'functionApp',
      'runtimeStack',
      'NODE|20-lts',
      /services\.functionApp\.runtimeStack is 'NODE\|20-lts', which is not one of the choices/,
      /did you mean 'NODE\|20'\? valid choices: PYTHON\|3\.10, .*POWERSHELL\|7\.4/,
    ],
    [
      'functionApp',
      'runtimeStack',
      'dotnet',
      /services\.functionApp\.runtimeStack is 'dotnet', which is not one of the choices/,
      /valid choices: .*DOTNET-ISOLATED\|8\.0, DOTNET-ISOLATED\|9\.0/,
    ],
    [
      'virtualMachine',
      'adminUsername',
      'admin',
      /services\.virtualMachine\.adminUsername is 'admin', which is not a Linux user name .* other than the names Azure reserves/,
      /logs in with sshPublicKey/,
    ],
    [
      'adminVirtualMachine',
      'adminUsername',
      'Ops Admin',
      /services\.adminVirtualMachine\.adminUsername is 'Ops Admin', which is not a Linux user name/,
      /Azure takes it only when the VM is created/,
    ],
  ];

  it.each(cases)('%s.%s: %s', (service, option, value, message, hint) => {
    const spec = specOf({ on: [service] });
    spec.services = { ...spec.services, [service]: { ...spec.services?.[service], [option]: value } };
    const text = projectYaml(spec);
    const errors = configErrors(text);
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(message);
    expect(errors[0].hint).toMatch(hint);
    const lines = text.split('\n');
    const line = errors[0].location!.line;
    expect(lines[line - 1]).toContain(`${option}: `);
    expect(lines[line - 1].slice(errors[0].location!.column - 1)).toMatch(/^'/);
  });

  it('a name over 64 characters and one starting with a digit are refused too; 64 characters are fine', () => {
    const errorsFor = (name: string) => {
      const spec = specOf({ on: ['virtualMachine'] });
      spec.services!.virtualMachine = { ...spec.services!.virtualMachine, adminUsername: name };
      return configErrors(projectYaml(spec));
    };
    expect(errorsFor('a'.repeat(65))).toHaveLength(1);
    expect(errorsFor('1admin')).toHaveLength(1);
    expect(errorsFor(`_${'a'.repeat(63)}`)).toEqual([]);
    expect(errorsFor('administrator2')).toEqual([]);
  });
});
