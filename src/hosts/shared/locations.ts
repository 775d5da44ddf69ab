// Paths in diagnostics are relative to where the tool ran (the working directory); GitHub annotations and
// Azure DevOps issues want them relative to the repository root so the UI can open the file.
import { isAbsolute, relative, resolve } from 'node:path';

export function pathForAnnotation(file: string, cwd: string, repositoryRoot: string | undefined): string {
  const absolute = isAbsolute(file) ? file : resolve(cwd, file);
  if (!repositoryRoot) return relative(cwd, absolute).replace(/\\/g, '/') || file;
  const rel = relative(repositoryRoot, absolute);
  // Outside the repository: keep the absolute path rather than a confusing ../../ chain.
  if (rel.startsWith('..') || isAbsolute(rel)) return absolute;
  return rel.replace(/\\/g, '/');
}
