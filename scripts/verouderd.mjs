// Whether a build is missing or older than a file in one of its source folders.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

function newest(dir) {
  return readdirSync(dir, { withFileTypes: true }).reduce((max, entry) => {
    const full = path.join(dir, entry.name);
    return Math.max(max, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }, 0);
}

export const verouderd = (build, ...bronnen) =>
  !existsSync(build) || Math.max(...bronnen.map(newest)) > statSync(build).mtimeMs;
