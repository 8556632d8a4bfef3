import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('demo versus production', () => {
  it('is the demo unless told otherwise, and then seeds the demo municipality', () => {
    expect(loadConfig({})).toMatchObject({ omgeving: 'demo', seedDemo: true });
    expect(loadConfig({ SEED_DEMO: 'false' })).toMatchObject({ omgeving: 'demo', seedDemo: false });
  });

  it('is production with STADSPUNT_OMGEVING=productie or NODE_ENV=production, seeding nothing by default', () => {
    expect(loadConfig({ STADSPUNT_OMGEVING: 'productie' })).toMatchObject({
      omgeving: 'productie',
      seedDemo: false,
    });
    expect(loadConfig({ NODE_ENV: 'production' })).toMatchObject({ omgeving: 'productie', seedDemo: false });
  });
});

describe('sessions', () => {
  it('end after 30 idle minutes unless SESSIE_INACTIEF_MINUTEN says otherwise', () => {
    expect(loadConfig({}).sessieInactiefMinuten).toBe(30);
    expect(loadConfig({ SESSIE_INACTIEF_MINUTEN: '15' }).sessieInactiefMinuten).toBe(15);
  });
});

describe('documents', () => {
  it('are kept in DATA_DIR/documenten up to 20 MB each unless DOCUMENTEN_MAP and DOCUMENT_MAX_MB say otherwise', () => {
    expect(loadConfig({ DATA_DIR: '/srv/stadspunt' }).documenten).toEqual({
      map: '/srv/stadspunt/documenten',
      maxBytes: 20 * 1024 * 1024,
    });
    expect(loadConfig({ DOCUMENTEN_MAP: '/mnt/archief', DOCUMENT_MAX_MB: '5' }).documenten).toEqual({
      map: '/mnt/archief',
      maxBytes: 5 * 1024 * 1024,
    });
  });

  it('go to an S3-compatible bucket only when DOCUMENTEN_S3_BUCKET is set, path-style when an endpoint is given', () => {
    expect(loadConfig({}).documenten.s3).toBeUndefined();
    expect(
      loadConfig({
        DOCUMENTEN_S3_BUCKET: 'zaakdocumenten',
        DOCUMENTEN_S3_ENDPOINT: 'https://s3.gemeente.nl',
        DOCUMENTEN_S3_ACCESS_KEY_ID: 'sleutel',
        DOCUMENTEN_S3_SECRET_ACCESS_KEY: 'geheim',
        DOCUMENTEN_S3_PREFIX: 'stadspunt/',
      }).documenten.s3,
    ).toEqual({
      bucket: 'zaakdocumenten',
      endpoint: 'https://s3.gemeente.nl',
      region: 'us-east-1',
      accessKeyId: 'sleutel',
      secretAccessKey: 'geheim',
      forcePathStyle: true,
      prefix: 'stadspunt/',
    });
    const aws = loadConfig({ DOCUMENTEN_S3_BUCKET: 'b', DOCUMENTEN_S3_REGION: 'eu-central-1' }).documenten.s3;
    expect(aws).toMatchObject({ endpoint: undefined, region: 'eu-central-1', forcePathStyle: false });
    expect(aws?.accessKeyId).toBeUndefined();
  });
});
