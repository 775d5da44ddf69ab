// @actions/workflow-parser ships ESM that imports its schema JSON without an import attribute, which Node
// refuses ("needs an import attribute of type json"). esbuild inlines the JSON and yields one loadable file.
// Usage: node scripts/bundle-workflow-parser.mjs [outFile]   (default build/workflow-parser.mjs)
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Bundles the parser's public entry point into a single ESM file and returns its absolute path. */
export async function bundleWorkflowParser(outFile = path.join(projectRoot, 'build', 'workflow-parser.mjs')) {
  await build({
    stdin: {
      contents:
        "export { parseWorkflow, convertWorkflowTemplate, NoOperationTraceWriter } from '@actions/workflow-parser';",
      resolveDir: projectRoot,
      loader: 'js',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: outFile,
    // Bundled CommonJS dependencies (yaml) call require() for Node built-ins; give the ESM output one.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    logLevel: 'error',
  });
  return path.resolve(outFile);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const out = await bundleWorkflowParser(process.argv[2]);
  console.log(`wrote ${path.relative(process.cwd(), out)}`);
}
