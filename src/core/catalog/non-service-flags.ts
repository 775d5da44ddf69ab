// Flags of today's variables.yaml / .env that look like service switches but are not one: how to handle them
// when importing, and why no catalog service matches. The import and the catalog test both read this list.

export interface NonServiceFlag {
  /** Every spelling: Azure DevOps (camelCase) and GitHub (UPPER_SNAKE). */
  names: string[];
  reason: string;
  /** Where the setting lives in aifactory.yaml, when it has a home there. */
  configKey?: string;
}

export const nonServiceFlags: NonServiceFlag[] = [
  {
    names: ['enableDeleteForDisabledResources', 'ENABLE_DELETE_FOR_DISABLED_RESOURCES'],
    reason:
      'behaviour of the old pipelines, not a service: the plan always deletes disabled services, guarded by allowDestroy',
    configKey: 'environments.<env>.allowDestroy',
  },
  {
    names: ['enablePublicGenAIAccess', 'ENABLE_PUBLIC_GENAI_ACCESS'],
    reason:
      'a networking choice, not a service: public access beside private endpoints is network mode hybrid',
    configKey: 'network.mode',
  },
  {
    names: ['enablePublicAccessWithPerimeter', 'ENABLE_PUBLIC_ACCESS_WITH_PERIMETER'],
    reason:
      'a networking choice, not a service: public access with a network perimeter is network mode hybrid',
    configKey: 'network.mode',
  },
  {
    names: ['allowPublicAccessWhenBehindVnet', 'ALLOW_PUBLIC_ACCESS_WHEN_BEHINDVNET'],
    reason:
      'a networking choice, not a service: public UI access beside private endpoints is network mode hybrid',
    configKey: 'network.mode',
  },
  {
    names: ['enableAMPLS', 'ENABLE_AMPLS'],
    reason:
      'the Azure Monitor Private Link Scope lives in the hub subscription and belongs to the platform team, not to a project',
  },
  {
    names: [
      'enableAIFactoryCreatedDefaultProjectForAIFv2',
      'ENABLE_AIFACTORY_CREATED_DEFAULT_PROJECT_FOR_AIFV2',
    ],
    reason: 'part of aiFoundry: the catalog always creates the default Foundry project itself',
  },
  {
    names: ['enableRetries', 'ENABLE_RETRIES'],
    reason: 'pipeline behaviour: the executor retries throttling and transient errors on its own',
  },
  {
    names: ['enableAIServices', 'ENABLE_AI_SERVICES'],
    reason: 'deprecated upstream (standalone AI Services account); aiFoundry replaces it',
    configKey: 'flags.aiFoundry',
  },
  {
    names: ['enableAIFoundryHub', 'ENABLE_AI_FOUNDRY_HUB'],
    reason: 'deprecated upstream (AI Foundry hub v1); aiFoundry replaces it',
    configKey: 'flags.aiFoundry',
  },
  {
    names: ['addAIFoundryHub', 'ADD_AI_FOUNDRY_HUB'],
    reason: 'deprecated upstream (AI Foundry hub v1); aiFoundry replaces it',
  },
  {
    names: ['addAIFoundry', 'ADD_AI_FOUNDRY'],
    reason:
      'a debugging switch that re-creates Foundry under a new name; delete and re-enable aiFoundry instead',
  },
  {
    names: ['addAzureMachineLearning', 'ADD_AZURE_MACHINE_LEARNING'],
    reason:
      'a debugging switch that re-creates the workspace under a new name; delete and re-enable azureML instead',
  },
  {
    names: ['addAISearch', 'ADD_AI_SEARCH'],
    reason:
      'a debugging switch that re-creates AI Search under a new name; delete and re-enable aiSearch instead',
  },
];

function normalize(name: string): string {
  return name.toLowerCase().replace(/[_-]/g, '');
}

/** The entry for a flag name in either spelling (case and underscores ignored); undefined for service flags. */
export function findNonServiceFlag(name: string): NonServiceFlag | undefined {
  const key = normalize(name);
  return nonServiceFlags.find((f) => f.names.some((n) => normalize(n) === key));
}
