import type * as http from 'node:http';
import { LocalHttpServer, readBody } from './local-http-server';

/**
 * A local server on 127.0.0.1 speaking enough of the S3 REST API (path-style) for the ingestion
 * check, GetObject, HeadObject, PutObject, CopyObject and DeleteObject with S3's XML errors, and
 * Bedrock Agent's StartIngestionJob (PUT /knowledgebases/{kb}/datasources/{ds}/ingestionjobs/),
 * so the real @aws-sdk/client-s3 and @aws-sdk/client-bedrock-agent clients can be pointed at it.
 */
export class LocalS3AndAgentServer extends LocalHttpServer {
  /** bucket -> key -> body */
  readonly buckets = new Map<string, Map<string, string>>();
  readonly ingestionJobs: { knowledgeBaseId: string; dataSourceId: string }[] = [];
  /** Every S3 request as `METHOD key`, in order. */
  readonly log: string[] = [];
  /** Answer the next StartIngestionJob calls with ConflictException (a job already running). */
  conflicts = 0;

  objects(bucket: string): Map<string, string> {
    let b = this.buckets.get(bucket);
    if (!b) this.buckets.set(bucket, (b = new Map()));
    return b;
  }

  protected handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    readBody(req, (raw) => this.answer(req, res, raw));
  }

  private answer(req: http.IncomingMessage, res: http.ServerResponse, raw: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://local');
    const job = /^\/knowledgebases\/([^/]+)\/datasources\/([^/]+)\/ingestionjobs\/?$/.exec(url.pathname);
    if (job && req.method === 'PUT') {
      if (this.conflicts > 0) {
        this.conflicts--;
        return this.send(res, 409, JSON.stringify({ message: 'job running' }), { 'content-type': 'application/json', 'x-amzn-errortype': 'ConflictException' });
      }
      this.ingestionJobs.push({ knowledgeBaseId: job[1], dataSourceId: job[2] });
      const now = new Date().toISOString();
      return this.send(
        res,
        202,
        JSON.stringify({ ingestionJob: { knowledgeBaseId: job[1], dataSourceId: job[2], ingestionJobId: `JOB${this.ingestionJobs.length}`, status: 'STARTING', startedAt: now, updatedAt: now } }),
        { 'content-type': 'application/json' },
      );
    }
    const [, bucket, ...rest] = url.pathname.split('/');
    const key = rest.map(decodeURIComponent).join('/');
    const objects = this.objects(decodeURIComponent(bucket));
    this.log.push(`${req.method} ${key}`);
    const missing = () => (req.method === 'HEAD' ? this.send(res, 404, '') : this.error(res, 404, 'NoSuchKey'));
    switch (req.method) {
      case 'GET':
        return objects.has(key) ? this.send(res, 200, objects.get(key)!, { etag: '"e"', 'content-type': 'application/octet-stream' }) : missing();
      case 'HEAD':
        return objects.has(key) ? this.send(res, 200, '', { etag: '"e"', 'content-length': String(Buffer.byteLength(objects.get(key)!)) }, false) : missing();
      case 'DELETE':
        objects.delete(key);
        return this.send(res, 204, '');
      case 'PUT': {
        const source = req.headers['x-amz-copy-source'];
        if (typeof source === 'string') {
          const [srcBucket, ...srcKey] = decodeURIComponent(source.replace(/^\//, '')).split('/');
          const body = this.objects(srcBucket).get(srcKey.join('/'));
          if (body === undefined) return this.error(res, 404, 'NoSuchKey');
          objects.set(key, body);
          return this.send(res, 200, `<?xml version="1.0" encoding="UTF-8"?><CopyObjectResult><ETag>"e"</ETag><LastModified>${new Date().toISOString()}</LastModified></CopyObjectResult>`, { 'content-type': 'application/xml' });
        }
        objects.set(key, decodeBody(req, raw));
        return this.send(res, 200, '', { etag: '"e"' });
      }
      default:
        return this.error(res, 405, 'MethodNotAllowed');
    }
  }

  private error(res: http.ServerResponse, status: number, code: string): void {
    this.send(res, status, `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${code}</Message></Error>`, { 'content-type': 'application/xml' });
  }

  private send(res: http.ServerResponse, status: number, body: string, headers: Record<string, string> = {}, withLength = true): void {
    res.writeHead(status, { ...(withLength ? { 'content-length': String(Buffer.byteLength(body)) } : {}), ...headers });
    res.end(body);
  }
}

/** A PUT body, decoding the SDK's `aws-chunked` encoding (chunks, then trailing checksums) when used. */
function decodeBody(req: http.IncomingMessage, raw: Buffer): string {
  if (!String(req.headers['content-encoding'] ?? '').includes('aws-chunked')) return raw.toString('utf8');
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = raw.indexOf('\r\n', at);
    const size = parseInt(raw.subarray(at, lineEnd).toString('latin1').split(';')[0], 16);
    if (!size) break;
    parts.push(raw.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts).toString('utf8');
}
