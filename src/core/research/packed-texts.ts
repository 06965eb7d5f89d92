/**
 * Texts of a batch's records (their other columns as JSON) packed as UTF-8 in one buffer, with each
 * record's end offset: a batch of a wide release carries ~25 MB of them. As one buffer they cross
 * to the importer's thread without a copy and come back to be filled again, instead of 16,384
 * strings per batch that outlive many young-generation collections on both threads and fill the
 * old generation (the 2025 release's import peaked near 1 GB that way). A record without text has
 * an empty span; the importer decodes each text just before storing it.
 */
export interface PackedTexts {
  readonly bytes: Uint8Array;
  /** ends[i]: where record i's text ends in `bytes` (it starts where record i - 1's ends). */
  readonly ends: Int32Array;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Record i's text, or null when it has none. */
export function packedText(texts: PackedTexts, i: number): string | null {
  const start = i === 0 ? 0 : texts.ends[i - 1]!;
  const end = texts.ends[i]!;
  return end === start ? null : decoder.decode(texts.bytes.subarray(start, end));
}

/** Packs texts record by record into buffers that grow as needed (and are reused when handed back). */
export class PackedTextsBuilder {
  private bytes: Uint8Array;
  private readonly ends: Int32Array;
  private used = 0;

  constructor(rows: number, memory?: { bytes: ArrayBuffer; ends: ArrayBuffer }) {
    this.bytes = new Uint8Array(memory?.bytes ?? new ArrayBuffer(rows * 256));
    this.ends = new Int32Array(memory?.ends ?? new ArrayBuffer(rows * 4));
  }

  /** Record i's text (records are pushed in order, from 0). */
  push(i: number, text: string | null): void {
    if (text !== null && text !== '') {
      for (;;) {
        const { read, written } = encoder.encodeInto(text, this.bytes.subarray(this.used));
        if (read === text.length) {
          this.used += written;
          break;
        }
        // Does not fit: a buffer twice as large (or as large as the text could need), the texts so far copied.
        const larger = new Uint8Array(Math.max(this.bytes.length * 2, this.used + text.length * 3));
        larger.set(this.bytes.subarray(0, this.used));
        this.bytes = larger;
      }
    }
    this.ends[i] = this.used;
  }

  /** The first `count` records' texts (views of the builder's buffers, which the builder must not reuse). */
  build(count: number): PackedTexts {
    return { bytes: this.bytes.subarray(0, this.used), ends: this.ends.subarray(0, count) };
  }
}
