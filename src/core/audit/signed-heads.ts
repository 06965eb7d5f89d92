import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { domainError, type DomainError } from '../shared/errors.js';
import type { AgencyId } from '../shared/ids.js';
import { err, ok, type Result } from '../shared/result.js';
import type { AuditChainReader } from './audit.ports.js';
import { canonicalJson, type ChainVerdict } from './hash-chain.js';

/**
 * Each agency's chain head, published outside the database (Certificate Transparency's signed tree
 * heads, in small): whoever keeps a copy can later show that the database's chain still extends it.
 * A rewrite that re-hashes every event after the one it altered and updates the stored head passes
 * `audit verify` (the chain is consistent with itself) but no longer extends a head published before.
 */
export const HEADS_FORMAT = 'detainer-desk-audit-heads/1';

export interface PublishedHead {
  readonly agencyId: string;
  /** The seq of the chain's last event. */
  readonly seq: number;
  /** That event's hash (hex SHA-256). */
  readonly hash: string;
  /** When that event was recorded (ISO 8601 UTC). */
  readonly at: string;
}

/** What is signed: the format, when the heads were read, and every agency's head in agency id order. */
export interface HeadsStatement {
  readonly format: typeof HEADS_FORMAT;
  readonly issuedAt: string;
  readonly heads: readonly PublishedHead[];
}

export interface HeadsSignature {
  readonly algorithm: 'Ed25519';
  /** `SHA256:` and the hex SHA-256 of the public key's DER (SubjectPublicKeyInfo) encoding. */
  readonly keyId: string;
  /** Base64 Ed25519 signature over the UTF-8 bytes of `signedText(statement)`. */
  readonly value: string;
}

export interface HeadsDocument extends HeadsStatement {
  readonly signature: HeadsSignature | null;
}

export interface SignedHeadsDocument extends HeadsStatement {
  readonly signature: HeadsSignature;
}

/**
 * The bytes signed: the statement (format, issuedAt, heads) as canonical JSON (keys sorted at every
 * level, no spaces; the encoding the chain's hashes use), in UTF-8.
 */
export function signedText(statement: HeadsStatement): string {
  return canonicalJson({ format: statement.format, issuedAt: statement.issuedAt, heads: statement.heads });
}

export type KeyProblem = { readonly problem: string };

/**
 * An Ed25519 private key given as text: PKCS#8 PEM (`openssl genpkey -algorithm ed25519`), or the
 * same DER in base64 on one line (what fits an environment file).
 */
export function parsePrivateKey(text: string): KeyObject | KeyProblem {
  return parseKey(text, 'private');
}

/** An Ed25519 public key given as text: SPKI PEM (`openssl pkey -pubout`), or the same DER in base64. */
export function parsePublicKey(text: string): KeyObject | KeyProblem {
  return parseKey(text, 'public');
}

function parseKey(text: string, half: 'private' | 'public'): KeyObject | KeyProblem {
  try {
    const pem = text.includes('-----BEGIN');
    const key =
      half === 'private'
        ? createPrivateKey(pem ? { key: text, format: 'pem' } : { key: base64Der(text), format: 'der', type: 'pkcs8' })
        : createPublicKey(pem ? { key: text, format: 'pem' } : { key: base64Der(text), format: 'der', type: 'spki' });
    return key.asymmetricKeyType === 'ed25519'
      ? key
      : { problem: `is a ${key.asymmetricKeyType ?? 'non-asymmetric'} key; an Ed25519 key is needed` };
  } catch {
    const encoding = half === 'private' ? 'PKCS#8' : 'SPKI';
    return { problem: `is not an Ed25519 ${half} key (${encoding} PEM, or its DER in base64 on one line)` };
  }
}

function base64Der(text: string): Buffer {
  const compact = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(compact)) throw new Error('not base64');
  return Buffer.from(compact, 'base64');
}

export function isKeyProblem(key: KeyObject | KeyProblem): key is KeyProblem {
  return 'problem' in key && typeof (key as KeyProblem).problem === 'string';
}

/** The public half of a key (private or public), as SPKI PEM: what to publish. */
export function publicKeyPem(key: KeyObject): string {
  const pub = key.type === 'private' ? createPublicKey(key) : key;
  return pub.export({ type: 'spki', format: 'pem' }).toString();
}

/** `SHA256:` and the hex SHA-256 of the public key's SPKI DER. */
export function keyFingerprint(key: KeyObject): string {
  const pub = key.type === 'private' ? createPublicKey(key) : key;
  const der = pub.export({ type: 'spki', format: 'der' });
  return `SHA256:${createHash('sha256').update(der).digest('hex')}`;
}

