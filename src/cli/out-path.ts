/**
 * Where `--out` points, checked before anything is made: a file or a folder, never a special file
 * system (Node's recursive mkdir under /proc never returns), a place the user can write; and any
 * file-system error while writing there said plainly, with the path, instead of "internal error".
 */
import { constants, type Stats } from 'node:fs';
import { access, realpath, stat, statfs } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../core/errors.ts';
import type { ArgProblem } from '../core/problems.ts';

/** statfs magic numbers of the kernel's own file systems (linux/magic.h). */
const specialTypes = new Map<number, string>([
  [0x9fa0, 'proc'],
  [0x62656572, 'sysfs'],
  [0x1cd1, 'devpts'],
  [0x27e0eb, 'cgroup'],
  [0x63677270, 'cgroup2'],
  [0x64626720, 'debugfs'],
  [0x74726163, 'tracefs'],
  [0x73636673, 'securityfs'],
  [0x62656570, 'configfs'],
  [0xcafe4a11, 'bpf'],
  [0x6165676c, 'pstore'],
  [0xde5e81e4, 'efivarfs'],
]);
/** /dev is devtmpfs, which statfs reports as plain tmpfs: known by its place instead. */
const specialFolders = ['/proc', '/sys', '/dev'];

/** The nearest part of `target` that exists (itself, its folder, or one above) and what it is. */
async function nearestExisting(target: string): Promise<{ at: string; info: Stats }> {
  for (let at = target; ; at = path.dirname(at)) {
    const info = await stat(at).catch(() => undefined);
    if (info || at === path.dirname(at)) return { at, info: info ?? (await stat(at)) };
  }
}

async function specialSystem(existing: string): Promise<string | undefined> {
  const real = await realpath(existing);
  const folder = specialFolders.find((f) => real === f || real.startsWith(`${f}/`));
  if (folder) return folder;
  const { type } = await statfs(real);
  return specialTypes.get(type);
}

/** Whether `target` (a file or a folder, there or not) can be written; a problem if not. */
export async function writableProblem(
  target: string,
  kind: 'file' | 'folder',
  arg: string,
): Promise<ArgProblem | undefined> {
  const { at, info } = await nearestExisting(target);
  const problem = (message: string, hint: string): ArgProblem => ({ arg, message, hint });
  const other = `Choose a ${kind === 'file' ? 'file' : 'folder'} in your home folder, for example.`;
  if (at === target && kind === 'file' && !info.isFile())
    return problem(
      `${target} is ${info.isDirectory() ? 'a folder' : 'a device or a pipe'}, not a plain file.`,
      other,
    );
  if (!info.isDirectory() && at !== target)
    return problem(`${at} is a file, so it cannot hold a folder.`, other);
  const system = await specialSystem(at);
  if (system)
    return problem(
      `is inside ${system}, which the system keeps for itself; files cannot go there.`,
      other,
    );
  // Writing replaces the file through a new one in its folder: the folder must be writable.
  const folder = info.isDirectory() ? at : path.dirname(at);
  const denied = await access(folder, constants.W_OK).then(
    () => undefined,
    (error: unknown) => error,
  );
  if (denied) return problem(`cannot write in ${folder}: ${reason(denied)}.`, other);
  return undefined;
}

/** Plain words for the errors a write can meet. */
const reasons: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'your disk quota is used up',
  ENOTDIR: 'part of the path is a file, not a folder',
  EISDIR: 'it is a folder',
  EEXIST: 'something else already has that name',
  ENAMETOOLONG: 'the name is too long',
  ENOENT: 'the folder is gone',
  EMFILE: 'too many files are open',
  ENFILE: 'too many files are open',
  EIO: 'the disk reported an error',
  EBUSY: 'the file is in use',
};

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return reasons[code] ?? (error instanceof Error ? error.message : String(error));
}

/**
 * A file-system error about `target` or a path in its folder, as a UserError naming the path;
 * any other error unchanged.
 */
export function plainWriteError(error: unknown, target: string): unknown {
  const { code, path: where } = error as NodeJS.ErrnoException;
  if (typeof where !== 'string' || code === undefined || reasons[code] === undefined) return error;
  const related =
    target === where ||
    target.startsWith(`${where}${path.sep}`) ||
    where.startsWith(`${path.dirname(target)}${path.sep}`);
  if (!related) return error;
  return new UserError(`Could not write ${where}: ${reason(error)}.`, { cause: error });
}
