/**
 * The fuzzer's credentials and its pools of real ids, set up through the API itself as any
 * client would: sessions of the demo accounts, API tokens of every scope (made by the
 * beheerder), a revoked token and a logged-out session. Its own housekeeping (logins, setup)
 * comes from another loopback address than the fuzz traffic, so that the throttling the
 * hostile logins cause does not lock the fuzzer out of its own accounts.
 */
import { Pool } from 'undici';
import { DEMO_WACHTWOORD, demoMedewerkers } from '../../../src/server/modules/organisatie/demo';
import type { Actor, Rol, Scope } from '../../../src/server/platform/auth/rollen';
import { weigering } from '../../../src/server/policies/regels';
import { naam, type Operatie, regelVanOp } from './operaties';

export interface Sessie {
  soort: 'sessie';
  naam: string;
  cookie: string;
  csrf: string;
  id: string;
  rollen: Rol[];
}
export interface Token {
  soort: 'token';
  naam: string;
  token: string;
  scopes: Scope[];
}
export type Sleutel = Sessie | Token;

export const TOKEN_SCOPES: Scope[][] = [
  ['lezen'],
  ['klantinteracties'],
  ['beheer'],
  ['lezen', 'persoonsgegevens'],
  ['klantinteracties', 'persoonsgegevens'],
];

interface Antwoord {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  // biome-ignore lint/suspicious/noExplicitAny: setup reads the API's JSON freely
  json: any;
}

/** The fuzzer's own calls: setup and logins, from a loopback address of their own when the app is on loopback. */
export class Beheer {
  private readonly pool: Pool;

  constructor(readonly base: string) {
    const url = new URL(base);
    this.pool = new Pool(base, {
      connections: 2,
      connect: url.hostname === '127.0.0.1' ? { localAddress: '127.0.0.2' } : undefined,
    });
  }

  async vraag(methode: string, pad: string, sleutel?: Sleutel, body?: unknown): Promise<Antwoord> {
    const headers: Record<string, string> = {};
    if (sleutel?.soort === 'sessie')
      Object.assign(headers, { cookie: sleutel.cookie, 'x-csrf-token': sleutel.csrf });
    if (sleutel?.soort === 'token') headers.authorization = `Token ${sleutel.token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await this.pool.request({
      path: pad,
      method: methode as 'GET',
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const tekst = await res.body.text();
    const json =
      res.headers['content-type']?.toString().includes('json') && tekst ? JSON.parse(tekst) : undefined;
    return { status: res.statusCode, headers: res.headers, json };
  }

  async inloggen(gebruikersnaam: string): Promise<Sessie> {
    const res = await this.vraag('POST', '/api/v1/sessie', undefined, {
      gebruikersnaam,
      wachtwoord: DEMO_WACHTWOORD,
    });
    if (res.status !== 200)
      throw new Error(`inloggen als ${gebruikersnaam}: ${res.status} ${JSON.stringify(res.json)}`);
    const cookie = String([res.headers['set-cookie']].flat()[0]).split(';')[0];
    return {
      soort: 'sessie',
      naam: gebruikersnaam,
      cookie,
      csrf: res.json.csrfToken,
      id: res.json.medewerker.id,
      rollen: res.json.medewerker.rollen,
    };
  }

  close = () => this.pool.close();
}

/** Every credential of the run, and the broken ones. */
export class Sleutels {
  private herstel = new Map<Sessie, Promise<void>>();

  private constructor(
    private readonly beheer: Beheer,
    readonly geldig: Sleutel[],
    readonly ingetrokkenToken: string,
    readonly uitgelogdeCookie: string,
    /** The ids of the fuzzer's own accounts and tokens: never picked from the pools, so that it does not lock itself out. */
    readonly eigen: Set<string>,
  ) {}

  static async maak(beheer: Beheer): Promise<Sleutels> {
    const sessies: Sessie[] = [];
    for (const mw of demoMedewerkers) sessies.push(await beheer.inloggen(mw.gebruikersnaam));
    const beheerder = sessies.find((s) => s.rollen.includes('functioneel-beheerder')) as Sessie;
    const stempel = Date.now().toString(36);
    const maakToken = async (scopes: Scope[], soort: string) => {
      const res = await beheer.vraag('POST', '/api/v1/api-tokens', beheerder, {
        naam: `fuzz-${soort}-${stempel}`,
        scopes,
      });
      if (res.status !== 201)
        throw new Error(`API-token ${soort}: ${res.status} ${JSON.stringify(res.json)}`);
      return res.json as { id: string; token: string };
    };
    const tokens: Token[] = [];
    const eigen = new Set(sessies.map((s) => s.id));
    for (const scopes of TOKEN_SCOPES) {
      const t = await maakToken(scopes, scopes.join('+'));
      eigen.add(t.id);
      tokens.push({ soort: 'token', naam: `token ${scopes.join('+')}`, token: t.token, scopes });
    }
    const ingetrokken = await maakToken(['lezen'], 'ingetrokken');
    await beheer.vraag('POST', `/api/v1/api-tokens/${ingetrokken.id}/intrekken`, beheerder);
    const weg = await beheer.inloggen('kcc');
    await beheer.vraag('DELETE', '/api/v1/sessie', weg);
    return new Sleutels(beheer, [...sessies, ...tokens], ingetrokken.token, weg.cookie, eigen);
  }

  /** The credentials the operation's rule lets in, and those it refuses. */
  verdeel(op: Operatie): { passend: Sleutel[]; vreemd: Sleutel[] } {
    const regel = regelVanOp(op);
    if (regel.rollen === 'publiek') return { passend: this.geldig, vreemd: [] };
    const schrijft = op.methode !== 'GET';
    const passend: Sleutel[] = [];
    const vreemd: Sleutel[] = [];
    for (const s of this.geldig) (weigering(regel, pseudoActor(s), schrijft) ? vreemd : passend).push(s);
    if (!passend.length && !vreemd.length) throw new Error(`${naam(op)}: geen sleutels`);
    return { passend, vreemd };
  }

  /**
   * A session that got 401 may have been ended by the fuzz itself (logging out, everywhere):
   * it is logged in again, once, however many requests noticed.
   */
  async herstelIndienNodig(s: Sessie): Promise<boolean> {
    const bezig = this.herstel.get(s);
    if (bezig) return bezig.then(() => true);
    const nog = await this.beheer.vraag('GET', '/api/v1/sessie', s);
    if (nog.status !== 401) return false;
    const klaar = this.beheer.inloggen(s.naam).then((nieuw) => {
      s.cookie = nieuw.cookie;
      s.csrf = nieuw.csrf;
    });
    this.herstel.set(s, klaar);
    await klaar.finally(() => this.herstel.delete(s));
    return true;
  }
}

function pseudoActor(s: Sleutel): Actor {
  return {
    soort: s.soort === 'sessie' ? 'medewerker' : 'systeem',
    id: null,
    naam: s.naam,
    rollen: s.soort === 'sessie' ? s.rollen : [],
    teamIds: [],
    inKcc: false,
    scopes: s.soort === 'token' ? s.scopes : [],
    openPartijId: null,
    requestId: '',
  };
}
