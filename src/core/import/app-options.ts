// Today's settings of the project's apps and VMs → their catalog options: the Web App's and Function App's
// language runtime (two settings → one runtimeStack), the VMs' admin user, the image of today's default container
// app, and the one SKU of Bing Custom Search. Each is carried only while its service is on, checked against the
// catalog's option (choices, pattern); what cannot be expressed becomes a reported TODO, never a guess.
import type { Catalog, ServiceOption } from '../types.js';
import type { Draft, Field } from './draft.js';
import { Report, invalid, notOn, origin, placeholder, setOption } from './report.js';
import { isPlaceholder, type Role } from './settings.js';
import type { Setting } from './sources.js';

type Get = (role: Role) => Setting | undefined;

function catalogOption(catalog: Catalog, service: string, name: string): ServiceOption | undefined {
  return catalog.services.find((s) => s.id === service)?.options?.find((o) => o.name === name);
}

/** `LANGUAGE|version` as the catalog writes it for today's language name and version, or why there is none. */
type Translate = (language: string, version: string) => string | { why: string; hint?: string };

/** Web App: python 3.11 → PYTHON|3.11, node 20-lts → NODE|20-lts, dotnet v8.0 → DOTNETCORE|8.0, java 17 → JAVA|17-java17. */
const webStack: Translate = (language, version) => {
  switch (language) {
    case 'python':
      return `PYTHON|${version}`;
    case 'node':
      return `NODE|${version.replace(/-lts$/, '')}-lts`;
    case 'dotnet':
    case 'dotnetcore':
      return `DOTNETCORE|${/^\d+$/.test(version) ? `${version}.0` : version}`;
    case 'java':
      return `JAVA|${version}-java${version}`;
    default:
      return { why: `'${language}' is no language of a Linux web app (python, node, dotnet, java)` };
  }
};

/**
 * Function App: python 3.11 → PYTHON|3.11, node 20 → NODE|20, java 17 → JAVA|17, powershell 7.4 → POWERSHELL|7.4.
 * Today's 'dotnet' is the in-process model on a Windows plan; the catalog's Function App is Linux with .NET in the
 * isolated worker model, which needs the app rebuilt: that is the user's call, not the import's.
 */
const functionStack: Translate = (language, version) => {
  switch (language) {
    case 'python':
    case 'java':
    case 'powershell':
    case 'dotnet-isolated':
      return `${language.toUpperCase()}|${version}`;
    case 'node':
      return `NODE|${version.replace(/-lts$/, '')}`;
    case 'dotnet':
      return {
        why: "is .NET in the in-process model, which today's pipelines run on a Windows plan; the catalog's Function App runs on Linux with .NET in the isolated worker model",
        hint: 'move the app to the isolated worker model and set services.functionApp.runtimeStack to DOTNET-ISOLATED|8.0 or DOTNET-ISOLATED|9.0',
      };
    default:
      return {
        why: `'${language}' is no language of a Linux function app (python, node, dotnet-isolated, java, powershell)`,
      };
  }
};

const APPS: { service: string; language: Role; version: Role; translate: Translate }[] = [
  { service: 'webApp', language: 'webAppRuntime', version: 'webAppRuntimeVersion', translate: webStack },
  {
    service: 'functionApp',
    language: 'functionRuntime',
    version: 'functionVersion',
    translate: functionStack,
  },
];

/** webAppRuntime + webAppRuntimeVersion → services.webApp.runtimeStack; the same for the Function App. */
export function appRuntimes(draft: Draft, get: Get, on: Set<string>, catalog: Catalog, report: Report): void {
  for (const app of APPS) {
    const language = get(app.language);
    const version = get(app.version);
    const read = [language, version].filter((s): s is Setting => s !== undefined);
    if (read.length === 0) continue;
    if (!on.has(app.service)) {
      for (const s of read) notOn(s, app.service, report);
      continue;
    }
    const option = catalogOption(catalog, app.service, 'runtimeStack');
    const choices = option?.choices ?? [];
    const field = runtimeField(language, version, app, choices, report);
    setOption(draft, app.service, 'runtimeStack', field);
  }
}

