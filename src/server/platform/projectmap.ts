import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function metPackageJson(map: string): string {
  if (existsSync(path.join(map, 'package.json'))) return map;
  const boven = path.dirname(map);
  if (boven === map) throw new Error(`Geen package.json gevonden boven ${map}`);
  return metPackageJson(boven);
}

/**
 * The folder of package.json. The files the server reads at run time (migrations, the web build,
 * the modules' data files) are found from here: from the sources under tsx and from the build in
 * dist/server alike, where every module is bundled into a few files and `import.meta.url` no
 * longer says where its source was.
 */
const projectmap = metPackageJson(path.dirname(fileURLToPath(import.meta.url)));

export const inProject = (...delen: string[]): string => path.join(projectmap, ...delen);
