import { describeReason, enabledServices, flagsToSwitchOff } from '../../src/core/enablement.js';
import { miniCatalog, miniConfig } from './fixtures.js';

describe('enabledServices', () => {
  test('baseline, base flags and environment overrides, in catalog order, each with its reason', () => {
    const { services, diagnostics } = enabledServices(miniConfig(), 'prod', miniCatalog());
    expect(diagnostics).toEqual([]);
    const byId = Object.fromEntries(services.map((s) => [s.id, s.reason]));
    expect(byId.keyVault).toEqual({ kind: 'baseline', architecture: 'genai-1' });
    expect(byId.aiSearch).toEqual({ kind: 'flag', environment: false });
    expect(byId.aksForAzureML).toEqual({ kind: 'flag', environment: true });
    const catalogOrder = miniCatalog().services.map((s) => s.id);
    const ids = services.map((s) => s.id);
    expect(ids).toEqual(catalogOrder.filter((id) => ids.includes(id)));
  });

  test('implied services are on, and the reason names every service that implies them', () => {
    const config = miniConfig({ flags: { foundryCapabilityHost: true } });
    const { services } = enabledServices(config, 'dev', miniCatalog());
    const byId = Object.fromEntries(services.map((s) => [s.id, s.reason]));
    expect(byId.cosmosDb).toEqual({ kind: 'implied', by: ['foundryCapabilityHost'] });
    expect(byId.aiSearch).toEqual({ kind: 'implied', by: ['foundryCapabilityHost'] });
  });

  test('implication is transitive', () => {
    const catalog = miniCatalog();
    catalog.services.find((s) => s.id === 'cosmosDb')!.implies = ['azureML'];
    const config = miniConfig({ flags: { foundryCapabilityHost: true } });
    const { services } = enabledServices(config, 'dev', catalog);
    expect(services.find((s) => s.id === 'azureML')?.reason).toEqual({ kind: 'implied', by: ['cosmosDb'] });
  });

  test('an implied service stays on even when its flag is off', () => {
    const config = miniConfig({ flags: { foundryCapabilityHost: true, cosmosDb: false } });
    const { services } = enabledServices(config, 'dev', miniCatalog());
    expect(services.map((s) => s.id)).toContain('cosmosDb');
  });

  test('services limited to other network modes are left out; one switched on by a flag is an error', () => {
    const config = miniConfig({ network: { mode: 'hub-spoke' } });
    const off = enabledServices(config, 'dev', miniCatalog());
    expect(off.services.map((s) => s.id)).not.toContain('privateDnsZones');
    expect(off.diagnostics).toEqual([]);

    const flagged = enabledServices(
      { ...config, flags: { ...config.flags, privateDnsZones: true } },
      'dev',
      miniCatalog(),
    );
    // baseline wins over the flag's reason, so the mode filter drops it silently
    expect(flagged.services.map((s) => s.id)).not.toContain('privateDnsZones');

    const catalog = miniCatalog();
    catalog.services.find((s) => s.id === 'cosmosDb')!.modes = ['standalone'];
    const bad = enabledServices({ ...config, flags: { cosmosDb: true } }, 'dev', catalog);
    expect(bad.diagnostics).toEqual([expect.objectContaining({ severity: 'error', code: 'flags.mode' })]);
  });

  test('guards requires and unknown flags with errors', () => {
    const config = miniConfig({ flags: { aksForAzureML: true, nope: true } });
    const { diagnostics } = enabledServices(config, 'dev', miniCatalog());
    expect(diagnostics.map((d) => d.code).sort()).toEqual(['flags.requires', 'flags.unknown']);
    expect(diagnostics.find((d) => d.code === 'flags.requires')!.message).toContain(
      "'aksForAzureML' requires 'azureML'",
    );
  });

  test('describeReason words each reason', () => {
    expect(describeReason({ kind: 'baseline', architecture: 'genai-1' }, 'dev')).toBe('baseline of genai-1');
    expect(describeReason({ kind: 'flag', environment: false }, 'dev')).toBe('flag on');
    expect(describeReason({ kind: 'flag', environment: true }, 'prod')).toBe("flag on in environment 'prod'");
    expect(describeReason({ kind: 'implied', by: ['a', 'b'] }, 'dev')).toBe('implied by a, b');
  });
});

describe('flagsToSwitchOff', () => {
  test('its own flag; the flags behind what implies it; nothing for a baseline service or one a baseline implies', () => {
    const config = miniConfig({ flags: { foundryCapabilityHost: true, azureML: true } });
    const catalog = miniCatalog();
    const { services } = enabledServices(config, 'dev', catalog);
    expect(flagsToSwitchOff(services, 'azureML')).toEqual(['azureML']);
    expect(flagsToSwitchOff(services, 'cosmosDb')).toEqual(['foundryCapabilityHost']);
    expect(flagsToSwitchOff(services, 'keyVault')).toEqual([]);
    expect(flagsToSwitchOff(services, 'notOn')).toEqual([]);
    // Implied by a baseline service as well: it stays whatever flag goes.
    catalog.services.find((s) => s.id === 'keyVault')!.implies = ['cosmosDb'];
    const withBaseline = enabledServices(config, 'dev', catalog).services;
    expect(withBaseline.find((s) => s.id === 'cosmosDb')!.reason).toEqual({
      kind: 'implied',
      by: ['keyVault', 'foundryCapabilityHost'],
    });
    expect(flagsToSwitchOff(withBaseline, 'cosmosDb')).toEqual([]);
  });
});
