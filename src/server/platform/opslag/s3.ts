import {
  DeleteObjectCommand,
  GetObjectCommand,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { geldigeSleutel, OntbrekendBestand, type Opslag } from './opslag';

/** An S3-compatible bucket (AWS, MinIO, Ceph, a cloud provider's object storage). */
export interface S3Config {
  bucket: string;
  /** Empty for AWS itself; the address of any other S3-compatible service. */
  endpoint?: string;
  region: string;
  /** Absent: the SDK's own chain (AWS_ACCESS_KEY_ID, instance role, …). */
  accessKeyId?: string;
  secretAccessKey?: string;
  /** bucket in the path instead of the host name: what most S3-compatible services want. */
  forcePathStyle: boolean;
  /** Put before every key, e.g. `stadspunt/documenten/`, so one bucket can serve more. */
  prefix: string;
}

/** Only a missing object: a missing bucket (also a 404) is a configuration error, not a lost file. */
const ontbreekt = (e: unknown) =>
  e instanceof NoSuchKey || (e instanceof S3ServiceException && e.name === 'NoSuchKey');

/** Each file an object `<prefix><key>` in the bucket; S3 writes an object whole or not at all. */
export function s3Opslag(config: S3Config): Opslag {
  const client = new S3Client({
    endpoint: config.endpoint,
    region: config.region,
    forcePathStyle: config.forcePathStyle,
    credentials:
      config.accessKeyId && config.secretAccessKey
        ? { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey }
        : undefined,
  });
  const object = (sleutel: string) => ({
    Bucket: config.bucket,
    Key: config.prefix + geldigeSleutel(sleutel),
  });
  return {
    async put(sleutel, inhoud) {
      await client.send(
        new PutObjectCommand({ ...object(sleutel), Body: inhoud, ContentLength: inhoud.length }),
      );
    },
    async get(sleutel) {
      try {
        const antwoord = await client.send(new GetObjectCommand(object(sleutel)));
        if (!antwoord.Body) throw new OntbrekendBestand(sleutel);
        return Buffer.from(await antwoord.Body.transformToByteArray());
      } catch (e) {
        if (ontbreekt(e)) throw new OntbrekendBestand(sleutel);
        throw e;
      }
    },
    async delete(sleutel) {
      await client.send(new DeleteObjectCommand(object(sleutel)));
    },
  };
}
