import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/hosts/cli/main.js';

export const CONFIG = `version: 1
architecture: genai-1
project:
  number: 7
  prefix: acme
  scaleSet: "001"
  location: swedencentral
  tags: { costCenter: "4711" }
network:
  mode: standalone
environments:
  dev:
    subscriptionId: 11111111-1111-1111-1111-111111111111
    tenantId: 99999999-9999-4999-8999-999999999999
    addressSpace: 172.16.0.0/22
  prod:
    subscriptionId: 33333333-3333-3333-3333-333333333333
    tenantId: 99999999-9999-4999-8999-999999999999
    addressSpace: 172.16.8.0/22
flags:
  cosmosDb: true
`;

export function tempDir(): { dir: string; write(name: string, text: string): string; cleanup(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aifactory-cli-'));
  return {
    dir,
    write(name, text) {
      const file = path.join(dir, name);
      fs.writeFileSync(file, text);
      return file;
    },
    cleanup() {
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function cli(
  argv: string[],
  cwd = process.cwd(),
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    color: false,
    cwd,
  });
  return { code, stdout, stderr };
}
