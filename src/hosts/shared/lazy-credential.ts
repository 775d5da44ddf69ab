// A TokenCredential whose real implementation (and the Azure SDK behind it) loads on the first token
// request. The hosts build their credential before knowing whether the run will need Azure at all (a
// config error stops it earlier), and loading @azure/identity up front costs every run its start-up time.
import type { AccessToken, GetTokenOptions, TokenCredential } from '@azure/core-auth';

export function lazyCredential(load: () => Promise<TokenCredential>): TokenCredential {
  let loaded: Promise<TokenCredential> | undefined;
  return {
    async getToken(scopes: string | string[], options?: GetTokenOptions): Promise<AccessToken | null> {
      loaded ??= load();
      return (await loaded).getToken(scopes, options);
    },
  };
}
