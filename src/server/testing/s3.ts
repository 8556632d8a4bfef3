import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import type { S3Config } from '../platform/opslag/s3';

export interface TestBucket {
  config: S3Config;
  /** The keys of every object in the bucket, read past the product. */
  sleutels(): Promise<string[]>;
  stop(): Promise<void>;
}

/**
 * An S3-compatible server on loopback (s3rver: it knows one access key, S3RVER, and refuses
 * others; it does not check version 4 signatures) with one empty bucket.
 */
export async function testBucket(prefix = 'stadspunt/documenten/'): Promise<TestBucket> {
  const directory = mkdtempSync(path.join(tmpdir(), 'stadspunt-s3-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: 'zaakdocumenten' }],
  });
  const { port } = await server.run();
  const config: S3Config = {
    bucket: 'zaakdocumenten',
    endpoint: `http://127.0.0.1:${port}`,
    region: 'us-east-1',
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    forcePathStyle: true,
    prefix,
  };
  const client = new S3Client({
    ...config,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
  return {
    config,
    async sleutels() {
      const lijst = await client.send(new ListObjectsV2Command({ Bucket: config.bucket }));
      return (lijst.Contents ?? []).map((o) => o.Key ?? '');
    },
    async stop() {
      client.destroy();
      // The SDK keeps its sockets open; without closing them the server would wait for them.
      server.httpServer?.closeAllConnections();
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
