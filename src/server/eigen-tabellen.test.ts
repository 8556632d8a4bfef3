import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The rule of the architecture: every module (and every part of the platform) owns its tables;
 * the others read and write them only through what the owner exports: functions, and where one
 * SQL statement must reach a table, a scalar subquery (`partijNaamSql`) or view (`partijView`)
 * the owner builds. This reads the source, so it also sees paths no test takes.
 */

const SERVER = dirname(new URL(import.meta.url).pathname);

/**
 * The only file that may name other owners' tables, and why. Not scanned at all: tests
 * (`*.test.ts`) and the test harness (`testing/`), which set up and inspect the database as
 * it is to prove what the operations do; no running code imports them. A schema.ts may also
 * point a foreign key at another owner's table (see `inVerwijzing`): the database checks it.
 */
const TOEGESTAAN: Record<string, string> = {
  'platform/db/schema.ts':
    'the schema index drizzle-kit makes the migrations from and the client is typed with',
};

/** `modules/partijen`, `platform/auth`; a file directly under platform/ or server/ has its folder. */
function eigenaarVan(bestand: string): string {
  const delen = bestand.split('/');
  if ((delen[0] === 'modules' || delen[0] === 'platform') && delen.length > 2)
    return `${delen[0]}/${delen[1]}`;
  return delen.length > 1 ? delen[0] : '.';
}

const bronbestanden = readdirSync(SERVER, { withFileTypes: true, recursive: true })
  .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts'))
  .map((e) => relative(SERVER, join(e.parentPath, e.name)))
  .filter((f) => !f.endsWith('.test.ts') && !f.startsWith('testing/'));

const lees = (bestand: string, tekst = readFileSync(join(SERVER, bestand), 'utf8')) =>
  ts.createSourceFile(bestand, tekst, ts.ScriptTarget.Latest, true);

function bezoek(knoop: ts.Node, doe: (k: ts.Node) => void) {
  doe(knoop);
  knoop.forEachChild((k) => bezoek(k, doe));
}

/** The tables an owner's schema.ts defines with pgTable: exported name → SQL name. */
function tabellenIn(schema: string): Map<string, string> {
  const namen = new Map<string, string>();
  bezoek(lees(schema), (k) => {
    if (!ts.isVariableDeclaration(k) || !k.initializer || !ts.isCallExpression(k.initializer)) return;
    const {
      expression,
      arguments: [naam],
    } = k.initializer;
    if (ts.isIdentifier(expression) && expression.text === 'pgTable' && naam && ts.isStringLiteral(naam))
      namen.set(k.name.getText(), naam.text);
  });
  return namen;
}

const tabellen = new Map(
  bronbestanden
    .filter((f) => f.endsWith('/schema.ts') && f !== 'platform/db/schema.ts')
    .map((f) => [eigenaarVan(f), tabellenIn(f)] as const),
);

/** Where a relative import points, from the server folder, without extension. */
const doelVan = (bestand: string, specifier: string) =>
  specifier.startsWith('.')
    ? relative(SERVER, resolve(SERVER, dirname(bestand), specifier)).replace(/\.(ts|js)$/, '')
    : undefined;

/** Inside `.references(() => …)`: a foreign key, which the database checks, not a read. */
function inVerwijzing(k: ts.Node): boolean {
  for (let p = k.parent; p; p = p.parent)
    if (
      ts.isCallExpression(p) &&
      ts.isPropertyAccessExpression(p.expression) &&
      p.expression.name.text === 'references'
    )
      return true;
  return false;
}

/** An identifier that refers to a binding, not the name of a property, a key or an import. */
function isGebruik(k: ts.Identifier): boolean {
  const p = k.parent;
  if (ts.isImportSpecifier(p) || ts.isImportClause(p)) return false;
  return !((ts.isPropertyAccessExpression(p) || ts.isPropertyAssignment(p)) && p.name === k);
}

const SQL_NAAM = /\b(from|join|into|update|table)\s+"?([a-z_]+)"?/gi;

