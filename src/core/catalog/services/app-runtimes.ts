// The language runtimes of the project's Linux App Service apps, as `siteConfig.linuxFxVersion` values, and
// what else a Function App needs to agree with its stack. Only stacks still in support are offered: the web
// stacks are those the AzureWebApp@1 task lists for webAppLinux, the function stacks those Azure Functions 4.x
// supports on Linux (the only host version that runs them: FUNCTIONS_EXTENSION_VERSION ~4).

/** Web App stacks (`LANGUAGE|version`, Java with its Java SE build). */
export const WEB_APP_STACKS = [
  'PYTHON|3.10',
  'PYTHON|3.11',
  'PYTHON|3.12',
  'PYTHON|3.13',
  'NODE|20-lts',
  'NODE|22-lts',
  'DOTNETCORE|8.0',
  'DOTNETCORE|9.0',
  'JAVA|11-java11',
  'JAVA|17-java17',
  'JAVA|21-java21',
];

/**
 * Function App stacks by the worker runtime each needs: the Functions host starts the worker named by the
 * FUNCTIONS_WORKER_RUNTIME app setting, which must be the language of linuxFxVersion. .NET runs in the isolated
 * worker model: the in-process model ends with .NET 8 (support until November 10, 2026).
 */
export const FUNCTION_STACKS: Record<string, string[]> = {
  python: ['PYTHON|3.10', 'PYTHON|3.11', 'PYTHON|3.12'],
  node: ['NODE|20', 'NODE|22'],
  'dotnet-isolated': ['DOTNET-ISOLATED|8.0', 'DOTNET-ISOLATED|9.0'],
  java: ['JAVA|11', 'JAVA|17', 'JAVA|21'],
  powershell: ['POWERSHELL|7.4'],
};

/** Today's AI Factory deploys Python 3.11 web and function apps unless told otherwise. */
export const DEFAULT_STACK = 'PYTHON|3.11';
export const DEFAULT_WORKER_RUNTIME = 'python';

/** The Functions host version every stack above runs on. */
export const FUNCTIONS_EXTENSION_VERSION = '~4';