export function signHeads(statement: HeadsStatement, privateKey: KeyObject): SignedHeadsDocument {
  const value = sign(null, Buffer.from(signedText(statement), 'utf8'), privateKey).toString('base64');
  return { ...statement, signature: { algorithm: 'Ed25519', keyId: keyFingerprint(privateKey), value } };
}

/**
 * Every agency's chain head now, each chain verified first (by `verify`: in full for the CLI, from the
 * last head verified intact for a server): heads are published only while every chain verifies, so a
 * signature never vouches for a chain already broken.
 */
export async function readHeads(
  reader: AuditChainReader,
  verify: (agencyId: AgencyId) => Promise<ChainVerdict>,
  now: Date,
): Promise<{ ok: true; statement: HeadsStatement } | { ok: false; broken: ChainVerdict }> {
  const heads: PublishedHead[] = [];
  for (const agencyId of await reader.agencies()) {
    const verdict = await verify(agencyId);
    if (!verdict.ok) return { ok: false, broken: verdict };
    if (!verdict.head || verdict.head.seq === 0) continue;
    // The head event itself, for its time (read after the verification: the chain may have grown since).
    for await (const link of reader.read(agencyId, verdict.head.seq - 1).links()) {
      if (link.seq === verdict.head.seq) heads.push({ agencyId, seq: link.seq, hash: link.hash, at: link.recordedAt });
      break;
    }
  }
  return { ok: true, statement: { format: HEADS_FORMAT, issuedAt: now.toISOString(), heads } };
}

/**
 * The heads to publish (sign them with `signHeads`). Refused (`AUDIT.CHAIN_BROKEN`, naming the agency
 * and event) while a chain does not verify.
 */
export async function headsToPublish(
  reader: AuditChainReader,
  verify: (agencyId: AgencyId) => Promise<ChainVerdict>,
  now: Date,
): Promise<Result<HeadsStatement, DomainError>> {
  const read = await readHeads(reader, verify, now);
  if (read.ok) return ok(read.statement);
  const { agencyId, broken } = read.broken;
  return err(
    domainError(
      'AUDIT.CHAIN_BROKEN',
      `agency ${agencyId}: the audit chain does not verify (event seq ${broken?.seq}: ${broken?.problem}); heads are not published for a broken chain`,
      { agencyId, seq: broken?.seq ?? null, problem: broken?.problem ?? null },
    ),
  );
}

/** Why a heads file is refused before any chain is looked at. */
export type HeadsFileProblem =
  | { readonly kind: 'malformed'; readonly field: string; readonly problem: string }
  | { readonly kind: 'unsigned' }
  | { readonly kind: 'other-key'; readonly keyId: string; readonly expected: string }
  | { readonly kind: 'bad-signature'; readonly keyId: string };

const HEX64 = /^[0-9a-f]{64}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** Reads a heads document (already parsed JSON), strictly: every field named when it is wrong. */
export function readHeadsDocument(value: unknown): HeadsDocument | HeadsFileProblem {
  const bad = (field: string, problem: string): HeadsFileProblem => ({ kind: 'malformed', field, problem });
  if (!isRecord(value)) return bad('(file)', 'is not a JSON object');
  const unknown = Object.keys(value).find((k) => !['format', 'issuedAt', 'heads', 'signature'].includes(k));
  if (unknown) return bad(unknown, 'is not a field of a heads file');
  if (value.format !== HEADS_FORMAT) return bad('format', `must be "${HEADS_FORMAT}"`);
  if (typeof value.issuedAt !== 'string' || !INSTANT.test(value.issuedAt))
    return bad('issuedAt', 'must be an ISO 8601 UTC instant');
  if (!Array.isArray(value.heads)) return bad('heads', 'must be a list');
  const heads: PublishedHead[] = [];
  for (const [i, head] of value.heads.entries()) {
    const at = `heads[${i}]`;
    if (!isRecord(head) || Object.keys(head).sort().join() !== 'agencyId,at,hash,seq')
      return bad(at, 'must have exactly agencyId, seq, hash and at');
    if (typeof head.agencyId !== 'string' || head.agencyId === '') return bad(`${at}.agencyId`, 'must be an id');
    if (!Number.isSafeInteger(head.seq) || (head.seq as number) < 1)
      return bad(`${at}.seq`, 'must be a whole number ≥ 1');
    if (typeof head.hash !== 'string' || !HEX64.test(head.hash)) return bad(`${at}.hash`, 'must be 64 hex digits');
    if (typeof head.at !== 'string' || !INSTANT.test(head.at))
      return bad(`${at}.at`, 'must be an ISO 8601 UTC instant');
    if (heads.some((h) => h.agencyId === head.agencyId)) return bad(`${at}.agencyId`, 'is listed twice');
    heads.push({ agencyId: head.agencyId, seq: head.seq as number, hash: head.hash, at: head.at });
  }
  const statement: HeadsStatement = { format: HEADS_FORMAT, issuedAt: value.issuedAt, heads };
  if (value.signature === null || value.signature === undefined) return { ...statement, signature: null };
  const s = value.signature;
  if (!isRecord(s) || Object.keys(s).sort().join() !== 'algorithm,keyId,value')
    return bad('signature', 'must have exactly algorithm, keyId and value');
  if (s.algorithm !== 'Ed25519') return bad('signature.algorithm', 'must be "Ed25519"');
  if (typeof s.keyId !== 'string' || !/^SHA256:[0-9a-f]{64}$/.test(s.keyId))
    return bad('signature.keyId', 'must be SHA256: and 64 hex digits');
  if (typeof s.value !== 'string' || !/^[A-Za-z0-9+/]+={0,2}$/.test(s.value))
    return bad('signature.value', 'must be base64');
  return { ...statement, signature: { algorithm: 'Ed25519', keyId: s.keyId, value: s.value } };
}