/** What in this file reaches a table of another owner: by import, by db.query or by name in SQL. */
function overtredingenIn(bestand: string, tekst?: string): string[] {
  const eigenaar = eigenaarVan(bestand);
  const anderen = [...tabellen].filter(([e]) => e !== eigenaar);
  const eigenaarVanTabel = new Map(anderen.flatMap(([e, t]) => [...t.values()].map((n) => [n, e] as const)));
  const alsSleutel = new Set<string>();
  const uit: string[] = [];
  bezoek(lees(bestand, tekst), (k) => {
    if ((ts.isImportDeclaration(k) || ts.isExportDeclaration(k)) && k.moduleSpecifier) {
      const doel = doelVan(bestand, (k.moduleSpecifier as ts.StringLiteral).text);
      const van = anderen.find(([e]) => doel?.startsWith(`${e}/`));
      if (!van) return;
      const [andere, namen] = van;
      const uitSchema = doel === `${andere}/schema`;
      const bindingen = ts.isImportDeclaration(k) ? k.importClause?.namedBindings : k.exportClause;
      if (!bindingen || ts.isNamespaceImport(bindingen) || ts.isNamespaceExport(bindingen))
        uit.push(`${ts.isImportDeclaration(k) ? 'importeert' : 'exporteert'} alles uit ${doel}`);
      else
        for (const n of bindingen.elements) {
          const naam = (n.propertyName ?? n.name).text;
          if (uitSchema && ts.isImportDeclaration(k) && bestand.endsWith('/schema.ts'))
            alsSleutel.add(n.name.text);
          else if (uitSchema) uit.push(`importeert ${naam} uit ${andere}/schema`);
          else if (namen.has(naam)) uit.push(`importeert tabel ${naam} van ${andere}`);
        }
    }
    if (ts.isIdentifier(k) && alsSleutel.has(k.text) && isGebruik(k) && !inVerwijzing(k))
      uit.push(`gebruikt ${k.text} van een andere eigenaar buiten een foreign key`);
    if (
      ts.isPropertyAccessExpression(k) &&
      ts.isPropertyAccessExpression(k.expression) &&
      k.expression.name.text === 'query'
    ) {
      const van = anderen.find(([, t]) => t.has(k.name.text));
      if (van) uit.push(`leest ${k.name.text} van ${van[0]} via db.query`);
    }
    if (ts.isStringLiteralLike(k) || ts.isTemplateLiteralToken(k))
      for (const [, woord, naam] of k.text.matchAll(SQL_NAAM)) {
        const andere = eigenaarVanTabel.get(naam);
        if (andere) uit.push(`SQL "${woord} ${naam}": tabel van ${andere}`);
      }
  });
  return [...new Set(uit)].map((o) => `${bestand}: ${o}`);
}

describe('every module reads and writes only its own tables', () => {
  it('knows the tables of every owner', () => {
    expect([...(tabellen.get('modules/partijen')?.values() ?? [])]).toEqual(['partij', 'contactgegeven']);
    expect([...(tabellen.get('platform/auth')?.values() ?? [])]).toContain('sessie');
  });

  it('catches every way to reach another owner’s table, and lets the owner’s exports and foreign keys pass', () => {
    const vondsten = (bestand: string, tekst: string) =>
      overtredingenIn(bestand, tekst).map((o) => o.slice(bestand.length + 2));
    const kc = 'modules/klantcontacten/operations/x.ts';
    expect(vondsten(kc, `import { partij } from '../../partijen/schema';`)).toEqual([
      'importeert partij uit modules/partijen/schema',
    ]);
    expect(vondsten(kc, `import * as p from '../../partijen/schema';`)).toEqual([
      'importeert alles uit modules/partijen/schema',
    ]);
    expect(vondsten(kc, `import { partij as p } from '../../partijen/gedeeld';`)).toEqual([
      'importeert tabel partij van modules/partijen',
    ]);
    expect(vondsten(kc, 'const n = (db) => db.query.partij.findFirst();')).toEqual([
      'leest partij van modules/partijen via db.query',
    ]);
    expect(vondsten(kc, `const q = sql\`select naam from partij where id = \${id}\`;`)).toEqual([
      'SQL "from partij": tabel van modules/partijen',
    ]);
    expect(vondsten('platform/auth/x.ts', `run('delete from medewerker');`)).toEqual([
      'SQL "from medewerker": tabel van modules/organisatie',
    ]);
    expect(
      vondsten('modules/organisatie/x.ts', `import { sessie } from '../../platform/auth/schema';`),
    ).toEqual(['importeert sessie uit platform/auth/schema']);
    const schema = 'modules/klantcontacten/schema.ts';
    expect(
      vondsten(
        schema,
        `import { partij } from '../partijen/schema';\nconst k = uuid('p').references(() => partij.id);`,
      ),
    ).toEqual([]);
    expect(
      vondsten(schema, `import { partij } from '../partijen/schema';\nexport const p = partij;`),
    ).toEqual(['gebruikt partij van een andere eigenaar buiten een foreign key']);
    expect(
      vondsten(
        kc,
        `import { partijView } from '../../partijen/views';\nimport { partijNaamSql } from '../../partijen/bestaat';\nconst q = sql\`select naam from klantcontact\`;`,
      ),
    ).toEqual([]);
  });

  it('has no file outside the allow-list that imports, queries or names another owner’s tables', () => {
    expect(bronbestanden.filter((f) => !(f in TOEGESTAAN)).flatMap((f) => overtredingenIn(f))).toEqual([]);
  });

  it('allows only files that would break the rule without the allow-list', () => {
    for (const bestand of Object.keys(TOEGESTAAN)) expect(overtredingenIn(bestand)).not.toEqual([]);
  });
});
