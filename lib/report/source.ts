import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import type { AssemblyModel } from './model';
import { stableStringify } from './render/json';

/** What the report was built from, printed at its top. */
export interface ReportSource {
  /** SHA-256 of the assembly's templates (stack names and templates, keys sorted): same templates, same hash. */
  readonly assemblySha256: string;
  /** The git commit of the working tree, when it is a repository. */
  readonly commit?: string;
  /** The working tree had uncommitted changes to tracked files: the commit alone does not describe the input. */
  readonly uncommittedChanges?: boolean;
  /** The deployment config file (`-c config=...`), as given; absent when only cdk.json was used. */
  readonly configFile?: string;
}

/** The config file as the report names it: as given, an absolute path cut to its name (the report must not depend on the machine). */
export function configFileLabel(file: string): string {
  return path.isAbsolute(file) ? path.basename(file) : file;
}

/** Hash of the templates of an assembly, independent of file layout and key order. */
export function assemblyHash(model: AssemblyModel): string {
  const hash = createHash('sha256');
  for (const s of [...model.stacks].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    hash.update(`${s.name}\n${s.account}\n${s.region}\n`);
    hash.update(stableStringify(s.template));
  }
  return hash.digest('hex');
}

/** The commit of a git working tree, and whether tracked files changed; nothing when git or the repository is missing. */
export function gitState(cwd: string): { commit?: string; uncommittedChanges?: boolean } {
  const git = (...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 }).trim();
  try {
    const commit = git('rev-parse', 'HEAD');
    if (!/^[0-9a-f]{40}$/.test(commit)) return {};
    const dirty = git('status', '--porcelain', '--untracked-files=no') !== '';
    return dirty ? { commit, uncommittedChanges: true } : { commit };
  } catch {
    return {};
  }
}