/**
 * The document's signature checked with a public key the verifier holds (never one the file names):
 * a file signed by any other key, or altered after it was signed, is refused.
 */
export function checkHeadsSignature(document: HeadsDocument, publicKey: KeyObject): HeadsFileProblem | null {
  if (!document.signature) return { kind: 'unsigned' };
  const expected = keyFingerprint(publicKey);
  if (document.signature.keyId !== expected) return { kind: 'other-key', keyId: document.signature.keyId, expected };
  const good = verify(
    null,
    Buffer.from(signedText(document), 'utf8'),
    publicKey,
    Buffer.from(document.signature.value, 'base64'),
  );
  return good ? null : { kind: 'bad-signature', keyId: document.signature.keyId };
}

/** How the database's chain fails to extend a published head. */
export type HeadDeparture =
  /** The chain does not verify from its start (as `audit verify` reports it). */
  | { readonly kind: 'chain-broken'; readonly verdict: ChainVerdict }
  /** The chain verifies, but no longer reaches the published seq (events removed and the head moved back). */
  | { readonly kind: 'missing'; readonly seq: number; readonly events: number }
  /** The chain verifies, but its event at the published seq has another hash: rewritten and re-hashed. */
  | { readonly kind: 'rewritten'; readonly seq: number; readonly published: string; readonly found: string };

export interface HeadCheck {
  readonly agencyId: string;
  readonly published: PublishedHead;
  /** The events the chain holds now (verified from its start when `departure` is null). */
  readonly events: number;
  readonly departure: HeadDeparture | null;
}

/**
 * For each published head, whether the database's chain still extends it: the chain verifies from its
 * start, and its event at the published seq exists with the published hash (events appended since are
 * fine). Agencies that had no events when the heads were published are not checked here.
 */
export async function checkAgainstHeads(
  reader: AuditChainReader,
  heads: readonly PublishedHead[],
  verdicts: readonly ChainVerdict[],
): Promise<{ ok: boolean; checks: HeadCheck[] }> {
  const checks: HeadCheck[] = [];
  for (const published of heads) {
    const agencyId = published.agencyId as AgencyId;
    // The chains were verified once already (`audit verify`); here only the published seq is looked up.
    const verdict = verdicts.find((v) => v.agencyId === agencyId);
    const events = verdict?.events ?? 0;
    const check = (departure: HeadDeparture | null): HeadCheck => ({ agencyId, published, events, departure });
    if (verdict && !verdict.ok) {
      checks.push(check({ kind: 'chain-broken', verdict }));
      continue;
    }
    const found = await hashAt(reader, agencyId, published.seq);
    if (found === null) checks.push(check({ kind: 'missing', seq: published.seq, events }));
    else if (found !== published.hash)
      checks.push(check({ kind: 'rewritten', seq: published.seq, published: published.hash, found }));
    else checks.push(check(null));
  }
  return { ok: checks.every((c) => c.departure === null), checks };
}

/** The hash of the chain's event at `seq`, read in order up to it; null when the chain ends before. */
async function hashAt(reader: AuditChainReader, agencyId: AgencyId, seq: number): Promise<string | null> {
  for await (const link of reader.read(agencyId).links()) {
    if (link.seq === seq) return link.hash;
    if (link.seq > seq) return null;
  }
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