function runtimeField(
  language: Setting | undefined,
  version: Setting | undefined,
  app: (typeof APPS)[number],
  choices: string[],
  report: Report,
): Field<unknown> {
  for (const s of [language, version]) {
    if (s && (isPlaceholder(s.value) || s.value.trim() === '')) return placeholder(s, report);
  }
  if (!language || !version) {
    const [has, lacks] = language ? [language, app.version] : [version!, app.language];
    return invalid(
      has,
      `names no ${language ? 'version' : 'language'} (${lacks}): services.${app.service}.runtimeStack needs both`,
      report,
      `set services.${app.service}.runtimeStack to one of ${choices.join(', ')}`,
    );
  }
  const lang = language.value.trim().toLowerCase();
  const ver = version.value.trim().replace(/^v(?=\d)/i, '');
  const stack = app.translate(lang, ver);
  const also = [origin(version)];
  if (typeof stack !== 'string') {
    return { ...invalid(language, stack.why, report, stack.hint), also };
  }
  const match = choices.find((c) => c.toLowerCase() === stack.toLowerCase());
  if (!match) {
    const sameLanguage = choices.filter((c) => c.split('|')[0] === stack.split('|')[0]);
    return {
      ...invalid(
        language,
        `with ${version.key} '${version.value}' is ${stack}, which is no runtime stack of the catalog's ${app.service} (not offered, or past its end of support)`,
        report,
        `set services.${app.service}.runtimeStack to one of ${(sameLanguage.length > 0 ? sameLanguage : choices).join(', ')}`,
      ),
      also,
    };
  }
  return { value: match, from: origin(language), also };
}

const VMS = ['virtualMachine', 'adminVirtualMachine'];

/** adminUsername → services.<vm>.adminUsername on each VM that is on, checked against the option's pattern. */
export function vmAdminUsername(
  draft: Draft,
  get: Get,
  on: Set<string>,
  catalog: Catalog,
  report: Report,
): void {
  const s = get('vmAdminUsername');
  if (!s) return;
  const targets = VMS.filter((id) => on.has(id));
  if (targets.length === 0) return notOn(s, VMS.join(' and '), report);
  const value = s.value.trim();
  let field: Field<unknown>;
  if (value === '' || isPlaceholder(value)) field = placeholder(s, report);
  else {
    const option = catalogOption(catalog, targets[0], 'adminUsername');
    const fits = !option?.pattern || new RegExp(`^(?:${option.pattern})$`).test(value);
    field = fits
      ? { value, from: origin(s) }
      : invalid(s, `is not ${option?.patternText ?? 'a valid admin user name'}`, report);
  }
  for (const id of targets) setOption(draft, id, 'adminUsername', field);
}

/** Today's default container app ('web'): 1 CPU, 2 GiB and port 80 in today's Bicep; its image is the setting. */
const TODAY_WEB_APP = { name: 'web', cpu: 1, memory: '2Gi', targetPort: 80 };

/** aca_w_registry_image → the entry of today's default web app in services.containerApps.apps. */
export function containerAppImage(draft: Draft, get: Get, on: Set<string>, report: Report): void {
  const s = get('containerAppImage');
  if (!s) return;
  if (!on.has('containerApps')) return notOn(s, 'containerApps', report);
  const image = s.value.trim();
  if (image === '' || isPlaceholder(image)) {
    setOption(draft, 'containerApps', 'apps', placeholder(s, report));
    return;
  }
  const { name, cpu, memory, targetPort } = TODAY_WEB_APP;
  setOption(draft, 'containerApps', 'apps', {
    value: [{ name, image, cpu, memory, targetPort }],
    from: origin(s),
  });
  report.add(
    'note',
    'import.derived',
    `${s.key} is the image of today's default container app: services.containerApps.apps gets it as '${TODAY_WEB_APP.name}' with today's ${TODAY_WEB_APP.cpu} CPU, ${TODAY_WEB_APP.memory} memory and target port ${TODAY_WEB_APP.targetPort}`,
    s.location,
  );
}

/** Grounding with Bing Custom Search is sold as one SKU, which the catalog always uses. */
const BING_CUSTOM_SEARCH_SKU = 'G2';

export function bingCustomSearchSku(get: Get, report: Report): void {
  const s = get('bingCustomSearchSku');
  if (!s) return;
  const same = s.value.trim().toUpperCase() === BING_CUSTOM_SEARCH_SKU;
  report.add(
    same ? 'note' : 'warning',
    same ? 'import.default' : 'import.bad-value',
    same
      ? `${s.key} '${s.value}' is the one SKU of Grounding with Bing Custom Search, which bingCustomSearch always uses`
      : `${s.key} '${s.value}' not carried over: Grounding with Bing Custom Search has one SKU, ${BING_CUSTOM_SEARCH_SKU}, which bingCustomSearch always uses`,
    s.location,
  );
}
