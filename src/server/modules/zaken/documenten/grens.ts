import type { MiddlewareHandler } from 'hono';
import type { Config } from '../../../platform/config';
import { bodyGrens } from '../../../platform/http/body-grens';
import { problemResponse } from '../../../platform/http/errors';
import { teGroot } from './bestand';

const UPLOAD = /^\/api\/v1\/zaken\/[^/]+\/documenten(\/[^/]+\/versies)?\/?$/;

/** The two requests that carry a document's content, which may be larger than the API's 1 MB. */
export const isDocumentUpload = (methode: string, pad: string) => methode === 'POST' && UPLOAD.test(pad);

/** What the form around the file (boundary, part headers, titel) may add to it. */
const FORMULIER = 64 * 1024;

/** A body larger than the file may be is refused before it is read; the operation checks the file itself. */
export const documentGrens = (config: Config): MiddlewareHandler =>
  bodyGrens(config.documenten.maxBytes + FORMULIER, (c) =>
    problemResponse(c, teGroot(config.documenten.maxBytes).toProblem()),
  );
